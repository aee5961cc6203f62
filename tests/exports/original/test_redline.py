"""Their own document, redlined: a policy written in Word as people write it, decisions landing
on its clauses, and the tracked changes checked on the XML: rejecting every change gives their
text back exactly, accepting every change gives the draft."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from lxml import etree

from exports.api import ExportError, ExportOptions, companion_path, export_session
from workshop.commands import RecordDecision
from workshop.content import Content
from workshop.landing import Landing
from workshop.model import Decision, OpenQuestion, SessionInfo
from workshop.policy_import import import_policy
from workshop.policy_import.baseline import imported_content
from workshop.policy_import.coverage import TopicMapping
from workshop.policy_import.docx_body import FieldState, body_paragraphs, read_runs
from workshop.session import Session
from workshop.text import Bilingual

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REQUESTS = "Toute demande d’un journaliste est transmise à la direction de la communication."
RECORD = "Chaque contact avec un journaliste est consigné dans le registre."
TRAINING = "La charte est révisée tous les deux ans par le comité\u00a0: « sans exception »."
SECURITY = "Les mots de passe ne sont jamais partagés."


def _write_policy(path: Path) -> Path:
    """Heading styles, a bold-line heading, a numbered clause, mixed formatting in a clause, a
    table, a header and a footer: what legal expects back untouched."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Confidentiel — usage interne"
    document.sections[0].footer.paragraphs[0].text = "Maison Test · charte v3"
    document.add_paragraph("Charte réseaux sociaux", style="Title")
    document.add_paragraph("Relations avec les médias", style="Heading 1")
    requests = document.add_paragraph()
    head, tail = REQUESTS.split(" est ", 1)
    requests.add_run(head).bold = True
    requests.add_run(" est ")
    requests.add_run(tail).italic = True
    document.add_paragraph(RECORD)
    document.add_paragraph("Formation", style="Heading 1")
    document.add_paragraph(TRAINING)
    document.add_paragraph("Comptes personnels", style="Heading 1")
    table = document.add_table(rows=2, cols=2)
    for r, (left, right) in enumerate([("Profil", "Mentionner l’employeur"), ("Avis", "Le sien")]):
        table.cell(r, 0).text, table.cell(r, 1).text = left, right
    document.add_paragraph("Sécurité", style="Heading 1")
    document.add_paragraph(f"1.1 {SECURITY}")
    document.save(str(path))
    return path


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    return _write_policy(tmp_path / "charte.docx")


@pytest.fixture
def on_their_policy(
    tmp_path: Path, policy_file: Path, small_content: Content, info: SessionInfo
) -> Iterator[Session]:
    """A session on their policy: the test deck's clauses land on theirs."""
    policy = import_policy(policy_file)
    assert [s.title for s in policy.sections] == [
        "Relations avec les médias",
        "Formation",
        "Comptes personnels",
        "Sécurité",
    ]
    mapping = TopicMapping((("media",), ("training",), (), ()))
    content = imported_content(small_content, policy, mapping, policy_file.read_bytes())
    landing = Landing(
        (
            ("media.requests", "s1.c1"),
            ("media.record", "s1.c2"),
            ("training.review_cycle", "s3.c2"),
        ),
        (("media", "s1"), ("training", "s2")),
    )
    content = dataclasses.replace(
        content, template=dataclasses.replace(content.template, landing=landing)
    )
    session = Session.create(tmp_path / "s.atelier", info, content)
    yield session
    session.close()


def _decide(session: Session) -> None:
    question = OpenQuestion("Qui tient le registre ?", "media.requests")
    session.execute(
        RecordDecision(Decision("journalist", "2026-11-23T10:00:00+01:00", option_id="drop-log"))
    )
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T10:30:00+01:00",
                option_id="redirect",
                questions=(question,),
            )
        )
    )
    session.execute(
        RecordDecision(
            Decision(
                "training-card",
                "2026-11-23T11:00:00+01:00",
                custom_text=Bilingual("La charte est révisée chaque année par le comité.", ""),
                custom_clause_id="s2.c1",
            )
        )
    )
    session.execute(
        RecordDecision(Decision("training-card", "2026-11-23T11:30:00+01:00", option_id="never"))
    )


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml")).find(f"{W}body")


def _rejected(paragraph: etree._Element) -> str:
    """The paragraph's text with every change rejected: insertions out, deletions back."""
    text = []
    for node in paragraph.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}br"):
        if any(a.tag == f"{W}ins" for a in node.iterancestors()):
            continue
        name = node.tag[len(W) :]
        text.append({"tab": "\t", "br": "\n"}.get(name, node.text or ""))
    return "".join(text)


def _mark(paragraph: etree._Element, kind: str) -> bool:
    return paragraph.find(f"{W}pPr/{W}rPr/{W}{kind}") is not None


def _row_deleted(paragraph: etree._Element) -> bool:
    return any(
        a.tag == f"{W}tr" and a.find(f"{W}trPr/{W}del") is not None
        for a in paragraph.iterancestors()
    )


def rejected_texts(path: Path) -> list[str]:
    return [
        _rejected(p.element)
        for p in body_paragraphs(_body(path), W)
        if not _mark(p.element, "ins")  # a paragraph the workshop added: all of it goes
    ]


def accepted_text(path: Path) -> str:
    """Every paragraph as Word shows it with every change accepted; a deleted mark joins a
    paragraph to the next, a deleted row goes."""
    out = []
    fields = FieldState()
    for p in body_paragraphs(_body(path), W):
        if _row_deleted(p.element):
            continue
        out.append("".join(read_runs(p.element, W, fields).runs))
        out.append("" if _mark(p.element, "del") else "\n")
    return "".join(out)


def _export(session: Session, tmp_path: Path, lang: str = "fr") -> Path:
    options = ExportOptions("docx", lang, layout="original")  # type: ignore[arg-type]
    return export_session(session, options, tmp_path / "charte-revue.docx").path


def test_rejecting_every_change_gives_their_text_back_exactly(
    on_their_policy: Session, policy_file: Path, tmp_path: Path
) -> None:
    _decide(on_their_policy)
    out = _export(on_their_policy, tmp_path)
    assert rejected_texts(out) == rejected_texts(policy_file)


def test_accepting_every_change_gives_the_draft(on_their_policy: Session, tmp_path: Path) -> None:
    _decide(on_their_policy)
    out = _export(on_their_policy, tmp_path)
    accepted = accepted_text(out)
    draft = on_their_policy.draft()
    for clause in draft.clauses():
        assert clause.text.fr.replace("\n", "") in accepted.replace("\n", "")
    assert RECORD not in accepted  # removed with its paragraph mark
    assert "Profil" in accepted and "Avis" not in accepted  # the removed row went as a row
    assert "deux ans" not in accepted and "chaque année" in accepted
    assert f"Relations avec les médias\n{draft.clause('s1.c1').text.fr}\n" in accepted
    assert SECURITY in accepted and "1.1 " in accepted  # untouched, its typed number too


def test_changes_keep_the_run_formatting_and_new_clauses_look_like_theirs(
    on_their_policy: Session, policy_file: Path, tmp_path: Path
) -> None:
    _decide(on_their_policy)
    body = _body(_export(on_their_policy, tmp_path))
    deleted = body.findall(f".//{W}del/{W}r")
    assert any(r.find(f"{W}rPr/{W}b") is not None for r in deleted)  # the bold words, struck
    assert any(r.find(f"{W}rPr/{W}i") is not None for r in deleted)  # the italic ones too
    added = [p for p in body.iter(f"{W}p") if _mark(p, "ins")]
    assert len(added) == 1  # the spokesperson clause, at the end of the media section
    assert "porte-parole" in "".join(added[0].itertext()).lower()
    previous = added[0].getprevious()
    assert _rejected(previous) == RECORD  # right after the section's last clause
    for tracked in body.iter(f"{W}ins", f"{W}del"):
        assert tracked.get(f"{W}author") and tracked.get(f"{W}id")
    ids = [e.get(f"{W}id") for e in body.iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))


def test_their_parts_are_untouched_and_the_question_is_a_comment(
    on_their_policy: Session, policy_file: Path, tmp_path: Path
) -> None:
    _decide(on_their_policy)
    out = _export(on_their_policy, tmp_path)
    with zipfile.ZipFile(policy_file) as before, zipfile.ZipFile(out) as after:
        for name in before.namelist():
            if name.startswith(("word/header", "word/footer", "word/styles", "word/numbering")):
                assert after.read(name) == before.read(name), name
        comments = after.read("word/comments.xml").decode()
        assert "Qui tient le registre ?" in comments
        assert "comments" in after.read("[Content_Types].xml").decode()
        assert "comments.xml" in after.read("word/_rels/document.xml.rels").decode()
    body = _body(out)
    start = body.find(f".//{W}commentRangeStart")
    assert start is not None and REQUESTS.split(" est ")[0] in _rejected(start.getparent())


def test_the_appendices_go_in_a_companion_document(
    on_their_policy: Session, tmp_path: Path
) -> None:
    _decide(on_their_policy)
    out = _export(on_their_policy, tmp_path, "en")
    companion = companion_path(out, "en")
    assert companion.name == "charte-revue-appendices.docx"
    text = "\n".join(p.text for p in docx.Document(str(companion)).paragraphs)
    assert "Decision log" in text
    assert RECORD not in text and SECURITY not in text  # no policy body


def test_only_a_session_on_an_imported_word_file_can_be_redlined(
    session: Session, tmp_path: Path
) -> None:
    with pytest.raises(ExportError) as refused:
        _export(session, tmp_path)
    assert "Word" in refused.value.text("en") and "Word" in refused.value.text("fr")


def test_libreoffice_opens_the_redlined_original(
    on_their_policy: Session, tmp_path: Path, convert
) -> None:
    _decide(on_their_policy)
    out = _export(on_their_policy, tmp_path)
    text = convert(out, "fodt").read_text(encoding="utf-8")
    assert "text:tracked-changes" in text and "Confidentiel" in text
    assert convert(out, "pdf").stat().st_size > 1000
