"""Building the workshop's agenda from the deck: tick the cards to play, put them in order and
give each a timebox (the card's own suggestion to start with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n.language import grammatical_number
from ui.widgets.factories import named, text_label
from workshop.deck import Deck
from workshop.model import AgendaItem
from workshop.text import Language

CARD_ID = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._table = named(QTableWidget(0, 2), self.tr("Cards of the deck"))
        self._table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Minutes")])
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for card in deck.cards:
            row = self._table.rowCount()
            self._table.insertRow(row)
            item = QTableWidgetItem()
            item.setData(CARD_ID, card.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self._table.setItem(row, 0, item)
            self._table.setCellWidget(row, 1, self._minutes(card.timebox_minutes))
        self._up = named(QPushButton(self.tr("Move up")), self.tr("Move the selected card up"))
        self._down = named(
            QPushButton(self.tr("Move down")), self.tr("Move the selected card down")
        )
        self._total = text_label("", "small", muted=True)
        self._up.clicked.connect(lambda: self._move(-1))
        self._down.clicked.connect(lambda: self._move(1))
        self._table.itemChanged.connect(self._update_total)
        buttons = QHBoxLayout()
        buttons.addWidget(self._up)
        buttons.addWidget(self._down)
        buttons.addStretch(1)
        buttons.addWidget(self._total)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Tick the cards to play. They are played in this list's order: move a "
                    "selected card up or down to change it."
                ),
                muted=True,
            )
        )
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self._update_total()

    @property
    def table(self) -> QTableWidget:
        return self._table

    def set_language(self, lang: Language) -> None:
        """Card titles in the session's language, as the room will see them."""
        for row in range(self._table.rowCount()):
            item = self._table.item(row, 0)
            assert item is not None  # every row holds its card's item in column 0
            card = self._deck.card(item.data(CARD_ID))
            item.setText(card.title.get(lang))

    def agenda(self) -> tuple[AgendaItem, ...]:
        return tuple(
            AgendaItem(item.data(CARD_ID), self._spin(row).value())
            for row in range(self._table.rowCount())
            if (item := self._table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        )

    def propose_first(self, card_ids: list[str]) -> None:
        """Tick these cards and move them to the top, in this order (a policy's gaps first)."""
        for position, card_id in enumerate(card_ids):
            row = next(
                (r for r in range(self._table.rowCount()) if self._card_at(r) == card_id), -1
            )
            if row < 0:
                continue
            item = self._table.item(row, 0)
            assert item is not None  # every row has its card
            item.setCheckState(Qt.CheckState.Checked)
            self._table.setCurrentCell(row, 0)
            for _ in range(row - position):
                self._move(-1)

    def _card_at(self, row: int) -> str:
        item = self._table.item(row, 0)
        return "" if item is None else str(item.data(CARD_ID))

    def _minutes(self, value: int) -> QSpinBox:
        spin = named(QSpinBox(), self.tr("Timebox in minutes"))
        spin.setRange(1, 240)
        spin.setValue(value)
        spin.setSuffix(self.tr(" min"))
        spin.valueChanged.connect(self._update_total)
        return spin

    def _spin(self, row: int) -> QSpinBox:
        spin = self._table.cellWidget(row, 1)
        assert isinstance(spin, QSpinBox)
        return spin

    def _move(self, offset: int) -> None:
        """Swap the selected row with its neighbour: the card and its timebox travel together."""
        row = self._table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self._table.rowCount():
            return
        self._table.blockSignals(True)
        items = [self._table.takeItem(r, 0) for r in (row, target)]
        minutes = [self._spin(r).value() for r in (row, target)]
        self._table.setItem(target, 0, items[0])
        self._table.setItem(row, 0, items[1])
        self._spin(target).setValue(minutes[0])
        self._spin(row).setValue(minutes[1])
        self._table.blockSignals(False)
        self._table.setCurrentCell(target, 0)

    def _update_total(self) -> None:
        agenda = self.agenda()
        minutes = sum(item.timebox_minutes for item in agenda)
        self._total.setText(
            (
                self.tr("{cards} card · {hours} h {minutes:02d}")
                if grammatical_number(len(agenda)) == "one"
                else self.tr("{cards} cards · {hours} h {minutes:02d}")
            ).format(cards=len(agenda), hours=minutes // 60, minutes=minutes % 60)
        )
