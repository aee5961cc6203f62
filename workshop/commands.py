"""Every change to a session is one of these commands: stored in order, replayed to rebuild state.

Commands are plain data, so the session file is an audit trail, undo is "replay all but the last",
and the UI never changes state by any other path.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from workshop.content import Content
from workshop.decision_rules import blocking, decision_problems
from workshop.errors import AtelierError, InvalidValueError
from workshop.model import (
    AgendaItem,
    Answer,
    CardStatus,
    Decision,
    DecisionDraft,
    Participant,
    SessionInfo,
    SessionState,
    Tally,
    Votes,
)
from workshop.plain import from_plain, to_plain
from workshop.text import check_language, guillemets


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
        raise CommandError(
            f"unknown command {kind!r}", fr=f"commande inconnue {guillemets(kind)}"
        ) from None


def _card(content: Content, card_id: str):
    try:
        return content.deck.card(card_id)
    except KeyError:
        raise CommandError(
            f"there is no card {card_id!r} in the deck",
            fr=f"le jeu n’a pas de carte {guillemets(card_id)}",
        ) from None


def _include(cards: set[str], card_id: str, included: bool) -> None:
    if included:
        cards.add(card_id)
    else:
        cards.discard(card_id)


def check_info(info: SessionInfo) -> None:
    """The session's details a new session must have right before anything is written."""
    if not info.organisation.strip():
        raise CommandError(
            "the organisation's name is required", fr="le nom de l’organisation est obligatoire"
        )
    if not 1 <= info.review_month <= 12:
        raise CommandError(
            "the review month must be from 1 to 12",
            fr="le mois de la révision annuelle doit être compris entre 1 et 12",
        )
    try:
        check_language(info.language)
    except InvalidValueError as exc:
        raise CommandError(exc.message.en, fr=exc.message.fr) from None


@command
@dataclass(frozen=True)
class SetParticipants(Command):
    kind: ClassVar[str] = "set_participants"
    participants: tuple[Participant, ...]

    def apply(self, state: SessionState, content: Content) -> None:
        if any(not p.name.strip() for p in self.participants):
            raise CommandError(
                "every participant needs a name", fr="chaque participant doit avoir un nom"
            )
        state.participants = self.participants


@command
@dataclass(frozen=True)
class SetAgenda(Command):
    kind: ClassVar[str] = "set_agenda"
    items: tuple[AgendaItem, ...]

    def apply(self, state: SessionState, content: Content) -> None:
        ids = [item.card_id for item in self.items]
        if len(set(ids)) != len(ids):
            raise CommandError(
                "a card is on the agenda twice", fr="une carte figure deux fois au programme"
            )
        for item in self.items:
            _card(content, item.card_id)
            if not 1 <= item.timebox_minutes <= 240:
                raise CommandError(
                    f"card {item.card_id!r}: timebox must be 1 to 240 minutes",
                    fr=f"carte {guillemets(item.card_id)}\u00a0: le temps imparti doit être "
                    "comprise entre 1 et 240\u00a0minutes",
                )
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
            raise CommandError(
                f"card {self.card_id!r}: every inject is already revealed",
                fr=f"carte {guillemets(self.card_id)}\u00a0: tous les rebondissements sont déjà "
                "révélés",
            )
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
            raise CommandError(
                "votes cannot be negative", fr="un nombre de voix ne peut pas être négatif"
            )
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
        problems = blocking(decision_problems(decision, content))
        if problems:
            raise CommandError(
                "; ".join(p.message.en for p in problems),
                fr=" ; ".join(p.message.fr for p in problems),
            )
        state.decisions.append(replace(decision, number=len(state.decisions) + 1))
        state.status[decision.card_id] = CardStatus.DECIDED
        state.decision_drafts.pop(decision.card_id, None)  # the draft became the decision


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
            raise CommandError(
                f"unknown awareness question {self.question_id!r}",
                fr=f"question de sensibilisation inconnue\u00a0: {guillemets(self.question_id)}",
            )
        if self.delta not in (1, -1):
            raise CommandError(
                "an awareness answer counts one at a time",
                fr="les réponses de sensibilisation se comptent une à une",
            )
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
            raise CommandError(
                "time used cannot be negative", fr="le temps passé ne peut pas être négatif"
            )
        state.time_used[self.card_id] = self.seconds


@command
@dataclass(frozen=True)
class SaveDecisionDraft(Command):
    """The decision form as it is typed: bookkeeping like time used, saved as it goes so nothing
    typed is lost; an empty draft is the facilitator discarding it."""

    kind: ClassVar[str] = "save_decision_draft"
    undoable: ClassVar[bool] = False
    card_id: str
    draft: DecisionDraft

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        if self.draft.empty:
            state.decision_drafts.pop(self.card_id, None)
        else:
            state.decision_drafts[self.card_id] = self.draft
