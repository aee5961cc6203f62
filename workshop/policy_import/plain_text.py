"""A .md or .txt policy into content lines.

Markdown: `#` headings give the outline, `**bold**` lines are emphasised, `-`/`*`/`1.` items are
list items, lines of a paragraph are joined by a space (as Markdown shows them), tables' rows
are clauses. Plain text: one paragraph a line, except hard-wrapped lines (a long line that does
not end a sentence) which continue on the next. Both: page numbers and lines repeated on every
page (copied headers and footers) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workshop.policy_import.lines import Line, is_page_furniture, is_table_of_contents, whole

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_STRONG = re.compile(r"^(\*\*|__)(.+)\1[:.]?$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
WRAP_WIDTH = 60  # a line at least this long that does not end a sentence was hard-wrapped
_REPEATED = 3  # a short line seen this often is a page header or footer


@dataclass
class _Paragraph:
    number: int  # the 1-based line it starts on
    text: str
    outline: int | None = None
    emphasis: bool = False
    table_row: bool = False
    cells: list[str] = field(default_factory=list)


def read_text(text: str, markdown: bool) -> list[Line]:
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    repeated = _furniture(raw)
    paragraphs = _markdown(raw) if markdown else _plain(raw)
    lines = []
    for paragraph in paragraphs:
        stripped = paragraph.text.strip()
        if not stripped or stripped in repeated or is_page_furniture(stripped):
            continue
        if is_table_of_contents(stripped):
            continue
        origin = whole(paragraph.number, (paragraph.text,))
        if origin is None:
            continue
        lines.append(
            Line(
                origins=(origin,),
                outline=paragraph.outline,
                emphasis=paragraph.emphasis,
                list_item=bool(markdown and _MD_ITEM.match(paragraph.text)),
                table_row=paragraph.table_row,
            )
        )
    return lines


def _furniture(raw: list[str]) -> set[str]:
    counts = Counter(line.strip() for line in raw if 0 < len(line.strip()) <= 80)
    return {line for line, count in counts.items() if count >= _REPEATED}


def _plain(raw: list[str]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    previous = ""
    for number, line in enumerate(raw, start=1):
        if not line.strip():
            previous = ""
            continue
        if previous and len(previous) >= WRAP_WIDTH and previous.rstrip()[-1] not in ".:;!?»":
            paragraphs[-1].text += " " + line.strip()
        else:
            paragraphs.append(_Paragraph(number, line))
        previous = line
    return paragraphs


def _markdown(raw: list[str]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    open_paragraph = False
    for number, line in enumerate(raw, start=1):
        if not line.strip() or (_MD_RULE.match(line) and not open_paragraph):
            open_paragraph = False
            continue
        if _SETEXT.match(line) and open_paragraph and not paragraphs[-1].table_row:
            paragraphs[-1].outline = 0 if line.strip().startswith("=") else 1
            open_paragraph = False
            continue
        if heading := _ATX.match(line):
            paragraphs.append(
                _Paragraph(number, heading.group(2), outline=len(heading.group(1)) - 1)
            )
            open_paragraph = False
        elif line.lstrip().startswith("|"):
            if not _TABLE_RULE.match(line):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                paragraphs.append(
                    _Paragraph(number, "\t".join(c for c in cells if c), table_row=True)
                )
            elif paragraphs and paragraphs[-1].table_row:
                paragraphs.pop()  # the row above the rule holds the column titles
            open_paragraph = False
        elif open_paragraph and not _MD_ITEM.match(line):
            paragraphs[-1].text += " " + line.strip()
        else:
            paragraphs.append(_Paragraph(number, line))
            open_paragraph = True
    for paragraph in paragraphs:
        strong = _STRONG.match(paragraph.text.strip())
        if strong and paragraph.outline is None:
            paragraph.text, paragraph.emphasis = strong.group(2), True
        paragraph.text = paragraph.text.replace("**", "").replace("__", "")
    return paragraphs
