"""WordprocessingML built element by element, for speed and for what python-docx has no API for.

python-docx's `add_paragraph(style="Name")` looks the style up by name on every call and grows
superlinear at thousands of clauses; it also cannot write tracked changes or fields. Here styles
are referred to by id, and elements are built with lxml and handed back to be appended in bulk.
Every text goes through `clean`, so what the user typed comes out literally and never breaks XML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from exports.docx.make_template import TEXT_WIDTH

# XML 1.0 forbids these code points outright; they can still come from pasted text.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"(\t|\n)")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Align = Literal["left", "center", "right"]
Cell = str | Sequence[BaseOxmlElement]  # plain text, or ready-made paragraphs


def clean(text: str) -> str:
    """The text as typed, minus what XML cannot carry; line ends become one newline."""
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


_W = {"w": nsmap["w"]}
_name = cache(qn)  # "w:p" → "{namespace}p", asked for hundreds of thousands of times


def element(tag: str, **attrs: str) -> BaseOxmlElement:
    """A new `w:` element of python-docx's class for it; `attrs` are w: attributes."""
    return oxml_parser.makeelement(
        _name(tag), {_name(f"w:{k}"): v for k, v in attrs.items()}, nsmap=_W
    )


def sub(parent: etree._Element, tag: str, **attrs: str) -> BaseOxmlElement:
    return etree.SubElement(parent, _name(tag), {_name(f"w:{k}"): v for k, v in attrs.items()})


def run(
    text: str = "",
    style: str | None = None,
    *,
    deleted: bool = False,
    flags: Sequence[str] = (),
    lang: str | None = None,
) -> BaseOxmlElement:
    """A run of literal text: tabs and newlines become `w:tab` and `w:br`, as Word types them.

    `flags` are empty run properties in schema order, e.g. ("w:b",) or ("w:i",); `lang` tags
    text in another language than the document's, so spelling is checked in its own.
    """
    r = element("w:r")
    if style or flags or lang:
        rpr = sub(r, "w:rPr")
        if style:
            sub(rpr, "w:rStyle", val=style)
        for flag in flags:
            sub(rpr, flag)
        if lang:
            sub(rpr, "w:lang", val=lang)
    tag = "w:delText" if deleted else "w:t"
    for piece in _BREAKS.split(clean(text)):
        if piece == "\t":
            sub(r, "w:tab")
        elif piece == "\n":
            sub(r, "w:br")
        elif piece:
            t = sub(r, tag)
            t.set(_XML_SPACE, "preserve")
            t.text = piece
    return r


def paragraph(
    style: str | None,
    children: Iterable[etree._Element] = (),
    *,
    page_break_before: bool = False,
    align: Align = "left",
    mark: etree._Element | None = None,
) -> BaseOxmlElement:
    """A `w:p`; `mark` is a tracked change on the paragraph mark itself (`w:pPr/w:rPr/w:ins`)."""
    p = element("w:p")
    ppr = sub(p, "w:pPr")
    if style:
        sub(ppr, "w:pStyle", val=style)
    if page_break_before:
        sub(ppr, "w:pageBreakBefore")
    if align != "left":
        sub(ppr, "w:jc", val=align)
    if mark is not None:
        sub(ppr, "w:rPr").append(mark)
    if not len(ppr):
        p.remove(ppr)
    p.extend(children)
    return p


def text_paragraph(style: str | None, text: str, **options) -> BaseOxmlElement:
    return paragraph(style, [run(text)], **options)


def field(
    instruction: str, result: Sequence[etree._Element], *, dirty: bool = False
) -> list[BaseOxmlElement]:
    """A complex field (PAGE, NUMPAGES, PAGEREF): Word computes it, `result` shows until then.

    A `dirty` field is one Word must recompute on opening.
    """
    return [*field_start(instruction, dirty=dirty), *result, field_end()]


def field_start(instruction: str, *, dirty: bool = False) -> list[BaseOxmlElement]:
    """A field's begin, code and separator: a field whose result spans paragraphs (a TOC)
    starts in the first and ends (`field_end`) in the last."""
    instr = element("w:r")
    code = sub(instr, "w:instrText")
    code.set(_XML_SPACE, "preserve")
    code.text = f" {instruction} "
    begin = _field_char("begin", dirty="true") if dirty else _field_char("begin")
    return [begin, instr, _field_char("separate")]


def field_end() -> BaseOxmlElement:
    return _field_char("end")


def _field_char(kind: str, **attrs: str) -> BaseOxmlElement:
    r = element("w:r")
    sub(r, "w:fldChar", fldCharType=kind, **attrs)
    return r


def bookmarked(p: etree._Element, name: str, bookmark_id: int) -> etree._Element:
    """`p` with its content inside a bookmark `name`: what a TOC line's link and PAGEREF use."""
    start = element("w:bookmarkStart", id=str(bookmark_id), name=name)
    ppr = p.find(_name("w:pPr"))
    if ppr is None:
        p.insert(0, start)
    else:
        ppr.addnext(start)
    p.append(element("w:bookmarkEnd", id=str(bookmark_id)))
    return p


def hyperlink(anchor: str, children: Iterable[etree._Element]) -> BaseOxmlElement:
    """An internal link to bookmark `anchor`, as Word writes a TOC line."""
    link = element("w:hyperlink", anchor=anchor, history="1")
    link.extend(children)
    return link


@dataclass
class Revisions:
    """Tracked changes: each `w:ins`/`w:del` gets an id no other annotation has, and an author
    (the decision behind it, shown by Word's and LibreOffice's review panes)."""

    author: str  # when a change names no author of its own
    next_id: int

    def change(
        self,
        kind: Literal["ins", "del"],
        date: str | None,
        children: Iterable[etree._Element] = (),
        *,
        author: str = "",
    ) -> BaseOxmlElement:
        attrs = {"id": str(self.next_id), "author": clean(author) or self.author}
        if date:
            attrs["date"] = date
        self.next_id += 1
        wrapper = element(f"w:{kind}", **attrs)
        wrapper.extend(children)
        return wrapper


def table(
    widths: Sequence[int],
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    align: Sequence[Align] = (),
    rules_only: bool = False,
    shaded: Iterable[int] = (),
    min_height: int = 0,
) -> BaseOxmlElement:
    """A fixed-layout table of the template's table style, header row repeated on each page.

    `align` sets each column's alignment for text cells and headings; `rules_only` keeps
    horizontal rules only (the cover); rows whose index is in `shaded` get a grey background;
    `min_height` (twips) leaves room to write in a row by hand.
    """
    assert sum(widths) == TEXT_WIDTH, "a table spans the text width exactly"
    tbl = element("w:tbl")
    tpr = sub(tbl, "w:tblPr")
    sub(tpr, "w:tblStyle", val="AtelierTable")
    sub(tpr, "w:tblW", w=str(TEXT_WIDTH), type="dxa")
    if rules_only:
        borders = sub(tpr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            visible = side in ("top", "bottom", "insideH")
            attrs = {"sz": "4", "space": "0", "color": "A6B1BF"} if visible else {}
            sub(borders, f"w:{side}", val="single" if visible else "nil", **attrs)
    sub(tpr, "w:tblLayout", type="fixed")
    sub(tpr, "w:tblLook", val="0420", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0")
    grid = sub(tbl, "w:tblGrid")
    for width in widths:
        sub(grid, "w:gridCol", w=str(width))
    aligns = list(align) or ["left"] * len(widths)

    def texts(style: str, cells: Sequence[Cell]) -> list[Sequence[BaseOxmlElement]]:
        return [
            [text_paragraph(style, cell, align=side)] if isinstance(cell, str) else cell
            for cell, side in zip(cells, aligns, strict=True)
        ]

    if header:
        _row(tbl, widths, texts("TableHeading", header), "E8EDF3", True)
    shaded_rows = set(shaded)
    for index, cells in enumerate(rows):
        fill = "F2F2F2" if index in shaded_rows else None
        _row(tbl, widths, texts("TableText", cells), fill, min_height=min_height)
    return tbl


def _row(
    tbl: etree._Element,
    widths: Sequence[int],
    cells: Sequence[Sequence[etree._Element]],
    fill: str | None,
    is_header: bool = False,
    *,
    min_height: int = 0,
) -> None:
    tr = sub(tbl, "w:tr")
    trpr = sub(tr, "w:trPr")
    sub(trpr, "w:cantSplit")
    if min_height:
        sub(trpr, "w:trHeight", val=str(min_height), hRule="atLeast")
    if is_header:
        sub(trpr, "w:tblHeader")
    for width, content in zip(widths, cells, strict=True):
        tc = sub(tr, "w:tc")
        tcpr = sub(tc, "w:tcPr")
        sub(tcpr, "w:tcW", w=str(width), type="dxa")
        if fill:
            sub(tcpr, "w:shd", val="clear", color="auto", fill=fill)
        tc.extend(content)
