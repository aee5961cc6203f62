"""A session runs on the content stored in its file, changed only by its own commands: an app
update never changes an existing session, and a card edited for one session stays there."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from exports.document import ExportOptions, build_document
from workshop import content as content_module
from workshop import session as session_module
from workshop.changes import Changes
from workshop.commands import (
    AddCards,
    CommandError,
    EditCard,
    RecordDecision,
    RevealInject,
    SetAgenda,
    command_from_plain,
)
from workshop.content import Content, builtin_content, content_from_stored, content_to_stored
from workshop.deck import Deck, cards_lacking, content_languages, load_deck
from workshop.demo import write_demo
from workshop.model import AgendaItem, Decision, SessionInfo
from workshop.session import Session
from workshop.template import TEMPLATE_PATH, load_template
from workshop.text import Bilingual

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _altered_builtin(tmp_path: Path) -> Content:
    """The built-in content as an update of the app would ship it: a clause reworded."""
    source = TEMPLATE_PATH.read_text(encoding="utf-8")
    original = builtin_content().template.sections[0].clauses[0].text.en
    assert original in source
    copy = tmp_path / "template.toml"
    copy.write_text(source.replace(original, "REWORDED BY AN UPDATE."), encoding="utf-8")
    return replace(builtin_content(), template=load_template(copy))


def _document(session: Session, lang: str):
    return build_document(session.view(), ExportOptions("docx", lang, "baseline"))


def test_an_app_update_never_changes_an_existing_sessions_exports(tmp_path, monkeypatch) -> None:
    path = write_demo(tmp_path / "demo.atelier", "en")
    session = Session.open(path)
    before = {lang: _document(session, lang) for lang in ("fr", "en")}
    drafts = [session.draft(k).to_snapshot() for k in range(session.revision_count())]
    session.close()

    updated = _altered_builtin(tmp_path)
    monkeypatch.setattr(session_module, "builtin_content", lambda: updated)
    monkeypatch.setattr(content_module, "builtin_content", lambda: updated)
    fresh = Session.create(tmp_path / "new.atelier", SessionInfo("Org", "Fac", "2026-11-23"))
    assert fresh.content.template == updated.template  # the update is what new sessions get
    fresh.close()

    session = Session.open(path)
    assert session.notice is None
    assert {lang: _document(session, lang) for lang in ("fr", "en")} == before
    assert [session.draft(k).to_snapshot() for k in range(session.revision_count())] == drafts
    assert "REWORDED" not in session.draft(0).to_snapshot()
    session.undo()
    session.redo()
    assert session.draft().to_snapshot() == drafts[-1]
    session.close()


def test_the_stored_content_reads_back_as_it_was() -> None:
    content = builtin_content()
    stored = content_to_stored(content)
    assert set(stored) == {"deck", "template", "awareness"}
    assert content_from_stored(stored) == content
    with pytest.raises(KeyError):
        content_from_stored({k: v for k, v in stored.items() if k != "deck"})


def test_the_file_holds_every_card_it_was_created_with(session: Session, small_content) -> None:
    db = sqlite3.connect(session.path)
    parts = dict(db.execute("SELECT part, value FROM content"))
    db.close()
    assert content_from_stored(parts) == small_content


# -- one language is enough -----------------------------------------------------------------


def _french_only(text: str) -> str:
    """The fixture deck with every English text taken out."""
    return re.sub(r',\s*en = "[^"]*"', "", text)


@pytest.fixture
def french_deck(tmp_path: Path) -> Deck:
    source = (FIXTURES / "deck.toml").read_text(encoding="utf-8")
    source = _french_only(source).replace('"journalist"', '"journaliste-fr"')
    source = source.replace('"training-card"', '"formation-fr"')
    path = tmp_path / "mes-cartes.toml"
    path.write_text(source, encoding="utf-8")
    return load_deck(path)


def test_a_french_only_deck_loads_and_says_its_language(french_deck: Deck, small_content) -> None:
    assert all(card.languages() == ("fr",) for card in french_deck.cards)
    assert content_languages(french_deck.cards) == ("fr",)
    assert content_languages(small_content.deck.cards) == ("fr", "en")
    mixed = (*french_deck.cards, *small_content.deck.cards)
    assert cards_lacking(mixed, "en") == list(french_deck.cards)
    assert cards_lacking(mixed, "fr") == []
    assert french_deck.cards[0].title.get("en") == "Un journaliste appelle"  # falls back


def test_a_text_with_no_language_is_still_an_error(tmp_path: Path) -> None:
    from workshop.content_file import ContentError

    source = (FIXTURES / "deck.toml").read_text(encoding="utf-8")
    broken = source.replace('title = { fr = "Formation", en = "Training" }', "title = {}")
    path = tmp_path / "deck.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ContentError, match="card 'training-card': title: missing text") as caught:
        load_deck(path)
    assert "français (fr)" in caught.value.text("fr")


# -- changing the content is a command ------------------------------------------------------


def test_adding_cards_is_saved_undoable_and_described(
    session: Session, french_deck: Deck, small_content: Content
) -> None:
    changes = session.execute(AddCards(french_deck.cards))
    assert changes & Changes.CONTENT
    assert session.content.deck.card_ids() == [*small_content.deck.card_ids(), "journaliste-fr",
                                               "formation-fr"]  # fmt: skip
    session.execute(SetAgenda((AgendaItem("journaliste-fr", 10),)))
    assert session.undo_description() == Bilingual(
        fr="modifier le programme", en="change the agenda"
    )
    session.undo()
    assert session.undo_description() == Bilingual(fr="ajouter 2\u00a0cartes", en="add 2 cards")
    session.redo()
    path = session.path
    session.close()
    reopened = Session.open(path)
    assert reopened.content.deck.card("journaliste-fr") == french_deck.cards[0]
    assert [i.card_id for i in reopened.state.agenda] == ["journaliste-fr"]
    kinds = [s.kind for s in reopened.file.active_commands()]
    assert kinds == ["add_cards", "set_agenda"]  # in the audit trail
    reopened.undo()
    reopened.undo()
    assert reopened.content == small_content
    reopened.close()


def test_adding_cards_refuses_what_does_not_fit(
    session: Session, french_deck: Deck, small_content: Content
) -> None:
    journalist = small_content.deck.card("journalist")
    with pytest.raises(CommandError, match="already in this session"):
        session.execute(AddCards((journalist,)))
    ghost = replace(french_deck.cards[0], sections=("media", "ghost"))
    with pytest.raises(CommandError, match="unknown section 'ghost'"):
        session.execute(AddCards((ghost,)))
    card = french_deck.cards[0]
    effect = replace(card.options[0].effects[0], clause_id="media.nowhere")
    option = replace(card.options[0], effects=(effect,))
    lost = replace(card, options=(option, *card.options[1:]))
    with pytest.raises(
        CommandError, match=re.escape("clause 'media.nowhere': not in the template")
    ):
        session.execute(AddCards((lost,)))
    assert session.content == small_content and not session.can_undo()


def test_a_card_lacking_the_sessions_language_is_refused_by_name(
    tmp_path: Path, french_deck: Deck, small_content: Content, info: SessionInfo
) -> None:
    english = Session.create(tmp_path / "en.atelier", replace(info, language="en"), small_content)
    with pytest.raises(CommandError) as caught:
        english.execute(AddCards(french_deck.cards))
    assert "journaliste-fr" in caught.value.text("en") and "formation-fr" in caught.value.text("en")
    assert "anglais" in caught.value.text("fr")
    assert english.content == small_content
    english.close()


def test_editing_a_card_is_for_this_session_only(session: Session, small_content) -> None:
    original = small_content.deck.card("journalist")
    renamed = replace(
        original,
        title=Bilingual(fr="Un journaliste appelle Marc", en="A journalist calls Marc"),
        situation=Bilingual(fr="Un journaliste appelle Marc.", en="A journalist calls Marc."),
    )
    changes = session.execute(EditCard(renamed))
    assert changes & Changes.CONTENT
    assert session.content.deck.card("journalist") == renamed
    assert small_content.deck.card("journalist") == original  # the deck it came from
    assert session.undo_description() == Bilingual(
        fr="modifier la carte «\u00a0Un journaliste appelle Marc\u00a0»",
        en="edit card “A journalist calls Marc”",
    )
    stored = session.file.active_commands()[-1]
    assert command_from_plain(stored.kind, stored.payload) == EditCard(renamed)
    session.undo()
    assert session.content.deck.card("journalist") == original


def test_an_edit_keeps_what_the_room_already_did(session: Session, small_content) -> None:
    card = small_content.deck.card("journalist")
    session.execute(RevealInject("journalist"))
    session.execute(RevealInject("journalist"))
    with pytest.raises(CommandError, match="2 injects are already revealed"):
        session.execute(EditCard(replace(card, injects=card.injects[:1])))
    session.execute(RecordDecision(Decision("journalist", "2026-11-23T10:00", "redirect")))
    other = card.options[1]
    changed = replace(card.options[0], effects=other.effects)
    with pytest.raises(CommandError, match="option 'redirect' is chosen by decision D1"):
        session.execute(EditCard(replace(card, options=(changed, other))))
    relabelled = replace(card.options[0], label=Bilingual(fr="Transmettre", en="Pass it on"))
    session.execute(EditCard(replace(card, options=(relabelled, other))))
    assert session.content.deck.card("journalist").options[0].label.en == "Pass it on"
