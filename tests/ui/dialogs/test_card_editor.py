"""The card editor: checked as typed with the loader's rules, saved as TOML in the user's decks;
a French-only card travels from one profile to another and reaches the new-session dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from exports.api import ExportOptions, export_session
from main import main
from tests.one_language import needs_one_language
from ui.dialogs.card_editor import CardEditor
from ui.dialogs.deck_library import DeckLibraryDialog
from ui.dialogs.session_dialog import SessionDialog
from workshop.commands import RecordDecision, RecordVotes, SetCardStatus
from workshop.deck import builtin_deck, load_deck
from workshop.deck_library import load_library, user_decks_dir
from workshop.model import CardStatus, Decision, Votes
from workshop.session import Session
from workshop.template import builtin_template

pytestmark = pytest.mark.usefixtures("own_profile")  # no user deck but the test's own


def _editor(qtbot, language: str = "en", **kwargs) -> CardEditor:
    editor = CardEditor(load_library(), builtin_template(), language, **kwargs)
    qtbot.addWidget(editor)
    return editor


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _write_card(qtbot, editor: CardEditor, languages: tuple[str, ...]) -> None:
    """Type a whole card, option by option, in `languages`: what a facilitator does."""
    _type(qtbot, editor.card_id, "site-fire-drill")
    _type(qtbot, editor.deck_title, "Nos sites")
    words = {"fr": "Exercice incendie", "en": "Fire drill"}
    for lang in languages:
        _type(qtbot, editor.title.fields[lang], words[lang])
        _type(qtbot, editor.situation.fields[lang], f"{words[lang]} : 7 h 40.")
        _type(qtbot, editor.prompts.fields[lang], f"{words[lang]} ?")
    for number, option in enumerate(editor.options):
        (effect,) = option.effects
        effect.clause.setCurrentIndex(effect.clause.findData("media.requests"))
        for lang in languages:
            _type(qtbot, option.label.fields[lang], f"{words[lang]} {number}")


def test_a_blank_card_cannot_be_saved_and_says_why(qtbot) -> None:
    editor = _editor(qtbot)
    assert not editor.save_button.isEnabled()
    assert "card '': title.en: missing or empty text" in editor.problems.text()
    assert len(editor.options) == 2


def test_the_card_is_checked_as_it_is_typed(qtbot) -> None:
    editor = _editor(qtbot)
    _write_card(qtbot, editor, ("fr", "en"))
    assert editor.save_button.isEnabled(), editor.problems.text()
    assert editor.problems.text() == "Ready to save."
    editor.title.fields["en"].clear()
    assert not editor.save_button.isEnabled()
    assert "card 'site-fire-drill': title.en: missing or empty text" in editor.problems.text()
    _type(qtbot, editor.title.fields["en"], "Fire drill")
    assert editor.save_button.isEnabled()
    editor.card_id.setText("journalist-call")
    assert "'journalist-call' is already the id of another card" in editor.problems.text()
    editor.card_id.setText("site-fire-drill")
    effect = editor.options[0].effects[0]
    effect.clause.setEditText("media.nowhere")
    assert "clause 'media.nowhere': not in the template" in editor.problems.text()
    assert not editor.save_button.isEnabled()


def test_problems_are_shown_in_the_interface_language(qtbot) -> None:
    editor = _editor(qtbot, "fr")
    assert "carte '' : title.fr : texte manquant ou vide" in editor.problems.text()


def test_a_typed_card_is_saved_as_toml_that_loads_as_typed(qtbot) -> None:
    editor = _editor(qtbot)
    _write_card(qtbot, editor, ("fr", "en"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved is not None
    assert editor.saved.path == user_decks_dir() / "nos-sites.toml"
    deck = load_deck(editor.saved.path)
    assert deck.cards == (editor.card(),)
    assert deck.cards[0].sections == ("media",)
    sections = builtin_template().sections
    clause = next(c for s in sections for c in s.clauses if c.id == "media.requests")
    assert deck.cards[0].options[0].effects[0].text == clause.text  # the template's, to adapt


def test_a_copied_card_starts_from_the_original_and_keeps_its_law_notes(qtbot) -> None:
    source = builtin_deck().card("journalist-call")
    editor = _editor(qtbot, source=source)
    assert editor.card_id.text() == "journalist-call-copy"
    _type(qtbot, editor.deck_title, "Ours")
    card = editor.card()
    assert card.options == source.options and card.law == source.law
    assert (card.situation, card.prompts, card.notes, card.injects) == (
        source.situation,
        source.prompts,
        source.notes,
        source.injects,
    )
    assert editor.save_button.isEnabled(), editor.problems.text()


@needs_one_language
def test_a_french_only_card_travels_to_another_profile_and_a_new_session(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    editor = _editor(qtbot, "fr")
    editor.languages.setCurrentIndex(editor.languages.findData("fr"))
    assert not editor.title.fields["en"].isVisibleTo(editor)
    _write_card(qtbot, editor, ("fr",))
    assert editor.save_button.isEnabled(), editor.problems.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved is not None
    library = DeckLibraryDialog(builtin_template(), "fr")
    qtbot.addWidget(library)
    library.cards.select("site-fire-drill")
    shared = tmp_path / "partage.toml"
    assert library.export_to(shared)

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profile-two"))
    other = DeckLibraryDialog(builtin_template(), "fr")
    qtbot.addWidget(other)
    assert other.library.entry("site-fire-drill") is None
    other.import_file(shared)
    assert messages.shown == []
    assert other.library.entry("site-fire-drill") is not None

    dialog = SessionDialog(load_library(), builtin_template(), tmp_path, "fr")
    qtbot.addWidget(dialog)
    dialog.agenda.cards.search.setText("exercice incendie")
    assert dialog.agenda.cards.visible_ids() == ["site-fire-drill"]
    dialog.agenda.cards.set_checked("site-fire-drill", True)
    qtbot.keyClicks(dialog.organisation, "Maison Test")
    dialog.accept()
    new = dialog.new_session()
    assert new is not None and [i.card_id for i in new.agenda] == ["site-fire-drill"]
    assert new.content().deck.card("site-fire-drill").title.fr == "Exercice incendie"

    # the shared deck, on the command line: a whole workshop on it, then the exports
    out = tmp_path / "atelier-incendie.atelier"
    args = ["new", str(out), "--organisation", "Maison Test", "--facilitator", "Ana"]
    args += ["--language", "fr", "--jurisdiction", "fr", "--deck", str(shared)]
    assert main([*args, "--cards", "site-fire-drill"]) == 0
    session = Session.open(out)
    card = session.content.deck.card("site-fire-drill")
    session.execute(SetCardStatus(card.id, CardStatus.IN_DISCUSSION))
    session.execute(RecordVotes(card.id, Votes(5, 1, 0)))
    decision = Decision(card.id, "2026-11-30T10:00", option_id=card.options[1].id)
    session.execute(RecordDecision(replace(decision, rationale="Le site doit savoir qui parle.")))
    assert (
        session.draft()
        .clause("media.requests")
        .text.fr.startswith(card.options[1].effects[0].text.fr[:20])
    )
    for fmt in ("docx", "pdf"):
        written = export_session(session, ExportOptions(fmt, "fr"), tmp_path / f"charte.{fmt}")
        assert written.path.stat().st_size > 0
    assert [v.label for v in session.versions()] == ["v0.1"]
    session.close()
