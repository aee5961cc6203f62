"""`atelier import-review`, `approve` and `new-review`: the report printed in the interface
language, nothing applied without --apply, errors in words and never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.exports.docx.test_legal_review import LEGAL_SCOPE, REPLY, exported, legal_review
from tests.test_cli import _cli
from workshop.session import Session

FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def test_import_review_reports_then_applies(demo_session: Session, tmp_path: Path) -> None:
    reviewed = legal_review(exported(demo_session, tmp_path), tmp_path / "relu.docx")
    path = demo_session.path
    demo_session.close()
    shown = _cli("import-review", str(path), str(reviewed), env=ENGLISH)
    assert shown.returncode == 0, shown.stderr
    assert "Legal's review of v0.1" in shown.stdout and "edited by legal" in shown.stdout
    assert REPLY in shown.stdout
    french = _cli("import-review", str(path), str(reviewed), env=FRENCH)
    assert "Relecture juridique de v0.1" in french.stdout
    assert "réécrite par le juridique" in french.stdout
    session = Session.open(path)
    try:
        assert session.state.legal_reviews == ()  # reported only
    finally:
        session.close()
    applied = _cli("import-review", str(path), str(reviewed), "--apply", env=ENGLISH)
    assert applied.returncode == 0, applied.stderr
    session = Session.open(path)
    try:
        assert session.draft().clause("purpose.scope").text.fr == LEGAL_SCOPE
    finally:
        session.close()


def test_approve_and_new_review(demo_session: Session, tmp_path: Path) -> None:
    exported(demo_session, tmp_path)
    path = demo_session.path
    demo_session.close()
    refused = _cli("new-review", str(path), str(tmp_path / "2027.atelier"), env=FRENCH)
    assert refused.returncode == 2 and "pas encore de version approuvée" in refused.stderr
    assert "Traceback" not in refused.stderr
    approved = _cli("approve", str(path), "v0.1", "--by", "Me Dupont", "--reference", "CA-12")
    assert approved.returncode == 0, approved.stderr
    created = _cli("new-review", str(path), str(tmp_path / "2027.atelier"))
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "2027.atelier").exists()


def test_import_review_of_a_text_file_is_refused(demo_session: Session, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("rien", encoding="utf-8")
    demo_session.close()
    result = _cli("import-review", str(demo_session.path), str(notes), env=ENGLISH)
    assert result.returncode == 2 and "not a Word document" in result.stderr
