"""The DOCX format's writer: Atelier's layout, or their own document redlined."""

from __future__ import annotations

from pathlib import Path

from exports.document import PolicyDocument
from exports.docx.writer import write_docx
from exports.original.redline import redline


def write_docx_layout(document: PolicyDocument, path: Path | str) -> None:
    if document.layout == "original" and document.original is not None:
        redline(document, document.original).save(str(path))
    else:
        write_docx(document, path)
