"""A .docx body into content lines: each paragraph's text and clues, table rows as one line,
contents entries dropped. Headers and footers live in parts of their own and are never read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from workshop.policy_import import errors
from workshop.policy_import.docx_body import (
    BodyParagraph,
    FieldState,
    ReadParagraph,
    body_paragraphs,
    namespace,
    read_runs,
)
from workshop.policy_import.docx_styles import Numbering, Styles, numbering_of, outline_of
from workshop.policy_import.lines import Line, is_table_of_contents, whole
from workshop.policy_import.ooxml import Package


@dataclass(frozen=True, slots=True)
class _Piece:
    line: Line
    paragraph: BodyParagraph


def read_docx(name: str, data: bytes) -> list[Line]:
    package = Package(name, data)
    document = package.xml(package.main)
    if document is None:
        raise errors.not_word(name)
    w = namespace(document)
    body = document.find(f"{w}body")
    if body is None:
        raise errors.not_word(name)
    styles = Styles(package.related("styles", "word/styles.xml"), w)
    numbering = Numbering(package.related("numbering", "word/numbering.xml"), w)
    fields = FieldState()
    pieces: list[_Piece] = []
    drawings = False
    for paragraph in body_paragraphs(body, w):
        read = read_runs(paragraph.element, w, fields)
        drawings = drawings or read.drawings
        line = _line(paragraph, read, styles, numbering, w)
        if line is not None:
            pieces.append(_Piece(line, paragraph))
    if not pieces:
        raise errors.images_only(name) if drawings else errors.empty(name)
    return _rows_together(pieces)


def _line(
    paragraph: BodyParagraph, read: ReadParagraph, styles: Styles, numbering: Numbering, w: str
) -> Line | None:
    origin = whole(paragraph.index, tuple(read.runs), paragraph.cell)
    if origin is None or read.in_toc or paragraph.in_toc_block:
        return None
    ppr = paragraph.element.find(f"{w}pPr")
    style_ref = None if ppr is None else ppr.find(f"{w}pStyle")
    style = styles.paragraph(None if style_ref is None else style_ref.get(f"{w}val"))
    if style.toc or is_table_of_contents(origin.text):
        return None
    outline = outline_of(ppr, w)
    outline = style.outline if outline is None else (None if outline >= 9 else outline)
    fmt = numbering.format(numbering_of(ppr, w) or style.numbering)
    level = (numbering_of(ppr, w) or style.numbering or ("", 0))[1]
    justify = None if ppr is None else ppr.find(f"{w}jc")
    return Line(
        origins=(origin,),
        outline=outline,
        title=style.title,
        emphasis=_emphasised(read, style.bold, style.underline, styles),
        centered=justify is not None and justify.get(f"{w}val") == "center",
        list_item=fmt is not None,
        auto_level=level if fmt not in (None, "bullet") else None,
    )


def _emphasised(
    read: ReadParagraph, style_bold: bool, style_underline: bool, styles: Styles
) -> bool:
    """Every visible character is bold, or every one is underlined: a heading typed as body
    text with the B or U button."""
    visible = [i for i, text in enumerate(read.runs) if text.strip()]
    if not visible:
        return False
    looks = []
    for i in visible:
        char_bold, char_underline = styles.character(read.run_styles[i])
        direct_bold, direct_underline = read.formats[i]
        is_bold = direct_bold if direct_bold is not None else (char_bold or style_bold)
        is_under = (
            direct_underline
            if direct_underline is not None
            else (char_underline or style_underline)
        )
        looks.append((is_bold, is_under))
    return all(b for b, _ in looks) or all(u for _, u in looks)


def _rows_together(pieces: list[_Piece]) -> list[Line]:
    """A table of two columns or more is read row by row, each row one clause; its header row
    (marked to repeat, or all emphasised above other rows) is not a clause. A one-column table is
    a box around ordinary paragraphs, read as such."""
    columns: dict[int, int] = {}
    for piece in pieces:
        cell = piece.paragraph.cell
        if cell is not None:
            columns[cell.table] = max(columns.get(cell.table, 0), cell.column + 1)
    lines: list[Line] = []
    row_key: tuple[int, int] | None = None
    for piece in pieces:
        cell = piece.paragraph.cell
        if cell is None or columns[cell.table] < 2:
            lines.append(piece.line)
            row_key = None
            continue
        if piece.paragraph.header_row:
            continue
        if (cell.table, cell.row) == row_key:
            last = lines[-1]
            lines[-1] = replace(
                last,
                origins=last.origins + piece.line.origins,
                emphasis=last.emphasis and piece.line.emphasis,
            )
        else:
            lines.append(replace(piece.line, table_row=True, list_item=False, outline=None))
            row_key = (cell.table, cell.row)
    return _without_emphasised_first_rows(lines)


def _without_emphasised_first_rows(lines: list[Line]) -> list[Line]:
    """Drop a table's first row when it is all bold and other rows follow: column titles."""
    kept: list[Line] = []
    for index, line in enumerate(lines):
        cell = line.origins[0].cell
        starts_table = line.table_row and (index == 0 or not lines[index - 1].table_row)
        next_row = index + 1 < len(lines) and lines[index + 1].table_row
        if starts_table and line.emphasis and next_row and cell is not None:
            continue
        kept.append(line)
    return kept
