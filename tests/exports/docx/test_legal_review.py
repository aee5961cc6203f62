"""Legal's review played on an exported DOCX and read back: one change accepted, one rejected,
one clause retyped without Track Changes, one question answered — as Word saves it, and after a
LibreOffice round trip — then applied: the next draft holds exactly legal's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.api import export_session
from exports.document import ExportOptions
from tests.exports.conftest import Convert
from tests.exports.docx.word_review import WordReview
from workshop.legal_review.apply import review_command
from workshop.legal_review.report import Outcome, read_review
from workshop.legal_review.returned_file import read_returned
from workshop.session import Session

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
