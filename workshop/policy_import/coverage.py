"""Which topics an imported policy covers, thinly covers or lacks, from a mapping of its sections
to topics that the facilitator can correct.

Thin: the sections mapped to a topic hold a single clause of fewer than THIN_WORDS words — a
line that names the topic without saying what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from workshop.policy_import.model import ImportedPolicy
from workshop.policy_import.topics import Topic, TopicMatch, builtin_topics, suggest

THIN_WORDS = 40


@dataclass(frozen=True, slots=True)
class TopicMapping:
    """For each section (by index), the topics it covers, main one first. Suggested from the
    words; every change is a new mapping."""

    topics: tuple[tuple[str, ...], ...]
    matches: tuple[tuple[TopicMatch, ...], ...] = ()  # why, for the suggested ones

    def of(self, section: int) -> tuple[str, ...]:
        return self.topics[section]

    def with_topics(self, section: int, topics: tuple[str, ...]) -> TopicMapping:
        """The facilitator's choice for one section (an empty tuple: no topic)."""
        changed = list(self.topics)
        changed[section] = tuple(dict.fromkeys(topics))
        return replace(self, topics=tuple(changed))

    def sections_of(self, topic: str) -> tuple[int, ...]:
        return tuple(i for i, topics in enumerate(self.topics) if topic in topics)


def suggest_mapping(
    policy: ImportedPolicy, topics: tuple[Topic, ...] | None = None
) -> TopicMapping:
    topics = builtin_topics() if topics is None else topics
    matches = tuple(suggest(section, topics) for section in policy.sections)
    return TopicMapping(tuple(tuple(m.topic for m in found) for found in matches), matches)


class Coverage(Enum):
    COVERED = "covered"
    THIN = "thin"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class TopicCoverage:
    topic: str
    status: Coverage
    sections: tuple[int, ...]
    clauses: int
    words: int


def coverage(
    policy: ImportedPolicy, mapping: TopicMapping, topics: tuple[Topic, ...] | None = None
) -> tuple[TopicCoverage, ...]:
    """Every topic, in the template's order, with how well the policy covers it."""
    topics = builtin_topics() if topics is None else topics
    result = []
    for topic in topics:
        sections = mapping.sections_of(topic.id)
        clauses = [c for i in sections for c in policy.sections[i].clauses]
        words = sum(c.word_count() for c in clauses)
        if not sections:
            status = Coverage.MISSING
        elif len(clauses) <= 1 and words < THIN_WORDS:
            status = Coverage.THIN
        else:
            status = Coverage.COVERED
        result.append(TopicCoverage(topic.id, status, sections, len(clauses), words))
    return tuple(result)
