"""`atelier demo OUT --policy FILE`: the demo workshop played on their policy, then their own
document redlined by it."""

from __future__ import annotations

from pathlib import Path

import docx

from exports.api import ExportOptions, export_session
from main import main
from tests.exports.original.test_redline import accepted_text, rejected_texts
from workshop.content import builtin_content
from workshop.policy_import.baseline import policy_content
from workshop.session import Session


def _charter(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Charte d’utilisation des réseaux sociaux", style="Title")
    document.add_paragraph("Relations avec la presse", style="Heading 1")
    document.add_paragraph(
        "Toute sollicitation d’un journaliste, d’un blogueur ou d’un influenceur est transmise "
        "sans délai au service communication, seul habilité à répondre au nom de l’organisation."
    )
    document.add_paragraph("Sécurité des comptes", style="Heading 1")
    document.add_paragraph("Les mots de passe des comptes officiels ne sont jamais partagés.")
    document.save(str(path))
    return path


def test_the_demo_plays_on_their_policy_and_redlines_it(tmp_path: Path) -> None:
    charter = _charter(tmp_path / "charte.docx")
    out = tmp_path / "demo.atelier"
    assert main(["demo", str(out), "--policy", str(charter), "--lang", "fr"]) == 0
    content = policy_content(charter, builtin_content())
    session = Session.open(out, content)
    try:
        draft = session.draft()
        assert session.revision_count() > 0
        assert draft.sections[0].id == "s1"  # their sections first, under their titles
        assert draft.sections[0].title.fr == "Relations avec la presse"
        # The journalist card's new clause lands at the end of their press section.
        assert "s1.media.press_duty" in [c.id for c in draft.sections[0].clauses]
        options = ExportOptions("docx", "fr", layout="original")
        redlined = export_session(session, options, tmp_path / "charte-revue.docx").path
    finally:
        session.close()
    assert rejected_texts(redlined) == rejected_texts(charter)
    accepted = accepted_text(redlined).replace("\n", "")
    assert all(c.text.fr.replace("\n", "") in accepted for c in draft.clauses())


def test_a_refused_policy_writes_no_demo(tmp_path: Path) -> None:
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    out = tmp_path / "demo.atelier"
    assert main(["demo", str(out), "--policy", str(legacy)]) != 0
    assert not out.exists()
