"""What every reader (.docx, .md, .txt) produces: the document's content lines in order, each
with the clues the structure finder weighs (heading level, emphasis, list, table row, label)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.policy_import.labels import Label, find_label
from workshop.policy_import.model import PIECE_SEPARATOR, CellPosition, Origin

HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 120
_TOC_LEADER = re.compile(r"(?:\.{3}|…|\t|\s{3})\s*\d{1,4}$")  # searched in a line's tail only
_TOC_TITLES = {"sommaire", "table des matières", "table des matieres", "contents", "index"}
_TOC_TITLES.add("table of contents")
_PAGE_NUMBER = re.compile(r"^(?:page|p\.)?\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$", re.I)


@dataclass(frozen=True, slots=True)
class Line:
    origins: tuple[Origin, ...]  # one for a paragraph, one per non-empty cell for a table row
    outline: int | None = None  # heading level (0 = top) from styles, outline levels or `#`
    title: bool = False  # a Title (or Subtitle) style
    emphasis: bool = False  # every character bold or underlined
    centered: bool = False
    list_item: bool = False  # a bullet, or an automatically numbered list paragraph
    auto_level: int | None = None  # the level of Word's automatic (non-bullet) numbering
    table_row: bool = False

    @property
    def text(self) -> str:
        return PIECE_SEPARATOR.join(o.text for o in self.origins)

    @property
    def label(self) -> Label | None:
        return None if self.table_row else find_label(self.origins[0].text)

    def body(self) -> str:
        """The text after its label."""
        label = self.label
        return self.text[label.end :] if label else self.text

    def heading_shaped(self) -> bool:
        """Short, one line, and not a sentence: what a heading looks like."""
        body = self.body().strip()
        if not body:
            return self.label is not None and self.label.kind in ("part", "article")
        if self.table_row or "\n" in body or body[-1] in ".;,!?":
            return False
        return len(body) <= HEADING_MAX_CHARS and len(body.split()) <= HEADING_MAX_WORDS

    def shouting(self) -> bool:
        letters = [c for c in self.body() if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)


def is_table_of_contents(text: str) -> bool:
    """A contents entry ("3. Presse ....... 7") or the contents' own heading."""
    stripped = text.strip()
    if stripped[-1:].isdigit() and _TOC_LEADER.search(stripped[-16:]):
        return any(c.isalpha() for c in stripped)
    return stripped.lower().rstrip(":") in _TOC_TITLES


def is_page_furniture(text: str) -> bool:
    """A page number left by a copy from a PDF or a printed page ("Page 3 sur 12")."""
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def whole(paragraph: int, runs: tuple[str, ...], cell: CellPosition | None = None) -> Origin | None:
    """The paragraph's text without its surrounding blanks, or None when it has no text."""
    text = "".join(runs)
    stripped = text.strip()
    if not stripped:
        return None
    start = len(text) - len(text.lstrip())
    return Origin(paragraph, runs, (start, start + len(stripped)), cell)
