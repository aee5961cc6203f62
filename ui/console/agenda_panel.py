"""The agenda sidebar: every card of the workshop with its status and the time it has taken, so
the facilitator sees at a glance what is done, what is parked and how the day is going."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.console.card_status import minutes_text, status_icon, status_name
from ui.services.controller import SessionController
from ui.widgets.factories import named, text_label
from ui.widgets.two_line_delegate import ICON_SIZE, SUBTITLE, TwoLineDelegate
from workshop.changes import Changes
from workshop.model import CardStatus

CARD_ID = Qt.ItemDataRole.UserRole


class AgendaPanel(QWidget):
    cardChosen = Signal(str)
    SHOWS = Changes.AGENDA | Changes.CARD_STATUS | Changes.TIME_USED

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._heading = text_label(self.tr("Agenda"), "heading")
        self._progress = text_label("", "small", muted=True)
        self._list = named(QListWidget(), self.tr("Agenda cards"))
        self._list.setItemDelegate(TwoLineDelegate(self._list))
        self._list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self._list.setSpacing(2)
        # titles are elided, whole in their tooltip: the list never scrolls sideways
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._previous = named(
            QPushButton(self.tr("◀ Previous")), self.tr("Previous card"), self.tr("Page Up")
        )
        self._next = named(
            QPushButton(self.tr("Next ▶")), self.tr("Next card"), self.tr("Page Down")
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self._previous)
        buttons.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addWidget(self._heading)
        layout.addWidget(self._progress)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)

        self._list.currentItemChanged.connect(self._on_current)
        self._previous.clicked.connect(lambda: controller.step_card(-1))
        self._next.clicked.connect(lambda: controller.step_card(1))

    def refresh(self, changes: Changes) -> None:
        """Rebuild the rows when the agenda, a status or a time used changed."""
        if not changes & self.SHOWS:
            return
        session = self._controller.session
        self._list.blockSignals(True)
        self._list.clear()
        if session is not None:
            state = session.state
            lang = state.info.language
            for number, item in enumerate(state.agenda, start=1):
                card = session.content.deck.card(item.card_id)
                status = state.card_status(item.card_id)
                used = minutes_text(state.time_used.get(item.card_id, 0), item.timebox_minutes)
                title = f"{number}. {card.title.get(lang)}"
                row = QListWidgetItem(status_icon(status, ICON_SIZE), title)
                row.setData(CARD_ID, item.card_id)
                row.setData(SUBTITLE, f"{status_name(status)} · {used}")
                # the row elides a long title: hovering shows it whole, with its status and time
                row.setToolTip(f"{title}\n{status_name(status)} · {used}")
                row.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{title}, {status_name(status)}, {used}"
                )
                self._list.addItem(row)
                if item.card_id == self._controller.current_card_id:
                    self._list.setCurrentItem(row)
            decided = sum(state.card_status(i.card_id) is CardStatus.DECIDED for i in state.agenda)
            self._progress.setText(
                self.tr("{decided} of {total} cards decided").format(
                    decided=decided, total=len(state.agenda)
                )
            )
        self._list.blockSignals(False)
        self._update_buttons()

    def show_card(self) -> None:
        """Select the current card's row (moved to from elsewhere: PgDn, the presenter)."""
        self._list.blockSignals(True)
        self._list.setCurrentRow(-1)
        for row in range(self._list.count()):
            if self._list.item(row).data(CARD_ID) == self._controller.current_card_id:
                self._list.setCurrentRow(row)
        self._list.blockSignals(False)
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [self._list, self._previous, self._next]

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.cardChosen.emit(item.data(CARD_ID))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._list.currentRow()
        self._previous.setEnabled(row > 0)
        self._next.setEnabled(0 <= row < self._list.count() - 1)
