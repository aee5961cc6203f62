"""Screenshots of the deck library and the card editor, in both languages.

    .venv/bin/python docs/screenshots/make_deck_screens.py

Uses a throwaway profile holding one deck of the facilitator's own (a built-in card adapted to
the organisation), and saves deck-library-<lang>.png and card-editor-<lang>.png beside this
script: the library searched and grouped by deck, the editor on a copy being adapted.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="atelier-screens-")  # never the real one

from PySide6.QtWidgets import QApplication, QWidget
from shots import run, save

from ui.dialogs.card_editor import CardEditor
from ui.dialogs.deck_library import DeckLibraryDialog
from workshop.deck import builtin_deck
from workshop.deck_library import load_library, save_card
from workshop.template import builtin_template
from workshop.text import Bilingual


def own_deck() -> None:
    """One card of the facilitator's: the journalist card, moved to the organisation's site."""
    source = builtin_deck().card("journalist-call")
    card = replace(
        source,
        id="mayor-visit",
        title=Bilingual(
            fr="Le maire visite l’usine de Lannion", en="The mayor visits the Lannion plant"
        ),
    )
    save_card(card, None, Bilingual(fr="Nos sites", en="Our sites"))


def shown(widget: QWidget, name: str) -> None:
    widget.show()
    save(widget, name)
    widget.close()


def shoot(app: QApplication, language: str, _folder: Path) -> None:
    template = builtin_template()
    library = DeckLibraryDialog(template, language)
    library.resize(1000, 680)
    library.cards.search.setText("journaliste" if language == "fr" else "journalist")
    library.cards.select("mayor-visit")
    shown(library, f"deck-library-{language}.png")
    editor = CardEditor(load_library(), template, language, builtin_deck().card("reposted-photo"))
    editor.resize(1000, 760)
    editor.deck.setCurrentIndex(0)  # into "Our sites"
    editor.card_id.setText("lannion-photo")
    shown(editor, f"card-editor-{language}.png")
    editor.tabs.setCurrentIndex(1)
    shown(editor, f"card-editor-options-{language}.png")


if __name__ == "__main__":
    own_deck()
    sys.exit(run(shoot))
