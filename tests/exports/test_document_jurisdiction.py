"""The document says whose law the policy follows, and shows open questions' answers in words."""

from pathlib import Path

from exports.document import ExportOptions, build_document
from workshop.demo import write_demo
from workshop.session import Session


def _document(path: Path, lang: str, jurisdiction: str):
    session = Session.open(write_demo(path, lang, jurisdiction=jurisdiction))
    try:
        return build_document(session.view(), ExportOptions("pdf", lang, "baseline"))
    finally:
        session.close()


def test_the_cover_names_the_jurisdiction_and_the_date_of_the_legal_check(tmp_path: Path) -> None:
    us = _document(tmp_path / "us.atelier", "en", "us")
    assert us.jurisdiction.startswith("United States — legal references checked on ")
    fr = _document(tmp_path / "fr.atelier", "fr", "fr")
    assert fr.jurisdiction.startswith("France — références juridiques vérifiées le ")


def test_open_questions_show_the_groups_words_instead_of_a_tally(tmp_path: Path) -> None:
    document = _document(tmp_path / "en.atelier", "en", "uk")
    rows = [entry.cells(document.labels["group_answer"]) for entry in document.awareness]
    open_rows = [row for row in rows if "The group’s answer:" in row[0]]
    assert len(open_rows) == 2 and all(row[1:] == ("–", "–", "–") for row in open_rows)
    assert "False rumours that spread faster" in open_rows[0][0]
    assert len(rows) == 6
