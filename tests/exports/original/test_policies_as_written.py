"""Redlining policies written as people write them — bold lines for headings, numbered
paragraphs, bullet lists, a table, English and French — with every kind of change on them:
rejecting everything gives their text back, accepting everything gives the draft, and
LibreOffice opens each one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from exports.api import ExportOptions, export_session
from tests.exports.original.test_redline import accepted_text, rejected_texts
from tests.workshop.policy_import.policies import bold_line
from workshop.commands import RecordDecision
from workshop.content import builtin_content
from workshop.model import Decision, SessionInfo
from workshop.policy_import.baseline import policy_content
from workshop.session import Session
from workshop.text import Bilingual


def bold_headings_in_english(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph("Social Media Policy", style="Title")
    bold_line(document, "Media enquiries")
    document.add_paragraph(
        "Any journalist, blogger or influencer asking for the company's position is referred to "
        "the communications team, which alone answers on the company's behalf."
    )
    document.add_paragraph("Never comment off the record.", style="List Bullet")
    document.add_paragraph("Take the caller's details.", style="List Bullet")
    bold_line(document, "Security")
    paragraph = document.add_paragraph("Passwords of official accounts are ")
    paragraph.add_run("never").bold = True
    paragraph.add_run(" shared, not even with a manager.\tSee the IT charter.")


def numbered_in_french(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph("Charte réseaux sociaux", style="Title")
    document.add_paragraph("1. Relations avec la presse")
    document.add_paragraph(
        "1.1 Toute sollicitation d’un journaliste est transmise au service communication, seul "
        "habilité à répondre au nom de l’entreprise."
    )
    document.add_paragraph("1.2 Aucun commentaire « officieux ».")
    document.add_paragraph("2. Comptes personnels")
    document.add_paragraph("2.1 Chacun peut mentionner son employeur.")
    table = document.add_table(rows=2, cols=2)
    for r, (left, right) in enumerate([("Profil", "Autorisé"), ("Avis sur un client", "Interdit")]):
        table.cell(r, 0).text, table.cell(r, 1).text = left, right


@pytest.mark.parametrize("build", [bold_headings_in_english, numbered_in_french])
def test_every_change_on_their_clauses_reads_back_both_ways(
    build: Callable, tmp_path: Path, convert
) -> None:
    path = tmp_path / "policy.docx"
    document = docx.Document()
    build(document)
    document.save(str(path))
    content = policy_content(path, builtin_content())
    info = SessionInfo(organisation="Acme", facilitator="Ana", date="2026-11-30", language="en")
    session = Session.create(tmp_path / "s.atelier", info, content)
    clauses = [c.id for s in content.template.sections for c in s.clauses]
    for minute, clause_id in enumerate(clauses):
        old = content.template.section(clause_id.split(".")[0]).clauses
        text = next(c.text.en for c in old if c.id == clause_id)
        words = text.replace("the", "our").replace("la", "notre") if minute % 2 else "New words."
        session.execute(
            RecordDecision(
                Decision(
                    "journalist-call",
                    f"2026-11-30T10:{minute:02d}:00+00:00",
                    custom_text=Bilingual(words, words),
                    custom_clause_id=clause_id,
                )
            )
        )
    session.execute(
        RecordDecision(Decision("journalist-call", "2026-11-30T11:00:00+00:00", option_id="c"))
    )
    options = ExportOptions("docx", "en", layout="original")
    out = export_session(session, options, tmp_path / "redlined.docx").path
    draft = session.draft()
    session.close()
    assert rejected_texts(out) == rejected_texts(path)
    accepted = accepted_text(out).replace("\n", "")
    for clause in draft.clauses():
        assert clause.text.en.replace("\n", "") in accepted
    assert convert(out, "pdf").stat().st_size > 1000
