"""The document template: A4 page furniture (header, "Page X of Y" footer), metadata, and the
bookmark, outline entry and contents line of every heading as it is laid out."""

from __future__ import annotations

from typing import IO

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exports.document import PolicyDocument
from exports.pdf.fonts import SANS
from exports.pdf.navigation import PAGE_TOTAL_FORM, Heading, NumberingCanvas, place_number
from exports.pdf.styles import (
    FURNITURE_SIZE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)

_LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
_TOTAL_SLOT = "99"  # the footer's page total is drawn in a two-digit slot


class PolicyDocTemplate(BaseDocTemplate):
    """A4 pages: a cover with footer only, then pages with header and footer."""

    def __init__(self, target: str | IO[bytes], document: PolicyDocument) -> None:
        words = document.labels
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=document.title,
            author=document.author,
            subject=f"{words['status']} — {document.organisation} — {document.version}",
            keywords=words["keywords"],
            creator="Atelier",
            lang=_LANGUAGE_TAGS[document.language],
            initialFontName=SANS,
            initialFontSize=FURNITURE_SIZE,
        )
        self.document = document
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    def write(self, story: list[Flowable]) -> None:
        self.multiBuild(story, canvasmaker=NumberingCanvas)

    def beforeDocument(self) -> None:
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        canvas = self.canv
        assert isinstance(canvas, NumberingCanvas)
        top = self.frame._y + flowable.height + flowable.style.spaceBefore
        canvas.bookmarkHorizontalAbsolute(flowable.key, top)
        canvas.addOutlineEntry(flowable.outline_title, flowable.key, flowable.level)
        canvas.heading_pages[flowable.key] = self.page
        if flowable.in_toc:
            self.notify("TOCEntry", flowable.toc_entry())

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._furniture(canvas, header=False)

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._furniture(canvas, header=True)

    def _furniture(self, canvas: Canvas, *, header: bool) -> None:
        words = self.document.labels
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        canvas.saveState()
        canvas.setFont(SANS, FURNITURE_SIZE)
        canvas.setFillColor(HexColor(MUTED))
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.4)
        if header:
            y = PAGE_HEIGHT - MARGIN_TOP + 14
            version = f"{words['version']} {self.document.version}"
            canvas.drawRightString(right, y, version)
            room = right - left - stringWidth(version, SANS, FURNITURE_SIZE) - 24
            canvas.drawString(left, y, _fit(self.document.title, room))
            canvas.line(left, y - 4, right, y - 4)
        y = MARGIN_BOTTOM - 22
        canvas.line(left, y + 10, right, y + 10)
        canvas.drawString(left, y, words["status"])
        self._page_of(canvas, right, y)
        canvas.restoreState()

    def _page_of(self, canvas: Canvas, right: float, y: float) -> None:
        """ "Page N of " drawn now, then the total's form, ending near `right`."""
        head, _, tail = self.document.labels["page_of"].partition("{pages}")
        slot = stringWidth(_TOTAL_SLOT, SANS, FURNITURE_SIZE)
        x = right - stringWidth(tail, SANS, FURNITURE_SIZE) - slot
        canvas.drawRightString(x, y, head.format(page=canvas.getPageNumber()))
        place_number(canvas, PAGE_TOTAL_FORM, x, y, FURNITURE_SIZE)
        canvas.drawString(x + slot, y, tail)


def _fit(text: str, width: float) -> str:
    """`text` on one line, shortened with an ellipsis to fit `width` in the header's font."""
    text = " ".join(text.split())
    if stringWidth(text, SANS, FURNITURE_SIZE) <= width:
        return text
    text = text[: int(width / (0.25 * FURNITURE_SIZE))]  # no glyph is narrower than 0.25 em
    while text and stringWidth(text + "…", SANS, FURNITURE_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"
