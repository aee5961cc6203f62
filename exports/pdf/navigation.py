"""Headings, the table of contents, and page numbers that are only known once the last page is.

Both the page total in the footer and each contents line's page number are form XObjects,
drawn where they belong during layout and filled in when the canvas is saved. So one layout
pass is enough: the headings seed the contents' lines as they are made, and multiBuild finds
them unchanged after the first pass and stops. (The "NumberedCanvas" recipe, which replays
pages at the end, sent every bookmark to page 1.)
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.tableofcontents import TableOfContents

from exports.pdf.fonts import SANS
from exports.pdf.markup import Para, literal
from exports.pdf.styles import bare_table_style

PAGE_TOTAL_FORM = "pageTotal"
_FORM_SIZE = 10  # numbers are drawn at this size in their forms, scaled where they are placed
_DOT = " . "


def page_form(key: str) -> str:
    """The form that will show the page a heading landed on."""
    return f"page-{key}"


def place_number(canvas: Canvas, form: str, x: float, y: float, size: float) -> None:
    """Show a number form at (x, y), `size` points high, in the current fill colour."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / _FORM_SIZE, size / _FORM_SIZE)
    canvas.doForm(form)
    canvas.restoreState()


class Contents(TableOfContents):
    """Contents lines with dot leaders, linked to their headings, numbered from forms.

    Each Heading adds its line as it is made, so the first pass already draws every line
    (beforeBuild moves them to the lines drawn).
    """

    def __init__(self, level_styles: Iterable[ParagraphStyle]) -> None:
        super().__init__(
            levelStyles=list(level_styles),
            tableStyle=bare_table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ),
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        # Replaces the callback the base class just registered, which prints a number.
        self.canv.setNamedCB("drawTOCEntryEnd", self._line_end)
        return size

    def _line_end(self, canvas: Canvas, _kind: str, label: str) -> None:
        """Dot leader, then the page-number form right-aligned in a three-digit slot."""
        _page, level, key = label.split(",")
        name = literal_eval(key)
        style = self.getLevelStyle(int(level))
        font, size = style.fontName, style.fontSize
        here = canvas._curr_tx_info  # where the line's text ended, set by Paragraph for onDraw
        x, y = here["cur_x"], here["cur_y"]
        right = self.width
        slot = stringWidth("999", font, size)
        dots = int((right - slot - x) / stringWidth(_DOT, font, size))
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(style.textColor)
        canvas.drawRightString(right - slot, y, _DOT * max(dots, 0))
        place_number(canvas, page_form(name), right, y, size)
        canvas.restoreState()
        canvas.linkRect("", name, (right - slot, y, right, y + style.leading), relative=1)


class Heading(Para):
    """A heading that gets a bookmark, an outline entry and, given `contents`, a contents line."""

    def __init__(
        self,
        title: str,
        style: ParagraphStyle,
        *,
        key: str,
        level: int = 0,
        number: str = "",
        contents: Contents | None = None,
    ) -> None:
        super().__init__(literal(title), style, bulletText=number or None)
        self.key = key  # bookmark and form name: derived from the document, so stable
        self.level = level
        self.title = title
        self.number = number
        self.in_toc = contents is not None
        if contents is not None:
            contents.addEntry(*self.toc_entry())

    @property
    def outline_title(self) -> str:
        return f"{self.number} {self.title}".strip()

    def toc_entry(self) -> tuple[int, str, int, str]:
        """The contents line; its page number is the form, so the entry itself carries 0."""
        bullet = f"<bullet>{literal(self.number)}</bullet>" if self.number else ""
        return (self.level, bullet + literal(self.title), 0, self.key)


class NumberingCanvas(Canvas):
    """A canvas that writes the page total and the headings' pages into their forms at save."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.heading_pages: dict[str, int] = {}

    def save(self) -> None:
        self._number_form(PAGE_TOTAL_FORM, self.getPageNumber() - 1, right=False)
        for key, page in self.heading_pages.items():
            self._number_form(page_form(key), page, right=True)
        super().save()

    def _number_form(self, name: str, number: int, *, right: bool) -> None:
        self.beginForm(name, lowerx=-5 * _FORM_SIZE, lowery=-_FORM_SIZE)
        self.setFont(SANS, _FORM_SIZE)
        (self.drawRightString if right else self.drawString)(0, 0, str(number))
        self.endForm()
