"""Importing and exporting deck files through the file dialogs, for the deck library and the
File menu alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.dialogs.error_dialog import show_error
from workshop.content_file import ContentError
from workshop.deck_library import LibraryDeck, export_deck, import_deck, load_library
from workshop.template import builtin_template


def import_deck_file(parent: QWidget, path: Path | None = None) -> LibraryDeck | None:
    """Ask for a deck file (unless `path` is given), check it and copy it into the user's
    decks; a refused file is explained and nothing is imported."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DeckFiles", "Import a deck"),
            str(Path.home()),
            QCoreApplication.translate("DeckFiles", "Decks (*.toml)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        return import_deck(path, load_library(), builtin_template())
    except (ContentError, OSError) as exc:
        show_error(
            parent, exc, QCoreApplication.translate("DeckFiles", "The deck could not be imported")
        )
        return None


def export_deck_file(parent: QWidget, deck: LibraryDeck, path: Path | None = None) -> bool:
    """Write `deck` where the facilitator chooses, to share it."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DeckFiles", "Export the deck"),
            str(Path.home() / deck.path.name),
            QCoreApplication.translate("DeckFiles", "Decks (*.toml)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        export_deck(deck.deck, path)
    except OSError as exc:
        show_error(
            parent, exc, QCoreApplication.translate("DeckFiles", "The deck could not be exported")
        )
        return False
    return True
