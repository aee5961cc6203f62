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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="atelier-screens-")  # never the real one
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import make_application  # noqa: E402
from ui.dialogs.card_editor import CardEditor  # noqa: E402
from ui.dialogs.deck_library import DeckLibraryDialog  # noqa: E402
from ui.i18n.language import install_translations  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from workshop.deck import builtin_deck  # noqa: E402
from workshop.deck_library import load_library, save_card  # noqa: E402
from workshop.template import builtin_template  # noqa: E402
from workshop.text import Bilingual  # noqa: E402


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


def save(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()  # let layouts settle before grabbing
    path = HERE / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path.relative_to(HERE.parents[1])}")
    widget.close()


def shoot(app: QApplication, language: str) -> None:
    install_translations(app, language)
    template = builtin_template()
    library = DeckLibraryDialog(template, language)
    library.resize(1000, 680)
    library.cards.search.setText("journaliste" if language == "fr" else "journalist")
    library.cards.select("mayor-visit")
    save(library, f"deck-library-{language}.png")
    editor = CardEditor(load_library(), template, language, builtin_deck().card("reposted-photo"))
    editor.resize(1000, 760)
    editor.deck.setCurrentIndex(0)  # into "Our sites"
    editor.card_id.setText("lannion-photo")
    save(editor, f"card-editor-{language}.png")
    editor.tabs.setCurrentIndex(1)
    save(editor, f"card-editor-options-{language}.png")


def main() -> int:
    app = make_application()
    apply_theme(app, "light")
    own_deck()
    for language in ("fr", "en"):
        shoot(app, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
