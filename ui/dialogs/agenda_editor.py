"""Building the workshop's agenda from every deck: tick the cards to play in the grouped,
searchable list, then put them in order and give each a timebox (the card's own suggestion to
start with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n.language import grammatical_number
from ui.widgets.card_tree import CardTree
from ui.widgets.factories import named, text_label
from workshop.deck import cards_lacking
from workshop.deck_library import Library, LibraryDeck
from workshop.model import AgendaItem
from workshop.template import PolicyTemplate
from workshop.text import Language

CARD_ID = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    def __init__(
        self,
        library: Library,
        template: PolicyTemplate,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.cards = CardTree(library, template, language, checkable=True)
        self.cards.tree.setAccessibleName(self.tr("Cards of every deck"))
        self._table = named(QTableWidget(0, 2), self.tr("Cards of the agenda, in play order"))
        self._table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Minutes")])
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._up = named(QPushButton(self.tr("Move up")), self.tr("Move the selected card up"))
        self._down = named(
            QPushButton(self.tr("Move down")), self.tr("Move the selected card down")
        )
        self._total = text_label("", "small", muted=True)
        self._up.clicked.connect(lambda: self._move(-1))
        self._down.clicked.connect(lambda: self._move(1))
        self.cards.checkedChanged.connect(self._ticked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._up)
        buttons.addWidget(self._down)
        buttons.addStretch(1)
        buttons.addWidget(self._total)
        order = QWidget()
        order_layout = QVBoxLayout(order)
        order_layout.setContentsMargins(0, 0, 0, 0)
        order_layout.addWidget(self._table, 1)
        order_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.cards)
        split.addWidget(order)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Tick the cards to play, from any deck. They are played in the order of the "
                    "list below: move a selected card up or down to change it."
                ),
                muted=True,
            )
        )
        layout.addWidget(split, 1)
        self._update_total()

    @property
    def table(self) -> QTableWidget:
        return self._table

    def set_language(self, lang: Language) -> None:
        """Card titles in the session's language, as the room will see them."""
        self._language = lang
        self.cards.set_language(lang)
        for row in range(self._table.rowCount()):
            item = self._table.item(row, 0)
            assert item is not None  # every row holds its card's item in column 0
            item.setText(self.cards.entry(item.data(CARD_ID)).card.title.get(lang))

    def agenda(self) -> tuple[AgendaItem, ...]:
        return tuple(
            AgendaItem(self._card_at(row), self._spin(row).value())
            for row in range(self._table.rowCount())
        )

    def propose_first(self, card_ids: list[str]) -> None:
        """Tick these cards and move them to the top, in this order (a policy's gaps first)."""
        for position, card_id in enumerate(card_ids):
            self.cards.set_checked(card_id, True)
            row = next(
                (r for r in range(self._table.rowCount()) if self._card_at(r) == card_id), -1
            )
            if row < 0:
                continue
            self._table.setCurrentCell(row, 0)
            for _ in range(row - position):
                self._move(-1)

    def lacking(self, language: Language) -> list[str]:
        """The titles of the agenda's cards not written in `language`: a session cannot play
        them in it."""
        cards = [self.cards.entry(item.card_id).card for item in self.agenda()]
        return [card.title.get(language) for card in cards_lacking(cards, language)]

    def decks_used(self) -> tuple[LibraryDeck, ...]:
        """The decks the agenda's cards come from, each once: the session's content."""
        decks: dict[str, LibraryDeck] = {}
        for item in self.agenda():
            deck = self.cards.entry(item.card_id).deck
            decks.setdefault(str(deck.path), deck)
        return tuple(decks.values())

    def _ticked(self, card_id: str, checked: bool) -> None:
        rows = [r for r in range(self._table.rowCount()) if self._card_at(r) == card_id]
        if checked and not rows:
            card = self.cards.entry(card_id).card
            row = self._table.rowCount()
            self._table.insertRow(row)
            item = QTableWidgetItem(card.title.get(self._language))
            item.setData(CARD_ID, card_id)
            self._table.setItem(row, 0, item)
            self._table.setCellWidget(row, 1, self._minutes(card.timebox_minutes))
        for row in rows if not checked else ():
            self._table.removeRow(row)
        self._update_total()

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
        items = [self._table.takeItem(r, 0) for r in (row, target)]
        minutes = [self._spin(r).value() for r in (row, target)]
        self._table.setItem(target, 0, items[0])
        self._table.setItem(row, 0, items[1])
        self._spin(target).setValue(minutes[0])
        self._spin(row).setValue(minutes[1])
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
