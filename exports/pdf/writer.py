"""The PDF for legal review: one `PolicyDocument` laid out with reportlab's platypus.

Imported only when a PDF is written (reportlab costs ~200 ms to import). The caller, exports.api,
owns the temporary file and the atomic rename; this module only renders.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

from exports.document import PolicyDocument
from exports.pdf.appendices import appendices
from exports.pdf.doc import PolicyDocTemplate
from exports.pdf.fonts import register_fonts
from exports.pdf.navigation import Contents
from exports.pdf.story import contents, cover, policy
from exports.pdf.styles import build_styles
from exports.pdf.summary import summary

# Binary streams: ASCII85 only served 7-bit channels, and costs ~10% of the time and the size.
rl_config.useA85 = 0


def write_pdf(document: PolicyDocument, path: Path) -> None:
    """Write `document` to `path` as an A4 PDF with contents, outline and embedded fonts."""
    register_fonts()
    styles = build_styles(c.number for s in document.sections for c in s.clauses)
    toc = Contents(styles.toc)
    # Headings add their contents lines as they are made: in reading order.
    front = summary(document, styles, toc)
    body = policy(document, styles, toc) + appendices(document, styles, toc)
    story = cover(document, styles) + front + contents(document, styles, toc)
    PolicyDocTemplate(str(path), document).write(story + body)
