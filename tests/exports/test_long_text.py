"""Every text field of any length exports, in both formats, and nothing typed is lost.

A 10,000-character organisation once stopped the PDF with reportlab's LayoutError: a table row
cannot split across pages, and the cover set every detail in one.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from exports.api import ExportOptions, export_session
from workshop.commands import RecordDecision, SetParticipants
from workshop.content import Content
from workshop.model import Decision, OpenQuestion, Participant, SessionInfo
from workshop.session import Session
from workshop.text import Bilingual


def numbered(word: str, count: int) -> str:
    """`count` distinct words: a text whose every part can be found again, in order."""
    return " ".join(f"{word}{n:04d}" for n in range(count))


ORGANISATION = numbered("org", 1250)  # 9,999 characters
FACILITATOR = numbered("anim", 1100)
LONG = numbered("long", 1100)


@pytest.fixture
def long_session(tmp_path: Path, small_content: Content, info: SessionInfo) -> Session:
    details = dataclasses.replace(info, organisation=ORGANISATION, facilitator=FACILITATOR)
    session = Session.create(tmp_path / "long.atelier", details, small_content)
    session.execute(SetParticipants((Participant(LONG, LONG), Participant("Léa", "Juriste"))))
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T10:00:00",
                custom_text=Bilingual.single("fr", LONG),
                custom_clause_id="media.requests",
                rationale=LONG,
                dissent=LONG,
                questions=(OpenQuestion(LONG, "media.requests"),),
            )
        )
    )
    yield session
    session.close()


def words_in(text: str, word: str) -> list[str]:
    return re.findall(rf"{word}\d{{4}}", text)


def test_long_names_and_texts_export_as_pdf_in_full(long_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    assert len(ORGANISATION) >= 9_999
    export_session(long_session, ExportOptions("pdf", "fr"), out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    # The cover cuts them; the full names follow it, in order, whatever the page furniture.
    for full, word in ((ORGANISATION, "org"), (FACILITATOR, "anim")):
        found = words_in(text, word)
        assert found[-len(full.split()) :] == full.split()
    assert words_in(reader.pages[0].extract_text(), "org")[:3] == ["org0000", "org0001", "org0002"]
    assert words_in(text, "long").count("long1099") >= 4  # clause, participant, log, question


def test_long_names_and_texts_export_as_docx_in_full(long_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "long.docx"
    export_session(long_session, ExportOptions("docx", "fr"), out)
    read = docx.Document(str(out))
    cells = [cell.text for table in read.tables for row in table.rows for cell in row.cells]
    texts = [p.text for p in read.paragraphs] + cells
    assert any(ORGANISATION in t for t in texts) and any(FACILITATOR in t for t in texts)
    assert sum(LONG in t for t in texts) >= 3
