"""The report made into the one command that applies it: what the facilitator agreed to."""

from __future__ import annotations

from workshop.commands import ApplyLegalReview
from workshop.legal_review.report import LegalReviewReport, Outcome
from workshop.model import LegalAnswer, LegalEdit
from workshop.storage import now_iso
from workshop.text import Bilingual


def review_command(report: LegalReviewReport, *, resolve: bool = True) -> ApplyLegalReview:
    """Rejected changes give the earlier text back (or take an added clause out); legal's
    wording, typed in the export's language, becomes the text; `resolve` marks each answered
    question resolved."""
    edits: list[LegalEdit] = []
    for clause in report.clauses:
        if clause.outcome is Outcome.REJECTED:
            edits.append(LegalEdit(clause.clause_id, clause.earlier))
        elif clause.outcome is Outcome.DELETED:
            edits.append(LegalEdit(clause.clause_id, None))
        elif clause.outcome in (Outcome.EDITED, Outcome.ADDED):
            text = Bilingual.single(report.language, clause.text)
            edits.append(LegalEdit(clause.clause_id, text, clause.after))
    answers = tuple(
        LegalAnswer(r.decision_number, r.question, r.author, r.text, resolve)
        for r in report.replies
    )
    return ApplyLegalReview(report.version, now_iso(), tuple(edits), answers)
