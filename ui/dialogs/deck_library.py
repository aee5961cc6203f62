"""The deck library: every deck and its cards, grouped and searchable, with the sections each
card touches; the facilitator's own cards are written, copied, edited, shared and deleted here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.card_editor import CardEditor
from ui.dialogs.deck_files import export_deck_file, import_deck_file
from ui.widgets.card_tree import CardTree
from ui.widgets.factories import named, text_label
from workshop.deck_library import delete_card, delete_deck, load_library
from workshop.template import PolicyTemplate
from workshop.text import Language


class DeckLibraryDialog(QDialog):
    def __init__(
        self, template: PolicyTemplate, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._template = template
        self._language = language
        self.setWindowTitle(self.tr("Deck library"))
        self.setAccessibleName(self.tr("Deck library"))
        self.resize(900, 640)
        self.library = load_library()
        self.cards = CardTree(self.library, template, language)
        self.broken = text_label("", "small", muted=True)
        self.new_button = self._button(self.tr("&New card…"), self.tr("Write a new card"))
        self.copy_button = self._button(
            self.tr("&Copy card…"), self.tr("Copy the selected card to adapt it")
        )
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the selected card"))
        self.import_button = self._button(self.tr("&Import deck…"), self.tr("Import a deck file"))
        self.export_button = self._button(
            self.tr("E&xport deck…"), self.tr("Export the selected deck to share it")
        )
        self.delete_button = self._button(
            self.tr("&Delete"), self.tr("Delete the selected card or deck of yours")
        )
        self.new_button.clicked.connect(lambda: self.open_editor(copy=False))
        self.copy_button.clicked.connect(lambda: self.open_editor(copy=True))
        self.edit_button.clicked.connect(self._edit)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_to())
        self.delete_button.clicked.connect(self.delete_selected)
        self.cards.currentChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.delete_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Deck library"), "title"))
        layout.addWidget(
            text_label(
                self.tr(
                    "The built-in decks and your own. Copy a card to adapt it to the "
                    "organisation, or write a new one; your decks can be exported and shared."
                ),
                muted=True,
            )
        )
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.broken)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        self.library = load_library()
        self.cards.set_library(self.library)
        if select:
            self.cards.select(select)
        problems = [p.text(self._language) for p in self.library.problems]
        self.broken.setText("\n".join(problems))
        self.broken.setVisible(bool(problems))
        self._update_buttons()

    def open_editor(self, *, copy: bool, edit: bool = False) -> CardEditor:
        """The card editor on a blank card, a copy of the selected one, or the selected one."""
        entry = self.cards.current_entry() if copy or edit else None
        editor = CardEditor(
            self.library,
            self._template,
            self._language,
            entry.card if entry else None,
            entry.deck if edit and entry else None,
            self,
        )
        editor.finished.connect(lambda _: self._editor_closed(editor))
        editor.open()
        return editor

    def import_file(self, path: Path | None = None) -> None:
        imported = import_deck_file(self, path)
        if imported is not None:
            self.refresh(imported.deck.cards[0].id)

    def export_to(self, path: Path | None = None) -> bool:
        deck = self.cards.current_deck()
        return deck is not None and export_deck_file(self, deck, path)

    def start_export(self) -> bool:
        """*Export deck…* from the File menu: the selected deck, else the user's last one."""
        own = self.library.user_decks()
        if self.cards.current_deck() is None and own:
            self.cards.select(own[-1].deck.cards[0].id)
        return self.export_to()

    def delete_selected(self) -> None:
        """Delete the selected card of the user's, or the selected deck of theirs, once
        confirmed: built-in content cannot be deleted."""
        deck = self.cards.current_deck()
        entry = self.cards.current_entry()
        if deck is None or deck.builtin:
            return
        if entry is not None:
            question = self.tr("Delete the card “{title}” from your deck?").format(
                title=entry.card.title.get(self._language)
            )
        else:
            question = self.tr("Delete your deck “{title}” and all its cards?").format(
                title=deck.deck.title.get(self._language)
            )
        answer = QMessageBox.question(self, self.tr("Deck library"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if entry is not None:
            delete_card(deck, entry.card.id)
        else:
            delete_deck(deck)
        self.refresh()

    def _edit(self) -> None:
        self.open_editor(copy=False, edit=True)

    def _editor_closed(self, editor: CardEditor) -> None:
        if editor.saved is not None:
            self.refresh(editor.card().id)
        editor.deleteLater()

    def _update_buttons(self) -> None:
        entry = self.cards.current_entry()
        deck = self.cards.current_deck()
        self.copy_button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None and not entry.deck.builtin)
        self.export_button.setEnabled(deck is not None)
        self.delete_button.setEnabled(deck is not None and not deck.builtin)

    def _button(self, text: str, name: str) -> QPushButton:
        return named(QPushButton(text), name)
