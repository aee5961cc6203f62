"""Legal's review played on an exported DOCX and read back: one change accepted, one rejected,
one clause retyped without Track Changes, one question answered — as Word saves it, and after a
LibreOffice round trip — then applied: the next draft holds exactly legal's text."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from exports.api import export_session, prepare_document
from exports.document import ExportOptions
from tests.exports.conftest import Convert
from tests.exports.docx.test_libreoffice_review import (  # office: a fixture
    SYSTEM_PYTHON,
    office,  # noqa: F401
    without_comments,
)
from tests.exports.docx.word_review import WordReview
from workshop.commands import ApproveVersion, CommandError, RecordDecision
from workshop.errors import AtelierError
from workshop.legal_review.apply import review_command
from workshop.legal_review.report import Outcome, read_review
from workshop.legal_review.returned_file import read_returned
from workshop.model import Decision
from workshop.next_review import NoApprovedVersionError, new_review
from workshop.session import Session
from workshop.text import Bilingual

LEGAL_SCOPE = "La présente politique s’applique à tout le personnel, stagiaires compris."
QUESTION = "La garantie de non-sanction"
REPLY = "Oui, sous réserve de l’article 12 du règlement intérieur."


def exported(session: Session, tmp_path: Path) -> Path:
    out = tmp_path / "politique-v0.1.docx"
    export_session(session, ExportOptions("docx", "fr", since="baseline"), out)
    return out


def legal_review(source: Path, target: Path) -> Path:
    review = WordReview(source)
    review.accept("spokespersons.who")
    review.reject("media.press_duty")
    review.retype("purpose.scope", LEGAL_SCOPE)
    review.reply(QUESTION, "Me Dupont", REPLY)
    review.word_habits()
    return review.save(target)


def test_anchors_name_every_clause_and_question(demo_session: Session, tmp_path: Path) -> None:
    returned = read_returned(exported(demo_session, tmp_path))
    anchored = {p.clause_anchor for p in returned.paragraphs if p.clause_anchor}
    assert len(anchored) == sum(1 for _ in demo_session.draft().clauses())
    assert sorted(c.question for c in returned.comments) == [1, 2, 3, 4]
    assert returned.properties["AtelierVersion"] == "v0.1"


def check_applied(session: Session, reviewed: Path, *, threaded: bool) -> None:
    exported_draft = session.version("v0.1").draft
    report = read_review(session.view(), reviewed)
    outcomes = {c.clause_id: c.outcome for c in report.clauses}
    assert outcomes["spokespersons.who"] is Outcome.ACCEPTED
    assert outcomes["media.press_duty"] is Outcome.REJECTED
    assert outcomes["purpose.scope"] is Outcome.EDITED
    assert outcomes["complaints.owner"] is Outcome.PENDING
    assert outcomes["purpose.aim"] is Outcome.UNCHANGED
    assert [(r.decision_number, r.author, r.text) for r in report.replies] == [
        (3, "Me Dupont", REPLY)
    ]
    assert report.new_comments == ()
    before = session.draft()
    session.execute(review_command(report))  # one command
    draft = session.draft()
    assert draft.clause("purpose.scope").text.fr == LEGAL_SCOPE
    assert draft.clause("purpose.scope").reviewed_in == "v0.1"
    assert "media.press_duty" not in {c.id for c in draft.clauses()}
    assert draft.clause("spokespersons.who") == exported_draft.clause("spokespersons.who")
    untouched = {"purpose.scope", "media.press_duty"}
    assert [c for c in draft.clauses() if c.id not in untouched] == [
        c for c in before.clauses() if c.id not in untouched
    ]
    answers = session.state.legal_reviews[-1].answers
    assert [(a.decision_number, a.text, a.resolved) for a in answers] == [(3, REPLY, True)]
    assert session.has_changes_since_export()
    session.undo()
    assert session.draft() == before and session.state.legal_reviews == ()
    assert threaded or report.replies  # threading lost: the reply was found by its place


def test_word_review_applied(demo_session: Session, tmp_path: Path) -> None:
    reviewed = legal_review(exported(demo_session, tmp_path), tmp_path / "relu.docx")
    check_applied(demo_session, reviewed, threaded=True)


def test_review_after_a_libreoffice_round_trip(
    demo_session: Session, tmp_path: Path, convert: Convert
) -> None:
    reviewed = legal_review(exported(demo_session, tmp_path), tmp_path / "relu.docx")
    check_applied(demo_session, convert(reviewed, "docx"), threaded=False)


def test_exported_file_round_tripped_through_libreoffice_keeps_its_anchors(
    demo_session: Session, tmp_path: Path, convert: Convert
) -> None:
    original = read_returned(exported(demo_session, tmp_path))
    saved = read_returned(convert(tmp_path / "politique-v0.1.docx", "docx"))
    assert {p.clause_anchor for p in saved.paragraphs} == {
        p.clause_anchor for p in original.paragraphs
    }
    assert [c.question for c in saved.comments] == [c.question for c in original.comments]
    assert saved.properties == original.properties
    report = read_review(demo_session.view(), convert(tmp_path / "politique-v0.1.docx", "docx"))
    assert {c.outcome for c in report.clauses} <= {Outcome.UNCHANGED, Outcome.PENDING}


@pytest.fixture
def reviewed_demo(demo_session: Session, tmp_path: Path) -> Path:
    return legal_review(exported(demo_session, tmp_path), tmp_path / "relu.docx")


def test_reviewed_text_shows_its_provenance_in_the_exports(
    demo_session: Session, reviewed_demo: Path
) -> None:
    demo_session.execute(review_command(read_review(demo_session.view(), reviewed_demo)))
    for lang, words in (("fr", "Relecture juridique de v0.1"), ("en", "Legal review of v0.1")):
        document = prepare_document(demo_session, ExportOptions("pdf", lang, since="v0.1"))
        scope = next(c for s in document.sections for c in s.clauses if c.id == "purpose.scope")
        assert scope.provenance == words
        assert scope.author == f"Atelier · {words}"


def without_anchors(source: Path, target: Path) -> Path:
    """The same file as Atelier wrote it before review anchors existed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "docProps/custom.xml":
                continue
            if item.filename == "word/document.xml":
                data = re.sub(rb'<w:bookmarkStart w:id="\d+" w:name="atl_[^"]*"/>', b"", data)
            new.writestr(item, data)
    return target


def test_a_file_exported_before_anchors_is_read_by_clause_numbers(
    demo_session: Session, reviewed_demo: Path, tmp_path: Path
) -> None:
    old_style = without_anchors(reviewed_demo, tmp_path / "ancien.docx")
    assert not read_returned(old_style).has_anchors
    report = read_review(demo_session.view(), old_style)
    outcomes = {c.clause_id: c.outcome for c in report.clauses}
    assert outcomes["purpose.scope"] is Outcome.EDITED
    assert outcomes["spokespersons.who"] is Outcome.ACCEPTED
    assert report.warnings and "numéros" in report.warnings[0].fr
    assert "clause numbers" in report.lines("en")[1]


def session_untouched(session: Session, attempt: Callable[[], object]) -> str:
    before = (session.file.active_commands(), session.draft())
    with pytest.raises(AtelierError) as caught:
        attempt()
    assert (session.file.active_commands(), session.draft()) == before
    message = caught.value
    assert message.text("fr") != message.text("en")
    return message.text("en")


def test_bad_input_is_refused_with_a_message(
    demo_session: Session, decided: Session, tmp_path: Path
) -> None:
    view = demo_session.view
    exported(demo_session, tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("Relu, rien à signaler.", encoding="utf-8")
    assert "not a Word document" in session_untouched(
        demo_session, lambda: read_review(view(), text)
    )
    fake = tmp_path / "faux.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    session_untouched(demo_session, lambda: read_review(view(), fake))

    other = tmp_path / "other"
    other.mkdir()
    foreign = exported(decided, other)
    message = session_untouched(demo_session, lambda: read_review(view(), foreign))
    assert "another session" in message

    later = WordReview(tmp_path / "politique-v0.1.docx")
    custom = later.parts["docProps/custom.xml"].replace(b">v0.1<", b">v0.7<")
    later.parts["docProps/custom.xml"] = custom
    wrong_version = later.save(tmp_path / "v0.7.docx")
    message = session_untouched(demo_session, lambda: read_review(view(), wrong_version))
    assert "v0.7" in message

    unrelated = tmp_path / "unrelated.docx"
    blank = Document()
    blank.add_paragraph("Compte rendu de la réunion du 3 décembre.")
    blank.save(str(unrelated))
    message = session_untouched(demo_session, lambda: read_review(view(), unrelated))
    assert "no clause of the policy" in message


def test_an_approved_version_is_locked(demo_session: Session, reviewed_demo: Path) -> None:
    demo_session.execute(ApproveVersion("v0.1", "Me Dupont", "2026-12-03T10:00:00", "CA-12"))
    approval = demo_session.view().approval("v0.1")
    assert approval is not None and approval.reference == "CA-12"
    report = read_review(demo_session.view(), reviewed_demo)
    with pytest.raises(CommandError, match="locked"):
        demo_session.execute(review_command(report))
    with pytest.raises(CommandError, match="already approved"):
        demo_session.execute(ApproveVersion("v0.1", "Me Dupont", "2026-12-03T11:00:00"))
    with pytest.raises(CommandError, match="no exported version"):
        demo_session.execute(ApproveVersion("v0.9", "Me Dupont", "2026-12-03T11:00:00"))
    clean = prepare_document(demo_session, ExportOptions("docx", "fr", since="none"))
    assert clean.labels["status"].startswith("Version approuvée par Me Dupont le 3 décembre")
    assert clean.version == "v0.1" and "acknowledgement" in dict(clean.appendices()).values()
    later_decision_on(demo_session)
    assert demo_session.next_version_label() == "v0.2"
    draft = prepare_document(demo_session, ExportOptions("docx", "fr"))
    assert draft.labels["status"] == "Projet pour relecture juridique"


def later_decision_on(session: Session) -> None:
    session.execute(
        RecordDecision(
            Decision(
                session.state.decisions[0].card_id,
                "2026-12-05T10:00:00",
                custom_text=Bilingual.single("fr", "Toute demande va à la communication."),
                custom_clause_id="media.requests",
            )
        )
    )


def test_new_review_starts_from_the_approved_policy(
    demo_session: Session, reviewed_demo: Path, tmp_path: Path
) -> None:
    demo_session.execute(review_command(read_review(demo_session.view(), reviewed_demo)))
    with pytest.raises(NoApprovedVersionError):
        new_review(demo_session, tmp_path / "2027.atelier")
    export_session(demo_session, ExportOptions("docx", "fr", since="v0.1"), tmp_path / "v2.docx")
    demo_session.execute(ApproveVersion("v0.2", "Me Dupont", "2026-12-03T10:00:00"))
    approved = demo_session.version("v0.2").draft
    later_decision_on(demo_session)  # after approval: not in the next review's baseline
    session = new_review(demo_session, tmp_path / "2027.atelier", today="2027-11-20")
    try:
        baseline = session.draft(0)
        assert [(c.id, c.text) for c in baseline.clauses()] == [
            (c.id, c.text) for c in approved.clauses()
        ]
        assert baseline.clause("purpose.scope").text.fr == LEGAL_SCOPE
        earlier = session.state.earlier_review
        assert earlier is not None and earlier.version == "v0.2"
        assert earlier.session_name == "demo.atelier"
        assert len(earlier.decisions) == len(demo_session.state.decisions)
        assert earlier.decisions[0].startswith("D1 — ")
        assert session.state.decisions == [] and session.state.info.date == "2027-11-20"
    finally:
        session.close()


@pytest.mark.usefixtures("office")
def test_libreoffice_accepts_one_change_and_rejects_another(
    demo_session: Session, tmp_path: Path
) -> None:
    """LibreOffice's own Accept and Reject (UNO), clause by clause, then its DOCX save."""
    document = prepare_document(demo_session, ExportOptions("docx", "fr", since="baseline"))
    number = {c.id: c.number for s in document.sections for c in s.clauses}
    source = without_comments(exported(demo_session, tmp_path), tmp_path / "sans.docx")
    target = tmp_path / "relu-libreoffice.docx"
    done = subprocess.run(
        [
            SYSTEM_PYTHON,
            str(Path(__file__).with_name("uno_one_change.py")),
            str(source),
            str(target),
            str(tmp_path / "profile"),
            number["spokespersons.who"],
            number["complaints.owner"],
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    report = read_review(demo_session.view(), target)
    outcomes = {c.clause_id: c.outcome for c in report.clauses}
    assert outcomes["spokespersons.who"] is Outcome.ACCEPTED
    assert outcomes["complaints.owner"] is Outcome.REJECTED
    assert outcomes["personal.opinions"] is Outcome.PENDING
    demo_session.execute(review_command(report))
    earlier = demo_session.draft(0).clause("complaints.owner").text
    assert demo_session.draft().clause("complaints.owner").text == earlier


@pytest.mark.parametrize("resolve", [True, False])
def test_answers_join_their_questions_in_the_next_export(
    demo_session: Session, reviewed_demo: Path, resolve: bool
) -> None:
    report = read_review(demo_session.view(), reviewed_demo)
    demo_session.execute(review_command(report, resolve=resolve))
    notes = prepare_document(demo_session, ExportOptions("docx", "fr", since="v0.1")).notes()
    answered = [n for n in notes if QUESTION in n.text]
    if resolve:  # resolved: no longer an open question for legal
        assert answered == [] and len(notes) == 3
    else:
        assert len(answered) == 1 and answered[0].text.endswith(f"Me Dupont\u00a0: {REPLY}")


def test_the_next_review_names_its_baseline(demo_session: Session, tmp_path: Path) -> None:
    exported(demo_session, tmp_path)
    demo_session.execute(ApproveVersion("v0.1", "Me Dupont", "2026-12-03T10:00:00"))
    session = new_review(demo_session, tmp_path / "2027.atelier", today="2027-11-20")
    try:
        document = prepare_document(session, ExportOptions("pdf", "en"))
        baseline = document.history[0]
        assert baseline.label == "Approved policy v0.1 (demo.atelier)"
        assert baseline.date == "2026-12-03"
    finally:
        session.close()


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_earlier_decision_log_is_kept_as_history(
    demo_session: Session, tmp_path: Path, fmt: str
) -> None:
    exported(demo_session, tmp_path)
    demo_session.execute(ApproveVersion("v0.1", "Me Dupont", "2026-12-03T10:00:00"))
    session = new_review(demo_session, tmp_path / "2027.atelier", today="2027-11-20")
    try:
        out = tmp_path / f"2027.{fmt}"
        export_session(session, ExportOptions(fmt, "fr", since="baseline"), out)
        document = prepare_document(session, ExportOptions(fmt, "fr"))
    finally:
        session.close()
    assert document.earlier_log[0].startswith("Décisions de la relecture précédente")
    assert len(document.earlier_log) == 1 + len(demo_session.state.decisions)
    if fmt == "docx":
        xml = zipfile.ZipFile(out).read("word/document.xml").decode()
        assert all(line in xml for line in document.earlier_log[1:2])


def test_clauses_legal_added_or_deleted_and_their_new_questions(
    demo_session: Session, tmp_path: Path
) -> None:
    review = WordReview(exported(demo_session, tmp_path))
    review.delete("purpose.contract")
    review.add_after("purpose.rights", "Les représentants du personnel sont consultés.")
    review.comment(
        "definitions.confidential", "Me Dupont", "Faut-il viser le secret des affaires ?"
    )
    report = read_review(demo_session.view(), review.save(tmp_path / "relu.docx"))
    outcomes = {c.clause_id: c for c in report.clauses}
    assert outcomes["purpose.contract"].outcome is Outcome.DELETED
    added = [c for c in report.clauses if c.outcome is Outcome.ADDED]
    assert [(c.after, c.text) for c in added] == [
        ("purpose.rights", "Les représentants du personnel sont consultés.")
    ]
    assert [(c.number, c.text) for c in report.new_comments] == [
        ("2.4", "Faut-il viser le secret des affaires ?")
    ]
    demo_session.execute(review_command(report))
    ids = [c.id for c in demo_session.draft().sections[0].clauses]
    assert "purpose.contract" not in ids
    assert ids[ids.index("purpose.rights") + 1] == added[0].clause_id
    new = demo_session.draft().clause(added[0].clause_id)
    assert new.text.fr == "Les représentants du personnel sont consultés."
    assert new.reviewed_in == "v0.1"
