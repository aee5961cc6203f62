"""A card written in the card editor of a real window, with the keyboard: copied from a built-in
card, made French-only, renamed, saved; the deck file appears in the user's decks and loads."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.one_language import _loader_takes_one_language
from tests.real_window.xserver import atelier, require_tools, wait_for_window, xvfb
from workshop.deck import load_deck


def _keys(env: dict[str, str], window: str, *keys: str) -> None:
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=env, check=True)


def _type(env: dict[str, str], window: str, text: str) -> None:
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
    subprocess.run(["xdotool", "type", "--delay", "40", text], env=env, check=True)


def _wait_for_deck(folder: Path, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(folder.glob("*.toml"))
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no deck was saved in {folder} within {timeout} s")


def _open_library(env: dict[str, str], main: str) -> str:
    """Ctrl+L until the deck library shows: keys typed before the window is ready are lost."""
    for _attempt in range(10):
        _keys(env, main, "ctrl+l")
        try:
            return wait_for_window(env, "Deck library", timeout=3)
        except AssertionError:
            continue
    raise AssertionError("Ctrl+L never opened the deck library")


def test_a_card_typed_in_the_real_window_is_saved_as_a_deck(tmp_path: Path) -> None:
    require_tools("xdotool", "xwininfo")
    french_only = _loader_takes_one_language()
    with xvfb() as env:
        env = dict(
            env,
            XDG_DATA_HOME=str(tmp_path / "data"),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            LC_ALL="C.UTF-8",  # an English interface, and titles xwininfo can read
        )
        with atelier(env) as app:
            main = wait_for_window(env, "Atelier")
            library = _open_library(env, main)
            _type(env, library, "journalist-call")
            _keys(env, library, "Tab", "Down", "Down", "alt+c")  # the card, then Copy card…
            editor = wait_for_window(env, "Card editor")
            # Languages (focused) → deck (a new one) → its title → card id → timebox → title
            _keys(env, editor, *(["Down"] if french_only else []), "Tab", "Tab")
            _type(env, editor, "Nos sites")
            _keys(env, editor, "Tab", "ctrl+a")
            _type(env, editor, "visite-du-maire")
            _keys(env, editor, "Tab", "Tab", "ctrl+a")
            _type(env, editor, "Le maire visite le site")
            _keys(env, editor, "Return")
            saved = _wait_for_deck(tmp_path / "data" / "Atelier" / "decks")
            assert app.poll() is None, app.stdout.read() if app.stdout else ""
    deck = load_deck(saved)
    assert saved.name == "nos-sites.toml"
    (card,) = deck.cards
    assert card.id == "visite-du-maire"
    assert card.title.fr == "Le maire visite le site"
    assert deck.title.fr == "Nos sites"
    if french_only:
        assert card.title.en == "" and card.situation.en == ""
