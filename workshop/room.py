"""What the room may see of a card: decided here, field by field, so the projector cannot leak.

The facilitator's console shows everything; the projector shows a card only as far as the
facilitator has revealed it: injects up to the number revealed, options only once put to the
group (and until it decides), votes only once revealed (to avoid group-think), the decision once
recorded. Facilitator notes are never part of it. The presenter renders this value and nothing
else, so these rules are tested here, without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.content import Content
from workshop.labels import option_letters
from workshop.model import ActionItem, CardStatus, SessionState, Votes
from workshop.text import Bilingual


@dataclass(frozen=True, slots=True)
class RoomOption:
    letter: str  # A, B, C: what the room calls it, the same letter as on the console
    label: Bilingual


@dataclass(frozen=True, slots=True)
class RoomDecision:
    label: str  # D3
    choice: Bilingual  # the option's label, or the group's own wording
    rationale: str
    actions: tuple[ActionItem, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    number: int  # the card's place on the agenda, from 1
    count: int


@dataclass(frozen=True, slots=True)
class RoomCard:
    """The projector's card slide, exactly: what is not here is not shown."""

    card_id: str
    title: Bilingual
    situation: Bilingual
    prompts: tuple[Bilingual, ...]
    progress: Progress | None  # None: the card is not on the agenda
    parked: bool
    injects: tuple[Bilingual, ...]  # the revealed ones, oldest first
    options: tuple[RoomOption, ...] | None  # None: not put to the group (or already decided)
    votes: Votes | None  # None: not revealed
    voted_on: RoomOption | None  # the option the revealed vote was on, when one is known
    decision: RoomDecision | None


def room_card(
    state: SessionState, content: Content, card_id: str, proposed_option: str | None = None
) -> RoomCard:
    """The card as the room may see it now. Raises KeyError for a card not in the deck.

    `proposed_option` is the option the facilitator has selected for the vote (the decision
    being prepared); once the card is decided, the vote is on the option chosen."""
    card = content.deck.card(card_id)
    agenda = [item.card_id for item in state.agenda]
    progress = Progress(agenda.index(card_id) + 1, len(agenda)) if card_id in agenda else None
    decisions = state.decisions_for(card_id)
    last = decisions[-1] if decisions else None
    letters = option_letters(card.options)
    options = (
        tuple(RoomOption(letters[o.id], o.label) for o in card.options)
        if card_id in state.options_shown and last is None
        else None
    )
    votes = last.votes if last else state.pending_votes.get(card_id, Votes())
    voted_id = last.option_id if last is not None else proposed_option
    all_options = {o.id: RoomOption(letters[o.id], o.label) for o in card.options}
    revealed = card_id in state.votes_revealed
    decision = None
    if last is not None:
        choice = (
            card.option(last.option_id).label
            if last.option_id is not None
            else last.custom_text or Bilingual()
        )
        decision = RoomDecision(last.label, choice, last.rationale.strip(), last.actions)
    return RoomCard(
        card_id=card_id,
        title=card.title,
        situation=card.situation,
        prompts=tuple(card.prompts),
        progress=progress,
        parked=state.card_status(card_id) is CardStatus.PARKED,
        injects=tuple(card.injects[: state.revealed_injects.get(card_id, 0)]),
        options=options,
        votes=votes if revealed else None,
        voted_on=all_options.get(voted_id or "") if revealed else None,
        decision=decision,
    )


def reopening_card(state: SessionState) -> str:
    """The card a reopened session lands on: the last one in discussion on the agenda, else the
    first still to discuss, else the first; "" for an empty agenda. The facilitator picks up
    where the room left off, not at card 1."""
    agenda = [item.card_id for item in state.agenda]
    statuses = {card_id: state.card_status(card_id) for card_id in agenda}
    discussed = [c for c in agenda if statuses[c] is CardStatus.IN_DISCUSSION]
    if discussed:
        return discussed[-1]
    settled = (CardStatus.DECIDED, CardStatus.PARKED)
    return next((c for c in agenda if statuses[c] not in settled), agenda[0] if agenda else "")
