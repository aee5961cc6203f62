"""The decision log tells legal what happened to every card: a parked card is there, undecided,
with what was said; a decision without a show of hands says so instead of printing zeros."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from exports.api import prepare_document, write_document
from exports.document import ExportOptions, ParkedEntry
from exports.labels import labels
from exports.wording import votes_text
from workshop.commands import RecordDecision, SaveDecisionDraft
from workshop.model import Decision, DecisionDraft, Votes
from workshop.session import Session

PARKED = "false-rumour"  # parked in the sample workshop, after 9 minutes


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


READ = {"docx": _docx_text, "pdf": _pdf_text}


def test_a_parked_card_is_in_the_document_with_what_was_discussed(demo_session: Session) -> None:
    draft = DecisionDraft(rationale="Wait for the legal opinion", dissent="Ana: act now")
    demo_session.execute(SaveDecisionDraft(PARKED, draft))
    document = prepare_document(demo_session, ExportOptions("docx", "en"))
    title = demo_session.content.deck.card(PARKED).title.get("en")
    minutes = round(demo_session.state.time_used[PARKED] / 60)
    assert document.parked == (
        ParkedEntry(title, minutes, "Wait for the legal opinion", "Ana: act now", Votes()),
    )


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_format_lists_the_parked_card_in_its_decision_log(
    demo_session: Session, tmp_path: Path, fmt: str, lang: str
) -> None:
    demo_session.execute(SaveDecisionDraft(PARKED, DecisionDraft(rationale="Facts first")))
    document = prepare_document(demo_session, ExportOptions(fmt, lang))  # type: ignore[arg-type]
    out = tmp_path / f"policy.{fmt}"
    write_document(document, fmt, out)  # type: ignore[arg-type]
    text = " ".join(READ[fmt](out).split())
    words = labels(lang)  # type: ignore[arg-type]
    title = " ".join(demo_session.content.deck.card(PARKED).title.get(lang).split())
    assert words["parked"] in text
    assert title in text
    assert "Facts first" in text


def test_no_show_of_hands_reads_as_such() -> None:
    assert votes_text(labels("en"), Votes()) == "No vote taken"
    assert votes_text(labels("fr"), Votes()) == "Pas de vote"
    assert votes_text(labels("en"), Votes(3, 0, 0)) == "For 3 · Against 0 · Abstain 0"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_decision_without_votes_prints_no_zeros(
    demo_session: Session, tmp_path: Path, fmt: str
) -> None:
    option = demo_session.content.deck.card("fake-recruiter").options[0].id
    decision = Decision("fake-recruiter", "2026-11-23T16:00:00+01:00", option_id=option)
    demo_session.execute(RecordDecision(decision))
    document = prepare_document(demo_session, ExportOptions(fmt, "en"))  # type: ignore[arg-type]
    out = tmp_path / f"policy.{fmt}"
    write_document(document, fmt, out)  # type: ignore[arg-type]
    text = " ".join(READ[fmt](out).split())
    assert "Against 0 · Abstain 0" not in text
    assert "No vote taken" in text
