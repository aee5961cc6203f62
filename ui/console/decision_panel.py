"""Recording what the group decided on the current card: the choice and its effect, the votes,
why, who disagreed, what happens next, and what legal must look at; or parking the card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.console.option_picker import OptionPicker
from ui.console.votes_box import VotesBox
from ui.dialogs.error_dialog import execute_or_report
from ui.i18n.language import interface_language
from ui.services.controller import SessionController
from ui.theme import is_dark, status_colour
from ui.widgets.factories import callout, lay_out_now, named, rule, text_label
from ui.widgets.row_table import Column, RowTable
from workshop.changes import Changes
from workshop.commands import RecordDecision, SetCardStatus
from workshop.decision_rules import decision_problems
from workshop.labels import clause_numbers, clause_reference
from workshop.model import ActionItem, CardStatus, Decision, OpenQuestion
from workshop.session import Session
from workshop.template import section_of


class DecisionPanel(QWidget):
    decided = Signal()  # a decision was recorded: the window shows the draft it changed

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._banner = text_label("", "subheading")
        self._picker = OptionPicker()
        self._votes = VotesBox(controller)
        self._rationale = named(QPlainTextEdit(), self.tr("Rationale"))
        self._rationale.setPlaceholderText(self.tr("Why the group chose this"))
        self._rationale.setFixedHeight(90)
        self._dissent = named(QLineEdit(), self.tr("Dissent"))
        self._dissent.setPlaceholderText(self.tr("Who disagreed, and why (optional)"))
        self._actions = RowTable(
            self.tr("Actions"),
            [
                Column(self.tr("What"), stretch=True),
                Column(self.tr("Owner")),
                Column(self.tr("Due (YYYY-MM-DD)")),
            ],
            self.tr("Add action"),
        )
        self._questions = RowTable(
            self.tr("Open questions for legal"),
            [Column(self.tr("Question"), stretch=True), Column(self.tr("Clause"))],
            self.tr("Add question"),
        )
        for table in (self._actions, self._questions):
            table.table.setMinimumHeight(110)
        self._park = named(QPushButton(self.tr("Park card")), self.tr("Park or resume this card"))
        self._confirm = named(
            QPushButton(self.tr("Record decision")), self.tr("Record the decision")
        )
        self._confirm.setDefault(True)
        # why "Record decision" is greyed out, or what is worth a second look: the domain says
        self._problems = text_label("", "small", muted=True)
        self._problems.setWordWrap(True)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(18, 12, 18, 12)
        column.setSpacing(8)
        column.addWidget(self._banner)
        column.addWidget(text_label(self.tr("The group's choice"), "heading"))
        column.addWidget(self._picker)
        column.addWidget(rule())
        column.addWidget(text_label(self.tr("Votes"), "heading"))
        column.addWidget(self._votes)
        column.addWidget(rule())
        column.addWidget(text_label(self.tr("Rationale"), "subheading"))
        column.addWidget(self._rationale)
        column.addWidget(text_label(self.tr("Dissent"), "subheading"))
        column.addWidget(self._dissent)
        column.addWidget(text_label(self.tr("Actions"), "subheading"))
        column.addWidget(self._actions)
        column.addWidget(text_label(self.tr("Open questions for legal"), "subheading"))
        column.addWidget(self._questions)
        column.addStretch(1)
        scroll = named(QScrollArea(), self.tr("Decision form"))
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 8, 18, 12)
        buttons.addWidget(self._park)
        buttons.addStretch(1)
        buttons.addWidget(self._confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        self._problems.setContentsMargins(18, 0, 18, 0)
        layout.addWidget(self._problems)
        layout.addLayout(buttons)

        self._picker.choiceChanged.connect(self._update_buttons)
        self._picker.choiceChanged.connect(self._propose)
        for table in (self._actions.table, self._questions.table):
            table.model().dataChanged.connect(self._update_buttons)
            table.model().rowsRemoved.connect(self._update_buttons)
        self._confirm.clicked.connect(self._record)
        self._park.clicked.connect(self._toggle_parked)

    def _propose(self) -> None:
        """The option selected is the one the group votes on: the projector names it."""
        card_id = self._controller.current_card_id
        choice = self._picker.choice()
        if card_id:
            self._controller.set_proposed_option(card_id, choice.option_id if choice else None)

    def refresh(self, changes: Changes) -> None:
        """A decision recorded or undone starts a fresh form; votes and status follow the
        session without clearing what the facilitator is typing."""
        session = self._controller.session
        card_id = self._controller.current_card_id
        if session is None or not card_id:
            return
        if changes & Changes.DECISIONS:
            self._load(session, card_id)
        if changes & (Changes.DECISIONS | Changes.VOTES | Changes.OPTIONS_SHOWN):
            self._votes.sync(card_id)
        if changes & (Changes.DECISIONS | Changes.CARD_STATUS):
            self._show_status(session, card_id)
            self._update_buttons()

    def show_card(self) -> None:
        """Another card (or none): its own fresh form, votes and status."""
        session = self._controller.session
        card_id = self._controller.current_card_id
        self.setEnabled(session is not None and bool(card_id))
        if session is None or not card_id:
            return
        self._load(session, card_id)
        self._votes.sync(card_id)
        self._show_status(session, card_id)
        self._update_buttons()

    def _load(self, session: Session, card_id: str) -> None:
        """A fresh form for the card: choice, rationale, actions and questions start empty."""
        card = session.content.deck.card(card_id)
        self._picker.load(session, card)
        self._rationale.clear()
        self._dissent.clear()
        self._actions.clear()
        self._questions.clear()
        lang = session.state.info.language
        numbers = clause_numbers(session.draft())
        titles = {s.id: s.title.get(lang) for s in session.content.template.sections}
        own = card.clause_ids()
        others = [c for c in numbers if c not in own]
        choices = [
            (c, f"{clause_reference(numbers.get(c, '+'))} · {titles.get(section_of(c), c)}")
            for c in own + others
        ]
        self._questions.set_choices(1, choices)

    def _show_status(self, session: Session, card_id: str) -> None:
        status = session.state.card_status(card_id)
        earlier = session.state.decisions_for(card_id)
        if status is CardStatus.DECIDED and earlier:
            last = earlier[-1]
            text = self.tr(
                "Decided as {label} ({f} for, {a} against). A new decision replaces it."
            ).format(label=last.label, f=last.votes.in_favour, a=last.votes.against)
        elif status is CardStatus.PARKED:
            text = self.tr("Parked: resume it now or come back to it later.")
        else:
            text = ""
        self._banner.setText(text)
        self._banner.setVisible(bool(text))
        callout(self._banner, status_colour(status, is_dark()))
        lay_out_now(self._banner)
        self._park.setText(
            self.tr("Resume discussion") if status is CardStatus.PARKED else self.tr("Park card")
        )

    def _update_buttons(self) -> None:
        """ "Record decision" is enabled when the domain finds nothing blocking in the form."""
        session = self._controller.session
        decision = self._decision()
        if session is None or decision is None:
            self._confirm.setEnabled(False)
            self._problems.hide()
            return
        problems = decision_problems(decision, session.content)
        self._confirm.setEnabled(not any(p.blocking for p in problems))
        language = interface_language()
        self._problems.setText("\n".join(_sentence(p.message.get(language)) for p in problems))
        self._problems.setVisible(bool(problems))

    def _decision(self) -> Decision | None:
        """The decision as the form stands; nothing chosen yet is a decision without a choice,
        which the domain's rules say how to complete."""
        card_id = self._controller.current_card_id
        if not card_id:
            return None
        choice = self._picker.choice()
        return Decision(
            card_id=card_id,
            decided_at=datetime.now().astimezone().isoformat(timespec="seconds"),
            option_id=choice.option_id if choice else None,
            custom_text=choice.custom_text if choice else None,
            custom_clause_id=choice.custom_clause_id if choice else None,
            rationale=self._rationale.toPlainText().strip(),
            votes=self._votes.votes(),
            dissent=self._dissent.text().strip(),
            actions=tuple(ActionItem(*row) for row in self._actions.rows()),
            questions=tuple(OpenQuestion(*row) for row in self._questions.rows()),
        )

    def _record(self) -> None:
        session = self._controller.session
        decision = self._decision()
        if session is None or decision is None:
            return
        if execute_or_report(self, self._controller, RecordDecision(decision)):
            self.decided.emit()

    def _toggle_parked(self) -> None:
        session = self._controller.session
        card_id = self._controller.current_card_id
        if session is None:
            return
        parked = session.state.card_status(card_id) is CardStatus.PARKED
        status = CardStatus.IN_DISCUSSION if parked else CardStatus.PARKED
        execute_or_report(self, self._controller, SetCardStatus(card_id, status))


def _sentence(text: str) -> str:
    """A domain message as a line of the form: capitalised, like the rest of the interface."""
    return text[:1].upper() + text[1:]
