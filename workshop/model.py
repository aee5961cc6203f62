"""What a session holds: who is in the room, the agenda, and what the group decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from workshop.errors import InvalidValueError
from workshop.labels import decision_label
from workshop.text import Bilingual, Language

if TYPE_CHECKING:
    from workshop.content import Content
    from workshop.view import ExportedVersion

# The law a session's policy is written for: France, the United Kingdom, the United States, or
# "other", the EU-generic wording. Sessions saved before jurisdictions existed open as "other",
# whose wording is the one those sessions were drafted with.
Jurisdiction = Literal["fr", "uk", "us", "other"]
JURISDICTIONS: tuple[Jurisdiction, ...] = ("fr", "uk", "us", "other")


def check_jurisdiction(value: str) -> Jurisdiction:
    """Validate a jurisdiction code coming from a file, the CLI or settings."""
    if value not in JURISDICTIONS:
        known = ", ".join(JURISDICTIONS)
        raise InvalidValueError(
            f"unknown jurisdiction {value!r}: expected one of {known}",
            fr=f"juridiction inconnue «\u00a0{value}\u00a0»\u00a0: attendu l’une de {known}",
        )
    return value


class CardStatus(StrEnum):
    PENDING = "pending"
    IN_DISCUSSION = "in_discussion"
    DECIDED = "decided"
    PARKED = "parked"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class SessionInfo:
    organisation: str
    facilitator: str
    date: str  # ISO date of the workshop
    language: Language = "fr"
    contact: str = ""  # who employees ask with questions about the policy
    review_month: int = 1  # month of the annual review, 1-12
    jurisdiction: Jurisdiction = "other"  # whose law the policy's wording follows


@dataclass(frozen=True, slots=True)
class AgendaItem:
    card_id: str
    timebox_minutes: int


@dataclass(frozen=True, slots=True)
class Votes:
    in_favour: int = 0
    against: int = 0
    abstain: int = 0

    @property
    def total(self) -> int:
        return self.in_favour + self.against + self.abstain


@dataclass(frozen=True, slots=True)
class ActionItem:
    what: str
    owner: str = ""
    due: str = ""  # ISO date, or empty when the group set none


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A question the group could not settle and hands to legal, tied to the clause it concerns."""

    text: str
    clause_id: str


@dataclass(frozen=True, slots=True)
class LegalEdit:
    """A clause as legal's review left it: their wording, the earlier text back, or gone."""

    clause_id: str
    text: Bilingual | None  # None: the clause is taken out
    after: str = ""  # a clause legal added: the clause it follows


@dataclass(frozen=True, slots=True)
class LegalAnswer:
    """Legal's reply to an open question, kept with the decision that asked it."""

    decision_number: int
    question: str
    author: str
    text: str
    resolved: bool = False


@dataclass(frozen=True, slots=True)
class LegalReview:
    """Legal's review of an exported version, applied: it takes effect after the decisions
    made before it, so later decisions still change the clauses it set."""

    version: str
    applied_at: str
    after_revision: int
    edits: tuple[LegalEdit, ...] = ()
    answers: tuple[LegalAnswer, ...] = ()


@dataclass(frozen=True, slots=True)
class Approval:
    """A version legal (or the board) approved: the policy as published."""

    version: str
    by: str
    approved_at: str  # ISO timestamp
    reference: str = ""  # the approval's own reference (minutes, ticket …)


@dataclass(frozen=True, slots=True)
class EarlierReview:
    """The review a session starts from: the earlier session, its approved version, and its
    decision log kept as history (one line a decision, in the session's language)."""

    session_name: str
    version: str
    approved_by: str
    approved_at: str
    reference: str = ""
    decisions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """What the group chose for a card: one of its options, or wording of its own for a clause."""

    card_id: str
    decided_at: str  # ISO timestamp, the time the decision was recorded
    option_id: str | None = None
    custom_text: Bilingual | None = None
    custom_clause_id: str | None = None
    rationale: str = ""
    votes: Votes = field(default_factory=Votes)
    dissent: str = ""
    actions: tuple[ActionItem, ...] = ()
    questions: tuple[OpenQuestion, ...] = ()
    number: int = 0  # assigned when recorded: D1, D2 …
    # On the organisation's own policy: where the facilitator moved a card's clause, instead of
    # where it lands by itself (card clause id → one of their clauses, or one of their sections
    # to add it at the end of).
    landing: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        return decision_label(self.number)


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    """The decision form as the facilitator left it, kept in the session as it is typed so that
    moving to another card, quitting or a crash loses nothing; gone once recorded or discarded."""

    option_id: str = ""  # an option of the card, CUSTOM_CHOICE for the group's wording, or none
    custom_clause_id: str = ""
    custom_text: str = ""
    rationale: str = ""
    dissent: str = ""
    actions: tuple[ActionItem, ...] = ()
    questions: tuple[OpenQuestion, ...] = ()
    landing: tuple[tuple[str, str], ...] = ()  # on their policy: the option's clauses moved

    @property
    def empty(self) -> bool:
        return self == DecisionDraft()


CUSTOM_CHOICE = "__custom__"  # a draft's option_id when the group writes its own wording


@dataclass(frozen=True, slots=True)
class Tally:
    yes: int = 0
    no: int = 0
    unsure: int = 0

    def add(self, answer: Answer, delta: int = 1) -> Tally:
        counts = {"yes": self.yes, "no": self.no, "unsure": self.unsure}
        counts[answer.value] = max(0, counts[answer.value] + delta)
        return Tally(**counts)


@dataclass
class SessionState:
    """The session as it stands: the result of replaying its commands in order."""

    info: SessionInfo
    content: Content  # what it runs on: the content stored with it, then the cards added or edited
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    status: dict[str, CardStatus] = field(default_factory=dict)
    revealed_injects: dict[str, int] = field(default_factory=dict)
    pending_votes: dict[str, Votes] = field(default_factory=dict)
    votes_revealed: set[str] = field(default_factory=set)
    options_shown: set[str] = field(default_factory=set)
    decisions: list[Decision] = field(default_factory=list)
    awareness: dict[str, Tally] = field(default_factory=dict)
    awareness_notes: dict[str, str] = field(default_factory=dict)  # open questions, in words
    time_used: dict[str, int] = field(default_factory=dict)  # seconds per card
    versions: tuple[ExportedVersion, ...] = ()  # the drafts exported, in order
    decision_drafts: dict[str, DecisionDraft] = field(default_factory=dict)  # per card
    legal_reviews: tuple[LegalReview, ...] = ()
    approvals: tuple[Approval, ...] = ()
    earlier_review: EarlierReview | None = None  # the review this one starts from

    def copy(self) -> SessionState:
        """A copy a command can change freely: containers are new, their items immutable."""
        return SessionState(
            info=self.info,
            content=self.content,
            participants=self.participants,
            agenda=self.agenda,
            status=dict(self.status),
            revealed_injects=dict(self.revealed_injects),
            pending_votes=dict(self.pending_votes),
            votes_revealed=set(self.votes_revealed),
            options_shown=set(self.options_shown),
            decisions=list(self.decisions),
            awareness=dict(self.awareness),
            awareness_notes=dict(self.awareness_notes),
            time_used=dict(self.time_used),
            versions=self.versions,
            decision_drafts=dict(self.decision_drafts),
            legal_reviews=self.legal_reviews,
            approvals=self.approvals,
            earlier_review=self.earlier_review,
        )

    def card_status(self, card_id: str) -> CardStatus:
        return self.status.get(card_id, CardStatus.PENDING)

    def decisions_for(self, card_id: str) -> list[Decision]:
        return [d for d in self.decisions if d.card_id == card_id]
