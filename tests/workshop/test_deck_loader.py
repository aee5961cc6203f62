"""The deck loader names the file, card and field of every problem, and never crashes otherwise."""

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.content_file import ContentError
from workshop.deck import Deck, check_against_template, load_deck

FIXTURE_DECK = (Path(__file__).parents[1] / "fixtures" / "deck.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "deck.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('id = "journalist"', 'idx = "journalist"'), "cards[0]: id: missing"),
        (('situation = { fr = "Un journaliste appelle Léa.", ', 'situation = { fr = "", '),
         "card 'journalist': situation.fr: missing or empty text"),
        (('en = "Redirect" }', 'de = "Umleiten" }'), "card 'journalist': options[0].label: unknown language 'de'"),
        (('action = "set"', 'action = "rewrite"'), "card 'journalist': options[0].effects[0].action: expected set, add or remove"),
        (('clause = "media.requests"', 'clause = "requests"'), "options[0].effects[0].clause: expected a clause id"),
        (("timebox_minutes = 10", "timebox_minutes = 0"), "card 'journalist': timebox_minutes: expected a whole number from 1 to 240"),
        (('id = "training-card"', 'id = "journalist"'), "card 'journalist': id: used by another card"),
        (('id = "never"', 'id = "yearly"'), "card 'training-card': options: two options share an id"),
        (("[deck]", "[deck]\nbroken = "), "deck.toml: not valid TOML"),
    ],
)  # fmt: skip
def test_each_problem_names_file_card_and_field(tmp_path, change, expected) -> None:
    old, new = change
    assert old in FIXTURE_DECK
    with pytest.raises(ContentError) as caught:
        load_deck(_write(tmp_path, FIXTURE_DECK.replace(old, new, 1)))
    assert expected in str(caught.value)
    assert str(caught.value).startswith("deck.toml")
    french = caught.value.text("fr")
    assert french.startswith("deck.toml :") and french != str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" + ".a" * 50_000 + " = 1", "dotted more than"),  # tomllib took 47 s on this
        ("a = " + "[" * 5_000 + "]" * 5_000, "nested or dotted"),  # RecursionError in tomllib
        ("a = " + "{ b = " * 2_000 + "1" + " }" * 2_000, "nested or dotted"),
        ("a = '" + "x" * 2_100_000 + "'", "larger than 2 MB"),
    ],
)
def test_huge_or_deeply_nested_files_are_the_loaders_error(tmp_path, text, expected) -> None:
    with pytest.raises(ContentError, match=expected) as caught:
        load_deck(_write(tmp_path, text))
    assert caught.value.text("fr") != caught.value.text("en")


def test_brackets_and_dots_inside_texts_do_not_count_as_nesting(tmp_path) -> None:
    texts = 'prompt = "' + "[[{." * 40 + '"\n' + "notes = '''\n" + "]]}." * 40 + "\n'''\n"
    deck = FIXTURE_DECK.replace("[deck]", texts + "[deck]", 1)
    assert load_deck(_write(tmp_path, deck)).cards


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_pipe_or_a_device_is_refused_without_reading(tmp_path, special) -> None:
    path = Path(special)
    if special == "fifo":  # no writer: reading it would wait forever
        path = tmp_path / "deck.toml"
        os.mkfifo(path)
    with pytest.raises(ContentError, match="not a regular file"):
        load_deck(path)


def test_cross_checks_against_the_template(tmp_path, small_content) -> None:
    broken = FIXTURE_DECK.replace('clause = "media.requests"', 'clause = "media.nowhere"')
    broken = broken.replace('sections = ["training"]', 'sections = ["training", "ghost"]')
    problems = check_against_template(load_deck(_write(tmp_path, broken)), small_content.template)
    assert "card 'journalist': option 'redirect': clause 'media.nowhere': not in the template" in (
        problems
    )
    assert "card 'training-card': sections: unknown section 'ghost'" in problems


def test_not_utf8_and_missing_files_are_clear(tmp_path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("title = 'é'".encode("latin-1"))
    with pytest.raises(ContentError, match="not UTF-8"):
        load_deck(path)
    with pytest.raises(ContentError, match="cannot read"):
        load_deck(tmp_path / "absent.toml")


def _toml_value(value: Any) -> str:
    """A tiny inline-TOML writer: enough to express any shape the fuzzer invents."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


KEYS = st.sampled_from(
    ["deck", "cards", "id", "title", "fr", "en", "situation", "prompts", "notes", "injects",
     "options", "label", "effects", "action", "clause", "text", "sections", "timebox_minutes",
     "set", "add", "remove", "media.requests", "x"]
)  # fmt: skip
LEAVES = st.one_of(st.text(max_size=12), st.integers(-5, 300), st.booleans(), KEYS)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=30,
)


def _check_outcome(path: Path) -> None:
    try:
        deck = load_deck(path)
    except ContentError as exc:
        assert str(exc).startswith(path.name) and len(str(exc)) > len(path.name) + 5
    else:
        assert isinstance(deck, Deck) and deck.cards


@settings(max_examples=300)
@given(st.dictionaries(KEYS, VALUES, max_size=4))
def test_fuzzed_structures_only_raise_the_loaders_error(tmp_path, document) -> None:
    text = "\n".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in document.items())
    _check_outcome(_write(tmp_path, text))


@settings(max_examples=300)
@given(st.integers(0, len(FIXTURE_DECK)), st.integers(0, 40), st.text(max_size=20))
def test_fuzzed_edits_of_a_valid_deck_only_raise_the_loaders_error(
    tmp_path, start, length, insert
) -> None:
    text = FIXTURE_DECK[:start] + insert + FIXTURE_DECK[start + length :]
    _check_outcome(_write(tmp_path, text))
