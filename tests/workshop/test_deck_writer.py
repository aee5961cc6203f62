"""A deck written as TOML reads back exactly: the card editor and *Export deck…* lose nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.deck import (
    Card,
    ClauseEffect,
    Deck,
    EffectAction,
    Option,
    builtin_deck_paths,
    load_deck,
)
from workshop.deck_writer import deck_to_toml
from workshop.model import JURISDICTIONS
from workshop.text import Bilingual

# Any character a file can hold (no lone surrogates), control characters, quotes and emoji.
_chars = st.characters(blacklist_categories=("Cs",))
_tricky = st.sampled_from(['"', '"""', "\\", "\n", "\r\n", "\t", "\x00", "\x7f", "🦊", "’", "'''"])
texts = (
    st.lists(st.one_of(st.text(_chars, min_size=1, max_size=8), _tricky), min_size=1, max_size=6)
    .map(lambda parts: "".join(parts).strip())
    .filter(bool)
)
identifiers = st.text(_chars, min_size=1, max_size=12).filter(lambda s: s.strip())
bilingual = st.builds(Bilingual, fr=texts, en=texts)
variants = st.dictionaries(st.sampled_from(JURISDICTIONS), bilingual, max_size=2)


@st.composite
def effects(draw: st.DrawFn) -> ClauseEffect:
    action = draw(st.sampled_from(EffectAction))
    clause = f"{draw(identifiers)}.{draw(identifiers)}"
    text = None if action is EffectAction.REMOVE else draw(bilingual)
    return ClauseEffect(action, clause, text, draw(variants))


@st.composite
def cards(draw: st.DrawFn, card_id: str) -> Card:
    option_ids = draw(st.lists(identifiers, min_size=2, max_size=4, unique=True))
    options = tuple(
        Option(i, draw(bilingual), tuple(draw(st.lists(effects(), min_size=1, max_size=3))))
        for i in option_ids
    )
    return Card(
        id=card_id,
        title=draw(bilingual),
        situation=draw(bilingual),
        prompts=tuple(draw(st.lists(bilingual, min_size=1, max_size=3))),
        notes=tuple(draw(st.lists(bilingual, max_size=2))),
        injects=tuple(draw(st.lists(bilingual, max_size=2))),
        options=options,
        sections=tuple(draw(st.lists(identifiers, min_size=1, max_size=3))),
        timebox_minutes=draw(st.integers(1, 240)),
        law=draw(variants),
    )


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    ids = draw(st.lists(identifiers, min_size=1, max_size=3, unique=True))
    return Deck(draw(bilingual), tuple(draw(cards(card_id)) for card_id in ids))


def _round_trip(deck: Deck, tmp_path: Path) -> Deck:
    path = tmp_path / "deck.toml"
    path.write_text(deck_to_toml(deck), encoding="utf-8")
    return load_deck(path)


@given(decks())
def test_any_deck_reads_back_exactly(tmp_path: Path, deck: Deck) -> None:
    assert _round_trip(deck, tmp_path) == deck


@pytest.mark.parametrize("path", builtin_deck_paths(), ids=lambda p: p.name)
def test_every_builtin_deck_reads_back_exactly(tmp_path: Path, path: Path) -> None:
    deck = load_deck(path)
    assert _round_trip(deck, tmp_path) == deck


def test_texts_are_escaped_where_toml_needs_it() -> None:
    text = 'He said "stop" \\ then\tleft 🦊\x01'
    deck = Deck(
        Bilingual(fr=text, en="Deck"),
        (
            Card(
                id="c",
                title=Bilingual(fr="T", en="T"),
                situation=Bilingual(fr="line one\nline two", en="one"),
                prompts=(Bilingual(fr="P", en="P"),),
                notes=(),
                injects=(),
                options=tuple(
                    Option(
                        o, Bilingual(fr=o, en=o), (ClauseEffect(EffectAction.REMOVE, "s.c", None),)
                    )
                    for o in "ab"
                ),
                sections=("s",),
                timebox_minutes=15,
            ),
        ),
    )
    written = deck_to_toml(deck)
    assert '\\"stop\\" \\\\ then\\tleft 🦊\\u0001' in written
    assert 'situation = { fr = """\nline one\nline two""", en = "one" }' in written
    assert tomllib.loads(written)["deck"]["title"]["fr"] == text


def test_a_text_in_one_language_is_written_in_that_language_only() -> None:
    written = deck_to_toml(Deck(Bilingual(fr="Mes cartes"), ()))
    assert tomllib.loads(written)["deck"]["title"] == {"fr": "Mes cartes"}
