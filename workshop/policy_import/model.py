"""An imported policy as immutable values: sections of clauses, each piece remembering where it
sits in the original file.

The origins are what lets a later export redline the organisation's own .docx: each clause knows
the paragraphs it came from (their index as `docx_body.body_paragraphs` walks the body, the text
of their runs, the characters it covers), so tracked changes can be placed in those very runs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

SourceKind = Literal["docx", "md", "txt"]
PIECE_SEPARATOR = "\n"  # between the paragraphs (or table cells) a clause spans


@dataclass(frozen=True, slots=True)
class CellPosition:
    """A table cell: the n-th table of the body (nested ones counted too), its row and column."""

    table: int
    row: int
    column: int


@dataclass(frozen=True, slots=True)
class Origin:
    """One paragraph of the original, and the characters of its text one piece of a clause covers.

    `paragraph` is the paragraph's index in the document body (for .md/.txt, the 1-based line
    where it starts); `runs` the text of each of its runs as the file has it (accepted revisions;
    one run for .md/.txt); `span` the [start, end) characters of the runs joined.
    """

    paragraph: int
    runs: tuple[str, ...]
    span: tuple[int, int]
    cell: CellPosition | None = None

    @property
    def paragraph_text(self) -> str:
        return "".join(self.runs)

    @property
    def text(self) -> str:
        start, end = self.span
        return self.paragraph_text[start:end]

    def narrowed(self, start: int, end: int) -> Origin:
        """The part of this piece from `start` to `end`, counted within the piece's own text."""
        base = self.span[0]
        return replace(self, span=(base + start, base + end))


@dataclass(frozen=True, slots=True)
class ImportedClause:
    """A clause: its text is exactly the text of its origins, joined by a line break.

    `label` is the number typed before it ("3.1", "a)", "-"), kept apart from the text.
    """

    origins: tuple[Origin, ...]
    label: str = ""

    @property
    def text(self) -> str:
        return PIECE_SEPARATOR.join(origin.text for origin in self.origins)

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class ImportedSection:
    """A section: its title (without its number), the heading it came from — None for the clauses
    before the first heading, or a section the facilitator created — and its clauses."""

    title: str
    clauses: tuple[ImportedClause, ...]
    origin: Origin | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class ImportedPolicy:
    title: str
    sections: tuple[ImportedSection, ...]
    source: str  # the file's name, shown to the facilitator
    kind: SourceKind
    title_origin: Origin | None = None

    def clause_count(self) -> int:
        return sum(len(section.clauses) for section in self.sections)

    def with_sections(self, sections: list[ImportedSection]) -> ImportedPolicy:
        return replace(self, sections=tuple(sections))
