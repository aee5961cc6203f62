"""The show of hands and what the projector may show of it: options and votes stay off the wall
until the facilitator puts them there, so the room does not anchor on the first option or follow
the majority."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.error_dialog import execute_or_report
from ui.services.controller import SessionController
from ui.widgets.factories import named, text_label
from ui.widgets.wheel_guard import scroll_past
from workshop.commands import RecordVotes, SetOptionsShown, SetVotesRevealed
from workshop.model import Votes


class VotesBox(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._card_id = ""
        self._synced: tuple[str, Votes] | None = None  # the recorded votes the boxes show
        self._spins: list[QSpinBox] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, name in enumerate((self.tr("For"), self.tr("Against"), self.tr("Abstain"))):
            spin = named(QSpinBox(), self.tr("Votes: {answer}").format(answer=name))
            spin.setRange(0, 999)
            scroll_past(spin)
            spin.setMinimumWidth(72)
            label = QLabel(name)
            label.setBuddy(spin)
            grid.addWidget(label, 0, column)
            grid.addWidget(spin, 1, column)
            self._spins.append(spin)
        self._record = named(QPushButton(self.tr("Record votes")), self.tr("Record the votes"))
        grid.addWidget(self._record, 2, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)  # fits narrow
        grid.setColumnStretch(3, 1)
        self._recorded = text_label("", "small", muted=True)
        self._show_options = named(
            QCheckBox(self.tr("Show the options to the room")),
            self.tr("Show the options on the projector"),
        )
        self._reveal = named(
            QCheckBox(self.tr("Reveal the votes to the room")),
            self.tr("Reveal the votes on the projector"),
        )
        room = QVBoxLayout()  # one above the other: the form fits a narrow column
        for box in (self._show_options, self._reveal):  # as wide as what can be clicked
            room.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self._recorded)
        layout.addWidget(text_label(self.tr("On the projector"), "subheading"))
        layout.addLayout(room)
        self._record.clicked.connect(self._record_votes)
        self._show_options.toggled.connect(self._set_options_shown)
        self._reveal.toggled.connect(self._set_revealed)

    def focus_chain(self) -> list[QWidget]:
        return [*self._spins, self._record, self._show_options, self._reveal]

    def votes(self) -> Votes:
        return Votes(*(spin.value() for spin in self._spins))

    def sync(self, card_id: str) -> None:
        """Follow the session; the counts are overwritten only when the recorded votes changed
        (another card, undo), never while the facilitator is still counting hands."""
        session = self._controller.session
        if session is None or not card_id:
            return
        state = session.state
        self._card_id = card_id
        recorded = state.pending_votes.get(card_id, Votes())
        if self._synced != (card_id, recorded):
            self._synced = (card_id, recorded)
            for spin, value in zip(
                self._spins, (recorded.in_favour, recorded.against, recorded.abstain), strict=True
            ):
                spin.setValue(value)
        self._recorded.setText(
            self.tr("Recorded: {f} for, {a} against, {x} abstaining").format(
                f=recorded.in_favour, a=recorded.against, x=recorded.abstain
            )
            if card_id in state.pending_votes
            else self.tr("No votes recorded yet.")
        )
        for box, checked in (
            (self._show_options, card_id in state.options_shown),
            (self._reveal, card_id in state.votes_revealed),
        ):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)

    def _record_votes(self) -> bool:
        session = self._controller.session
        if session is None:
            return False
        if session.state.pending_votes.get(self._card_id) == self.votes():
            return True
        return execute_or_report(self, self._controller, RecordVotes(self._card_id, self.votes()))

    def _set_options_shown(self, shown: bool) -> None:
        if not execute_or_report(self, self._controller, SetOptionsShown(self._card_id, shown)):
            self.sync(self._card_id)

    def _set_revealed(self, revealed: bool) -> None:
        """Revealing shows the counts as they stand in the boxes: they are recorded first."""
        ok = (not revealed or self._record_votes()) and execute_or_report(
            self, self._controller, SetVotesRevealed(self._card_id, revealed)
        )
        if not ok:
            self.sync(self._card_id)
