"""The PDF says what the DOCX says: a change summary, a version history, legal's review block,
stable clause numbers with placeholders, change bars, and provenance as a discreet note only."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exports.api import export_session, prepare_document, write_document
from exports.document import ExportOptions, PolicyDocument
from exports.pdf.styles import CHANGE_BAR
from tests.exports.pdf.test_writer import body_text, colour_operators, content_streams, words
from workshop.session import Session


def export(session: Session, out: Path, **options: object) -> PolicyDocument:
    options = {"format": "pdf", "language": "fr", **options}
    document = prepare_document(session, ExportOptions(**options))  # type: ignore[arg-type]
    write_document(document, "pdf", out)
    return document


def test_summary_history_and_review_follow_the_cover(decided: Session, tmp_path: Path) -> None:
    export_session(decided, ExportOptions("pdf", "fr", since="baseline"), tmp_path / "v1.pdf")
    path = tmp_path / "since.pdf"
    document = export(decided, path, since="v0.1", language="en")
    labels = document.labels
    summary_page = words(PdfReader(path).pages[1].extract_text())
    assert labels["change_summary"] in summary_page
    assert words(labels["change_counts"].format(**document.change_counts())) in summary_page
    for entry in document.history:
        assert entry.label in summary_page
    assert labels["version_history"] in summary_page and labels["legal_review"] in summary_page
    assert labels["review_approved"] in summary_page
    cover = words(PdfReader(path).pages[0].extract_text())
    assert words(document.measured_against) in cover and "v0.1" in document.measured_against


def test_a_removed_clause_keeps_its_number_and_placeholder(
    decided: Session, tmp_path: Path
) -> None:
    for since in ("baseline", "none"):
        path = tmp_path / f"{since}.pdf"
        document = export(decided, path, since=since)
        record = next(c for s in document.sections for c in s.clauses if c.id == "media.record")
        text = body_text(document, path, poppler=False)
        assert f"{record.number} " in text and record.number == "1.2"
        assert "[Supprimé]" in text
        log = {d.label: d.clause_numbers for d in document.decisions}
        assert "1.2" in log["D1"]


def test_change_bars_beside_changed_clauses_only(decided: Session, tmp_path: Path) -> None:
    tracked, clean = tmp_path / "tracked.pdf", tmp_path / "clean.pdf"
    export(decided, tracked, since="baseline")
    export(decided, clean, since="none")
    bar = colour_operators(CHANGE_BAR)[1]  # stroked
    assert bar in content_streams(tracked)
    assert bar not in content_streams(clean)


def test_provenance_is_a_note_in_the_redline_and_absent_from_the_clean_copy(
    demo_session: Session, tmp_path: Path
) -> None:
    tracked, clean = tmp_path / "tracked.pdf", tmp_path / "clean.pdf"
    document = export(demo_session, tracked, since="baseline")
    clean_document = export(demo_session, clean, since="none")
    notes = [c.provenance for s in document.sections for c in s.clauses if c.provenance]
    assert notes
    text = body_text(document, tracked, poppler=False)
    assert all(words(note) in text for note in notes)
    assert all(not c.provenance for s in clean_document.sections for c in s.clauses)
    assert "décision D" not in body_text(clean_document, clean, poppler=False)
    # A card title quoted in a label uses the language's inner quotes: « “Privé” ne … ».
    assert any("« “Privé” ne veut pas dire privé »" in note for note in notes)


def test_leaving_participants_out_leaves_their_names_out(
    demo_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "anonymous.pdf"
    document = export(demo_session, path, include_participants=False)
    text = body_text(document, path, poppler=False)
    for participant in demo_session.view().state.participants:
        assert participant.name not in text
    assert any(a.owner == "Responsable communication" for a in document.actions)


def test_the_groups_own_wording_is_shown_as_agreed_and_said_so(
    demo_session: Session, tmp_path: Path
) -> None:
    """An English export of a French session keeps the group's French wording as agreed."""
    path = tmp_path / "en.pdf"
    document = export(demo_session, path, language="en", since="baseline")
    french = [c for s in document.sections for c in s.clauses if c.text_language == "fr"]
    assert french and all(document.labels["wording_in_fr"] in c.provenance for c in french)
    assert words(french[0].provenance) in body_text(document, path, poppler=False)
