"""Which built-in topic a section of an imported policy covers, from its words.

A simple scorer a facilitator can follow: each topic has keywords in French and English
(resources/policy/topics.toml); words are compared by a rough stem, accents and case folded;
a keyword in the section's title scores 3, each of its uses in the body 1 (at most 3 a keyword).
A section covers every topic its title names; when its title names none, the topic its body
points to most, if that is clear enough. Each match lists the keywords that made it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop.content_file import Place, read_toml
from workshop.local.paths import RESOURCES
from workshop.policy_import.model import ImportedSection
from workshop.template import PolicyTemplate

TOPICS_PATH = RESOURCES / "policy" / "topics.toml"
TITLE_WEIGHT = 3
BODY_CAP = 3  # a word repeated all over one section says no more than three uses of it
MIN_BODY_SCORE = 2  # below this, a section with no telling title matches no topic
_WORD = re.compile(r"[a-z0-9]+")
# One pass of plural, then final e, then one derivation: enough to meet "médias" and "média",
# "sécurité" and "security", "journalistes" and "journalist".
_SUFFIXES: tuple[str, ...] = (
    "ations",
    "ation",
    "ements",
    "ement",
    "ments",
    "ment",
    "ique",
    "ity",
    "ite",
    "it",
)
_SUFFIXES += ("euse", "eur", "or", "ing", "ed", "el", "al", "y")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    if len(word) > 4 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> str:
    """The text as its stems, space-separated and padded, so a keyword is found with `in`."""
    return " " + " ".join(stem(w) for w in _WORD.findall(fold(text))) + " "


@dataclass(frozen=True, slots=True)
class Topic:
    id: str  # the template section it stands for
    keywords: tuple[str, ...]  # as written in topics.toml, for explanations
    stems: tuple[str, ...]  # the same, stemmed and padded


@dataclass(frozen=True, slots=True)
class TopicMatch:
    topic: str
    score: int
    keywords: tuple[str, ...]  # the keywords found, title ones first
    in_title: bool


def load_topics(path: Path, template: PolicyTemplate) -> tuple[Topic, ...]:
    """The topics in the template's order; every one must name a template section."""
    data = read_toml(path)
    place = Place(path)
    topics: dict[str, Topic] = {}
    for index, raw in enumerate(place.items(data, "topics")):
        raw = place.table(raw, f"topics[{index}]")
        topic_id = place.string(raw, "id")
        where = place.within(f"topic {topic_id!r}")
        if topic_id not in template.section_ids():
            raise where.error("id", "not a section of the policy template")
        if topic_id in topics:
            raise where.error("id", "used twice")
        words = [str(w) for lang in ("fr", "en") for w in where.items(raw, lang)]
        by_stem = {stems(w): w for w in reversed(words)}  # one keyword a stem: no double count
        kept = tuple(w for w in words if by_stem.get(stems(w)) == w)
        topics[topic_id] = Topic(topic_id, kept, tuple(stems(w) for w in kept))
    return tuple(topics[s] for s in template.section_ids() if s in topics)


@cache
def builtin_topics() -> tuple[Topic, ...]:
    from workshop.template import builtin_template

    return load_topics(TOPICS_PATH, builtin_template())


def score(topic: Topic, title: str, body: str) -> TopicMatch:
    """How strongly a section (its title and body, as stems) speaks of `topic`."""
    total = 0
    in_title: list[str] = []
    in_body: list[str] = []
    for keyword, key in zip(topic.keywords, topic.stems, strict=True):
        if key in title:
            total += TITLE_WEIGHT
            in_title.append(keyword)
        uses = min(body.count(key), BODY_CAP)
        if uses:
            total += uses
            in_body.append(keyword)
    found = tuple(dict.fromkeys(in_title + in_body))
    return TopicMatch(topic.id, total, found, bool(in_title))


def suggest(section: ImportedSection, topics: tuple[Topic, ...]) -> tuple[TopicMatch, ...]:
    """The topics a section covers, best first; none when its words say nothing clear."""
    title = stems(section.title)
    body = stems(" ".join(c.text for c in section.clauses))
    matches = sorted(
        (m for m in (score(t, title, body) for t in topics) if m.score),
        key=lambda m: -m.score,
    )
    named = tuple(m for m in matches if m.in_title)
    if named:
        return named
    return tuple(matches[:1]) if matches and matches[0].score >= MIN_BODY_SCORE else ()
