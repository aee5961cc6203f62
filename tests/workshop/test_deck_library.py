"""The deck library: built-in and user decks, import and export, search, card checks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from workshop.content_file import ContentError
from workshop.deck import Deck, builtin_deck, load_deck
from workshop.deck_library import (
    builtin_decks,
    card_problems,
    delete_card,
    export_deck,
    fold,
    import_deck,
    load_library,
    save_card,
    search,
    session_content,
    user_decks_dir,
)
from workshop.deck_writer import deck_to_toml
from workshop.template import PolicyTemplate, builtin_template
from workshop.text import Bilingual

pytestmark = pytest.mark.usefixtures("own_profile")  # no user deck but the test's own


@pytest.fixture
def template() -> PolicyTemplate:
    return builtin_template()


def _deck_file(folder: Path, *card_ids: str, name: str = "mine.toml") -> Path:
    """A deck of built-in cards renamed to `card_ids`: valid against the built-in template."""
    source = builtin_deck().card("journalist-call")
    deck = Deck(
        Bilingual(fr="Nos cartes", en="Our cards"),
        tuple(replace(source, id=card_id) for card_id in card_ids),
    )
    path = folder / name
    path.write_text(deck_to_toml(deck), encoding="utf-8")
    return path


def _user_files() -> list[Path]:
    return sorted(user_decks_dir().glob("*.toml")) if user_decks_dir().exists() else []


def test_the_library_lists_every_builtin_deck_with_its_title() -> None:
    library = load_library()
    assert [d.path.name for d in library.decks] == [d.path.name for d in builtin_decks()]
    assert all(d.builtin for d in library.decks)
    assert {e.card.id for e in library.entries()} == set(builtin_deck().card_ids())
    core = library.decks[0]
    assert core.deck.title.en == "Core scenarios"


def test_an_imported_deck_is_copied_and_listed(tmp_path: Path, template: PolicyTemplate) -> None:
    source = _deck_file(tmp_path, "site-visit", "site-fire")
    imported = import_deck(source, load_library(), template)
    assert imported.path.parent == user_decks_dir()
    assert imported.path.read_bytes() == source.read_bytes()
    library = load_library()
    assert [d.path for d in library.user_decks()] == [imported.path]
    entry = library.entry("site-fire")
    assert entry is not None and not entry.deck.builtin
    assert entry.sections == ("media", "spokespersons")


def test_importing_twice_refuses_the_clashing_ids(tmp_path: Path, template: PolicyTemplate) -> None:
    source = _deck_file(tmp_path, "site-visit")
    import_deck(source, load_library(), template)
    with pytest.raises(ContentError, match="card 'site-visit': id: already the id"):
        import_deck(source, load_library(), template)
    assert len(_user_files()) == 1


def test_ids_clashing_with_builtin_cards_are_refused(
    tmp_path: Path, template: PolicyTemplate
) -> None:
    with pytest.raises(ContentError) as error:
        import_deck(_deck_file(tmp_path, "journalist-call"), load_library(), template)
    assert "mine.toml: card 'journalist-call': id" in error.value.text("en")
    assert "mine.toml : carte «\u00a0journalist-call\u00a0» : id" in error.value.text("fr")
    assert _user_files() == []


def test_duplicate_ids_in_one_file_are_refused(tmp_path: Path, template: PolicyTemplate) -> None:
    with pytest.raises(ContentError, match=r"mine.toml: card 'twice': id: used by another card"):
        import_deck(_deck_file(tmp_path, "twice", "twice"), load_library(), template)
    assert _user_files() == []


def test_an_effect_on_an_unknown_clause_is_refused(
    tmp_path: Path, template: PolicyTemplate
) -> None:
    path = _deck_file(tmp_path, "odd-card")
    path.write_text(path.read_text().replace('"media.no_comment"', '"media.nowhere"'))
    with pytest.raises(ContentError) as error:
        import_deck(path, load_library(), template)
    assert "card 'odd-card': option 'a': clause 'media.nowhere': not in the template" in (
        error.value.text("en")
    )
    assert error.value.text("fr").startswith("mine.toml : ")
    assert _user_files() == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[deck\ntitle = 'x'", "not valid TOML"),
        ("x = " + "[" * 40 + "]" * 40, "nested or dotted more than"),
        ("# " + "x" * 2_100_000, "larger than 2 MB"),
        ("cards = []\n[deck]\ntitle = { fr = 'a', en = 'b' }\n", "the deck has no card"),
    ],
    ids=["not-toml", "deeply-nested", "huge", "no-card"],
)
def test_bad_files_are_refused_and_nothing_is_imported(
    tmp_path: Path, template: PolicyTemplate, content: str, problem: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError, match=problem) as error:
        import_deck(path, load_library(), template)
    assert error.value.text("en").startswith("bad.toml")
    assert error.value.text("fr").startswith("bad.toml")
    assert _user_files() == []


def test_a_broken_user_file_is_reported_not_fatal() -> None:
    user_decks_dir().mkdir(parents=True)
    (user_decks_dir() / "broken.toml").write_text("not = [toml")
    library = load_library()
    assert library.user_decks() == []
    assert "broken.toml" in library.problems[0].text("en")


def test_an_exported_deck_loads_as_it_was(tmp_path: Path) -> None:
    deck = builtin_decks()[0].deck
    target = tmp_path / "shared.toml"
    export_deck(deck, target)
    assert load_deck(target) == deck


def test_search_folds_accents_and_reads_both_languages(template: PolicyTemplate) -> None:
    entries = load_library().entries()

    def found(query: str) -> set[str]:
        return {e.card.id for e in search(entries, query, template)}

    assert "journalist-call" in found("journaliste")
    assert found("JOURNALIST") == found("journalist")
    assert "journalist-call" in found("relations publiques")  # a section title, in French
    assert "journalist-call" in found("media and pr")  # the same, in English
    assert found("Médias") == found("medias")
    assert found("") == {e.card.id for e in entries}
    assert found("zzz-nowhere") == set()
    assert fold("Élève Ça") == "eleve ca"


def test_a_card_saved_in_a_new_deck_then_replaced(template: PolicyTemplate) -> None:
    card = replace(builtin_deck().card("journalist-call"), id="our-call")
    assert card_problems(card, load_library(), template, None) == []
    saved = save_card(card, None, Bilingual(fr="Nos cartes", en="Our cards"))
    assert saved.path == user_decks_dir() / "our-cards.toml"
    assert load_deck(saved.path).cards == (card,)
    retitled = replace(card, title=Bilingual(fr="Appel", en="Call"))
    again = save_card(retitled, saved, saved.deck.title, replacing="our-call")
    assert load_deck(again.path).cards == (retitled,)
    delete_card(again, "our-call")
    assert _user_files() == []


def test_card_problems_are_the_loader_s_and_the_template_s(template: PolicyTemplate) -> None:
    library = load_library()
    card = builtin_deck().card("journalist-call")
    clash = card_problems(card, library, template, None)
    assert [p.en for p in clash] == ["id: 'journalist-call' is already the id of another card"]
    untitled = replace(card, id="new-one", title=Bilingual(en="Only English"))
    (problem,) = card_problems(untitled, library, template, None)
    assert problem.en == "card 'new-one': title.fr: missing or empty text"
    assert problem.fr == "carte 'new-one' : title.fr : texte manquant ou vide"
    assert card_problems(untitled, library, template, None, languages=("en",)) != [problem]
    option = card.options[0]
    effect = replace(option.effects[0], clause_id="media.nowhere")
    odd = replace(card, id="odd", options=(replace(option, effects=(effect,)), *card.options[1:]))
    (problem,) = card_problems(odd, library, template, None)
    assert "clause 'media.nowhere': not in the template" in problem.en


def test_a_session_s_content_is_made_of_the_chosen_decks(tmp_path: Path) -> None:
    template = builtin_template()
    mine = import_deck(_deck_file(tmp_path, "site-visit"), load_library(), template)
    content = session_content([builtin_decks()[0], mine])
    assert content.deck.card_ids() == [*builtin_decks()[0].deck.card_ids(), "site-visit"]
    assert content.template == template
