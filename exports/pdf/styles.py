"""Typography of the legal-review PDF: sober A4, serif text, sans apparatus, two change colours.

Every style names its font explicitly: reportlab falls back to Helvetica, which is not embedded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import TableStyle

from exports.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = "#1a1a1a"
MUTED = "#5f6368"
RULE = "#a0a0a0"
INSERTED = "#0b5394"  # underlined: reads as an insertion in black and white too
DELETED = "#b3261e"  # struck through
CHANGE_BAR = "#5f6368"  # the margin bar beside a changed clause, as printed redlines have
STATUS = "#7a1f1f"  # the cover's "draft for legal review" stamp; apart from the change colours
NOTE_MARK = "#8a5300"
NOTE_BACK = "#f4f0e6"
HEAD_BACK = "#e8e8e8"
SUPERSEDED_BACK = "#f3f3f3"

BODY_SIZE = 10
SMALL_SIZE = 8
FURNITURE_SIZE = 7.5  # header and footer


@dataclass(frozen=True, slots=True)
class Styles:
    clause: ParagraphStyle
    provenance: ParagraphStyle
    note: ParagraphStyle
    legend: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    text: ParagraphStyle
    field: ParagraphStyle
    empty: ParagraphStyle
    cover_org: ParagraphStyle
    cover_title: ParagraphStyle
    cover_status: ParagraphStyle
    cover_version: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_number: ParagraphStyle
    cell_head_number: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    attributes: dict[str, object] = {
        "fontName": font,
        "fontSize": size,
        "leading": leading,
        "textColor": HexColor(INK),
        "bulletFontName": font,
        "bulletFontSize": size,
        "allowWidows": 0,
    }
    return ParagraphStyle(name, **(attributes | kw))


def build_styles(numbers: Iterable[str]) -> Styles:
    """Styles for one document; the number column is as wide as its widest clause number."""
    widest = max((stringWidth(n, SERIF_BOLD, BODY_SIZE) for n in numbers), default=0)
    indent = max(28.0, widest + 10)
    hang = {"leftIndent": indent, "bulletIndent": 0}
    padding = 5
    return Styles(
        clause=_style(
            "clause", SERIF, BODY_SIZE, 14, spaceBefore=5, bulletFontName=SERIF_BOLD, **hang
        ),
        provenance=_style(
            "provenance", SERIF_ITALIC, 7.5, 10, textColor=HexColor(MUTED), spaceBefore=1.5, **hang
        ),
        note=_style(
            "note",
            SANS,
            SMALL_SIZE,
            11,
            leftIndent=indent + padding,
            rightIndent=padding,
            backColor=HexColor(NOTE_BACK),
            borderPadding=padding,
            spaceBefore=4 + padding,
            spaceAfter=padding,
        ),
        legend=_style("legend", SANS, SMALL_SIZE + 0.5, 13),
        section=_style("section", SANS_BOLD, 12, 15, spaceBefore=16, spaceAfter=2, **hang),
        heading=_style("heading", SANS_BOLD, 15, 19, spaceAfter=12),
        subheading=_style("subheading", SANS_BOLD, 12, 15, spaceBefore=18, spaceAfter=4),
        text=_style("text", SERIF, BODY_SIZE + 0.5, 15.5, spaceBefore=6, spaceAfter=8),
        field=_style("field", SANS, BODY_SIZE - 1, 12),
        empty=_style("empty", SERIF_ITALIC, BODY_SIZE, 14, textColor=HexColor(MUTED)),
        cover_org=_style("cover_org", SANS_BOLD, 12, 15, textColor=HexColor(MUTED)),
        cover_title=_style("cover_title", SERIF_BOLD, 26, 32, spaceBefore=110, spaceAfter=18),
        cover_status=_style("cover_status", SANS_BOLD, 11, 14, textColor=HexColor(STATUS)),
        cover_version=_style("cover_version", SANS, 11, 15, spaceBefore=10, spaceAfter=40),
        cell=_style("cell", SANS, SMALL_SIZE, 10.5),
        cell_head=_style("cell_head", SANS_BOLD, SMALL_SIZE, 10.5),
        cell_number=_style("cell_number", SANS, SMALL_SIZE, 10.5, alignment=TA_RIGHT),
        cell_head_number=_style(
            "cell_head_number", SANS_BOLD, SMALL_SIZE, 10.5, alignment=TA_RIGHT
        ),
        toc=(
            _style("toc0", SANS, 10, 13, leftIndent=24, bulletIndent=0, rightIndent=36),
            _style("toc1", SANS, 9, 12, leftIndent=48, bulletIndent=24, rightIndent=36),
        ),
    )


def bare_table_style(*commands: tuple) -> TableStyle:
    """A table style naming the embedded font: each cell otherwise selects Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, SMALL_SIZE), *commands])


def table_style(*extra: tuple) -> TableStyle:
    """Ruled tables with a shaded header row that repeats on every page."""
    return bare_table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BACK)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, HexColor(INK)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, HexColor(INK)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra,
    )
