"""The parsed-content cache: used when the files are unchanged, rebuilt when they change or when
the cache itself is damaged, and never worse than parsing."""

import os
from functools import partial
from pathlib import Path

import pytest

from workshop.content import builtin_content
from workshop.local.content_cache import cached


def test_cache_is_used_then_invalidated_by_an_edit(tmp_path: Path) -> None:
    source = tmp_path / "deck.toml"
    source.write_text("one")
    calls: list[str] = []

    def build() -> str:
        calls.append(source.read_text())
        return source.read_text().upper()

    assert cached("t", [source], build, tmp_path / "cache") == "ONE"
    assert cached("t", [source], build, tmp_path / "cache") == "ONE"
    assert calls == ["one"]
    source.write_text("two!")
    os.utime(source, ns=(1, 1))
    assert cached("t", [source], build, tmp_path / "cache") == "TWO!"
    assert calls == ["one", "two!"]
    assert len(list((tmp_path / "cache").glob("t-*.pickle"))) == 1  # the stale one is gone


def test_two_copies_of_the_files_keep_an_entry_each(tmp_path: Path) -> None:
    folder, calls = tmp_path / "cache", []
    copies = [tmp_path / copy / "deck.toml" for copy in ("installed", "working-copy")]
    for source in copies:
        source.parent.mkdir()
        source.write_text(source.parent.name)

    def build(source: Path) -> str:
        calls.append(source)
        return source.read_text()

    for _ in range(2):  # each start of either copy finds its own entry
        for source in copies:
            assert cached("deck", [source], partial(build, source), folder) == source.parent.name
    assert calls == copies  # built once each, never evicted by the other


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    source = tmp_path / "template.toml"
    source.write_text("x")
    folder = tmp_path / "cache"
    cached("t", [source], lambda: [1, 2], folder)
    for entry in folder.glob("t-*.pickle"):
        entry.write_bytes(b"\x80\x05garbage")
    assert cached("t", [source], lambda: [3], folder) == [3]


def test_a_cached_deck_still_finds_its_cards(tmp_path: Path) -> None:
    source = tmp_path / "deck.toml"
    source.write_text("deck")
    deck = builtin_content().deck
    restored = cached("deck", [source], lambda: deck, tmp_path / "cache")
    restored = cached("deck", [source], lambda: deck, tmp_path / "cache")  # unpickled this time
    assert restored is not deck and restored == deck
    assert all(restored.card(card.id) == card for card in deck.cards)
    with pytest.raises(KeyError, match="no card 'nope'"):
        restored.card("nope")


def test_content_cached_by_other_code_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade whose classes have another shape never reads what the old code pickled."""
    from workshop.local import content_cache

    source = tmp_path / "template.toml"
    source.write_text("clauses")
    calls: list[str] = []

    def build() -> str:
        calls.append("parsed")
        return "parsed"

    cached("t", [source], build, tmp_path / "cache")
    monkeypatch.setattr(content_cache, "_code_state", lambda: "another version of the code")
    cached("t", [source], build, tmp_path / "cache")
    assert calls == ["parsed", "parsed"]
