"""Recording what the group decided on the current card: the choice and its effect, the votes,
why, who disagreed, what happens next, and what legal must look at; or parking the card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
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
from ui.shell.shortcuts import bind
from ui.theme import is_dark, status_colour
from ui.widgets.factories import callout, lay_out_now, named, rule, text_label
from ui.widgets.row_table import Column, RowTable
from workshop.changes import Changes
from workshop.commands import RecordDecision, SaveDecisionDraft, SetCardStatus
from workshop.decision_rules import decision_problems
from workshop.errors import SessionFileError
from workshop.labels import clause_numbers, clause_reference, option_letters
from workshop.model import ActionItem, CardStatus, Decision, DecisionDraft, OpenQuestion
from workshop.session import Session
from workshop.template import section_of

SAVE_AFTER_MS = 500  # the draft is saved this long after the last keystroke


class DecisionPanel(QWidget):
    decided = Signal()  # a decision was recorded: the window shows the draft it changed
    saveFailed = Signal(object)  # the SessionFileError of a draft that could not be saved

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._form_session: Session | None = None  # the session and card whose decision the
        self._form_card = ""  # form holds: a draft is saved to them, whatever is current now
        self._loading = False  # the form is being filled from the session: nothing to save
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(SAVE_AFTER_MS)
        self._save_soon.timeout.connect(self.save_draft)
        self._banner = text_label("", "subheading")
        self._picker = OptionPicker()
        self._votes = VotesBox(controller)
        self._rationale = named(QPlainTextEdit(), self.tr("Rationale"))
        self._rationale.setPlaceholderText(self.tr("Why the group chose this"))
        self._rationale.setFixedHeight(90)
        self._rationale.setTabChangesFocus(True)  # Tab moves on; Ctrl+Tab types a tab
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
        bind(self._confirm, "record_decision")
        bind(self._park, "park_card")
        self._discard = named(
            QPushButton(self.tr("Discard draft")),
            self.tr("Discard the decision being prepared"),
            self.tr("Empty the form: what was typed for this card is no longer kept"),
        )
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
        column.addWidget(rule())
        column.addWidget(self._discard, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self._scroll = scroll = named(QScrollArea(), self.tr("Decision form"))
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the form, not to it
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

        for edited in (
            self._picker.choiceChanged,
            self._rationale.textChanged,
            self._dissent.textChanged,
            self._actions.edited,
            self._questions.edited,
        ):
            edited.connect(self._edited)
        self._picker.choiceChanged.connect(self._propose)
        self._confirm.clicked.connect(self._record)
        self._park.clicked.connect(self._toggle_parked)
        self._discard.clicked.connect(self._discard_draft)
        # the form is kept at once when the facilitator moves to another card or app
        controller.currentCardChanged.connect(self.keep_now)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # widgets exist only inside a GUI application
        app.applicationStateChanged.connect(self._app_state_changed)

    def focus_chain(self) -> list[QWidget]:
        """The form in reading order, then what ends it: park, or record."""
        return [
            *self._picker.focus_chain(),
            *self._votes.focus_chain(),
            self._rationale,
            self._dissent,
            *self._actions.focus_chain(),
            *self._questions.focus_chain(),
            self._discard,
            self._park,
            self._confirm,
        ]

    # -- the draft: kept in the session as it is typed ---------------------------------------

    def keep_now(self) -> None:
        """Save the form at once, a cell still being typed in included: the facilitator is
        leaving the card, the session or the app."""
        for table in (self._actions, self._questions):
            table.finish_editing()
        self.save_draft()

    def save_draft(self) -> None:
        """Keep the form as it stands for the card it belongs to, if it changed since saved."""
        self._save_soon.stop()
        session = self._controller.session
        card_id = self._form_card
        if session is None or session is not self._form_session or not card_id:
            return
        draft = self._draft()
        if draft == session.state.decision_drafts.get(card_id, DecisionDraft()):
            return
        try:
            self._controller.execute(SaveDecisionDraft(card_id, draft))
        except SessionFileError as exc:
            self.saveFailed.emit(exc)

    def _draft(self) -> DecisionDraft:
        option_id, clause_id, wording = self._picker.chosen()
        return DecisionDraft(
            option_id=option_id,
            custom_clause_id=clause_id,
            custom_text=wording,
            rationale=self._rationale.toPlainText(),
            dissent=self._dissent.text(),
            actions=tuple(ActionItem(*row) for row in self._actions.rows()),
            questions=tuple(OpenQuestion(*row) for row in self._questions.rows()),
            landing=self._picker.moved(),
        )

    def _edited(self) -> None:
        self._update_buttons()
        if not self._loading:
            self._save_soon.start()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.keep_now()

    def _discard_draft(self) -> None:
        """Empty the form, once the facilitator confirms: a discarded draft cannot come back."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard the draft?"),
            self.tr("Everything typed for this card's decision will be removed."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._save_soon.stop()
        session = self._controller.session
        if session is not None and self._form_card:
            command = SaveDecisionDraft(self._form_card, DecisionDraft())
            if execute_or_report(self, self._controller, command):
                self._fill(session, self._form_card)

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
            if self._save_soon.isActive():  # typed just now, then an undo: kept first
                self.save_draft()
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
        """The card's form as last left: its saved draft, or empty; shown from the top."""
        self._save_soon.stop()
        self._form_session, self._form_card = session, card_id
        self._fill(session, card_id)
        self._scroll.verticalScrollBar().setValue(0)

    def _fill(self, session: Session, card_id: str) -> None:
        card = session.content.deck.card(card_id)
        draft = session.state.decision_drafts.get(card_id, DecisionDraft())
        self._loading = True
        try:
            self._picker.load(session, card)
            self._picker.restore(draft.option_id, draft.custom_clause_id, draft.custom_text)
            self._picker.restore_moves(draft.landing)
            self._rationale.setPlainText(draft.rationale)
            self._dissent.setText(draft.dissent)
            self._actions.set_rows([[a.what, a.owner, a.due] for a in draft.actions])
            self._questions.clear()
            self._questions.set_choices(1, self._clause_choices(session, card_id))
            self._questions.set_rows([[q.text, q.clause_id] for q in draft.questions])
        finally:
            self._loading = False

    def _clause_choices(self, session: Session, card_id: str) -> list[tuple[str, str]]:
        """Every clause of the draft, the card's own first, by number and section."""
        lang = session.state.info.language
        numbers = clause_numbers(session.draft())
        titles = {s.id: s.title.get(lang) for s in session.content.template.sections}
        own = session.content.deck.card(card_id).clause_ids()
        others = [c for c in numbers if c not in own]
        return [
            (c, f"{clause_reference(numbers.get(c, '+'))} · {titles.get(section_of(c), c)}")
            for c in own + others
        ]

    def _show_status(self, session: Session, card_id: str) -> None:
        status = session.state.card_status(card_id)
        earlier = session.state.decisions_for(card_id)
        if status is CardStatus.DECIDED and earlier:
            last = earlier[-1]
            text = self.tr("Decided as {label}: {choice}.").format(
                label=last.label, choice=self._chosen_text(session, last)
            )
            if last.votes.total:
                text += " " + self.tr("Votes: {f} for, {a} against, {x} abstaining.").format(
                    f=last.votes.in_favour, a=last.votes.against, x=last.votes.abstain
                )
            text += " " + self.tr("A new decision replaces it.")
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

    def _chosen_text(self, session: Session, decision: Decision) -> str:
        """The option a decision chose, by its letter and label, or the group's own wording."""
        card = session.content.deck.card(decision.card_id)
        if decision.option_id is None:
            return self.tr("the group's own wording")
        letters = option_letters(card.options)
        lang = session.state.info.language
        label = next(o.label.get(lang) for o in card.options if o.id == decision.option_id)
        return f"{letters[decision.option_id]}. {label.rstrip('.')}"  # the sentence ends it

    def _update_buttons(self) -> None:
        """ "Record decision" is enabled when the domain finds nothing blocking in the form;
        "Discard draft" when there is something to discard."""
        self._discard.setEnabled(not self._draft().empty)
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
            landing=choice.landing if choice else (),
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
        self._save_soon.stop()  # recording it replaces the draft
        if execute_or_report(self, self._controller, RecordDecision(decision)):
            self.decided.emit()
        else:
            self.save_draft()

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
