"""Cards from every deck, grouped by deck, searchable, with the policy sections each touches:
the list the deck library, the new-session dialog and the agenda editor share."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.factories import named
from workshop.deck_library import (
    CardEntry,
    Library,
    LibraryDeck,
    matches,
    section_title,
)
from workshop.template import PolicyTemplate
from workshop.text import Language

CARD_ID = Qt.ItemDataRole.UserRole
DECK_PATH = Qt.ItemDataRole.UserRole + 1


class CardTree(QWidget):
    """Decks as groups, their cards inside; cards can be ticked when `checkable`."""

    checkedChanged = Signal(str, bool)  # card id, ticked
    currentChanged = Signal()

    def __init__(
        self,
        library: Library,
        template: PolicyTemplate,
        language: Language,
        *,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._template = template
        self._language = language
        self._checkable = checkable
        self._entries: dict[str, CardEntry] = {}
        self._decks: dict[str, LibraryDeck] = {}
        self.search = named(QLineEdit(), self.tr("Search the cards"))
        self.search.setPlaceholderText(self.tr("Search titles, situations and sections…"))
        self.search.setClearButtonEnabled(True)
        self.tree = named(QTreeWidget(), self.tr("Cards by deck"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Card"), self.tr("Sections it touches")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(True)
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self.currentChanged.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.set_library(library)

    def set_library(self, library: Library) -> None:
        """List `library` afresh, keeping the ticks of cards still in it."""
        ticked = set(self.checked_ids())
        self.tree.blockSignals(True)
        self.tree.clear()
        self._entries = {}
        self._decks = {str(deck.path): deck for deck in library.decks}
        entries = library.entries()
        for deck in library.decks:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, DECK_PATH, str(deck.path))
            for entry in entries:
                if entry.deck is not deck:
                    continue
                self._entries[entry.card.id] = entry
                item = QTreeWidgetItem(group)
                item.setData(0, CARD_ID, entry.card.id)
                if self._checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = entry.card.id in ticked
                    item.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.set_language(self._language)
        self._filter(self.search.text())

    def set_language(self, language: Language) -> None:
        """Titles and section names in `language`: the session's, as the room will see them."""
        self._language = language
        self.tree.blockSignals(True)
        for group in self._groups():
            deck = self._decks[group.data(0, DECK_PATH)]
            mine = "" if deck.builtin else self.tr(" (your deck)")
            group.setText(0, deck.deck.title.get(language) + mine)
            for item in self._cards(group):
                entry = self._entries[item.data(0, CARD_ID)]
                title = entry.card.title.get(language)
                if language not in entry.card.languages():  # a one-language card of the other
                    title += self.tr(" (not written in this language)")
                item.setText(0, title)
                sections = [section_title(s, self._template, language) for s in entry.sections]
                item.setText(1, ", ".join(sections))
                item.setToolTip(0, entry.card.situation.get(language))
        self.tree.blockSignals(False)

    def entry(self, card_id: str) -> CardEntry:
        return self._entries[card_id]

    def current_entry(self) -> CardEntry | None:
        item = self.tree.currentItem()
        card_id = item.data(0, CARD_ID) if item is not None else None
        return self._entries.get(card_id) if card_id else None

    def current_deck(self) -> LibraryDeck | None:
        """The deck of the selected card, or the deck selected itself."""
        item = self.tree.currentItem()
        if item is None:
            return None
        group = item.parent() or item
        return self._decks[group.data(0, DECK_PATH)]

    def select(self, card_id: str) -> None:
        for group in self._groups():
            for item in self._cards(group):
                if item.data(0, CARD_ID) == card_id:
                    self.tree.setCurrentItem(item)

    def set_checked(self, card_id: str, checked: bool) -> None:
        for group in self._groups():
            for item in self._cards(group):
                if item.data(0, CARD_ID) == card_id:
                    item.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )

    def checked_ids(self) -> list[str]:
        return [
            item.data(0, CARD_ID)
            for group in self._groups()
            for item in self._cards(group)
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def visible_ids(self) -> list[str]:
        return [
            item.data(0, CARD_ID)
            for group in self._groups()
            for item in self._cards(group)
            if not item.isHidden() and not group.isHidden()
        ]

    def _filter(self, query: str) -> None:
        for group in self._groups():
            shown = 0
            for item in self._cards(group):
                hidden = not matches(self._entries[item.data(0, CARD_ID)], query, self._template)
                item.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        card_id = item.data(0, CARD_ID)
        if card_id and column == 0 and self._checkable:
            self.checkedChanged.emit(card_id, item.checkState(0) == Qt.CheckState.Checked)

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _cards(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        children = (group.child(i) for i in range(group.childCount()))
        return [child for child in children if child is not None]
