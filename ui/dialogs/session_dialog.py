"""A new workshop: who it is for, who is in the room and which cards it plays. The dialog only
gathers the answers; the window turns them into a session and its first commands."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.agenda_editor import AgendaEditor
from ui.widgets.factories import named, text_label
from ui.widgets.row_table import Column, RowTable
from workshop.content import Content
from workshop.deck import Deck
from workshop.deck_library import Library, LibraryDeck, session_content
from workshop.model import AgendaItem, Participant, SessionInfo
from workshop.storage import SUFFIX
from workshop.template import PolicyTemplate
from workshop.text import Language

# The law to start with: France for a French interface; in English the facilitator picks the
# UK or the US (presuming either would be wrong half the time), else the EU-generic wording.
_LAW_OF: dict[str, str] = {"fr": "fr", "en": "other"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class NewSession:
    path: Path
    info: SessionInfo
    participants: tuple[Participant, ...]
    agenda: tuple[AgendaItem, ...]
    decks: tuple[LibraryDeck, ...] = ()  # where the agenda's cards come from
    baseline: Content | None = None  # their own policy as the baseline; None: the built-in one

    def content(self) -> Content:
        """What the session runs on: the cards of its decks, on the built-in template or, when
        the facilitator started from their own policy, on theirs (where the cards land)."""
        cards = session_content(self.decks)
        return cards if self.baseline is None else replace(self.baseline, deck=cards.deck)


def session_path(folder: Path, organisation: str, date: str) -> Path:
    """ "Norelia 2026-11-23.atelier" in the folder, numbered rather than replacing a file."""
    stem = _UNSAFE.sub(" ", f"{organisation.strip()} {date}").strip() or "Atelier"
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){SUFFIX}"
        number += 1
    return candidate


class SessionDialog(QDialog):
    def __init__(
        self,
        library: Library,
        template: PolicyTemplate,
        folder: Path,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop session"))
        self.setAccessibleName(self.tr("New workshop session"))
        self.resize(760, 620)
        self._result: NewSession | None = None
        self.organisation = named(QLineEdit(), self.tr("Organisation"))
        self.facilitator = named(QLineEdit(), self.tr("Facilitator"))
        self.date = named(QDateEdit(QDate.currentDate()), self.tr("Workshop date"))
        self.date.setCalendarPopup(True)
        self.language = named(QComboBox(), self.tr("Session language"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language))
        # whose law the policy is written for: the clauses' wording and the notes' citations
        self.jurisdiction = named(QComboBox(), self.tr("Governing law"))
        for code, name in (
            ("fr", self.tr("France")),
            ("uk", self.tr("United Kingdom")),
            ("us", self.tr("United States")),
            ("other", self.tr("Other (EU-generic wording)")),
        ):
            self.jurisdiction.addItem(name, code)
        self.jurisdiction.setCurrentIndex(self.jurisdiction.findData(_LAW_OF[language]))
        self.contact = named(QLineEdit(), self.tr("Contact for questions about the policy"))
        self.contact.setPlaceholderText(self.tr("e.g. the communications team (comms@example.org)"))
        self.review_month = named(QComboBox(), self.tr("Month of the annual review"))
        locale = QLocale()
        for month in range(1, 13):
            self.review_month.addItem(locale.standaloneMonthName(month), month)
        self.folder = named(QLineEdit(str(folder)), self.tr("Folder for the session file"))
        browse = named(QPushButton(self.tr("Browse…")), self.tr("Choose the folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Organisation *"), self.organisation)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Session language"), self.language)
        form.addRow(self.tr("Governing law"), self.jurisdiction)
        form.addRow(self.tr("Policy contact"), self.contact)
        form.addRow(self.tr("Annual review in"), self.review_month)
        form.addRow(self.tr("Save in"), folder_row)
        self._cards = tuple(entry.card for entry in library.entries())  # for a policy's gaps
        self.content: Content | None = None
        self.policy_button = named(
            QPushButton(self.tr("Start from our policy…")),
            self.tr("Start from our policy"),
        )
        self.policy_button.clicked.connect(self._start_from_policy)
        self.policy_name = text_label(self.tr("the built-in template"), muted=True)
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_button)
        policy_row.addWidget(self.policy_name, 1)
        form.addRow(self.tr("Policy reviewed"), policy_row)

        self.participants = RowTable(
            self.tr("Participants"),
            [
                Column(self.tr("Name or initials"), stretch=True),
                Column(self.tr("Role"), stretch=True),
            ],
            self.tr("Add participant"),
        )
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(
            text_label(
                self.tr(
                    "Optional. Initials or “Participant 1” are fine: the list only appears in "
                    "exports you choose to include it in."
                ),
                muted=True,
            )
        )
        people_layout.addWidget(self.participants)
        self.agenda = AgendaEditor(library, template, language)

        self.tabs = named(QTabWidget(), self.tr("New session sections"))
        self.tabs.addTab(details, self.tr("Workshop"))
        self.tabs.addTab(people, self.tr("Participants"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create session"))
        self.create_button.setAccessibleName(self.tr("Create session"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(text_label(self.tr("New workshop session"), "title"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

    def new_session(self) -> NewSession | None:
        return self._result

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("New workshop session"), problem)
            return
        date = self.date.date().toString(Qt.DateFormat.ISODate)
        info = SessionInfo(
            organisation=self.organisation.text().strip(),
            facilitator=self.facilitator.text().strip(),
            date=date,
            language=self.language.currentData(),
            contact=self.contact.text().strip(),
            review_month=self.review_month.currentData(),
            jurisdiction=self.jurisdiction.currentData(),
        )
        self._result = NewSession(
            path=session_path(Path(self.folder.text()), info.organisation, date),
            info=info,
            participants=tuple(
                Participant(name or self.tr("Participant {n}").format(n=n), role)
                for n, (name, role) in enumerate(self.participants.rows(), start=1)
            ),
            agenda=self.agenda.agenda(),
            decks=self.agenda.decks_used(),
            baseline=self.content,
        )
        super().accept()

    def _start_from_policy(self) -> None:
        """Their file read and checked in the preview; the cards on its gaps proposed first."""
        from ui.dialogs.policy_preview import start_from_policy
        from workshop.content import builtin_content
        from workshop.policy_import.baseline import cards_for_gaps

        content = start_from_policy(builtin_content(), self.language.currentData(), self)
        if content is None or content.original is None:
            return
        self.content = content
        self.policy_name.setText(content.original.policy.source)
        every_card = Deck(content.deck.title, self._cards)
        self.agenda.propose_first(cards_for_gaps(every_card, content.original))

    def _problem(self) -> str:
        if not self.organisation.text().strip():
            self.tabs.setCurrentIndex(0)
            return self.tr("Give the organisation's name: the policy is written for it.")
        if not Path(self.folder.text()).is_dir():
            self.tabs.setCurrentIndex(0)
            return self.tr("Choose an existing folder for the session file.")
        if not self.agenda.agenda():
            self.tabs.setCurrentIndex(2)
            return self.tr("Tick at least one card for the agenda.")
        lacking = self.agenda.lacking(self.language.currentData())
        if lacking:
            self.tabs.setCurrentIndex(2)
            return self.tr(
                "These cards are not written in the session's language: {cards}. Untick them, "
                "or choose the language they are written in."
            ).format(cards=", ".join(f"“{title}”" for title in lacking))
        return ""

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save sessions in"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _language_changed(self) -> None:
        self.agenda.set_language(self.language.currentData())
