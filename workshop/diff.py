"""What changed between two draft revisions, clause by clause and word by word.

The exports render this as tracked changes, so accepting every change must give the new text and
rejecting every change the old one: the word operations always rebuild both texts exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from workshop.draft import Draft, DraftClause
from workshop.text import Bilingual, Language

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_WORD = re.compile(r"\w+")
REWRITE_SIMILARITY = 0.5  # below this share of common words, a clause counts as rewritten
FOLDED_WORDS, FOLDED_CHARS = 2, 40  # kept runs this short between two changes join them


class ChangeKind(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class WordOpKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class WordOp:
    kind: WordOpKind
    text: str


@dataclass(frozen=True, slots=True)
class ClauseChange:
    clause_id: str
    kind: ChangeKind
    old: DraftClause | None
    new: DraftClause | None
    words: tuple[WordOp, ...]  # in the diff's language; one op for added / removed clauses

    @property
    def current(self) -> DraftClause:
        """The clause as it now reads, or as it read before it was removed."""
        clause = self.new or self.old
        assert clause is not None
        return clause


@dataclass(frozen=True, slots=True)
class SectionChanges:
    id: str
    title: Bilingual
    clauses: tuple[ClauseChange, ...]


@dataclass(frozen=True, slots=True)
class DraftDiff:
    language: Language
    sections: tuple[SectionChanges, ...]

    def changes(self) -> list[ClauseChange]:
        return [c for s in self.sections for c in s.clauses if c.kind is not ChangeKind.UNCHANGED]


def word_ops(old: str, new: str) -> tuple[WordOp, ...]:
    """Word-level edit script from `old` to `new`, readable as a lawyer would mark it up.

    A word or two kept between two changes is folded into them, so "a b c" → "x b z" reads as
    one deletion and one insertion rather than a ladder of one-word changes; a clause rewritten
    beyond recognition reads as one replacement (and skips the quadratic matching).
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if SequenceMatcher(None, a, b, autojunk=False).quick_ratio() < REWRITE_SIMILARITY:
        return tuple(
            WordOp(kind, text)
            for kind, text in ((WordOpKind.DELETE, old), (WordOpKind.INSERT, new))
            if text
        )
    chunks = _chunks(a, b)
    merged: list[list[str]] = []
    for index, chunk in enumerate(chunks):
        follows_change = bool(merged) and len(merged[-1]) == 2
        between_changes = follows_change and index + 1 < len(chunks) and len(chunks[index + 1]) == 2
        if len(chunk) == 1 and between_changes and _is_short(chunk[0]):
            chunk = [chunk[0], chunk[0]]
        if len(chunk) == 2 and merged and len(merged[-1]) == 2:
            merged[-1] = [merged[-1][0] + chunk[0], merged[-1][1] + chunk[1]]
        else:
            merged.append(chunk)
    ops: list[WordOp] = []
    for chunk in merged:
        if len(chunk) == 1:
            ops.append(WordOp(WordOpKind.EQUAL, chunk[0]))
            continue
        ops += [WordOp(WordOpKind.DELETE, chunk[0])] if chunk[0] else []
        ops += [WordOp(WordOpKind.INSERT, chunk[1])] if chunk[1] else []
    return tuple(ops)


def _chunks(a: list[str], b: list[str]) -> list[list[str]]:
    """Runs of tokens, each [equal] or [deleted, inserted]. The common head and tail are set
    aside first, so a local edit in a long clause is matched within the edited stretch only."""
    head, shortest = 0, min(len(a), len(b))
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    chunks = [["".join(a[:head])]] if head else []
    matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            chunks.append(["".join(middle_a[i1:i2])])
        else:
            chunks.append(["".join(middle_a[i1:i2]), "".join(middle_b[j1:j2])])
    if tail:
        chunks.append(["".join(a[len(a) - tail :])])
    return chunks


def _is_short(kept: str) -> bool:
    """Too little kept text between two changes to be worth reading on its own."""
    return len(_WORD.findall(kept)) <= FOLDED_WORDS and len(kept) <= FOLDED_CHARS


def apply_ops(ops: tuple[WordOp, ...], *, accept: bool) -> str:
    """The text after accepting (new) or rejecting (old) every change."""
    dropped = WordOpKind.DELETE if accept else WordOpKind.INSERT
    return "".join(op.text for op in ops if op.kind is not dropped)


def diff_drafts(old: Draft, new: Draft, language: Language) -> DraftDiff:
    """Sections follow the new draft; removed clauses stay where they stood in the old one."""
    old_sections = {s.id: s for s in old.sections}
    sections = []
    for section in new.sections:
        before = old_sections.get(section.id)
        old_clauses = {c.id: c for c in before.clauses} if before else {}
        new_clauses = {c.id: c for c in section.clauses}
        matcher = SequenceMatcher(None, list(old_clauses), list(new_clauses), autojunk=False)
        changes: list[ClauseChange] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            old_ids, new_ids = list(old_clauses)[i1:i2], list(new_clauses)[j1:j2]
            if tag == "equal":
                changes += [_compare(old_clauses[i], new_clauses[i], language) for i in new_ids]
                continue
            changes += [_removed(old_clauses[i], language) for i in old_ids]
            changes += [_added(new_clauses[i], language) for i in new_ids]
        sections.append(SectionChanges(section.id, section.title, tuple(changes)))
    return DraftDiff(language, tuple(sections))


def _compare(old: DraftClause, new: DraftClause, language: Language) -> ClauseChange:
    before, after = old.text.get(language), new.text.get(language)
    if before == after:
        return ClauseChange(
            new.id, ChangeKind.UNCHANGED, old, new, (WordOp(WordOpKind.EQUAL, after),)
        )
    return ClauseChange(new.id, ChangeKind.CHANGED, old, new, word_ops(before, after))


def _added(clause: DraftClause, language: Language) -> ClauseChange:
    op = WordOp(WordOpKind.INSERT, clause.text.get(language))
    return ClauseChange(clause.id, ChangeKind.ADDED, None, clause, (op,))


def _removed(clause: DraftClause, language: Language) -> ClauseChange:
    op = WordOp(WordOpKind.DELETE, clause.text.get(language))
    return ClauseChange(clause.id, ChangeKind.REMOVED, clause, None, (op,))
