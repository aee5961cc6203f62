"""The current scenario card as the facilitator reads it: situation, prompts, injects revealed one
at a time, and facilitator notes set apart as console-only so they are never read out by mistake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.error_dialog import execute_or_report
from ui.services.controller import SessionController
from ui.shell.shortcuts import bind
from ui.theme import is_dark, status_colour
from ui.widgets.factories import callout, clear_layout, lay_out_now, named, rule, text_label
from workshop.changes import Changes
from workshop.commands import RevealInject
from workshop.deck import Card
from workshop.model import CardStatus
from workshop.session import Session
from workshop.text import Language


class CardPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._card_id = ""  # the card the page shows: another one starts at its title
        self._reveal: QPushButton | None = None  # rebuilt with the page
        self._content = QWidget()
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(24, 16, 24, 24)
        self._column.setSpacing(10)
        self._scroll = named(QScrollArea(), self.tr("Scenario card"))
        self._scroll.setWidget(self._content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the card takes the focus so the arrow keys scroll it: a frame shows when it has it
        self._scroll.setObjectName("scenarioCard")
        self._scroll.setStyleSheet(
            "#scenarioCard { border: 2px solid transparent; }"
            " #scenarioCard:focus { border: 2px solid palette(highlight); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

    def refresh(self, changes: Changes) -> None:
        """A revealed inject (or one taken back) is shown where the facilitator is reading."""
        if changes & (Changes.INJECTS | Changes.AGENDA):
            self._rebuild()

    def show_card(self) -> None:
        """Another card, from its title."""
        self._rebuild()

    def _rebuild(self) -> None:
        session = self._controller.session
        card_id = self._controller.current_card_id if session is not None else ""
        same_card = card_id == self._card_id
        self._card_id = card_id
        clear_layout(self._column)
        if session is None or not card_id:
            self._column.addWidget(text_label(self.tr("No card selected."), muted=True))
        else:
            state = session.state
            agenda = [item.card_id for item in state.agenda]
            position = self.tr("Card {number} of {total}").format(
                number=agenda.index(card_id) + 1 if card_id in agenda else "–", total=len(agenda)
            )
            revealed = state.revealed_injects.get(card_id, 0)
            card = session.content.deck.card(card_id)
            self._build(card, revealed, state.info.language, position, session)
        lay_out_now(self._content)
        if not same_card:
            self._scroll.verticalScrollBar().setValue(0)

    def _build(
        self, card: Card, revealed: int, lang: Language, position: str, session: Session
    ) -> None:
        titles = {s.id: s.title.get(lang) for s in session.content.template.sections}
        sections = " · ".join(titles.get(s, s) for s in card.sections)
        column = self._column
        column.addWidget(text_label(f"{position}  ·  {sections}", "small", muted=True))
        column.addWidget(text_label(card.title.get(lang), "title"))
        column.addSpacing(6)
        column.addWidget(text_label(self.tr("Situation"), "heading"))
        column.addWidget(text_label(card.situation.get(lang)))
        column.addSpacing(8)
        column.addWidget(text_label(self.tr("Discussion prompts"), "heading"))
        for number, prompt in enumerate(card.prompts, start=1):
            column.addWidget(text_label(f"{number}.  {prompt.get(lang)}"))
        if card.injects:
            column.addSpacing(8)
            column.addWidget(rule())
            column.addWidget(text_label(self.tr("Injects"), "heading"))
            for number, inject in enumerate(card.injects[:revealed], start=1):
                column.addWidget(self._inject(number, len(card.injects), inject.get(lang)))
            column.addWidget(
                self._reveal_button(revealed, len(card.injects)), 0, Qt.AlignmentFlag.AlignLeft
            )
        notes = card.notes_for(session.state.info.jurisdiction)
        if notes:
            column.addSpacing(8)
            column.addWidget(self._notes([n.get(lang) for n in notes]))
        column.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        """The card (scrolled with the arrow keys), then its "Reveal inject" button."""
        return [self._scroll] + ([self._reveal] if self._reveal is not None else [])

    def _reveal_button(self, revealed: int, total: int) -> QPushButton:
        more = revealed < total
        text = (
            self.tr("Reveal inject {number} of {total}").format(number=revealed + 1, total=total)
            if more
            else self.tr("All injects revealed")
        )
        self._reveal = named(QPushButton(text), self.tr("Reveal the next inject"))
        self._reveal.setEnabled(more)
        bind(self._reveal, "reveal_inject")
        self._reveal.clicked.connect(self._reveal_next)
        return self._reveal

    def _inject(self, number: int, total: int, text: str) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(
            text_label(self.tr("Inject {n} of {total}").format(n=number, total=total), "subheading")
        )
        layout.addWidget(text_label(text))
        return box

    def _notes(self, notes: list[str]) -> QWidget:
        """A tinted, bordered box whose heading says it stays off the projector."""
        box = QFrame()
        box.setObjectName("facilitatorNotes")
        callout(box, status_colour(CardStatus.IN_DISCUSSION, is_dark()))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        heading = text_label(
            self.tr("Facilitator notes — console only, never projected"), "subheading"
        )
        layout.addWidget(heading)
        for note in notes:
            layout.addWidget(text_label(f"•  {note}"))
        return box

    def _reveal_next(self) -> None:
        card_id = self._controller.current_card_id
        execute_or_report(self, self._controller, RevealInject(card_id))
