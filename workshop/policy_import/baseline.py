"""An imported policy as a session's baseline: a PolicyTemplate of their sections and clauses,
a Landing that sends each card's built-in clause to one of theirs, and the original kept for
the redline.

Ids are stable and plain: their n-th section is `sN`, its m-th clause `sN.cM`. Their wording is
the same in both languages: it is their text, in the language they wrote it. Topics their policy
lacks stay as empty sections with the built-in titles, so a card on such a topic still has a
place to land (a section with no clause is not shown).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from workshop.content import Content
from workshop.deck import Deck
from workshop.landing import Landing
from workshop.policy_import.coverage import Coverage, TopicMapping, coverage, suggest_mapping
from workshop.policy_import.model import ImportedClause, ImportedPolicy
from workshop.policy_import.reader import import_policy
from workshop.policy_import.source import read_source
from workshop.policy_import.topics import stems
from workshop.template import PolicyTemplate, TemplateClause, TemplateSection
from workshop.text import Bilingual

# One of their clauses stands for a built-in one when at least this share of the shorter one's
# words (as stems) are in the other, and at least SHARED_WORDS of them: "be polite" says nothing.
SAME_CLAUSE = 0.4
SHARED_WORDS = 4
MEANINGFUL = 4  # letters a stem needs to count: shorter ones are articles and prepositions


@dataclass(frozen=True, slots=True)
class OriginalPolicy:
    """Their policy as imported, and the file's bytes (.docx; empty for .md/.txt): what the
    redline of their own document is made from."""

    policy: ImportedPolicy
    data: bytes = b""
    topics: tuple[tuple[str, ...], ...] = ()  # each section's topics, as the facilitator left them

    def mapping(self) -> TopicMapping:
        return TopicMapping(self.topics or tuple(() for _ in self.policy.sections))

    def clauses(self) -> dict[str, ImportedClause]:
        """Draft clause id → the clause of their file it was read from."""
        return {
            clause_id(s, c): clause
            for s, section in enumerate(self.policy.sections)
            for c, clause in enumerate(section.clauses)
        }


def section_id(section: int) -> str:
    return f"s{section + 1}"


def clause_id(section: int, clause: int) -> str:
    return f"{section_id(section)}.c{clause + 1}"


def _words(text: str) -> set[str]:
    """The stems that say something: "de", "the", "l’" and their like are left out."""
    return {word for word in stems(text).split() if len(word) >= MEANINGFUL}


def landing_for(policy: ImportedPolicy, mapping: TopicMapping, builtin: PolicyTemplate) -> Landing:
    """Each built-in clause → their clause in a section on its topic that says most of its
    words (each of theirs stands for one built-in clause at most), and each topic they cover →
    the section that covers it first, where the other clauses are added."""
    clauses: list[tuple[str, str]] = []
    sections: list[tuple[str, str]] = []
    taken: set[str] = set()
    for topic in builtin.sections:
        mapped = mapping.sections_of(topic.id)
        if not mapped:
            continue
        sections.append((topic.id, section_id(mapped[0])))
        theirs = [
            (clause_id(s, c), _words(clause.text))
            for s in mapped
            for c, clause in enumerate(policy.sections[s].clauses)
        ]
        for builtin_clause in topic.clauses:
            words = _words(builtin_clause.text.fr) | _words(builtin_clause.text.en)
            scored = [
                (_similarity(words, said), their_id)
                for their_id, said in theirs
                if their_id not in taken
            ]
            best = max(scored, default=(0.0, ""))
            if best[0] >= SAME_CLAUSE:
                clauses.append((builtin_clause.id, best[1]))
                taken.add(best[1])
    return Landing(tuple(clauses), tuple(sections))


def _similarity(one: set[str], other: set[str]) -> float:
    shared = len(one & other)
    return shared / min(len(one), len(other)) if shared >= SHARED_WORDS else 0.0


def imported_template(
    policy: ImportedPolicy, mapping: TopicMapping, builtin: PolicyTemplate
) -> PolicyTemplate:
    sections = [
        TemplateSection(
            section_id(s),
            Bilingual(section.title, section.title),
            tuple(
                TemplateClause(clause_id(s, c), Bilingual(clause.text, clause.text))
                for c, clause in enumerate(section.clauses)
            ),
        )
        for s, section in enumerate(policy.sections)
    ]
    covered = {topic for topics in mapping.topics for topic in topics}
    sections += [
        TemplateSection(topic.id, topic.title, ())
        for topic in builtin.sections
        if topic.id not in covered
    ]
    title = policy.title or policy.source
    return PolicyTemplate(
        Bilingual(title, title),
        tuple(sections),
        builtin.legal_checked,
        landing=landing_for(policy, mapping, builtin),
    )


def imported_content(
    base: Content, policy: ImportedPolicy, mapping: TopicMapping, data: bytes = b""
) -> Content:
    """The session's content on their policy: the deck and questions of `base`, their policy
    as the baseline (the built-in template stays a source of suggested clauses)."""
    template = imported_template(policy, mapping, base.template)
    original = OriginalPolicy(policy, data, mapping.topics)
    return replace(base, template=template, original=original)


def policy_content(path: Path, base: Content) -> Content:
    """A session's content on the policy in `path`, its topics as suggested from its words
    (what `atelier demo --policy` and a new session from a file start from)."""
    policy, data = read_policy_file(path)
    return imported_content(base, policy, suggest_mapping(policy), data)


def read_policy_file(path: Path) -> tuple[ImportedPolicy, bytes]:
    """The policy in `path`, and the bytes of a .docx to redline later (none for .md/.txt)."""
    policy = import_policy(path)
    return policy, read_source(path) if policy.kind == "docx" else b""


def cards_for_gaps(deck: Deck, original: OriginalPolicy) -> list[str]:
    """The cards that address what their policy lacks, then what it covers thinly: the agenda
    a review of their policy should start with."""
    found = coverage(original.policy, original.mapping())
    ranked = [c.topic for c in found if c.status is Coverage.MISSING]
    ranked += [c.topic for c in found if c.status is Coverage.THIN]
    cards: list[str] = []
    for topic in ranked:
        cards += [c.id for c in deck.cards if topic in c.sections and c.id not in cards]
    return cards
