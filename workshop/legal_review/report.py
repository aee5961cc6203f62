"""Legal's review read against the version it was made on: what happened to each clause and
which questions were answered. A value the facilitator reads before anything is applied."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from workshop.draft import Draft, DraftSection
from workshop.labels import clause_numbers
from workshop.legal_review import errors
from workshop.legal_review.anchors import (
    HASH_PROPERTY,
    LANGUAGE_PROPERTY,
    SESSION_PROPERTY,
    SINCE_PROPERTY,
    VERSION_PROPERTY,
    clause_anchor,
    session_fingerprint,
)
from workshop.legal_review.returned_file import (
    Comment,
    Paragraph,
    ReturnedFile,
    normalised,
    read_returned,
    strip_number,
)
from workshop.model import Decision, OpenQuestion
from workshop.text import Bilingual, Language
from workshop.view import ExportedVersion, SessionView


class Outcome(Enum):
    UNCHANGED = "unchanged"
    ACCEPTED = "accepted"  # the workshop's changes, accepted
    REJECTED = "rejected"  # the workshop's changes, rejected: the earlier text again
    PENDING = "pending"  # the workshop's changes, neither accepted nor rejected yet
    EDITED = "edited"  # legal's own wording, tracked or not
    ADDED = "added"  # a clause legal wrote
    DELETED = "deleted"  # a clause legal took out


OUTCOME_WORDS: dict[Outcome, Bilingual] = {
    Outcome.UNCHANGED: Bilingual("inchangée", "unchanged"),
    Outcome.ACCEPTED: Bilingual("modifications acceptées", "changes accepted"),
    Outcome.REJECTED: Bilingual("modifications refusées", "changes rejected"),
    Outcome.PENDING: Bilingual("modifications en attente", "changes still pending"),
    Outcome.EDITED: Bilingual("réécrite par le juridique", "edited by legal"),
    Outcome.ADDED: Bilingual("ajoutée par le juridique", "added by legal"),
    Outcome.DELETED: Bilingual("supprimée par le juridique", "deleted by legal"),
}


@dataclass(frozen=True, slots=True)
class ClauseReview:
    clause_id: str  # for an added clause: a new id
    section_id: str
    number: str
    outcome: Outcome
    text: str  # the clause as legal left it (their pending changes accepted)
    earlier: Bilingual | None  # the text before the workshop's changes; None: there was none
    after: str = ""  # an added clause: the clause it follows

    def reads(self, lang: Language) -> str:
        """The clause once the review is applied; empty when it is no longer in the policy."""
        if self.outcome is Outcome.REJECTED:
            return self.earlier.get(lang) if self.earlier else ""
        return "" if self.outcome is Outcome.DELETED else self.text


@dataclass(frozen=True, slots=True)
class Reply:
    decision_number: int
    question: str
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class NewComment:
    number: str  # the clause it sits on, or empty
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class LegalReviewReport:
    file_name: str
    version: str
    language: Language
    clauses: tuple[ClauseReview, ...]
    replies: tuple[Reply, ...]
    new_comments: tuple[NewComment, ...]
    warnings: tuple[Bilingual, ...]

    def changed(self) -> tuple[ClauseReview, ...]:
        return tuple(c for c in self.clauses if c.outcome is not Outcome.UNCHANGED)

    def counts(self) -> dict[Outcome, int]:
        return {o: sum(c.outcome is o for c in self.clauses) for o in Outcome}

    def lines(self, lang: Language) -> list[str]:
        """The report as the CLI prints it and the dialog shows it."""
        fr = lang == "fr"
        sep = "\u00a0: " if fr else ": "
        head = "Relecture juridique de" if fr else "Legal's review of"
        lines = [f"{head} {self.version} ({self.file_name})"]
        lines += [f"! {w.get(lang)}" for w in self.warnings]
        counts = self.counts()
        lines.append(
            ", ".join(f"{OUTCOME_WORDS[o].get(lang)}{sep}{n}" for o, n in counts.items() if n)
        )
        for clause in self.changed():
            words = OUTCOME_WORDS[clause.outcome].get(lang)
            lines.append(f"  {clause.number or '+'} — {words}")
            if clause.outcome in (Outcome.EDITED, Outcome.ADDED):
                lines.append(f"      « {clause.text} »" if fr else f"      “{clause.text}”")
        title = "Réponses aux questions ouvertes" if fr else "Answers to open questions"
        lines.append(f"{title}{sep}{len(self.replies)}")
        lines += [f"  {r.question} → {r.author}{sep}{r.text}" for r in self.replies]
        title = "Nouveaux commentaires" if fr else "New comments"
        lines.append(f"{title}{sep}{len(self.new_comments)}")
        lines += [f"  {c.number or '—'} {c.author}{sep}{c.text}" for c in self.new_comments]
        return lines


def read_review(view: SessionView, path: Path) -> LegalReviewReport:
    """The report for `path`, or a LegalReviewError; reading never changes the session."""
    returned = read_returned(path)
    return compare(view, returned)


def compare(view: SessionView, returned: ReturnedFile) -> LegalReviewReport:
    props = returned.properties
    warnings: list[Bilingual] = []
    if not view.versions:
        raise errors.no_version(returned.name)
    fingerprint = props.get(SESSION_PROPERTY)
    if fingerprint and fingerprint != session_fingerprint(view.state.info):
        raise errors.other_session(returned.name)
    version = _version(view, returned, warnings)
    language: Language = "en" if props.get(LANGUAGE_PROPERTY) == "en" else "fr"
    since = props.get(SINCE_PROPERTY) or "baseline"
    exported = version.draft
    earlier = _earlier(view, since, exported)
    by_clause = _paragraphs_by_clause(view, returned, exported, earlier, warnings)
    if not by_clause:
        raise errors.no_clauses(returned.name)
    clauses = _clauses(exported, earlier, by_clause, returned, language, version.label)
    replies, new_comments = _comments(view.state.decisions, returned.comments, exported, earlier)
    return LegalReviewReport(
        returned.name,
        version.label,
        language,
        tuple(clauses),
        tuple(replies),
        tuple(new_comments),
        tuple(warnings),
    )


def _version(
    view: SessionView, returned: ReturnedFile, warnings: list[Bilingual]
) -> ExportedVersion:
    label = returned.properties.get(VERSION_PROPERTY)
    if not label:
        warnings.append(
            Bilingual(
                "Fichier exporté avant les repères de relecture : lu d’après les numéros et le "
                f"texte des clauses, comparé à la dernière version ({view.versions[-1].label}).",
                "File exported before review anchors: read by clause numbers and text, compared "
                f"with the latest version ({view.versions[-1].label}).",
            )
        )
        return view.versions[-1]
    digest = returned.properties.get(HASH_PROPERTY, "")
    for version in view.versions:
        if version.label == label and (not digest or digest == version.content_hash):
            return version
    raise errors.unknown_version(returned.name, label)


def _earlier(view: SessionView, since: str, exported: Draft) -> Draft:
    if since == "none":
        return exported
    if since == "baseline":
        return view.draft(0)
    return view.version(since).draft


def _paragraphs_by_clause(
    view: SessionView,
    returned: ReturnedFile,
    exported: Draft,
    earlier: Draft,
    warnings: list[Bilingual],
) -> dict[str, list[Paragraph]]:
    """Clause id → its paragraphs: by anchor, or for an older file by its number."""
    ids = {clause_anchor(c.id): c.id for d in (exported, earlier) for c in d.clauses()}
    found: dict[str, list[Paragraph]] = {}
    if returned.has_anchors:
        for paragraph in returned.paragraphs:
            if paragraph.clause_anchor in ids:
                found.setdefault(ids[paragraph.clause_anchor], []).append(paragraph)
        return found
    numbers = {n: c for c, n in clause_numbers(_union(earlier, exported)).items()}
    for paragraph in returned.paragraphs:
        if paragraph.number in numbers:
            found.setdefault(numbers[paragraph.number], []).append(paragraph)
    return found


def _union(earlier: Draft, exported: Draft) -> Draft:
    """The clauses of both drafts in the exports' numbering order: the earlier ones, then added."""
    sections = []
    later = {s.id: s for s in exported.sections}
    for section in earlier.sections:
        known = {c.id for c in section.clauses}
        extra = tuple(c for c in later[section.id].clauses if c.id not in known)
        sections.append(DraftSection(section.id, section.title, section.clauses + extra))
    return Draft(exported.title, tuple(sections), exported.revision)


def _text(paragraphs: list[Paragraph], *, accepted: bool) -> str:
    texts = [p.accepted if accepted else p.rejected for p in paragraphs]
    stripped = [strip_number(t) for t in texts]
    return normalised("\n".join(t for t in stripped if t.strip()))


def _clauses(
    exported: Draft,
    earlier: Draft,
    by_clause: dict[str, list[Paragraph]],
    returned: ReturnedFile,
    lang: Language,
    label: str,
) -> list[ClauseReview]:
    earlier_text = {c.id: c.text for c in earlier.clauses()}
    numbers = clause_numbers(_union(earlier, exported))
    reviews: list[ClauseReview] = []
    for section in exported.sections:
        for clause in section.clauses:
            paragraphs = by_clause.get(clause.id, [])
            before = earlier_text.get(clause.id)
            now = normalised(clause.text.get(lang))
            was = normalised(before.get(lang)) if before else ""
            text = _text(paragraphs, accepted=True)
            pending = sum(p.tool_changes for p in paragraphs)
            if not paragraphs or not text:
                outcome = Outcome.REJECTED if before is None and now else Outcome.DELETED
            elif text == now:
                outcome = Outcome.UNCHANGED if now == was else Outcome.ACCEPTED
                if pending:
                    outcome = Outcome.PENDING
            elif text == was:
                outcome = Outcome.REJECTED
            else:
                outcome = Outcome.EDITED
            number = numbers.get(clause.id, "")
            reviews.append(ClauseReview(clause.id, section.id, number, outcome, text, before))
    reviews += _restored(exported, earlier, by_clause, numbers, lang)
    reviews += _added(exported, returned, by_clause, label)
    return reviews


def _restored(
    exported: Draft,
    earlier: Draft,
    by_clause: dict[str, list[Paragraph]],
    numbers: dict[str, str],
    lang: Language,
) -> list[ClauseReview]:
    """Clauses the workshop removed whose deletion legal rejected: their earlier text is back."""
    present = {c.id for c in exported.clauses()}
    restored = []
    for section in earlier.sections:
        for clause in section.clauses:
            paragraphs = by_clause.get(clause.id, [])
            if clause.id in present or not paragraphs:
                continue
            if _text(paragraphs, accepted=True) == normalised(clause.text.get(lang)):
                number = numbers.get(clause.id, "")
                review = ClauseReview(
                    clause.id, section.id, number, Outcome.REJECTED, "", clause.text
                )
                restored.append(review)
    return restored


def _added(
    exported: Draft, returned: ReturnedFile, by_clause: dict[str, list[Paragraph]], label: str
) -> list[ClauseReview]:
    """Clause paragraphs outside every anchor, after a known clause: clauses legal wrote."""
    if not returned.has_anchors:
        return []
    owner = {id(p): cid for cid, ps in by_clause.items() for p in ps}
    section_of = {c.id: s.id for s in exported.sections for c in s.clauses}
    added: list[ClauseReview] = []
    previous = ""
    for paragraph in returned.paragraphs:
        if id(paragraph) in owner:
            previous = owner[id(paragraph)] if owner[id(paragraph)] in section_of else previous
            continue
        text = normalised(strip_number(paragraph.accepted))
        if paragraph.style == "Clause" and previous and text:
            section = section_of[previous]
            new_id = f"{section}.legal_{label.replace('.', '_')}_{len(added) + 1}"
            review = ClauseReview(new_id, section, "", Outcome.ADDED, text, None, after=previous)
            added.append(review)
    return added


def _comments(
    decisions: list[Decision], comments: list[Comment], exported: Draft, earlier: Draft
) -> tuple[list[Reply], list[NewComment]]:
    """Replies to the questions' comments, threaded (commentsExtended) or, once LibreOffice
    dropped the threads, by place: a comment by someone else inside a question's bookmark."""
    questions = [(d, q) for d in decisions for q in d.questions]
    asked: dict[int, tuple[Decision, OpenQuestion]] = {}  # question bookmark → question
    by_para: dict[str, tuple[Decision, OpenQuestion]] = {}
    for comment in comments:
        if comment.from_tool:
            match = next(((d, q) for d, q in questions if q.text and q.text in comment.text), None)
            if match:
                if comment.question is not None:
                    asked[comment.question] = match
                by_para.update(dict.fromkeys(comment.para_ids, match))
    numbers = clause_numbers(_union(earlier, exported))
    ids = {clause_anchor(c.id): c.id for d in (earlier, exported) for c in d.clauses()}
    replies: list[Reply] = []
    new: list[NewComment] = []
    for comment in comments:
        if comment.from_tool:
            continue
        threaded = by_para.get(comment.parent)
        placed = asked.get(comment.question) if comment.question is not None else None
        match = threaded or placed
        if match:
            decision, question = match
            replies.append(Reply(decision.number, question.text, comment.author, comment.text))
        else:
            number = numbers.get(ids.get(comment.clause_anchor, ""), "")
            new.append(NewComment(number, comment.author, comment.text))
    return replies, new
