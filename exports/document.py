"""The one typed document every writer renders: built once from a session, no format in it.

Writers (DOCX, PDF) only lay this out; what the document says — numbering, provenance, which
changes to track, the change summary, the version history, what goes in the appendices — is
decided here, so both formats say the same.

Clause numbers are stable, the way lawyers keep them: a clause keeps its number for good, and a
removed clause stays in place as a "[Deleted]" placeholder, so rejecting every change gives the
earlier text with the earlier numbers. A clause's text is only its text: where it came from
travels beside it (the tracked change's author, the PDF's note, the decision log).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from exports.labels import labels
from exports.wording import colon, inner_quotes, long_date
from workshop.diff import ChangeKind, ClauseChange, WordOp, WordOpKind, diff_drafts
from workshop.draft import Draft, DraftClause, Provenance
from workshop.labels import clause_number, decision_label, number_order
from workshop.legal_review.anchors import session_fingerprint
from workshop.model import (
    CardStatus,
    Decision,
    DecisionDraft,
    OpenQuestion,
    Participant,
    Tally,
    Votes,
)
from workshop.template import PolicyTemplate
from workshop.text import Language
from workshop.view import SessionView

if TYPE_CHECKING:
    from workshop.policy_import.baseline import OriginalPolicy

TOOL = "Atelier"

Format = str  # a key of exports.formats.FORMATS: "docx", "pdf"
# atelier: Atelier's own layout; original: their own .docx redlined (an imported policy), with
# the appendices in a companion document, itself Atelier's layout without the policy body.
Layout = Literal["atelier", "original", "companion"]
LAYOUTS: tuple[Layout, ...] = ("atelier", "original")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    format: Format
    language: Language
    since: str | None = None  # "baseline", "vX.Y", "none"; None: the session's default
    include_participants: bool = True
    layout: Layout = "atelier"


@dataclass(frozen=True, slots=True)
class ClauseNote:
    """An open question for legal, rendered as a comment (DOCX) or a numbered note (PDF)."""

    number: int
    text: str
    decision_label: str
    votes: Votes
    dissent: str


@dataclass(frozen=True, slots=True)
class DocClause:
    id: str
    number: str  # "3.2", kept for good: a removed clause keeps it, with a placeholder text
    change: ChangeKind
    words: tuple[WordOp, ...]  # the text; insert/delete ops are tracked changes
    provenance: str  # "Card “…”, decision D3": the PDF's note; empty for baseline text
    author: str  # "Atelier · D3 — card title": the tracked change's author; empty if unchanged
    changed_at: str  # ISO time of the decision behind the change, for the tracked change
    notes: tuple[ClauseNote, ...]
    text_language: Language  # the group's own wording stays in the language it was agreed in

    def text(self, *, accept: bool = True) -> str:
        """The clause's text once every change is accepted (or rejected)."""
        dropped = WordOpKind.DELETE if accept else WordOpKind.INSERT
        return "".join(op.text for op in self.words if op.kind is not dropped)


@dataclass(frozen=True, slots=True)
class DocSection:
    number: int
    id: str
    title: str
    clauses: tuple[DocClause, ...]


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    label: str
    card_title: str
    choice: str
    rationale: str
    votes: Votes
    dissent: str
    decided_at: str
    superseded_by: str  # "D5", or empty while in force
    clause_numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ParkedEntry:
    """A card the group set aside: in the decision log with what was said, though undecided."""

    card_title: str
    minutes: int  # time spent on it
    notes: str  # the rationale being drafted when it was parked
    dissent: str
    votes: Votes  # a show of hands taken before parking, if any


@dataclass(frozen=True, slots=True)
class ActionEntry:
    what: str
    owner: str
    due: str
    decision_label: str


@dataclass(frozen=True, slots=True)
class AwarenessEntry:
    question: str
    yes: int
    no: int
    unsure: int
    answer: str = ""  # an open question's answer, in the group's words

    def cells(self, answer_label: str) -> tuple[str, str, str, str]:
        """The row of the awareness table: the tally, or the group's words under the question."""
        if self.answer:
            return (f"{self.question} — {answer_label} {self.answer}", "–", "–", "–")
        return (self.question, str(self.yes), str(self.no), str(self.unsure))


@dataclass(frozen=True, slots=True)
class ParticipantEntry:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One line of the change summary: a changed clause, or one that carries a question."""

    number: str
    change: ChangeKind
    decision_label: str
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VersionEntry:
    label: str  # "v0.2", or the baseline template's name
    date: str  # ISO date, empty for the baseline
    content_hash: str
    current: bool = False  # the version this export is


@dataclass(frozen=True, slots=True)
class PolicyDocument:
    language: Language
    labels: dict[str, str]
    title: str
    organisation: str
    facilitator: str
    jurisdiction: str  # whose law, and when its references were checked
    author: str  # the tracked changes' and comments' author
    workshop_date: str
    export_date: str
    version: str
    content_hash: str
    since: str  # "baseline", "v0.1" …, or "none" for a clean copy
    measured_against: str  # what the changes are measured against, as the cover says it
    sections: tuple[DocSection, ...]
    summary: tuple[SummaryRow, ...]
    history: tuple[VersionEntry, ...]
    decisions: tuple[DecisionEntry, ...]
    parked: tuple[ParkedEntry, ...]
    actions: tuple[ActionEntry, ...]
    awareness: tuple[AwarenessEntry, ...]
    participants: tuple[ParticipantEntry, ...] | None  # None: left out of this export
    session_fingerprint: str = ""  # ties the file legal sends back to its session
    earlier_log: tuple[str, ...] = ()  # the decisions of the review this one started from
    layout: Layout = "atelier"
    original: OriginalPolicy | None = None  # their policy, for the "original" layout

    def companion(self) -> PolicyDocument:
        """The appendices of the "original" layout: everything but the policy body."""
        return replace(self, layout="companion", sections=())

    @property
    def tracks_changes(self) -> bool:
        return self.since != "none"

    def cover_details(self) -> list[tuple[str, str]]:
        """The cover's table, label and value, in the order both formats print it."""
        words, lang = self.labels, self.language
        return [
            (words["organisation"], self.organisation),
            (words["version"], self.version),
            (words["date"], long_date(self.export_date, lang)),
            (words["workshop_date"], long_date(self.workshop_date, lang)),
            (words["facilitator"], self.facilitator),
            (words["jurisdiction"], self.jurisdiction),
            (words["content_hash"], self.content_hash),
            (words["measured_against"], self.measured_against),
        ]

    def changes_heading(self) -> str:
        if self.since == "none":
            return self.labels["no_changes_shown"]
        if self.since == "baseline":
            return self.labels["changes_since_baseline"]
        return self.labels["changes_since"].format(since=self.since)

    def notes(self) -> list[ClauseNote]:
        return [n for s in self.sections for c in s.clauses for n in c.notes]

    def change_counts(self) -> dict[str, int]:
        """The summary's counts, keyed as labels["change_counts"] names them."""
        kinds = [row.change for row in self.summary]
        return {
            "added": kinds.count(ChangeKind.ADDED),
            "changed": kinds.count(ChangeKind.CHANGED),
            "removed": kinds.count(ChangeKind.REMOVED),
            "questions": len(self.notes()),
        }

    def appendices(self) -> list[tuple[str, str]]:
        """(letter, label key) of each appendix, lettered the same in every format."""
        keys = ["decision_log", "action_plan", "awareness"]
        if self.participants is not None:
            keys.append("participants")
        keys.append("acknowledgement")
        return list(zip("ABCDE", keys, strict=False))

    def appendix_letter(self, key: str) -> str:
        return next(letter for letter, name in self.appendices() if name == key)


def build_document(view: SessionView, options: ExportOptions) -> PolicyDocument:
    """Everything an export shows, read from one immutable view of the session."""
    lang = options.language
    words = labels(lang)
    state = view.state
    deck = view.content.deck
    original = view.content.original
    # Their document is their text: the redline always shows every change since it.
    since = "baseline" if options.layout == "original" else options.since or view.default_since()
    draft = view.draft()
    base = draft if since == "none" else view.diff_base(since)
    diff = diff_drafts(base, draft, lang)
    names = _Names(state.participants, words, keep=options.include_participants)

    questions_by_clause: dict[str, list[tuple[Decision, OpenQuestion]]] = {}
    for decision in state.decisions:
        for question in decision.questions:
            landed = view.content.template.landed(question.clause_id)
            questions_by_clause.setdefault(landed, []).append((decision, question))

    answers = {(a.decision_number, a.question): a for r in state.legal_reviews for a in r.answers}

    def card_title(card_id: str) -> str:
        return deck.card(card_id).title.get(lang)

    numbers = _stable_numbers(view, base, draft)
    placeholder = words["deleted_placeholder"]
    note_number = 0
    sections: list[DocSection] = []
    summary: list[SummaryRow] = []
    for s_index, section in enumerate(diff.sections, start=1):
        changes = {change.clause_id: change for change in section.clauses}
        clauses: list[DocClause] = []
        for clause_id in numbers.order[section.id]:
            change = changes.get(clause_id)
            notes = []
            for decision, question in questions_by_clause.get(clause_id, []):
                answer = answers.get((decision.number, question.text))
                if answer and answer.resolved:
                    continue  # legal answered it and it was marked resolved: no longer open
                note_number += 1
                text = names.hide(question.text)
                if answer:
                    said = words["legal_answer"].format(author=answer.author)
                    text += f"\n{said}{colon(lang)}{answer.text}"
                notes.append(
                    ClauseNote(
                        note_number,
                        text,
                        decision.label,
                        decision.votes,
                        names.hide(decision.dissent),
                    )
                )
            kind = change.kind if change else ChangeKind.UNCHANGED
            behind = view.last_decision_on(clause_id) if kind is not ChangeKind.UNCHANGED else None
            author = decision_author(behind.label, card_title(behind.card_id)) if behind else ""
            text_language = _text_language(change.current, lang) if change else lang
            origin = _origin(change, since)
            provenance = ""
            if origin:
                card = inner_quotes(card_title(origin.card_id), lang)
                provenance = words["provenance"].format(card=card, decision=origin.decision_label)
            reviewed = change.new.reviewed_in if change and change.new and since != "none" else ""
            if reviewed:  # legal's wording: their review, not a decision, set it
                provenance = words["legal_provenance"].format(version=reviewed)
                author = f"{TOOL} · {provenance}"
            if origin and text_language != lang:
                # The group's own wording exists in the language it was agreed in only: it is
                # shown as agreed, and the note says so rather than leaving it "untranslated".
                provenance += f" — {words[f'wording_in_{text_language}']}"
            clauses.append(
                DocClause(
                    id=clause_id,
                    number=numbers.of[clause_id],
                    change=kind,
                    words=_words(change, placeholder),
                    provenance=provenance,
                    author=author,
                    changed_at=behind.decided_at if behind else "",
                    notes=tuple(notes),
                    text_language=text_language,
                )
            )
            if kind is not ChangeKind.UNCHANGED or notes:
                # An unchanged clause is listed for its questions: name the decisions that asked.
                asked = dict.fromkeys(n.decision_label for n in notes)
                summary.append(
                    SummaryRow(
                        numbers.of[clause_id],
                        kind,
                        behind.label if behind else ", ".join(asked),
                        tuple(n.text for n in notes),
                    )
                )
        sections.append(DocSection(s_index, section.id, section.title.get(lang), tuple(clauses)))

    superseded = view.superseded()
    decision_entries = tuple(
        DecisionEntry(
            label=d.label,
            card_title=card_title(d.card_id),
            choice=(
                deck.card(d.card_id).option(d.option_id).label.get(lang)
                if d.option_id is not None
                else words["custom_wording"]
            ),
            rationale=names.hide(d.rationale),
            votes=d.votes,
            dissent=names.hide(d.dissent),
            decided_at=d.decided_at,
            superseded_by=decision_label(superseded[d.number]) if d.number in superseded else "",
            clause_numbers=tuple(
                sorted(
                    {numbers.of[c] for c in view.decision_clause_ids(d) if c in numbers.of},
                    key=number_order,
                )
            ),
        )
        for d in state.decisions
    )
    info = state.info
    version = view.next_version_label()
    approval = (
        view.approval(version) if view.versions and not view.has_changes_since_export() else None
    )
    if approval:  # the published policy says so where the draft says "for legal review"
        reference = f" ({approval.reference})" if approval.reference else ""
        words = {
            **words,
            "status": words["approved_status"].format(
                by=approval.by, date=long_date(approval.approved_at[:10], lang), reference=reference
            ),
        }
    export_date = date.today().isoformat()
    earlier = state.earlier_review
    return PolicyDocument(
        session_fingerprint=session_fingerprint(info),
        earlier_log=(
            (
                words["earlier_decisions"].format(
                    session=earlier.session_name, version=earlier.version
                ),
                *earlier.decisions,
            )
            if earlier and earlier.decisions
            else ()
        ),
        language=lang,
        labels=words,
        title=draft.title.get(lang),
        organisation=info.organisation,
        facilitator=info.facilitator,
        jurisdiction=_jurisdiction(words, info.jurisdiction, view.content.template, lang),
        author=info.facilitator or info.organisation,
        workshop_date=info.date,
        export_date=export_date,
        version=version,
        content_hash=draft.content_hash(),
        since=since,
        measured_against=_measured_against(view, since, words, lang),
        sections=tuple(sections),
        summary=tuple(summary),
        history=_history(view, version, export_date, draft.content_hash(), words),
        decisions=decision_entries,
        parked=_parked(view, lang),
        actions=tuple(
            ActionEntry(names.hide(a.what), names.owner(a.owner), a.due, d.label)
            for d in state.decisions
            for a in d.actions
        ),
        awareness=tuple(
            AwarenessEntry(q.text.get(lang), t.yes, t.no, t.unsure, note)
            for q in view.content.awareness
            if (note := state.awareness_notes.get(q.id, "")) or q.id in state.awareness
            for t in (state.awareness.get(q.id, Tally()),)
        ),
        participants=(
            tuple(ParticipantEntry(p.name, p.role) for p in state.participants)
            if options.include_participants
            else None
        ),
        layout=options.layout,
        original=original if options.layout == "original" else None,
    )


@dataclass(frozen=True, slots=True)
class _Numbers:
    order: dict[str, list[str]]  # section id → its clause ids, in their numbered order
    of: dict[str, str]  # clause id → "3.2"


def _jurisdiction(
    words: dict[str, str], jurisdiction: str, template: PolicyTemplate, lang: Language
) -> str:
    """Whose law the policy follows, and when its legal references were last checked."""
    name = words[f"jurisdiction_{jurisdiction}"]
    if not template.legal_checked:
        return name
    return words["legal_checked"].format(
        jurisdiction=name, date=long_date(template.legal_checked, lang)
    )


def _stable_numbers(view: SessionView, base: Draft, draft: Draft) -> _Numbers:
    """Every clause the policy ever had keeps its place: the template's clauses in order, then
    the clauses decisions added, in the order any exported version, the base or the draft first
    showed them. So numbers never shift when a clause goes, and reject-all restores them."""
    drafts = [view.draft(0), *(v.draft for v in view.versions), base, draft]
    order: dict[str, list[str]] = {s.id: [] for s in draft.sections}
    seen: set[str] = set()
    for version in drafts:
        for section in version.sections:
            for clause in section.clauses:
                if clause.id not in seen:
                    seen.add(clause.id)
                    order.setdefault(section.id, []).append(clause.id)
    numbered = {
        clause_id: clause_number(s_index, c_index)
        for s_index, section in enumerate(draft.sections, start=1)
        for c_index, clause_id in enumerate(order[section.id], start=1)
    }
    return _Numbers(order, numbered)


def _words(change: ClauseChange | None, placeholder: str) -> tuple[WordOp, ...]:
    """A removed clause reads as its deleted text replaced by the placeholder; a clause gone
    before the base reads as the placeholder alone."""
    if change is None:
        return (WordOp(WordOpKind.EQUAL, placeholder),)
    if change.kind is ChangeKind.REMOVED:
        return (*change.words, WordOp(WordOpKind.INSERT, placeholder))
    return change.words


def _origin(change: ClauseChange | None, since: str) -> Provenance | None:
    """The decision whose text the clause shows, for the PDF's note; a clean copy has none."""
    if change is None or since == "none" or change.new is None:
        return None
    return change.new.provenance


def _text_language(clause: DraftClause, lang: Language) -> Language:
    """The language the clause's text is in: the group's own wording may exist in one only."""
    own = clause.text.fr if lang == "fr" else clause.text.en
    return lang if own else ("en" if lang == "fr" else "fr")


def _measured_against(view: SessionView, since: str, words: dict[str, str], lang: Language) -> str:
    if since == "none":
        return words["measured_none"]
    if since == "baseline":
        return words["measured_baseline"].format(hash=view.draft(0).content_hash()[:12])
    version = view.version(since)
    return words["measured_version"].format(
        version=version.label,
        date=long_date(version.created_at, lang),
        hash=version.content_hash[:12],
    )


def _history(
    view: SessionView, version: str, export_date: str, content_hash: str, words: dict[str, str]
) -> tuple[VersionEntry, ...]:
    """The baseline, every exported version, and this export (once, if it has new content)."""
    baseline = words["baseline_template"]
    earlier = view.state.earlier_review
    if earlier:  # this review started from an earlier one's approved policy: say which
        baseline = words["baseline_earlier"].format(
            version=earlier.version, session=earlier.session_name
        )
    entries = [
        VersionEntry(
            baseline, earlier.approved_at[:10] if earlier else "", view.draft(0).content_hash()
        )
    ]
    entries += [
        VersionEntry(v.label, v.created_at[:10], v.content_hash, current=v.label == version)
        for v in view.versions
    ]
    if not any(entry.current for entry in entries):
        entries.append(VersionEntry(version, export_date, content_hash, current=True))
    return tuple(entries)


class _Names:
    """Without participants, their names are left out everywhere: a name in typed text (a
    dissent, an action) reads as the person's role, and an owner is named by role."""

    def __init__(
        self, participants: tuple[Participant, ...], words: dict[str, str], *, keep: bool
    ) -> None:
        self.roles = (
            {}
            if keep
            else {p.name: p.role or words["a_participant"] for p in participants if p.name.strip()}
        )
        self.pattern = (
            re.compile("|".join(re.escape(n) for n in sorted(self.roles, key=len, reverse=True)))
            if self.roles
            else None
        )

    def hide(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.roles[m.group()], text)

    def owner(self, owner: str) -> str:
        return self.roles.get(owner.strip(), self.hide(owner))


def decision_author(decision_label: str, card_title: str) -> str:
    """The author of a tracked change or comment names the decision behind it and its card:
    Word's and LibreOffice's review panes show it, and the clause text stays the clause's."""
    return f"{TOOL} · {decision_label} — {card_title}"


def _parked(view: SessionView, lang: Language) -> tuple[ParkedEntry, ...]:
    state = view.state
    entries = []
    for item in state.agenda:
        if state.card_status(item.card_id) is not CardStatus.PARKED:
            continue
        draft = state.decision_drafts.get(item.card_id, DecisionDraft())
        entries.append(
            ParkedEntry(
                card_title=view.content.deck.card(item.card_id).title.get(lang),
                minutes=round(state.time_used.get(item.card_id, 0) / 60),
                notes=draft.rationale.strip(),
                dissent=draft.dissent.strip(),
                votes=state.pending_votes.get(item.card_id, Votes()),
            )
        )
    return tuple(entries)


def _change_time(view: SessionView, change: ClauseChange) -> str:
    """A tracked change is dated by the decision that made it."""
    if change.kind is ChangeKind.UNCHANGED:
        return ""
    decision = view.last_decision_on(change.clause_id)
    return decision.decided_at if decision else ""
