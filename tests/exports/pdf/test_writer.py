"""The PDF for legal review, read back as a reviewer's tools would: text, fonts, outline, links.

pdftotext, pdffonts and qpdf come from poppler-utils and qpdf: CI installs both; without them
the checks that need them are skipped, never silently passed.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from exports.api import prepare_document, write_document
from exports.document import (
    DecisionEntry,
    DocClause,
    ExportOptions,
    PolicyDocument,
)
from exports.pdf.doc import PolicyDocTemplate
from exports.pdf.fonts import SANS, SERIF, register_fonts
from exports.pdf.markup import Para, coloured
from exports.pdf.styles import DELETED, INSERTED, MUTED, NOTE_MARK, build_styles
from exports.pdf.writer import write_pdf
from workshop.demo import write_demo
from workshop.diff import ChangeKind, WordOpKind
from workshop.model import Votes
from workshop.session import Session

Export = tuple[PolicyDocument, Path]


def export(session: Session, out: Path, **options: object) -> Export:
    """Through the export API, as the app does: atomic write, reportlab imported lazily."""
    options = {"format": "pdf", "language": "fr", **options}
    document = prepare_document(session, ExportOptions(**options))  # type: ignore[arg-type]
    write_document(document, "pdf", out)
    return document, out


@pytest.fixture(
    scope="module",
    params=[("fr", "baseline"), ("en", "baseline"), ("fr", "none")],
    ids=["fr", "en", "fr-clean"],
)
def demo_pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Export:
    """The demo in each language with its changes tracked, and a clean copy."""
    lang, since = request.param
    folder = tmp_path_factory.mktemp(f"demo-{lang}-{since}")
    session = Session.open(write_demo(folder / "demo.atelier", lang))
    try:
        return export(session, folder / "demo.pdf", language=lang, since=since)
    finally:
        session.close()


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here (poppler-utils / qpdf); CI installs it")
    return found


def words(text: str) -> str:
    """Text with every run of whitespace (line breaks, no-break spaces) as one space."""
    return " ".join(text.split())


def page_texts(path: Path, *, poppler: bool) -> list[str]:
    if not poppler:
        return [page.extract_text() for page in PdfReader(path).pages]
    out = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\f")[:-1]


def body_text(document: PolicyDocument, path: Path, *, poppler: bool) -> str:
    """The pages' text without header and footer, so a clause split across pages reads on."""
    furniture = [
        document.title,
        f"{document.labels['version']} {document.version}",
        document.labels["status"],
    ]
    page_of = document.labels["page_of"].format(page=r"\d+", pages=r"\d+")
    pages = []
    for text in page_texts(path, poppler=poppler)[1:]:  # the cover has no header
        text = re.sub(page_of, "", words(text), count=1)
        for piece in furniture:
            text = text.replace(words(piece), "", 1)
        pages.append(text)
    return words(" ".join(pages))


def printed(typed: str) -> str:
    """What typed text prints: control characters dropped, U+FFFD for what no font draws (🎉)."""
    register_fonts()
    fonts = (pdfmetrics.getFont(name).face.charToGlyph for name in (SERIF, SANS))
    drawable = set().union(*fonts)
    out = []
    for char in typed:
        if unicodedata.category(char) == "Cc" and not char.isspace():
            continue
        out.append(char if ord(char) in drawable or char.isspace() else "\ufffd")
    return words("".join(out))


def shown(clause: DocClause) -> str:
    """A clause as printed with its changes: deleted and inserted words in reading order."""
    return "".join(op.text for op in clause.words)


def content_streams(path: Path) -> bytes:
    return b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)


def colour_operators(hex_colour: str) -> list[bytes]:
    """The content-stream operators that paint text (rg) and draw lines (RG) in a colour."""
    rgb = fp_str(*HexColor(hex_colour).rgb())
    return [f"{rgb} rg".encode(), f"{rgb} RG".encode()]


@pytest.mark.parametrize("poppler", [False, True], ids=["pypdf", "pdftotext"])
def test_every_clause_reads_back_exactly(demo_pdf: Export, poppler: bool) -> None:
    """Tracked: deleted and inserted words in reading order; clean: the accepted text."""
    document, path = demo_pdf
    text = body_text(document, path, poppler=poppler)
    clauses = [c for s in document.sections for c in s.clauses]
    missing = [c.number or c.id for c in clauses if words(shown(c)) not in text]
    assert missing == []
    assert all(f"{s.number}. {s.title}" in text for s in document.sections)


def test_qpdf_finds_no_error(demo_pdf: Export) -> None:
    result = subprocess.run(
        [tool("qpdf"), "--check", str(demo_pdf[1])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_every_font_is_embedded(demo_pdf: Export) -> None:
    out = subprocess.run(
        [tool("pdffonts"), str(demo_pdf[1])], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows, out
    assert [row[0] for row in rows if row[-5] != "yes"] == []  # the "emb" column
    assert all("DejaVu" in row[0] for row in rows), out


CONTENTS_PAGE = 2  # after the cover and the summary of changes


def headings(reader: PdfReader) -> list:
    """The outline's section entries ("1. Purpose" …), in order."""
    return [
        item
        for item in reader.outline
        if not isinstance(item, list) and re.match(r"\d+\. ", item.title)
    ]


def test_outline_lists_sections_and_appendices(demo_pdf: Export) -> None:
    document, path = demo_pdf
    labels = document.labels
    reader = PdfReader(path)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    sections = [f"{s.number}. {s.title}" for s in document.sections]
    assert top == [labels["change_summary"], labels["contents"], *sections, labels["appendices"]]
    summary = [item.title for item in reader.outline[1]]
    assert summary == [labels["version_history"], labels["legal_review"]]
    appendices = [item.title for item in reader.outline[-1]]
    assert appendices[0] == f"A. {labels['decision_log']}"
    assert appendices[-1].endswith(labels["acknowledgement"])
    for item, title in zip(headings(reader), sections, strict=True):
        page = reader.pages[reader.get_destination_page_number(item)]
        assert title in words(page.extract_text())  # the bookmark leads to its heading


def test_contents_lines_link_to_their_headings(demo_pdf: Export) -> None:
    document, path = demo_pdf
    reader = PdfReader(path)
    links = [a.get_object() for a in reader.pages[CONTENTS_PAGE].get("/Annots", [])]
    targets = {(reader.get_page_number(link["/Dest"][0]), link["/Dest"][3]) for link in links}
    for item, section in zip(headings(reader), document.sections, strict=True):
        assert (reader.get_destination_page_number(item), item.top) in targets, section.title


def test_contents_print_the_pages_headings_are_on(demo_pdf: Export) -> None:
    document, path = demo_pdf
    reader = PdfReader(path)
    page_arg = str(CONTENTS_PAGE + 1)
    contents = subprocess.run(
        [tool("pdftotext"), "-layout", "-f", page_arg, "-l", page_arg, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for item, section in zip(headings(reader), document.sections, strict=True):
        page = reader.get_destination_page_number(item) + 1
        line = rf"{section.number}\.\s+{re.escape(section.title)}[ .]*{page}\n"
        assert re.search(line, contents), (section.title, page)


def test_metadata_and_language(demo_pdf: Export) -> None:
    document, path = demo_pdf
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title == document.title
    assert meta.author == document.author
    assert document.labels["status"] in meta.subject
    assert meta["/Keywords"] == document.labels["keywords"]
    assert meta.creator == "Atelier"
    assert reader.trailer["/Root"]["/Lang"] == {"fr": "fr-FR", "en": "en-GB"}[document.language]


def test_every_page_says_page_x_of_y(demo_pdf: Export) -> None:
    document, path = demo_pdf
    texts = [words(t) for t in page_texts(path, poppler=shutil.which("pdftotext") is not None)]
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert document.labels["page_of"].format(page=number, pages=total) in text


def test_changes_are_marked_and_a_clean_copy_has_none(decided: Session, tmp_path: Path) -> None:
    tracked, tracked_path = export(decided, tmp_path / "tracked.pdf", since="baseline")
    clean, clean_path = export(decided, tmp_path / "clean.pdf", since="none")
    kinds = {c.change for s in tracked.sections for c in s.clauses}
    assert {ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED} <= kinds
    marks = colour_operators(INSERTED) + colour_operators(DELETED)  # text, underline, strike
    tracked_stream, clean_stream = content_streams(tracked_path), content_streams(clean_path)
    assert all(mark in tracked_stream for mark in marks)
    assert not any(mark in clean_stream for mark in marks)
    # The clean copy reads as the text once every change is accepted.
    text = body_text(clean, clean_path, poppler=False)
    for clause in (c for s in clean.sections for c in s.clauses):
        assert all(op.kind is WordOpKind.EQUAL for op in clause.words)
        assert words(clause.text()) in text
    assert clean.labels["legend_inserted"] not in text


def test_open_questions_are_numbered_notes_after_their_clause(
    decided: Session, tmp_path: Path
) -> None:
    document, path = export(decided, tmp_path / "notes.pdf")
    text = body_text(document, path, poppler=False)
    notes = 0
    for clause in (c for s in document.sections for c in s.clauses):
        for note in clause.notes:
            marked = words(f"{shown(clause)}[{note.number}]")  # the superscript marker
            after = text[text.index(marked) + len(marked) :]
            head = f"[{note.number}] {document.labels['open_question']} ({note.decision_label})"
            assert after.index(head) < after.index(words(note.text)) < 300
            notes += 1
    assert notes == 2


def test_typed_text_comes_out_literally(hostile: Session, tmp_path: Path) -> None:
    document, path = export(hostile, tmp_path / "hostile.pdf", since="none")
    clause = document.sections[0].clauses[0]
    assert len(clause.text()) > 10_000
    for poppler in (False, True):
        text = body_text(document, path, poppler=poppler)
        assert printed(clause.text()) in text
        assert printed(clause.notes[0].text) in text
        assert "<b>gras</b> &amp; {{ x }} %s %(x)s {0}" in text
    assert PdfReader(path).metadata.author == document.author
    cover = words(page_texts(path, poppler=False)[0])
    assert words(document.organisation) in cover


def test_a_long_rationale_splits_its_table_row(session: Session, tmp_path: Path) -> None:
    document = prepare_document(session, ExportOptions("pdf", "fr"))
    long = "Justification longue, « motivée ». " * 300
    entry = DecisionEntry("D1", "Carte", "Choix", long, Votes(5, 2, 1), long, "", "", ("1.1",))
    path = tmp_path / "log.pdf"
    write_pdf(dataclasses.replace(document, decisions=(entry,)), path)
    pages = page_texts(path, poppler=False)
    log = [i for i, text in enumerate(pages) if "motivée" in text]
    assert len(log) > 2  # the one row runs over several pages, its header repeated
    assert all(document.labels["rationale"] in pages[i] for i in log)
    assert sum(text.count("motivée") for text in pages) == 600  # nothing cut


def test_empty_appendices_say_so_and_participants_can_be_left_out(
    session: Session, tmp_path: Path
) -> None:
    document, path = export(session, tmp_path / "empty.pdf")
    text = body_text(document, path, poppler=False)
    for key in ("no_decisions", "no_actions", "no_awareness", "anonymous"):
        assert words(document.labels[key]) in text
    left_out, path = export(session, tmp_path / "none.pdf", include_participants=False)
    appendices = [item.title for item in PdfReader(path).outline[-1]]
    assert not any(left_out.labels["participants"] in title for title in appendices)
    assert words(left_out.labels["anonymous"]) not in body_text(left_out, path, poppler=False)


def test_a_thousand_clauses_build_in_one_linear_pass(
    demo_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, thousand_clauses
) -> None:
    """~380,000 characters, 140 pages, laid out in exactly one pass (the contents and page
    totals are forms filled at save). Its time is measured by benchmarks/run.py."""
    document, _ = export(demo_session, tmp_path / "warm.pdf")  # fonts registered, paid once
    passes = 0
    build = PolicyDocTemplate.build

    def counted(*args: object, **kwargs: object) -> None:
        nonlocal passes
        passes += 1
        build(*args, **kwargs)

    monkeypatch.setattr(PolicyDocTemplate, "build", counted)
    write_pdf(thousand_clauses(document, 250), tmp_path / "quarter.pdf")
    write_pdf(thousand_clauses(document, 1000), tmp_path / "big.pdf")
    assert passes == 2  # one layout pass per write
    assert len(headings(PdfReader(tmp_path / "big.pdf"))) == 20


class _Doc:
    """Stands for a PDF document: fonts keep their subsets per document (weakly keyed)."""


def test_fonts_encode_known_text_as_reportlab_does() -> None:
    """The writer's fonts skip reportlab's per-character loop for text already seen, and give
    the same subsets and bytes, beyond the first 256 characters and for missing glyphs too."""
    register_fonts()
    font = pdfmetrics.getFont(SERIF)
    many = "".join(chr(c) for c in [*range(0x100, 0x250), *range(0x410, 0x450)])
    texts = [
        "Clause 1 — l’équipe «\u00a0communication\u00a0» répond sous 24\u00a0h.",
        many,
        "mixte é" + many[::7] + " \u00a0fin",
        "absent \U0001f389 ici",
        "",
    ]
    theirs, ours = _Doc(), _Doc()
    for _ in range(2):  # the second round meets only characters that already have codes
        for text in texts:
            expected = TTFont.splitString(font, text, theirs)
            assert font.splitString(text, ours) == expected
    assert font.state[ours].assignments == font.state[theirs].assignments


def test_fonts_measure_text_as_reportlab_does() -> None:
    """Widths are remembered per text and size; the second answer is the first one."""
    register_fonts()
    font = pdfmetrics.getFont(SERIF)
    for _ in range(2):
        for text, size in [("l’équipe", 10), ("l’équipe", 10.5), ("", 8), ("\U0001f389 ✓", 9)]:
            assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)
            assert pdfmetrics.stringWidth(text, SERIF, size) == font.stringWidth(text, size)


@pytest.mark.parametrize(
    "text", ["Texte simple, sans balise.", "  espaces   en trop\tet tab  ", "", "   "]
)
def test_plain_text_paragraphs_match_the_parser(text: str) -> None:
    """Text with no markup skips reportlab's parser and gets the fragments the parser makes."""
    register_fonts()
    styles = build_styles(["1.2"])
    for style in (styles.clause, styles.provenance, styles.cell_head_number):
        ours = Para(text, style, bulletText="1.2")
        parsed = Paragraph(text, style, bulletText="1.2")
        assert [vars(f) for f in ours.frags] == [vars(f) for f in parsed.frags]
        assert (ours.text, ours.bulletText) == (parsed.text, parsed.bulletText)


@pytest.mark.parametrize("colour", [INSERTED, DELETED, NOTE_MARK, MUTED])
def test_marked_text_keeps_its_exact_colour(colour: str) -> None:
    _style, frags, _bullet = ParaParser().parse(coloured("mot", colour), ParagraphStyle("t"))
    assert frags[0].textColor == HexColor(colour)
