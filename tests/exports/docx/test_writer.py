"""The DOCX for legal review, read back as Word would: tracked changes, comments, fields, text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from exports.api import prepare_document, write_document
from exports.document import ExportOptions, PolicyDocument
from exports.docx.make_template import TEMPLATE_PATH, parts
from exports.docx.ooxml import clean
from exports.docx.writer import write_docx
from tests.exports.docx.redline import (
    W,
    clause_paragraphs,
    part,
    reviewed_paragraphs,
    run_text,
)
from workshop.diff import ChangeKind
from workshop.session import Session

UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
NOT_CLAUSE_TEXT = {"ClauseNumber", "CommentReference"}
# The schema's order for the settings this export writes (CT_Settings, ECMA-376 part 1).
SETTINGS_ORDER = [
    "zoom",
    "trackRevisions",
    "defaultTabStop",
    "characterSpacingControl",
    "updateFields",
    "compat",
    "themeFontLang",
]


def export(session: Session, out: Path, **options) -> PolicyDocument:
    options = {"format": "docx", "language": "fr", **options}
    document = prepare_document(session, ExportOptions(**options))
    write_document(document, "docx", out)
    return document


def reviewed_clauses(body: etree._Element, *, accept: bool) -> list[str]:
    """Each clause's text, its number left out, once Word accepts (or rejects) every change."""
    return reviewed_paragraphs(body, accept=accept, leave_out=NOT_CLAUSE_TEXT)


def expected_clauses(document: PolicyDocument, *, accept: bool) -> list[str]:
    """A removed clause stays, as its placeholder; an added one goes when rejected."""
    return [
        clause.text(accept=accept)
        for section in document.sections
        for clause in section.clauses
        if accept or clause.change is not ChangeKind.ADDED
    ]


def test_demo_reads_back_with_python_docx(demo_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "demo.docx"
    document = export(demo_session, out)
    read = docx.Document(str(out))
    headings = [p.text for p in read.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == document.labels["change_summary"]
    assert headings[1] == f"1. {document.sections[0].title}"
    assert len(headings) == len(document.sections) + 2  # the summary, the appendices
    appendices = [p.text for p in read.paragraphs if p.style.name == "Heading 2"][2:]
    assert [a[:2] for a in appendices] == ["A.", "B.", "C.", "D.", "E."]
    assert round(read.sections[0].page_width.mm) == 210  # A4
    assert round(read.sections[0].page_height.mm) == 297
    assert read.sections[0].different_first_page_header_footer
    props = read.core_properties
    assert (props.title, props.author, props.version) == (
        document.title,
        document.author,
        document.version,
    )
    assert props.language == "fr-FR"
    assert props.keywords == document.labels["keywords"]
    assert document.content_hash in props.comments
    assert len(read.comments) == len(document.notes()) > 0


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old(
    demo_session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "demo.docx"
    document = export(demo_session, out, since="baseline")
    body = part(out, "word/document.xml")
    assert body.find(f".//{W}ins") is not None and body.find(f".//{W}del") is not None
    for accept in (True, False):
        assert reviewed_clauses(body, accept=accept) == expected_clauses(document, accept=accept)


def test_added_removed_and_changed_clauses(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    kinds = [c.change for s in document.sections for c in s.clauses]
    assert {ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED} <= set(kinds)
    body = part(out, "word/document.xml")
    for accept in (True, False):
        assert reviewed_clauses(body, accept=accept) == expected_clauses(document, accept=accept)
    # Only an added clause is tracked whole; a removed one keeps its paragraph and number.
    marks = body.findall(f".//{W}pPr/{W}rPr/*")
    assert [m.tag for m in marks] == [f"{W}ins"] * kinds.count(ChangeKind.ADDED)


def test_tracked_changes_have_unique_ids_the_author_and_utc_dates(
    decided: Session, tmp_path: Path
) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    changes = part(out, "word/document.xml").findall(f".//{W}ins") + part(
        out, "word/document.xml"
    ).findall(f".//{W}del")
    comment_ids = {c.get(f"{W}id") for c in part(out, "word/comments.xml")}
    ids = [c.get(f"{W}id") for c in changes]
    assert len(set(ids)) == len(ids) and not set(ids) & comment_ids
    assert {c.get(f"{W}author") for c in changes} == {
        "Atelier · D1 — Un journaliste appelle",
        "Atelier · D2 — Un journaliste appelle",
        "Atelier · D3 — Formation",
    }
    assert all(UTC_STAMP.match(c.get(f"{W}date")) for c in changes)
    # D2 (10:30 in Paris) changed media.requests: its change is dated 09:30 UTC.
    requests = next(c for s in document.sections for c in s.clauses if c.id == "media.requests")
    assert requests.change is ChangeKind.CHANGED
    assert "2026-11-23T09:30:00Z" in {c.get(f"{W}date") for c in changes}


def test_settings_track_revisions_in_schema_order(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    export(decided, out)
    names = [etree.QName(e).localname for e in part(out, "word/settings.xml")]
    assert "trackRevisions" in names and "updateFields" in names
    assert names == [n for n in SETTINGS_ORDER if n in names]


def test_clean_copy_has_no_tracked_changes(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "clean.docx"
    document = export(decided, out, since="none")
    body = part(out, "word/document.xml")
    assert body.find(f".//{W}ins") is None and body.find(f".//{W}del") is None
    assert part(out, "word/settings.xml").find(f"{W}trackRevisions") is None
    assert reviewed_clauses(body, accept=True) == expected_clauses(document, accept=True)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert document.labels["no_changes_shown"] in texts


def test_each_question_is_a_comment_on_its_clause(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    body = part(out, "word/document.xml")
    comments = {c.get(f"{W}id"): c for c in part(out, "word/comments.xml")}
    notes = {
        note.text: clause
        for s in document.sections
        for clause in s.clauses
        for note in clause.notes
    }
    assert len(comments) == len(notes) == 2
    for comment_id, comment in comments.items():
        text = "\n".join(run_text(r) for p in comment for r in p.iter(f"{W}r"))
        question = next(q for q in notes if q in text)
        start = body.find(f".//{W}commentRangeStart[@{W}id='{comment_id}']")
        paragraph = start.getparent()
        assert paragraph.find(f"{W}commentRangeEnd[@{W}id='{comment_id}']") is not None
        assert paragraph.find(f".//{W}commentReference[@{W}id='{comment_id}']") is not None
        number = run_text(paragraph.find(f".//{W}r")).strip()
        assert number == notes[question].number
        assert comment.get(f"{W}author").startswith("Atelier · D")
        assert UTC_STAMP.match(comment.get(f"{W}date"))
    votes = next(c for c in comments.values() if "Pour 5" in etree.tostring(c, encoding=str))
    assert "Paul préfère « attendre »" in etree.tostring(votes, encoding=str)


def test_toc_field_page_numbers_and_header(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    body = part(out, "word/document.xml")
    codes = [i.text.strip() for i in body.iter(f"{W}instrText")]
    assert codes == ['TOC \\o "1-2" \\h \\z \\u']
    kinds = [c.get(f"{W}fldCharType") for c in body.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    read = docx.Document(str(out))
    section = read.sections[0]
    footer = etree.tostring(section.footer._element, encoding=str)
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page " in footer and " sur " in footer
    assert section.header.paragraphs[0].text == f"{document.title}\tVersion {document.version}"
    assert section.first_page_header.paragraphs[0].text == ""


def test_language_follows_the_export(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "en.docx"
    export(decided, out, language="en", include_participants=False)
    lang = part(out, "word/styles.xml").find(f".//{W}docDefaults//{W}lang")
    assert lang.get(f"{W}val") == "en-GB"
    read = docx.Document(str(out))
    assert read.core_properties.language == "en-GB"
    headings = [p.text for p in read.paragraphs if p.style.name == "Heading 2"]
    assert "A. Decision log" in headings and "D. Acknowledgement and signature" in headings
    assert not any("Participants" in h for h in headings)
    assert any(p.text.startswith("I confirm that I have read") for p in read.paragraphs)


def test_no_participant_named_says_so(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "anonymous.docx"
    document = export(session, out)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert document.labels["anonymous"] in texts
    assert document.labels["no_actions"] in texts


def test_no_generator_leftovers_in_the_package(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    export(decided, out)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            assert b"python-docx" not in archive.read(name), name


def test_committed_template_is_what_the_script_generates(tmp_path: Path) -> None:
    with zipfile.ZipFile(TEMPLATE_PATH) as archive:
        assert {n: archive.read(n).decode() for n in archive.namelist()} == parts()
    styles = {s.style_id for s in docx.Document(str(TEMPLATE_PATH)).styles}
    assert {
        "Title",
        "Subtitle",
        "Heading1",
        "Heading2",
        "TOC1",
        "TOC2",
        "CommentText",
        "CommentReference",
        "Header",
        "Footer",
        "AtelierTable",
    } <= styles


# What the hostile session's texts read once XML's forbidden control characters are gone.
LEGAL = "« Guillemets » l’apostrophe, 🎉👩‍⚖️, <b>gras</b> &amp; {{ x }} %s %(x)s {0} fin\ttab\nligne"
LONG = "Clause très longue, « citée ». " * 330


def test_clean_drops_only_what_xml_forbids() -> None:
    typed = "« <b>&amp; {{ x }} %s\x07\x0b\x1f fin\ttab\nligne\ud800\ufffe\r\n\r"
    assert clean(typed) == "« <b>&amp; {{ x }} %s fin\ttab\nligne\n\n"
    assert clean("\x85\u2028\U0001f600\xa0\u202f") == "\x85\u2028\U0001f600\xa0\u202f"


def test_text_comes_out_exactly_as_typed(hostile: Session, tmp_path: Path) -> None:
    out = tmp_path / "hostile.docx"
    document = export(hostile, out, since="none")
    read = docx.Document(str(out))
    texts = [p.text for p in read.paragraphs]
    assert f"1.1\t{LEGAL}{LONG}" in texts
    assert document.organisation in texts  # the cover
    assert read.core_properties.author == "Zoë « Animatrice »"
    assert LEGAL in read.comments.get(0).text
    cells = [c.text for t in read.tables for row in t.rows for c in row.cells]
    assert LEGAL in cells  # the participant's name
    with zipfile.ZipFile(out) as archive:
        assert "&lt;b&gt;gras&lt;/b&gt; &amp;amp;" in archive.read("word/document.xml").decode()


def test_a_thousand_clauses_are_all_written(
    demo_session: Session, tmp_path: Path, thousand_clauses
) -> None:
    """Completeness at scale; the time it takes is measured by benchmarks/run.py."""
    document = prepare_document(demo_session, ExportOptions("docx", "fr", since="baseline"))
    write_docx(thousand_clauses(document, 1000), tmp_path / "big.docx")
    assert len(clause_paragraphs(part(tmp_path / "big.docx", "word/document.xml"))) == 1000


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_languages_export(demo_session: Session, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"{lang}.docx"
    document = export(demo_session, out, language=lang)
    assert docx.Document(str(out)).paragraphs[1].text == document.title
