"""The writers lean on a few private internals of reportlab and python-docx, for speed or for what
their public API lacks. Each is named here, so an upgrade that moves one fails this test with
its name instead of an export failing in front of a facilitator; pyproject.toml bounds both
libraries' versions to the ones checked."""

from __future__ import annotations

import io

import docx
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from workshop.local.paths import RESOURCES

FONT = RESOURCES / "fonts" / "DejaVuSans.ttf"


def test_reportlab_truetype_internals_the_font_cache_restores() -> None:
    """exports.pdf.font_cache rebuilds faces from their instance dicts and sets `_pdfScale`;
    exports.pdf.fonts reads a subset state's `assignments`."""
    font = TTFont("InternalsProbe", str(FONT))
    assert isinstance(font.face, TTFontFace)
    assert {"_ttf_data", "_pdfScale", "unitsPerEm"} <= set(vars(font.face))
    assert callable(font.face._pdfScale)
    canvas = Canvas(io.BytesIO())
    font.splitString("é", canvas)
    assert ord("é") in font.state[canvas].assignments


def test_reportlab_layout_internals_the_navigation_reads() -> None:
    """The contents' dot leaders read where a line's text ended (`_curr_tx_info`) and headings
    read the frame's current height (`_y`)."""
    canvas = Canvas(io.BytesIO())
    seen: list[dict] = []
    canvas.setNamedCB("probe", lambda c, _kind, _label: seen.append(dict(c._curr_tx_info)))
    frame = Frame(0, 0, 400, 400)
    assert isinstance(frame._y, float | int)
    line = Paragraph('Contents line<onDraw name="probe" label="x"/>', ParagraphStyle("probe"))
    frame.add(line, canvas)
    assert seen and {"cur_x", "cur_y"} <= set(seen[0])


def test_python_docx_internals_the_writer_uses() -> None:
    """Paragraphs are placed through their `_p` element; a comment's date is set on
    `_comment_elm` (python-docx has no setter for it)."""
    document = docx.Document()
    paragraph = document.add_paragraph("Clause")
    assert paragraph._p.tag.endswith("}p")
    comment = document.add_comment(paragraph.runs, text="Question", author="Atelier")
    assert comment._comment_elm.tag.endswith("}comment")
