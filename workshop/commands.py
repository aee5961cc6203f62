"""Every change to a session is one of these commands: stored in order, replayed to rebuild state.

Commands are plain data, so the session file is an audit trail, undo is "replay all but the last",
and the UI never changes state by any other path.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from workshop.content import Content
from workshop.errors import AtelierError
from workshop.model import (
    AgendaItem,
    Answer,
    CardStatus,
    Decision,
    Participant,
    SessionInfo,
    SessionState,
    Tally,
    Votes,
    check_jurisdiction,
)
from workshop.plain import from_plain, to_plain
from workshop.text import check_language


class CommandError(AtelierError, ValueError):
    """A command that does not fit the session or its content; nothing was changed."""


class Command:
    kind: ClassVar[str]
    undoable: ClassVar[bool] = True

    def apply(self, state: SessionState, content: Content) -> None:
        raise NotImplementedError

    def to_plain(self) -> dict:
        return to_plain(self)


COMMANDS: dict[str, type[Command]] = {}


def command(cls: type[Command]) -> type[Command]:
    COMMANDS[cls.kind] = cls
    return cls


def command_from_plain(kind: str, data: dict) -> Command:
    try:
        return from_plain(COMMANDS[kind], data)
    except KeyError:
        raise CommandError(f"unknown command {kind!r}") from None


def _card(content: Content, card_id: str):
    try:
        return content.deck.card(card_id)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None


def _include(cards: set[str], card_id: str, included: bool) -> None:
    if included:
        cards.add(card_id)
    else:
        cards.discard(card_id)


def check_info(info: SessionInfo) -> None:
    """The session's details a new session must have right before anything is written."""
    if not info.organisation.strip():
        raise CommandError("the organisation's name is required")
    if not 1 <= info.review_month <= 12:
        raise CommandError("the review month must be from 1 to 12")
    try:
        check_language(info.language)
        check_jurisdiction(info.jurisdiction)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


@command
@dataclass(frozen=True)
class SetParticipants(Command):
    kind: ClassVar[str] = "set_participants"
    participants: tuple[Participant, ...]

    def apply(self, state: SessionState, content: Content) -> None:
        if any(not p.name.strip() for p in self.participants):
            raise CommandError("every participant needs a name")
        state.participants = self.participants


@command
@dataclass(frozen=True)
class SetAgenda(Command):
    kind: ClassVar[str] = "set_agenda"
    items: tuple[AgendaItem, ...]

    def apply(self, state: SessionState, content: Content) -> None:
        ids = [item.card_id for item in self.items]
        if len(set(ids)) != len(ids):
            raise CommandError("a card is on the agenda twice")
        for item in self.items:
            _card(content, item.card_id)
            if not 1 <= item.timebox_minutes <= 240:
                raise CommandError(f"card {item.card_id!r}: timebox must be 1 to 240 minutes")
        state.agenda = self.items


@command
@dataclass(frozen=True)
class SetCardStatus(Command):
    kind: ClassVar[str] = "set_card_status"
    card_id: str
    status: CardStatus

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        state.status[self.card_id] = self.status


@command
@dataclass(frozen=True)
class RevealInject(Command):
    """Reveal the card's next inject: escalations come one at a time, in the deck's order."""

    kind: ClassVar[str] = "reveal_inject"
    card_id: str

    def apply(self, state: SessionState, content: Content) -> None:
        card = _card(content, self.card_id)
        shown = state.revealed_injects.get(self.card_id, 0)
        if shown >= len(card.injects):
            raise CommandError(f"card {self.card_id!r}: every inject is already revealed")
        state.revealed_injects[self.card_id] = shown + 1


@command
@dataclass(frozen=True)
class RecordVotes(Command):
    kind: ClassVar[str] = "record_votes"
    card_id: str
    votes: Votes

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        if min(self.votes.in_favour, self.votes.against, self.votes.abstain) < 0:
            raise CommandError("votes cannot be negative")
        state.pending_votes[self.card_id] = self.votes


@command
@dataclass(frozen=True)
class SetVotesRevealed(Command):
    """Votes stay off the projector until the facilitator reveals them, to avoid group-think."""

    kind: ClassVar[str] = "set_votes_revealed"
    card_id: str
    revealed: bool

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        _include(state.votes_revealed, self.card_id, self.revealed)


@command
@dataclass(frozen=True)
class SetOptionsShown(Command):
    """Options reach the projector only once the facilitator puts them to the group."""

    kind: ClassVar[str] = "set_options_shown"
    card_id: str
    shown: bool

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        _include(state.options_shown, self.card_id, self.shown)


@command
@dataclass(frozen=True)
class RecordDecision(Command):
    kind: ClassVar[str] = "record_decision"
    decision: Decision

    def apply(self, state: SessionState, content: Content) -> None:
        decision = self.decision
        card = _card(content, decision.card_id)
        if decision.option_id is not None:
            try:
                card.option(decision.option_id)
            except KeyError as exc:
                raise CommandError(str(exc.args[0])) from None
            allowed = card.clause_ids()
        else:
            if decision.custom_text is None or not decision.custom_text.get("fr").strip():
                raise CommandError("a custom decision needs its wording")
            allowed = card.clause_ids()
            if decision.custom_clause_id not in allowed:
                raise CommandError(
                    f"custom wording must replace one of the card's clauses: {', '.join(allowed)}"
                )
        known = allowed + sorted(content.template.clause_ids())
        for question in decision.questions:
            if not question.text.strip():
                raise CommandError("an open question cannot be empty")
            if question.clause_id not in known:
                raise CommandError(f"open question on unknown clause {question.clause_id!r}")
        if any(not action.what.strip() for action in decision.actions):
            raise CommandError("an action needs to say what is to be done")
        state.decisions.append(replace(decision, number=len(state.decisions) + 1))
        state.status[decision.card_id] = CardStatus.DECIDED


@command
@dataclass(frozen=True)
class RecordAwarenessAnswer(Command):
    """Add (or with delta -1, take back) one answer to an awareness question's tally."""

    kind: ClassVar[str] = "record_awareness_answer"
    question_id: str
    answer: Answer
    delta: int = 1

    def apply(self, state: SessionState, content: Content) -> None:
        if self.question_id not in content.awareness_ids():
            raise CommandError(f"unknown awareness question {self.question_id!r}")
        if content.awareness_question(self.question_id).open:
            raise CommandError(
                f"awareness question {self.question_id!r} is answered in words, not counted",
                fr=f"la question {self.question_id!r} appelle une réponse rédigée, pas un décompte",
            )
        if self.delta not in (1, -1):
            raise CommandError("an awareness answer counts one at a time")
        tally = state.awareness.get(self.question_id)
        state.awareness[self.question_id] = (tally or Tally()).add(self.answer, self.delta)


@command
@dataclass(frozen=True)
class RecordTimeUsed(Command):
    """Time spent on a card so far: bookkeeping, saved as it goes, not something to undo."""

    kind: ClassVar[str] = "record_time_used"
    undoable: ClassVar[bool] = False
    card_id: str
    seconds: int

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        if self.seconds < 0:
            raise CommandError("time used cannot be negative")
        state.time_used[self.card_id] = self.seconds


@command
@dataclass(frozen=True)
class RecordAwarenessNote(Command):
    """The group's answer, in words, to an open awareness question; empty text clears it."""

    kind: ClassVar[str] = "record_awareness_note"
    question_id: str
    text: str

    def apply(self, state: SessionState, content: Content) -> None:
        if self.question_id not in content.awareness_ids():
            raise CommandError(
                f"unknown awareness question {self.question_id!r}",
                fr=f"question de sensibilisation inconnue : {self.question_id!r}",
            )
        if not content.awareness_question(self.question_id).open:
            raise CommandError(
                f"awareness question {self.question_id!r} is answered by a show of hands",
                fr=f"la question {self.question_id!r} se répond à main levée",
            )
        if self.text.strip():
            state.awareness_notes[self.question_id] = self.text.strip()
        else:
            state.awareness_notes.pop(self.question_id, None)
