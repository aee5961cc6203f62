"""A deck written back as TOML: what the card editor saves and *Export deck…* shares.

Written by hand (no TOML writer is a dependency) in the layout of docs/content-format.md, so a
facilitator can still read and edit the file, and so that `load_deck` reads back exactly the deck
that was written: every text escaped, nothing reordered, nothing lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop.deck import Card, ClauseEffect, Deck, Option
from workshop.model import Jurisdiction
from workshop.text import LANGUAGES, Bilingual

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


def deck_to_toml(deck: Deck) -> str:
    """The deck as the text of a `.toml` deck file."""
    lines = ["[deck]", f"title = {_bilingual(deck.title)}"]
    for card in deck.cards:
        lines += ["", *_card(card)]
    return "\n".join(lines) + "\n"


def _card(card: Card) -> list[str]:
    lines = [
        "[[cards]]",
        f"id = {_string(card.id)}",
        f"sections = [{', '.join(_string(s) for s in card.sections)}]",
        f"timebox_minutes = {card.timebox_minutes}",
        f"title = {_bilingual(card.title)}",
        f"situation = {_bilingual(card.situation)}",
        f"prompts = {_bilingual_list(card.prompts)}",
    ]
    if card.notes:
        lines.append(f"notes = {_bilingual_list(card.notes)}")
    if card.injects:
        lines.append(f"injects = {_bilingual_list(card.injects)}")
    lines += _by_jurisdiction("law.{code}", card.law)
    for option in card.options:
        lines += ["", *_option(option)]
    return lines


def _option(option: Option) -> list[str]:
    lines = [
        "[[cards.options]]",
        f"id = {_string(option.id)}",
        f"label = {_bilingual(option.label)}",
    ]
    for effect in option.effects:
        lines += ["", *_effect(effect)]
    return lines


def _effect(effect: ClauseEffect) -> list[str]:
    lines = [
        "[[cards.options.effects]]",
        f"action = {_string(effect.action.value)}",
        f"clause = {_string(effect.clause_id)}",
    ]
    if effect.text is not None:
        lines.append(f"text = {_bilingual(effect.text)}")
    return lines + _by_jurisdiction("variants.{code}.text", effect.variants)


def _by_jurisdiction(key: str, texts: dict[Jurisdiction, Bilingual]) -> list[str]:
    return [f"{key.format(code=code)} = {_bilingual(text)}" for code, text in texts.items()]


def _bilingual_list(texts: Iterable[Bilingual]) -> str:
    items = [_bilingual(text) for text in texts]
    if not items:
        return "[]"
    return "[\n" + "".join(f"  {item},\n" for item in items) + "]"


def _bilingual(text: Bilingual) -> str:
    """`{ fr = "…", en = "…" }`, a language left out when the card is written in the other only."""
    parts = [
        f"{lang} = {_string(getattr(text, lang))}" for lang in LANGUAGES if getattr(text, lang)
    ]
    return "{ " + ", ".join(parts) + " }"


def _string(value: str) -> str:
    """A TOML basic string; a text of several lines as a multi-line one, readable as written.

    Quotes and backslashes are always escaped, so neither a `\"\"\"` inside the text nor a
    backslash at the end of a line can change what is read back; control characters other than
    the line breaks are escaped as `\\uXXXX`.
    """
    body = "".join(_escape(char) for char in value)
    if "\n" in value:
        return '"""\n' + body + '"""'  # TOML drops the line break right after the opening quotes
    return '"' + body + '"'


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char != "\n" and (char < " " or char == "\x7f"):
        return f"\\u{ord(char):04x}"
    return char
