"""LibreOffice opens the DOCX as Word would: tracked changes and comments survive conversion.

Each conversion takes about two seconds, so every test converts once and checks several things.
Skipped only where soffice is missing; CI installs LibreOffice, so they run there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from exports.api import prepare_document, write_document
from exports.document import ExportOptions, PolicyDocument
from workshop.diff import ChangeKind, WordOpKind
from workshop.session import Session

Convert = Callable[[Path, str], Path]
REGION = r"<text:changed-region[ >]"
ANNOTATION = r"<office:annotation[ >]"  # not <office:annotation-end>


def tracked_regions(document: PolicyDocument) -> tuple[int, int]:
    """Fewest and most changed regions LibreOffice may show for this document.

    Each word-level change is a region; an added or removed clause is one region whose paragraph
    mark LibreOffice sometimes merges into it and sometimes keeps as a region of its own.
    """
    words = whole = 0
    for section in document.sections:
        for clause in section.clauses:
            if clause.change in (ChangeKind.ADDED, ChangeKind.REMOVED):
                whole += 1
            else:
                words += sum(op.kind is not WordOpKind.EQUAL for op in clause.words)
    return words + whole, words + 2 * whole


def export(session: Session, out: Path, since: str | None = None) -> PolicyDocument:
    document = prepare_document(session, ExportOptions("docx", "fr", since=since))
    write_document(document, "docx", out)
    return document


def count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text))


def test_demo_converts_with_every_change_and_comment(
    demo_session: Session, tmp_path: Path, convert: Convert
) -> None:
    out = tmp_path / "demo.docx"
    document = export(demo_session, out)
    fodt = convert(out, "fodt").read_text(encoding="utf-8")
    fewest, most = tracked_regions(document)
    assert fewest > 50
    assert fewest <= count(REGION, fodt) <= most
    assert count(ANNOTATION, fodt) == len(document.notes()) > 0
    assert document.sections[-1].title in fodt

    pdf = convert(out, "pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and count(rb"/Type\s*/Page\b", pdf) > 8


def test_small_session_changes_and_comments_convert(
    decided: Session, tmp_path: Path, convert: Convert
) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    fodt = convert(out, "fodt").read_text(encoding="utf-8")
    fewest, most = tracked_regions(document)
    assert fewest <= count(REGION, fodt) <= most
    assert count(ANNOTATION, fodt) == 2
    assert "Paul préfère « attendre »" in fodt


def test_clean_copy_converts_without_changes(
    decided: Session, tmp_path: Path, convert: Convert
) -> None:
    out = tmp_path / "clean.docx"
    export(decided, out, since="none")
    fodt = convert(out, "fodt").read_text(encoding="utf-8")
    assert count(REGION, fodt) == 0
    assert count(ANNOTATION, fodt) == 2


def test_hostile_text_converts_literally(
    hostile: Session, tmp_path: Path, convert: Convert
) -> None:
    out = tmp_path / "hostile.docx"
    export(hostile, out)
    fodt = convert(out, "fodt").read_text(encoding="utf-8")
    for literal in (
        "&lt;b&gt;gras&lt;/b&gt; &amp;amp;",
        "{{ x }} %s %(x)s {0}",
        "🎉",
        "l’apostrophe",
    ):
        assert literal in fodt
    assert convert(out, "pdf").read_bytes().startswith(b"%PDF")
