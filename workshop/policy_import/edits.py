"""Fixing the structure found, before anything is saved: each edit returns a new policy and keeps
every clause's origins, so the original file can still be redlined after the facilitator's fixes.

Sections and clauses are addressed by their index, as the preview lists them.
"""

from __future__ import annotations

from dataclasses import replace

from workshop.policy_import.model import (
    PIECE_SEPARATOR,
    ImportedClause,
    ImportedPolicy,
    ImportedSection,
    Origin,
)


def make_heading(policy: ImportedPolicy, section: int, clause: int) -> ImportedPolicy:
    """The clause becomes the title of a new section holding the clauses that followed it."""
    sections = list(policy.sections)
    old = sections[section]
    line = old.clauses[clause]
    origin = line.origins[0]
    title = " ".join(line.text.split())
    head = replace(old, clauses=old.clauses[:clause])
    new = ImportedSection(title, old.clauses[clause + 1 :], origin, line.label)
    sections[section : section + 1] = [head, new] if head.clauses or head.title else [new]
    return policy.with_sections(sections)


def make_clause(policy: ImportedPolicy, section: int) -> ImportedPolicy:
    """The section's heading becomes an ordinary clause: the first of the section before it (or
    of an untitled section when it is the first), followed by the section's own clauses."""
    old = policy.sections[section]
    if old.origin is None:
        raise ValueError(f"section {section} has no heading line to turn into a clause")
    clauses = (ImportedClause((old.origin,), old.label), *old.clauses)
    sections = list(policy.sections)
    if section == 0:
        sections[0] = ImportedSection("", clauses)
    else:
        before = sections[section - 1]
        sections[section - 1 : section + 1] = [replace(before, clauses=before.clauses + clauses)]
    return policy.with_sections(sections)


def merge_clauses(policy: ImportedPolicy, section: int, clause: int) -> ImportedPolicy:
    """The clause and the one after it become one clause (their paragraphs joined)."""
    old = policy.sections[section]
    first, second = old.clauses[clause], old.clauses[clause + 1]
    merged = ImportedClause(first.origins + second.origins, first.label)
    clauses = (*old.clauses[:clause], merged, *old.clauses[clause + 2 :])
    return _with_clauses(policy, section, clauses)


def split_clause(policy: ImportedPolicy, section: int, clause: int, offset: int) -> ImportedPolicy:
    """The clause cut in two at `offset` characters of its text, blanks at the cut dropped."""
    old = policy.sections[section]
    target = old.clauses[clause]
    before, after = _cut(target.origins, offset)
    if not before or not after:
        raise ValueError(f"offset {offset} leaves one side of the clause empty")
    pieces = (ImportedClause(before, target.label), ImportedClause(after))
    clauses = (*old.clauses[:clause], *pieces, *old.clauses[clause + 1 :])
    return _with_clauses(policy, section, clauses)


def rename_section(policy: ImportedPolicy, section: int, title: str) -> ImportedPolicy:
    if not title.strip():
        raise ValueError("a section title cannot be empty")
    sections = list(policy.sections)
    sections[section] = replace(sections[section], title=title.strip())
    return policy.with_sections(sections)


def _with_clauses(
    policy: ImportedPolicy, section: int, clauses: tuple[ImportedClause, ...]
) -> ImportedPolicy:
    sections = list(policy.sections)
    sections[section] = replace(sections[section], clauses=clauses)
    return policy.with_sections(sections)


def _cut(origins: tuple[Origin, ...], offset: int) -> tuple[tuple[Origin, ...], tuple[Origin, ...]]:
    """The origins before and after `offset` of the clause's text (origins joined by one
    separator character), each side without blanks at the cut."""
    before: list[Origin] = []
    after: list[Origin] = []
    position = 0
    for origin in origins:
        length = len(origin.text)
        if position + length <= offset:
            before.append(origin)
        elif position >= offset:
            after.append(origin)
        else:
            local = offset - position
            before.append(origin.narrowed(0, local))
            after.append(origin.narrowed(local, length))
        position += length + len(PIECE_SEPARATOR)
    return _stripped(before), _stripped(after)


def _stripped(origins: list[Origin]) -> tuple[Origin, ...]:
    kept = []
    for origin in origins:
        text = origin.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if end > start:
            kept.append(origin.narrowed(start, end))
    return tuple(kept)
