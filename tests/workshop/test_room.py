"""What the room may see: injects as revealed, options only once put to the group, votes only once
revealed, the decision once recorded, and never the facilitator's notes."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.commands import (
    RecordDecision,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetCardStatus,
    SetOptionsShown,
    SetVotesRevealed,
)
from workshop.model import ActionItem, AgendaItem, CardStatus, Decision, Votes
from workshop.room import RoomCard, RoomOption, reopening_card, room_card
from workshop.session import Session
from workshop.text import Bilingual

CARD = "journalist"


def _room(session: Session) -> RoomCard:
    return room_card(session.state, session.content, CARD)


def _all_text(value: object) -> str:
    """Every string the room value holds, however deep: what could ever reach the projector."""
    if isinstance(value, str):
        return value
    if dataclasses.is_dataclass(value):
        return " ".join(_all_text(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple | list):
        return " ".join(_all_text(v) for v in value)
    return ""


def test_a_new_card_shows_its_situation_and_nothing_more(session: Session) -> None:
    card = session.content.deck.card(CARD)
    room = _room(session)
    assert (room.title, room.situation, room.prompts) == (card.title, card.situation, card.prompts)
    assert room.injects == () and room.options is None and room.votes is None
    assert room.decision is None and not room.parked
    assert room.progress is None  # not on the agenda


def test_facilitator_notes_never_reach_the_room(session: Session) -> None:
    for command in (
        RevealInject(CARD),
        RevealInject(CARD),
        SetOptionsShown(CARD, True),
        RecordVotes(CARD, Votes(3, 1, 0)),
        SetVotesRevealed(CARD, True),
    ):
        session.execute(command)
    notes = session.content.deck.card(CARD).notes
    assert notes and all(
        n.fr not in _all_text(_room(session)) and n.en not in _all_text(_room(session))
        for n in notes
    )
    assert not any(f.name == "notes" for f in dataclasses.fields(RoomCard))


def test_injects_show_as_far_as_revealed(session: Session) -> None:
    injects = session.content.deck.card(CARD).injects
    session.execute(RevealInject(CARD))
    assert _room(session).injects == injects[:1]
    session.execute(RevealInject(CARD))
    assert _room(session).injects == injects[:2]


def test_options_show_only_once_put_to_the_group_with_their_letters(session: Session) -> None:
    assert _room(session).options is None
    session.execute(SetOptionsShown(CARD, True))
    assert _room(session).options == (
        RoomOption("A", Bilingual(fr="Rediriger", en="Redirect")),
        RoomOption("B", Bilingual(fr="Ne rien noter", en="Log nothing")),
    )
    session.execute(SetOptionsShown(CARD, False))
    assert _room(session).options is None


def test_votes_show_only_once_revealed(session: Session) -> None:
    session.execute(RecordVotes(CARD, Votes(4, 2, 1)))
    assert _room(session).votes is None  # counted, not yet shown: no group-think
    session.execute(SetVotesRevealed(CARD, True))
    assert _room(session).votes == Votes(4, 2, 1)


def test_the_vote_names_the_option_put_to_it_once_revealed(session: Session) -> None:
    state, content = session.state, session.content
    session.execute(RecordVotes(CARD, Votes(4, 2, 1)))
    assert room_card(state, content, CARD, "drop-log").voted_on is None  # not revealed yet
    session.execute(SetVotesRevealed(CARD, True))
    state = session.state
    voted_on = room_card(state, content, CARD, "drop-log").voted_on
    assert voted_on is not None and (voted_on.letter, voted_on.label.en) == ("B", "Log nothing")
    assert room_card(state, content, CARD).voted_on is None  # no option selected: none named
    session.execute(RecordDecision(Decision(CARD, "2026-11-23T10:00", option_id="redirect")))
    decided = room_card(session.state, content, CARD, "drop-log").voted_on
    assert decided is not None and decided.letter == "A"  # the option chosen, once decided


def test_a_reopened_session_lands_on_the_card_in_discussion(session: Session) -> None:
    assert reopening_card(session.state) == ""  # no agenda
    agenda = (AgendaItem(CARD, 10), AgendaItem("training-card", 5))
    session.execute(SetAgenda(agenda))
    assert reopening_card(session.state) == CARD  # nothing started: the first card
    session.execute(SetCardStatus(CARD, CardStatus.DECIDED))
    assert reopening_card(session.state) == "training-card"  # the first still to discuss
    session.execute(SetCardStatus(CARD, CardStatus.IN_DISCUSSION))
    session.execute(SetCardStatus("training-card", CardStatus.IN_DISCUSSION))
    assert reopening_card(session.state) == "training-card"  # the last one in discussion
    session.execute(SetCardStatus("training-card", CardStatus.PARKED))
    assert reopening_card(session.state) == CARD


def test_the_decision_shows_once_recorded_and_the_options_give_way(session: Session) -> None:
    session.execute(SetOptionsShown(CARD, True))
    decision = Decision(
        CARD,
        decided_at="2026-11-23T10:00:00",
        option_id="drop-log",
        rationale="  Less to leak.  ",
        votes=Votes(5, 1, 0),
        actions=(ActionItem("Tell the team", "Comms", "2026-12-01"),),
    )
    session.execute(RecordDecision(decision))
    room = _room(session)
    assert room.options is None
    assert room.votes is None  # the decision's votes too wait for the reveal
    assert room.decision is not None
    assert (room.decision.label, room.decision.choice.en) == ("D1", "Log nothing")
    assert room.decision.rationale == "Less to leak."
    assert room.decision.actions == decision.actions
    session.execute(SetVotesRevealed(CARD, True))
    assert _room(session).votes == Votes(5, 1, 0)


def test_custom_wording_is_the_decisions_choice(session: Session) -> None:
    wording = Bilingual(fr="Demandez d'abord.")
    session.execute(
        RecordDecision(
            Decision(
                CARD, "2026-11-23T10:00:00", custom_text=wording, custom_clause_id="media.record"
            )
        )
    )
    assert _room(session).decision.choice == wording


def test_progress_and_parking(session: Session) -> None:
    session.execute(SetAgenda((AgendaItem("training-card", 5), AgendaItem(CARD, 10))))
    session.execute(SetCardStatus(CARD, CardStatus.PARKED))
    room = _room(session)
    assert (room.progress.number, room.progress.count) == (2, 2)
    assert room.parked


def test_the_room_value_cannot_be_changed(session: Session) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _room(session).votes = Votes(1, 0, 0)  # type: ignore[misc]


def test_an_unknown_card_is_a_key_error(session: Session) -> None:
    with pytest.raises(KeyError):
        room_card(session.state, session.content, "nope")
