"""The one typed document every writer renders: built once from a session, no format in it.

Writers (DOCX, PDF) only lay this out; what the document says — numbering, provenance, which
changes to track, what goes in the appendices — is decided here, so both formats say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from exports.labels import labels
from workshop.diff import ChangeKind, ClauseChange, WordOp, WordOpKind, diff_drafts
from workshop.labels import clause_number, decision_label, number_order
from workshop.model import CardStatus, DecisionDraft, OpenQuestion, Votes
from workshop.text import Language
from workshop.view import SessionView

Format = Literal["docx", "pdf"]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    format: Format
    language: Language
    since: str | None = None  # "baseline", "vX.Y", "none"; None: the session's default
    include_participants: bool = True


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
    number: str  # "3.2"; empty for a clause this version removes
    change: ChangeKind
    words: tuple[WordOp, ...]  # the text; insert/delete ops are tracked changes
    provenance: str  # "Card “…”, decision D3"; empty for baseline text
    changed_at: str  # ISO time of the decision behind the change, for the tracked change
    notes: tuple[ClauseNote, ...]

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


@dataclass(frozen=True, slots=True)
class ParticipantEntry:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class PolicyDocument:
    language: Language
    labels: dict[str, str]
    title: str
    organisation: str
    facilitator: str
    author: str  # the tracked changes' and comments' author
    workshop_date: str
    export_date: str
    version: str
    content_hash: str
    since: str  # "baseline", "v0.1" …, or "none" for a clean copy
    sections: tuple[DocSection, ...]
    decisions: tuple[DecisionEntry, ...]
    parked: tuple[ParkedEntry, ...]
    actions: tuple[ActionEntry, ...]
    awareness: tuple[AwarenessEntry, ...]
    participants: tuple[ParticipantEntry, ...] | None  # None: left out of this export

    @property
    def tracks_changes(self) -> bool:
        return self.since != "none"

    def changes_heading(self) -> str:
        if self.since == "none":
            return self.labels["no_changes_shown"]
        if self.since == "baseline":
            return self.labels["changes_since_baseline"]
        return self.labels["changes_since"].format(since=self.since)

    def notes(self) -> list[ClauseNote]:
        return [n for s in self.sections for c in s.clauses for n in c.notes]


def build_document(view: SessionView, options: ExportOptions) -> PolicyDocument:
    """Everything an export shows, read from one immutable view of the view."""
    lang = options.language
    words = labels(lang)
    state = view.state
    deck = view.content.deck
    since = options.since or view.default_since()
    draft = view.draft()
    base = draft if since == "none" else view.diff_base(since)
    diff = diff_drafts(base, draft, lang)
    decisions = {d.number: d for d in state.decisions}

    questions_by_clause: dict[str, list[tuple[int, OpenQuestion]]] = {}
    for decision in state.decisions:
        for question in decision.questions:
            questions_by_clause.setdefault(question.clause_id, []).append(
                (decision.number, question)
            )

    note_number = 0
    clause_numbers: dict[str, str] = {}
    sections: list[DocSection] = []
    for s_index, section in enumerate(diff.sections, start=1):
        clauses: list[DocClause] = []
        present = 0
        for change in section.clauses:
            clause = change.current
            if change.kind is not ChangeKind.REMOVED:
                present += 1
                clause_numbers[clause.id] = clause_number(s_index, present)
            origin = clause.provenance
            notes = []
            for decision_number, question in questions_by_clause.get(clause.id, []):
                note_number += 1
                decision = decisions[decision_number]
                notes.append(
                    ClauseNote(
                        note_number,
                        question.text,
                        decision.label,
                        decision.votes,
                        decision.dissent,
                    )
                )
            clauses.append(
                DocClause(
                    id=clause.id,
                    number=clause_numbers.get(clause.id, "") if change.new else "",
                    change=change.kind,
                    words=change.words,
                    provenance=(
                        words["provenance"].format(
                            card=deck.card(origin.card_id).title.get(lang),
                            decision=origin.decision_label,
                        )
                        if origin and change.new
                        else ""
                    ),
                    changed_at=_change_time(view, change),
                    notes=tuple(notes),
                )
            )
        sections.append(DocSection(s_index, section.id, section.title.get(lang), tuple(clauses)))

    superseded = view.superseded()
    decision_entries = tuple(
        DecisionEntry(
            label=d.label,
            card_title=deck.card(d.card_id).title.get(lang),
            choice=(
                deck.card(d.card_id).option(d.option_id).label.get(lang)
                if d.option_id is not None
                else words["custom_wording"]
            ),
            rationale=d.rationale,
            votes=d.votes,
            dissent=d.dissent,
            decided_at=d.decided_at,
            superseded_by=decision_label(superseded[d.number]) if d.number in superseded else "",
            clause_numbers=tuple(
                sorted(
                    (clause_numbers[c] for c in view.decision_clause_ids(d) if c in clause_numbers),
                    key=number_order,
                )
            ),
        )
        for d in state.decisions
    )
    info = state.info
    return PolicyDocument(
        language=lang,
        labels=words,
        title=draft.title.get(lang),
        organisation=info.organisation,
        facilitator=info.facilitator,
        author=info.facilitator or info.organisation,
        workshop_date=info.date,
        export_date=date.today().isoformat(),
        version=view.next_version_label(),
        content_hash=draft.content_hash(),
        since=since,
        sections=tuple(sections),
        decisions=decision_entries,
        parked=_parked(view, lang),
        actions=tuple(
            ActionEntry(a.what, a.owner, a.due, d.label) for d in state.decisions for a in d.actions
        ),
        awareness=tuple(
            AwarenessEntry(q.text.get(lang), t.yes, t.no, t.unsure)
            for q in view.content.awareness
            if (t := state.awareness.get(q.id)) is not None
        ),
        participants=(
            tuple(ParticipantEntry(p.name, p.role) for p in state.participants)
            if options.include_participants
            else None
        ),
    )


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
