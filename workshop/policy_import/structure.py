"""Finding a policy's sections in its content lines, as real policies are written.

The strongest clue present decides, in this order:
1. heading styles or outline levels (Word, LibreOffice, Google Docs, Markdown `#`): the most
   used level makes the sections, higher levels are part titles, lower ones are clauses;
2. typed or automatic numbering ("3.", "Article 4", "I.", "A)"): the highest kind used at
   least twice on short lines makes the sections; sub-numbers ("3.1") are their clauses;
3. short bold, underlined or capitalised lines followed by body text.
Without any, the policy is one untitled section. The document's title (a Title style, or a
first short line naming the policy) is not a clause; list items and table rows always are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from workshop.policy_import.labels import RANKS
from workshop.policy_import.lines import Line
from workshop.policy_import.model import (
    ImportedClause,
    ImportedPolicy,
    ImportedSection,
    Origin,
    SourceKind,
)

_TITLE_WORDS: tuple[str, ...] = ("politique", "charte", "policy", "charter", "guide", "code")
_TITLE_WORDS += ("règlement", "reglement", "réseaux sociaux", "social media", "directive")
_SECTION_KINDS = ("roman", "article", "decimal", "letter")


def build_policy(lines: list[Line], source: str, kind: SourceKind) -> ImportedPolicy:
    title_line, lines = _split_title(lines)
    headings = _outline_headings(lines) or _numbered_headings(lines) or _emphasised_headings(lines)
    sections: list[ImportedSection] = []
    heading: ImportedSection | None = None
    clauses: list[ImportedClause] = []
    for index, line in enumerate(lines):
        if index in headings:
            if heading is not None or clauses:
                sections.append(_filled(heading, clauses))
            heading, clauses = _section(line), []
        elif line.title and heading is None and not clauses and title_line is not None:
            continue  # a subtitle, a version line styled as a title
        else:
            clauses.append(_clause(line))
    if heading is not None or clauses:
        sections.append(_filled(heading, clauses))
    return ImportedPolicy(
        title=_title_text(title_line),
        sections=tuple(_without_part_titles(sections)),
        source=source,
        kind=kind,
        title_origin=title_line.origins[0] if title_line else None,
    )


def _filled(heading: ImportedSection | None, clauses: list[ImportedClause]) -> ImportedSection:
    """The section a heading opens (or the untitled one before the first heading)."""
    return replace(heading or ImportedSection("", ()), clauses=tuple(clauses))


def _split_title(lines: list[Line]) -> tuple[Line | None, list[Line]]:
    if not lines:
        return None, lines
    first = lines[0]
    outlines = Counter(line.outline for line in lines if line.outline is not None)
    lone_top = first.outline is not None and outlines[first.outline] == 1
    if lone_top and len(outlines) == 1:
        # The only heading of the document titles it when numbering or bold lines structure the
        # text below; otherwise it heads the policy's one section.
        rest = lines[1:]
        lone_top = bool(_numbered_headings(rest) or _emphasised_headings(rest))
    named = first.label is None and any(w in first.text.lower() for w in _TITLE_WORDS)
    shaped = first.heading_shaped() and not first.list_item and not first.table_row
    if first.title or (shaped and (lone_top or named or first.centered)):
        return first, lines[1:]
    return None, lines


def _outline_headings(lines: list[Line]) -> set[int]:
    levels = Counter(line.outline for line in lines if line.outline is not None)
    if not levels:
        return set()
    section_level = min(levels, key=lambda level: (-levels[level], level))
    return {
        i
        for i, line in enumerate(lines)
        if line.outline is not None and line.outline <= section_level
    }


def _numbered_kind(line: Line) -> str | None:
    if line.table_row or not line.heading_shaped():
        return None
    label = line.label
    if label is not None:
        return label.kind if label.kind in (*_SECTION_KINDS, "part") else None
    return "decimal" if line.auto_level == 0 else None


def _numbered_headings(lines: list[Line]) -> set[int]:
    kinds = [_numbered_kind(line) for line in lines]
    counts = Counter(k for k in kinds if k)
    usable = [k for k in (*_SECTION_KINDS, "part") if counts[k] >= 2]
    if not usable:
        return set()
    rank = RANKS[usable[0]]
    candidates = [i for i, k in enumerate(kinds) if k and RANKS[k] <= rank]
    return {i for i in candidates if not _only_a_list_item(lines, kinds, i)}


def _only_a_list_item(lines: list[Line], kinds: list[str | None], index: int) -> bool:
    """Short numbered lines one after another ("1. Facebook", "2. LinkedIn") are a list."""
    neighbours = [j for j in (index - 1, index + 1) if 0 <= j < len(lines)]
    plain = not (lines[index].emphasis or lines[index].shouting())
    return plain and any(kinds[j] == kinds[index] for j in neighbours)


def _emphasised_headings(lines: list[Line]) -> set[int]:
    def looks_like_heading(line: Line) -> bool:
        shaped = line.heading_shaped() and not line.table_row
        return shaped and (line.emphasis or line.shouting()) and not _is_bullet(line)

    # A heading is followed by body text, directly or under a second heading line (a part,
    # then a section); a run of three emphasised lines or more is emphasised text.
    headings: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and looks_like_heading(line):
            run.append(index)
            continue
        if len(run) <= 2:
            headings.update(run)
        run = []
    return headings


def _is_bullet(line: Line) -> bool:
    label = line.label
    return (line.list_item and line.auto_level is None) or (
        label is not None and label.kind == "bullet"
    )


def _without_part_titles(sections: list[ImportedSection]) -> list[ImportedSection]:
    """A heading with nothing under it, right before another heading, titles a part."""
    return [s for i, s in enumerate(sections) if s.clauses or i + 1 == len(sections) or not s.title]


def _trimmed(origin: Origin, start: int) -> Origin:
    """The origin from `start` on, without its surrounding blanks (and a heading's colon)."""
    rest = origin.text[start:]
    stripped = rest.strip()
    if not stripped:
        return origin
    begin = start + len(rest) - len(rest.lstrip())
    return origin.narrowed(begin, begin + len(stripped))


def _section(line: Line) -> ImportedSection:
    label = line.label
    origin = _trimmed(line.origins[0], label.end if label else 0)
    title = origin.text
    if title.endswith(":") and len(title) > 1:
        origin = _trimmed(origin.narrowed(0, len(title) - 1), 0)
    named = label is not None and origin.text != label.text  # "Article 4" alone is its own title
    return ImportedSection(origin.text, (), origin, label.text if named and label else "")


def _clause(line: Line) -> ImportedClause:
    label = line.label
    if label is None:
        return ImportedClause(line.origins)
    first = _trimmed(line.origins[0], label.end)
    return ImportedClause((first, *line.origins[1:]), label.text)


def _title_text(line: Line | None) -> str:
    return "" if line is None else " ".join(line.text.split())
