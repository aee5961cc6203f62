"""The deck library dialog and the card lists of the new-session dialog: decks grouped,
searchable, with the sections each card touches; import, export and delete."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ui.dialogs.card_editor import CardEditor
from ui.dialogs.deck_library import DeckLibraryDialog
from ui.dialogs.session_dialog import SessionDialog
from workshop.deck import Deck, builtin_deck, load_deck
from workshop.deck_library import (
    Library,
    LibraryDeck,
    builtin_decks,
    export_deck,
    load_library,
    user_decks_dir,
)
from workshop.template import builtin_template
from workshop.text import Bilingual

pytestmark = pytest.mark.usefixtures("own_profile")  # no user deck but the test's own


@pytest.fixture
def shared_deck(tmp_path: Path) -> Path:
    """A deck file from a colleague: one card adapted from a built-in one."""
    card = replace(builtin_deck().card("journalist-call"), id="visit-of-the-mayor")
    path = tmp_path / "colleague.toml"
    export_deck(Deck(Bilingual(fr="Nos sites", en="Our sites"), (card,)), path)
    return path


def _library(qtbot, language: str = "en") -> DeckLibraryDialog:
    dialog = DeckLibraryDialog(builtin_template(), language)
    qtbot.addWidget(dialog)
    return dialog


def test_every_deck_is_a_group_with_its_cards_and_sections(qtbot) -> None:
    dialog = _library(qtbot)
    tree = dialog.cards.tree
    assert tree.topLevelItemCount() == len(builtin_decks())
    core = tree.topLevelItem(0)
    assert core.text(0) == "Core scenarios"
    first = core.child(0)
    assert first.text(0) == "A journalist calls the site"
    assert first.text(1) == "Media and PR requests, Spokespersons"
    french = _library(qtbot, "fr").cards.tree.topLevelItem(0).child(0)
    assert "Demandes des médias et relations publiques" in french.text(1)


def test_search_hides_the_cards_and_decks_that_do_not_match(qtbot) -> None:
    dialog = _library(qtbot)
    dialog.cards.search.setText("journaliste")  # French title, English interface
    assert "journalist-call" in dialog.cards.visible_ids()
    assert len(dialog.cards.visible_ids()) < len(builtin_deck().cards)
    hidden = [
        dialog.cards.tree.topLevelItem(i).isHidden()
        for i in range(dialog.cards.tree.topLevelItemCount())
    ]
    assert any(hidden)
    dialog.cards.search.clear()
    assert len(dialog.cards.visible_ids()) == len(builtin_deck().cards)


def test_builtin_cards_can_be_copied_not_edited_nor_deleted(qtbot) -> None:
    dialog = _library(qtbot)
    assert not dialog.copy_button.isEnabled()
    dialog.cards.select("journalist-call")
    assert dialog.copy_button.isEnabled() and dialog.export_button.isEnabled()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    editor = dialog.open_editor(copy=True)
    assert editor.card_id.text() == "journalist-call-copy"
    editor.close()


def test_an_imported_deck_is_listed_edited_and_deleted(qtbot, shared_deck: Path, messages) -> None:
    dialog = _library(qtbot)
    dialog.import_file(shared_deck)
    assert messages.shown == []
    assert dialog.cards.current_entry().card.id == "visit-of-the-mayor"
    group = dialog.cards.tree.topLevelItem(dialog.cards.tree.topLevelItemCount() - 1)
    assert group.text(0) == "Our sites (your deck)"
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()
    editor = dialog.open_editor(copy=False, edit=True)
    assert editor.card_id.text() == "visit-of-the-mayor"
    assert editor.save_button.isEnabled(), editor.problems.text()  # its own id is no clash
    editor.close()
    messages.answer = messages.answer.No
    dialog.delete_selected()
    assert (user_decks_dir() / "colleague.toml").exists()
    messages.answer = messages.answer.Yes
    dialog.delete_selected()
    assert "Delete the card “A journalist calls the site”" in messages.shown[-1][1]
    assert not (user_decks_dir() / "colleague.toml").exists()
    assert dialog.library.entry("visit-of-the-mayor") is None


def test_a_refused_deck_is_explained_and_nothing_is_imported(
    qtbot, tmp_path: Path, messages
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("this is not toml [", encoding="utf-8")
    dialog = _library(qtbot)
    dialog.import_file(bad)
    ((heading, details),) = messages.shown
    assert heading == "The deck could not be imported"
    assert "bad.toml: not valid TOML" in details
    assert load_library().user_decks() == []


def test_the_selected_deck_is_exported(qtbot, tmp_path: Path) -> None:
    dialog = _library(qtbot)
    dialog.cards.select("journalist-call")
    target = tmp_path / "out.toml"
    assert dialog.export_to(target)
    assert load_deck(target) == builtin_decks()[0].deck


def test_the_new_session_lists_user_cards_and_carries_their_deck(
    qtbot, tmp_path: Path, shared_deck: Path, messages
) -> None:
    _library(qtbot).import_file(shared_deck)
    dialog = SessionDialog(load_library(), builtin_template(), tmp_path, "en")
    qtbot.addWidget(dialog)
    cards = dialog.agenda.cards
    cards.search.setText("visit-of-the-mayor")  # ids are searched too
    assert cards.visible_ids() == ["visit-of-the-mayor"]
    cards.set_checked("visit-of-the-mayor", True)
    cards.set_checked("journalist-call", True)
    assert dialog.agenda.table.rowCount() == 2
    cards.set_checked("journalist-call", False)
    assert dialog.agenda.table.rowCount() == 1
    dialog.organisation.setText("Maison Test")
    dialog.accept()
    new = dialog.new_session()
    assert new is not None
    assert [deck.path.name for deck in new.decks] == ["colleague.toml"]
    assert new.content().deck.card_ids() == ["visit-of-the-mayor"]


def test_cards_lacking_the_session_s_language_are_named_not_played(
    qtbot, tmp_path: Path, messages
) -> None:
    source = builtin_deck().card("journalist-call")
    french = replace(
        source,
        id="visite-du-maire",
        title=Bilingual(fr="Le maire visite le site"),
        situation=Bilingual(fr=source.situation.fr),
    )
    own = LibraryDeck(
        tmp_path / "nos-sites.toml", Deck(Bilingual(fr="Nos sites"), (french,)), False
    )
    library = Library((*builtin_decks(), own))
    dialog = SessionDialog(library, builtin_template(), tmp_path, "en")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.agenda.cards.select("visite-du-maire")
    item = dialog.agenda.cards.tree.currentItem()
    assert item.text(0) == "Le maire visite le site (not written in this language)"
    dialog.agenda.cards.set_checked("visite-du-maire", True)
    dialog.organisation.setText("Maison Test")
    dialog.accept()
    assert dialog.new_session() is None
    ((_title, text),) = messages.shown
    assert "not written in the session's language: “Le maire visite le site”" in text
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert item.text(0) == "Le maire visite le site"
    dialog.accept()
    assert dialog.new_session() is not None


def test_the_file_menu_opens_the_library_and_the_card_editor(qtbot, window) -> None:
    assert window.menu.deck_library.shortcut().toString() == "Ctrl+L"
    window.menu.deck_library.trigger()
    library = window.findChild(DeckLibraryDialog)
    assert library is not None and library.isVisible()
    library.close()
    window.menu.new_card.trigger()
    editor = window.findChild(CardEditor)
    assert editor is not None and editor.isVisible() and editor.card_id.text() == ""


def test_a_whole_deck_of_yours_is_deleted_once_confirmed(
    qtbot, shared_deck: Path, messages
) -> None:
    dialog = _library(qtbot)
    dialog.import_file(shared_deck)
    tree = dialog.cards.tree
    builtin = tree.topLevelItem(0)
    tree.setCurrentItem(builtin)
    assert not dialog.delete_button.isEnabled()  # built-in decks stay
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
    assert dialog.cards.current_entry() is None and dialog.delete_button.isEnabled()
    dialog.delete_selected()
    assert "Delete your deck “Our sites” and all its cards?" in messages.shown[-1][1]
    assert load_library().user_decks() == []
    assert tree.topLevelItemCount() == len(builtin_decks())
