"""The DOCX as legal uses it: reject-all gives the earlier text and accept-all the clean copy,
clause by clause and number by number; the clause text holds no provenance; removed clauses
keep their number; the contents, the change summary and the version history are filled in."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exports.api import export_session, prepare_document, write_document
from exports.document import ExportOptions, PolicyDocument
from tests.exports.docx.redline import W, numbered, part, reviewed
from workshop.commands import RecordDecision
from workshop.model import Decision, OpenQuestion
from workshop.session import Session
from workshop.text import Bilingual

PROVENANCE_WORDS = ("Carte «", "décision D", "Card “", "decision D")


def export(session: Session, out: Path, **options: object) -> PolicyDocument:
    options = {"format": "docx", "language": "fr", **options}
    document = prepare_document(session, ExportOptions(**options))  # type: ignore[arg-type]
    write_document(document, "docx", out)
    return document


def later_decision(session: Session) -> None:
    """After v0.1: a rewording, and a question on a clause the group had removed."""
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T14:00:00+01:00",
                custom_text=Bilingual.single("fr", "Toute demande va à la communication."),
                custom_clause_id="media.requests",
                questions=(OpenQuestion("Faut-il garder un registre ?", "media.record"),),
            )
        )
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reject_all_gives_the_baseline_clause_by_clause(
    decided: Session, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "since-baseline.docx"
    export(decided, out, language=lang, since="baseline")
    assert reviewed(out, accept=False) == numbered(decided.view().draft(0), lang)


def test_reject_all_since_a_version_gives_that_version(decided: Session, tmp_path: Path) -> None:
    first = tmp_path / "v0.1.docx"
    export_session(decided, ExportOptions("docx", "fr", since="baseline"), first)
    later_decision(decided)
    out = tmp_path / "since-v0.1.docx"
    document = export(decided, out, since="v0.1")
    assert document.since == "v0.1"
    assert reviewed(out, accept=False) == reviewed(first, accept=True)
    assert reviewed(out, accept=True) != reviewed(first, accept=True)


@pytest.mark.parametrize("since", ["baseline", "v0.1"])
def test_accept_all_gives_the_clean_copy(decided: Session, tmp_path: Path, since: str) -> None:
    export_session(decided, ExportOptions("docx", "fr", since="baseline"), tmp_path / "v1.docx")
    later_decision(decided)
    tracked, clean = tmp_path / "tracked.docx", tmp_path / "clean.docx"
    export(decided, tracked, since=since)
    export(decided, clean, since="none")
    assert reviewed(tracked, accept=True) == reviewed(clean, accept=True)
    assert reviewed(clean, accept=False) == reviewed(clean, accept=True)


def test_no_provenance_in_clause_text_nor_in_the_clean_copy(
    demo_session: Session, tmp_path: Path
) -> None:
    tracked, clean = tmp_path / "tracked.docx", tmp_path / "clean.docx"
    document = export(demo_session, tracked, since="baseline")
    export(demo_session, clean, since="none")
    for accept in (True, False):
        for text in reviewed(tracked, accept=accept):
            assert not any(word in text for word in PROVENANCE_WORDS), text
    with zipfile.ZipFile(clean) as archive:
        xml = archive.read("word/document.xml").decode()
    assert not any(word in xml for word in PROVENANCE_WORDS)
    # Provenance is each change's author instead: the decision and its card.
    body = part(tracked, "word/document.xml")
    authors = {c.get(f"{W}author") for c in body.iter(f"{W}ins", f"{W}del")}
    expected = {c.author for s in document.sections for c in s.clauses if c.author}
    assert authors == expected and len(authors) > 3
    assert all(a.startswith("Atelier · D") and " — " in a for a in authors)


def test_a_removed_clause_keeps_its_number_decision_and_question(
    decided: Session, tmp_path: Path
) -> None:
    export_session(decided, ExportOptions("docx", "fr", since="baseline"), tmp_path / "v1.docx")
    later_decision(decided)
    for since in ("baseline", "v0.1"):
        out = tmp_path / f"{since}.docx"
        document = export(decided, out, since=since)
        record = next(c for s in document.sections for c in s.clauses if c.id == "media.record")
        assert record.number == "1.2"
        assert "1.2\t[Supprimé]" in reviewed(out, accept=True)
        if since == "baseline":
            original = decided.view().draft(0).clause("media.record").text.fr
            assert f"1.2\t{original}" in reviewed(out, accept=False)
            assert record.author.startswith("Atelier · D1 — ")
        log = {d.label: d.clause_numbers for d in document.decisions}
        assert "1.2" in log["D1"]
        assert [n.text for n in record.notes] == ["Faut-il garder un registre ?"]
        row = next(r for r in document.summary if r.number == "1.2")
        assert row.questions == ("Faut-il garder un registre ?",)
        comments = part(out, "word/comments.xml")
        assert any("garder un registre" in "".join(c.itertext()) for c in comments)


def test_contents_field_holds_the_headings_with_links(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    document = export(decided, out)
    body = part(out, "word/document.xml")
    bookmarks = {}
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        start = p.find(f"{W}bookmarkStart")
        if style is not None and style.get(f"{W}val").startswith("Heading") and start is not None:
            bookmarks[start.get(f"{W}name")] = "".join(t.text for t in p.iter(f"{W}t"))
    lines = [
        p
        for p in body.iter(f"{W}p")
        if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(f"{W}val") in ("TOC1", "TOC2")
    ]
    assert [link.get(f"{W}anchor") for p in lines for link in p.iter(f"{W}hyperlink")] == list(
        bookmarks
    )
    assert ["".join(t.text for t in p.iter(f"{W}t")) for p in lines] == list(bookmarks.values())
    headings = list(bookmarks.values())
    for expected in (
        document.labels["change_summary"],
        document.labels["version_history"],
        document.labels["legal_review"],
        f"1. {document.sections[0].title}",
        f"A. {document.labels['decision_log']}",
        f"E. {document.labels['acknowledgement']}",
    ):
        assert expected in headings
    kinds = [c.get(f"{W}fldCharType") for p in lines for c in p.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    assert 'TOC \\o "1-2"' in lines[0].find(f".//{W}instrText").text


def test_summary_and_history_say_what_changed_against_what(
    decided: Session, tmp_path: Path
) -> None:
    export_session(decided, ExportOptions("docx", "fr", since="baseline"), tmp_path / "v1.docx")
    later_decision(decided)
    out = tmp_path / "since.docx"
    document = export(decided, out, since="v0.1")
    text = "".join(part(out, "word/document.xml").itertext())
    assert document.labels["change_counts"].format(**document.change_counts()) in text
    assert document.change_counts()["changed"] == 1
    for entry in document.history:
        assert entry.content_hash in text
    assert [e.label for e in document.history][1:] == ["v0.1", "v0.2"]
    assert document.history[-1].current
    assert "v0.1" in document.measured_against and document.measured_against in text
    assert document.labels["review_approved"] in text


def test_foreign_wording_is_tagged_with_its_language(demo_session: Session, tmp_path: Path) -> None:
    """The group's French wording in an English export is French to the spelling checker."""
    out = tmp_path / "en.docx"
    document = export(demo_session, out, language="en", since="baseline")
    french = [c for s in document.sections for c in s.clauses if c.text_language == "fr"]
    assert french
    body = part(out, "word/document.xml")
    tagged = {lang.get(f"{W}val") for lang in body.iter(f"{W}lang")}
    assert tagged == {"fr-FR"}


def test_font_table_and_theme_parts(decided: Session, tmp_path: Path) -> None:
    out = tmp_path / "small.docx"
    export(decided, out)
    fonts = part(out, "word/fontTable.xml")
    assert {f.get(f"{W}name") for f in fonts} >= {"DejaVu Sans", "DejaVu Serif"}
    assert part(out, "word/theme/theme1.xml") is not None
    with zipfile.ZipFile(out) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert "fontTable.xml" in rels and "theme/theme1.xml" in rels
    assert "fontTable+xml" in types and "theme+xml" in types


def test_leaving_participants_out_leaves_their_names_out(
    demo_session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "anonymous.docx"
    export(demo_session, out, include_participants=False)
    with zipfile.ZipFile(out) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
    for participant in demo_session.view().state.participants:
        assert participant.name not in xml
