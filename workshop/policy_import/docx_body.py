"""Walking a Word body in document order: every paragraph with its index, its table cell and
whether a table of contents holds it, and each paragraph's runs as Word shows them with every
tracked change accepted.

The paragraph index is the contract with a later export that redlines the original file: it
must walk the body with `body_paragraphs` too (it accepts ElementTree and lxml elements alike).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from workshop.policy_import.docx_styles import bold, underlined
from workshop.policy_import.model import CellPosition

Element = Any  # an ElementTree or lxml element: both have .tag, .get, .find and iteration

_SKIPPED = ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr")
_SKIPPED_BLOCKS = ("del", "moveFrom", "sectPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid")


def namespace(root: Element) -> str:
    """`{uri}` of the WordprocessingML namespace the document uses (transitional or strict)."""
    tag = root.tag
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


@dataclass(frozen=True, slots=True)
class BodyParagraph:
    index: int
    element: Element
    cell: CellPosition | None
    in_toc_block: bool  # inside a content control Word made for a table of contents
    header_row: bool  # in a table row marked to repeat as the table's header


@dataclass
class _Walk:
    w: str
    paragraphs: int = 0
    tables: int = 0
    found: list[BodyParagraph] = field(default_factory=list)


def body_paragraphs(body: Element, w: str) -> list[BodyParagraph]:
    """Every paragraph of the body in document order. Text boxes are left aside: their
    paragraphs sit inside runs, which the walk never enters."""
    walk = _Walk(w)
    _blocks(walk, body, None, False, False)
    return walk.found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _blocks(
    walk: _Walk, parent: Element, cell: CellPosition | None, toc: bool, header: bool
) -> None:
    for child in parent:
        name = _local(child.tag) if isinstance(child.tag, str) else ""
        if name == "p":
            walk.found.append(BodyParagraph(walk.paragraphs, child, cell, toc, header))
            walk.paragraphs += 1
        elif name == "tbl":
            _table(walk, child, cell, toc)
        elif name == "sdt":
            _blocks(walk, child, cell, toc or _is_toc_control(child, walk.w), header)
        elif name and name not in _SKIPPED_BLOCKS:
            _blocks(walk, child, cell, toc, header)  # sdtContent, customXml, ins, moveTo


def _table(walk: _Walk, table: Element, cell: CellPosition | None, toc: bool) -> None:
    w = walk.w
    number = walk.tables
    walk.tables += 1
    for row_index, row in enumerate(r for r in table if r.tag == f"{w}tr"):
        trpr = row.find(f"{w}trPr")
        header = trpr is not None and trpr.find(f"{w}tblHeader") is not None
        for column, cell_element in enumerate(c for c in row if c.tag == f"{w}tc"):
            position = cell or CellPosition(number, row_index, column)
            _blocks(walk, cell_element, position, toc, header)


def _is_toc_control(sdt: Element, w: str) -> bool:
    props = sdt.find(f"{w}sdtPr")
    gallery = None if props is None else props.find(f"{w}docPartObj/{w}docPartGallery")
    return gallery is not None and "content" in gallery.get(f"{w}val", "").lower()


@dataclass
class FieldState:
    """Word fields span runs and paragraphs (a table of contents is one field over many
    paragraphs): a stack of open fields, each with its instruction."""

    stack: list[list[str]] = field(default_factory=list)

    def in_toc(self) -> bool:
        return any("".join(f).strip().upper().startswith("TOC") for f in self.stack)


@dataclass
class ReadParagraph:
    runs: list[str] = field(default_factory=list)
    # (bold, underline) set directly on each run; None where the run leaves it to its styles
    formats: list[tuple[bool | None, bool | None]] = field(default_factory=list)
    run_styles: list[str] = field(default_factory=list)
    in_toc: bool = False
    drawings: bool = False


def read_runs(paragraph: Element, w: str, fields: FieldState) -> ReadParagraph:
    """The paragraph's runs (accepted view: insertions kept, deletions dropped), their direct
    bold/underline and character style, and whether a field of contents shows them."""
    read = ReadParagraph()
    for run in paragraph_runs(paragraph, w):
        text: list[str] = []
        for part in run:
            name = _local(part.tag) if isinstance(part.tag, str) else ""
            if name == "t":
                text.append(part.text or "")
            elif name == "tab":
                text.append("\t")
            elif name in ("br", "cr"):
                text.append("\n")
            elif name == "noBreakHyphen":
                text.append("\u2011")
            elif name == "softHyphen":
                text.append("\u00ad")
            elif name == "fldChar":
                _field_char(part.get(f"{w}fldCharType"), fields)
            elif name == "instrText" and fields.stack:
                fields.stack[-1].append(part.text or "")
            elif name in ("drawing", "pict", "object", "AlternateContent"):
                read.drawings = True
        joined = "".join(text)
        if joined and fields.in_toc():
            read.in_toc = True
        rpr = run.find(f"{w}rPr")
        style = None if rpr is None else rpr.find(f"{w}rStyle")
        read.runs.append(joined)
        read.formats.append(_direct_format(rpr, w))
        read.run_styles.append("" if style is None else style.get(f"{w}val", ""))
    return read


def _field_char(kind: str | None, fields: FieldState) -> None:
    if kind == "begin":
        fields.stack.append([])
    elif kind == "end" and fields.stack:
        fields.stack.pop()


def _direct_format(rpr: Element | None, w: str) -> tuple[bool | None, bool | None]:
    return bold(rpr, w), underlined(rpr, w)


def paragraph_runs(parent: Element, w: str) -> Iterator[Element]:
    """The runs Word shows in a paragraph, in order: deletions and properties left out."""
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        name = _local(child.tag)
        if name == "r":
            yield child
        elif name not in _SKIPPED:
            yield from paragraph_runs(child, w)  # ins, moveTo, hyperlink, smartTag, sdt, fldSimple
