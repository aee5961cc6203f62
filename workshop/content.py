"""The content a session runs on: a deck, the policy template and the awareness questions."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.content_file import Place, read_toml
from workshop.deck import Card, Deck, builtin_deck, builtin_deck_paths
from workshop.local.content_cache import cached
from workshop.local.paths import RESOURCES
from workshop.plain import from_plain, to_plain
from workshop.template import TEMPLATE_PATH, PolicyTemplate, builtin_template
from workshop.text import Bilingual

if TYPE_CHECKING:
    from workshop.policy_import.baseline import OriginalPolicy

AWARENESS_PATH = RESOURCES / "awareness.toml"


@dataclass(frozen=True, slots=True)
class AwarenessQuestion:
    id: str
    text: Bilingual
    open: bool = False  # answered in words by the group, not by a show of hands


@dataclass(frozen=True, slots=True)
class Content:
    deck: Deck
    template: PolicyTemplate
    awareness: tuple[AwarenessQuestion, ...]
    # The organisation's own policy when it is the baseline: kept for the redline of their file.
    original: OriginalPolicy | None = None

    def awareness_ids(self) -> list[str]:
        return [q.id for q in self.awareness]

    def awareness_question(self, question_id: str) -> AwarenessQuestion:
        return next(q for q in self.awareness if q.id == question_id)

    def with_cards(self, cards: tuple[Card, ...]) -> Content:
        """This content with `cards` added after its own (their ids are new to it)."""
        deck = Deck(self.deck.title, (*self.deck.cards, *cards))
        return replace(self, deck=deck)

    def with_card_replaced(self, card: Card) -> Content:
        """This content with its card of `card.id` replaced by `card`, in the same place."""
        cards = tuple(card if c.id == card.id else c for c in self.deck.cards)
        return replace(self, deck=Deck(self.deck.title, cards))


# How a session file stores its content: one serialized part per row, readable JSON.
_PARTS = {"deck": Deck, "template": PolicyTemplate, "awareness": tuple[AwarenessQuestion, ...]}


def content_to_stored(content: Content) -> dict[str, str]:
    """The parts a session file keeps, so the session runs on them whatever the app ships."""
    parts = {
        part: json.dumps(to_plain(getattr(content, part)), ensure_ascii=False) for part in _PARTS
    }
    if content.original is not None:  # their own policy: its structure and file, for the redline
        parts["original"] = json.dumps(to_plain(content.original), ensure_ascii=False)
    return parts


def content_from_stored(parts: dict[str, str]) -> Content:
    """The content a session file holds; a missing or malformed part raises KeyError or
    ValueError (InvalidValueError), which opening reports as a damaged file."""
    content = Content(
        **{part: from_plain(kind, json.loads(parts[part])) for part, kind in _PARTS.items()}
    )
    if "original" not in parts:
        return content
    from workshop.policy_import.baseline import OriginalPolicy  # only sessions on their policy

    original = from_plain(OriginalPolicy, json.loads(parts["original"]))
    return replace(content, original=original)


def load_awareness(path: Path) -> tuple[AwarenessQuestion, ...]:
    data = read_toml(path)
    place = Place(path)
    questions = []
    for index, raw in enumerate(place.items(data, "questions")):
        raw = place.table(raw, f"questions[{index}]")
        question_id = place.within(f"questions[{index}]").string(raw, "id")
        where = place.within(f"question {question_id!r}")
        kind = raw.get("answer", "hands")
        if kind not in ("hands", "words"):
            raise where.error("answer", "expected hands (a show of hands) or words")
        text = where.bilingual_field(raw, "text")
        questions.append(AwarenessQuestion(question_id, text, open=kind == "words"))
    return tuple(questions)


@cache
def builtin_content() -> Content:
    """The built-in deck, template and questions; parsed once, then read from the cache."""
    sources = [*builtin_deck_paths(), TEMPLATE_PATH, AWARENESS_PATH]
    return cached("builtin-content", sources, _parse_builtin_content)


def _parse_builtin_content() -> Content:
    return Content(builtin_deck(), builtin_template(), load_awareness(AWARENESS_PATH))
