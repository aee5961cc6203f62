"""Headings and the table of contents, written with its result so it reads at once.

Headless LibreOffice (and any PDF made from the DOCX) never refreshes a TOC field, and Word
only does so after asking: so the field carries its result, one linked line per heading, and
Word can still refresh it (page numbers included) with Update Field.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from docx.oxml.xmlchemy import BaseOxmlElement

from exports.docx.ooxml import (
    bookmarked,
    field_end,
    field_start,
    hyperlink,
    paragraph,
    run,
    text_paragraph,
)

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@dataclass(frozen=True, slots=True)
class _Entry:
    level: int  # 1 or 2, as Heading1 / Heading2
    text: str
    bookmark: str


@dataclass
class Headings:
    """Every heading the body has, each bookmarked as Word names a TOC's targets."""

    entries: list[_Entry] = dataclass_field(default_factory=list)

    def heading(self, level: int, text: str, *, page_break_before: bool = False) -> BaseOxmlElement:
        bookmark = f"_Toc{len(self.entries) + 1:08d}"
        self.entries.append(_Entry(level, text, bookmark))
        heading = text_paragraph(f"Heading{level}", text, page_break_before=page_break_before)
        return bookmarked(heading, bookmark, len(self.entries))

    def toc(self, fallback: str) -> list[BaseOxmlElement]:
        """The TOC field, its result a linked line per heading; `fallback` when there is none.

        The lines carry no page number: the DOCX's pages are only known to the program laying
        it out, a guessed number is worse than none, and LibreOffice shows a PAGEREF inside a
        TOC result as the text written there. Word adds them when it updates the field.
        """
        if not self.entries:
            return [paragraph("Hint", [*field_start(TOC_INSTRUCTION), run(fallback), field_end()])]
        lines = [
            paragraph(f"TOC{entry.level}", [hyperlink(entry.bookmark, [run(entry.text)])])
            for entry in self.entries
        ]
        lines[0][1:1] = field_start(TOC_INSTRUCTION, dirty=True)
        lines[-1].append(field_end())
        return lines
