"""Every change to a session is one of these commands: stored in order, replayed to rebuild state.

Commands are plain data, so the session file is an audit trail, undo is "replay all but the last",
and the UI never changes state by any other path.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from workshop.changes import Changes
from workshop.content import Content
from workshop.decision_rules import blocking, decision_problems
from workshop.deck import Card, Deck, language_problem, template_problems
from workshop.errors import AtelierError, InvalidValueError
from workshop.model import (
    CUSTOM_CHOICE,
    AgendaItem,
    Answer,
    Approval,
    CardStatus,
    Decision,
    DecisionDraft,
    EarlierReview,
    LegalAnswer,
    LegalEdit,
    LegalReview,
    Participant,
    SessionInfo,
    SessionState,
    Tally,
    Votes,
    check_jurisdiction,
)
from workshop.plain import from_plain, to_plain
from workshop.text import Bilingual, check_language, guillemets
from workshop.view import ExportedVersion, next_version_label

_STATUS_PHRASES: dict[CardStatus, tuple[str, str]] = {
    CardStatus.PENDING: ("remettre la carte {card} à discuter", "set card {card} back to pending"),
    CardStatus.IN_DISCUSSION: ("ouvrir la carte {card}", "open card {card}"),
    CardStatus.DECIDED: ("marquer {card} comme décidée", "mark {card} decided"),
    CardStatus.PARKED: ("mettre en attente {card}", "park card {card}"),
}
_ANSWER_NAMES: dict[Answer, tuple[str, str]] = {
    Answer.YES: ("oui", "yes"),
    Answer.NO: ("non", "no"),
    Answer.UNSURE: ("ne sait pas", "unsure"),
}


class CommandError(AtelierError, ValueError):
    """A command that does not fit the session or its content; nothing was changed."""


class Command:
    kind: ClassVar[str]
    undoable: ClassVar[bool] = True
    changes: ClassVar[Changes]  # the parts of the session it changes, done or undone

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        """What it does, as Undo and Redo name it: "record decision D3", read from the stored
        command and the session as it stood just before it, so old commands are named too."""
        raise NotImplementedError

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


def _on_card(content: Content, card_id: str, fr: str, en: str) -> Bilingual:
    """A description naming a card by its title, in each language; `{card}` marks its place."""
    try:
        title = content.deck.card(card_id).title
    except KeyError:
        title = Bilingual(card_id, card_id)
    return Bilingual(
        fr=fr.format(card=f"«\u00a0{title.get('fr')}\u00a0»"),
        en=en.format(card=f"“{title.get('en')}”"),
    )


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
        check_jurisdiction(info.jurisdiction)
    except InvalidValueError as exc:
        raise CommandError(exc.message.en, fr=exc.message.fr) from None


@command
@dataclass(frozen=True)
class SetParticipants(Command):
    kind: ClassVar[str] = "set_participants"
    changes: ClassVar[Changes] = Changes.PARTICIPANTS
    participants: tuple[Participant, ...]

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(fr="modifier les participants", en="change the participants")

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
    changes: ClassVar[Changes] = Changes.AGENDA
    items: tuple[AgendaItem, ...]

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(fr="modifier le programme", en="change the agenda")

    def apply(self, state: SessionState, content: Content) -> None:
        ids = [item.card_id for item in self.items]
        if len(set(ids)) != len(ids):
            raise CommandError(
                "a card is on the agenda twice", fr="une carte figure deux fois au programme"
            )
        cards = [_card(content, item.card_id) for item in self.items]
        problem = language_problem(cards, state.info.language)  # a facilitator's one-language card
        if problem is not None:
            raise CommandError(problem.en, fr=problem.fr)
        for item in self.items:
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
    changes: ClassVar[Changes] = Changes.CARD_STATUS
    card_id: str
    status: CardStatus

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        fr, en = _STATUS_PHRASES[self.status]
        return _on_card(content, self.card_id, fr, en)

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        state.status[self.card_id] = self.status


@command
@dataclass(frozen=True)
class RevealInject(Command):
    """Reveal the card's next inject: escalations come one at a time, in the deck's order."""

    kind: ClassVar[str] = "reveal_inject"
    changes: ClassVar[Changes] = Changes.INJECTS
    card_id: str

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        number = before.revealed_injects.get(self.card_id, 0) + 1
        return _on_card(
            content,
            self.card_id,
            f"révéler le rebondissement {number} de {{card}}",
            f"reveal inject {number} of {{card}}",
        )

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
    changes: ClassVar[Changes] = Changes.VOTES
    card_id: str
    votes: Votes

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return _on_card(
            content, self.card_id, "enregistrer les votes sur {card}", "record the votes on {card}"
        )

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
    changes: ClassVar[Changes] = Changes.VOTES
    card_id: str
    revealed: bool

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        if self.revealed:
            return _on_card(
                content, self.card_id, "révéler les votes sur {card}", "reveal the votes on {card}"
            )
        return _on_card(
            content, self.card_id, "masquer les votes sur {card}", "hide the votes on {card}"
        )

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        _include(state.votes_revealed, self.card_id, self.revealed)


@command
@dataclass(frozen=True)
class SetOptionsShown(Command):
    """Options reach the projector only once the facilitator puts them to the group."""

    kind: ClassVar[str] = "set_options_shown"
    changes: ClassVar[Changes] = Changes.OPTIONS_SHOWN
    card_id: str
    shown: bool

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        if self.shown:
            return _on_card(
                content, self.card_id, "montrer les options de {card}", "show the options of {card}"
            )
        return _on_card(
            content, self.card_id, "masquer les options de {card}", "hide the options of {card}"
        )

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        _include(state.options_shown, self.card_id, self.shown)


@command
@dataclass(frozen=True)
class RecordDecision(Command):
    kind: ClassVar[str] = "record_decision"
    changes: ClassVar[Changes] = Changes.DECISIONS | Changes.CARD_STATUS
    decision: Decision

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        label = replace(self.decision, number=len(before.decisions) + 1).label
        return Bilingual(fr=f"enregistrer la décision {label}", en=f"record decision {label}")

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
    changes: ClassVar[Changes] = Changes.AWARENESS
    question_id: str
    answer: Answer
    delta: int = 1

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        fr, en = _ANSWER_NAMES[self.answer]
        if self.delta > 0:
            return Bilingual(fr=f"compter un «\u00a0{fr}\u00a0»", en=f"count a “{en}”")
        return Bilingual(fr=f"retirer un «\u00a0{fr}\u00a0»", en=f"take back a “{en}”")

    def apply(self, state: SessionState, content: Content) -> None:
        if self.question_id not in content.awareness_ids():
            raise CommandError(
                f"unknown awareness question {self.question_id!r}",
                fr=f"question de sensibilisation inconnue\u00a0: {guillemets(self.question_id)}",
            )
        if content.awareness_question(self.question_id).open:
            raise CommandError(
                f"awareness question {self.question_id!r} is answered in words, not counted",
                fr=f"la question {guillemets(self.question_id)} appelle une réponse rédigée, "
                "pas un décompte",
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
    changes: ClassVar[Changes] = Changes.TIME_USED
    card_id: str
    seconds: int

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return _on_card(
            content,
            self.card_id,
            "enregistrer le temps passé sur {card}",
            "record the time used on {card}",
        )

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        if self.seconds < 0:
            raise CommandError(
                "time used cannot be negative", fr="le temps passé ne peut pas être négatif"
            )
        state.time_used[self.card_id] = self.seconds


@command
@dataclass(frozen=True)
class StartSession(Command):
    """Who is in the room and the agenda, as the new-session dialog set them: where the session
    starts, not an edit for Undo to take back."""

    kind: ClassVar[str] = "start_session"
    undoable: ClassVar[bool] = False
    changes: ClassVar[Changes] = Changes.PARTICIPANTS | Changes.AGENDA
    participants: tuple[Participant, ...]
    agenda: tuple[AgendaItem, ...]

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(fr="préparer la séance", en="set up the session")

    def apply(self, state: SessionState, content: Content) -> None:
        SetParticipants(self.participants).apply(state, content)
        SetAgenda(self.agenda).apply(state, content)


@command
@dataclass(frozen=True)
class RecordExport(Command):
    """A draft written to a file, numbered as a version: the snapshot of what was written, so
    later exports can show changes since it whatever the room decided or undid meanwhile."""

    kind: ClassVar[str] = "record_export"
    undoable: ClassVar[bool] = False
    changes: ClassVar[Changes] = Changes.VERSIONS
    created_at: str  # ISO timestamp of the recording
    revision: int
    content_hash: str
    snapshot: str  # the exported draft, as Draft.to_snapshot() wrote it

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        label = next_version_label(before.versions)
        return Bilingual(fr=f"enregistrer la version {label}", en=f"record version {label}")

    def apply(self, state: SessionState, content: Content) -> None:
        if state.versions and state.versions[-1].content_hash == self.content_hash:
            label = state.versions[-1].label
            raise CommandError(
                f"this draft is already exported as {label}",
                fr=f"ce projet est déjà exporté comme {label}",
            )
        version = ExportedVersion(
            next_version_label(state.versions),
            self.created_at,
            self.revision,
            self.content_hash,
            self.snapshot,
        )
        state.versions = (*state.versions, version)


@command
@dataclass(frozen=True)
class RecordAwarenessNote(Command):
    """The group's answer, in words, to an open awareness question; empty text clears it."""

    kind: ClassVar[str] = "record_awareness_note"
    changes: ClassVar[Changes] = Changes.AWARENESS
    question_id: str
    text: str

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(fr="noter la réponse du groupe", en="note the group's answer")

    def apply(self, state: SessionState, content: Content) -> None:
        if self.question_id not in content.awareness_ids():
            raise CommandError(
                f"unknown awareness question {self.question_id!r}",
                fr=f"question de sensibilisation inconnue\u00a0: {guillemets(self.question_id)}",
            )
        if not content.awareness_question(self.question_id).open:
            raise CommandError(
                f"awareness question {self.question_id!r} is answered by a show of hands",
                fr=f"la question {guillemets(self.question_id)} se répond à main levée",
            )
        if self.text.strip():
            state.awareness_notes[self.question_id] = self.text.strip()
        else:
            state.awareness_notes.pop(self.question_id, None)


@command
@dataclass(frozen=True)
class SaveDecisionDraft(Command):
    """The decision form as it is typed: bookkeeping like time used, saved as it goes so nothing
    typed is lost; an empty draft is the facilitator discarding it."""

    kind: ClassVar[str] = "save_decision_draft"
    undoable: ClassVar[bool] = False
    changes: ClassVar[Changes] = Changes.DECISION_DRAFT
    card_id: str
    draft: DecisionDraft

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return _on_card(
            content,
            self.card_id,
            "noter le projet de décision sur {card}",
            "keep the draft decision on {card}",
        )

    def apply(self, state: SessionState, content: Content) -> None:
        _card(content, self.card_id)
        if self.draft.empty:
            state.decision_drafts.pop(self.card_id, None)
        else:
            state.decision_drafts[self.card_id] = self.draft


def _check_cards_fit(content: Content, cards: tuple[Card, ...], state: SessionState) -> None:
    """Cards entering a session's content: valid against its policy template (with the clauses
    its cards add) and written in the session's language."""
    deck = Deck(content.deck.title, cards)
    problems = template_problems(deck, content.template)
    problem = problems[0] if problems else language_problem(cards, state.info.language)
    if problem is not None:
        raise CommandError(problem.en, fr=problem.fr)


@command
@dataclass(frozen=True)
class AddCards(Command):
    """Cards from a deck (the built-in ones, the facilitator's own) added to the session's
    content, copied into it: the session keeps them whatever becomes of the deck. Putting them
    on the agenda is SetAgenda's."""

    kind: ClassVar[str] = "add_cards"
    changes: ClassVar[Changes] = Changes.CONTENT
    cards: tuple[Card, ...]

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        if len(self.cards) == 1:
            title = self.cards[0].title
            return Bilingual(
                fr=f"ajouter la carte {guillemets(title.get('fr'))}",
                en=f"add card “{title.get('en')}”",
            )
        count = len(self.cards)
        return Bilingual(fr=f"ajouter {count} cartes", en=f"add {count} cards")

    def apply(self, state: SessionState, content: Content) -> None:
        if not self.cards:
            raise CommandError("no card to add", fr="aucune carte à ajouter")
        ids = [card.id for card in self.cards]
        taken = set(content.deck.card_ids())
        for index, card_id in enumerate(ids):
            if card_id in taken or card_id in ids[:index]:
                raise CommandError(
                    f"card {card_id!r} is already in this session: give the new card another id",
                    fr=f"la carte {guillemets(card_id)} est déjà dans cette séance : donnez un "
                    "autre identifiant à la nouvelle carte",
                )
        added = content.with_cards(self.cards)
        _check_cards_fit(added, self.cards, state)
        state.content = added


@command
@dataclass(frozen=True)
class EditCard(Command):
    """A card of the session replaced by an edited copy (the site, the people renamed…) for this
    session only: the deck it came from is untouched. What the room already did with the card
    stays true: options a decision chose keep their effects, revealed injects stay."""

    kind: ClassVar[str] = "edit_card"
    changes: ClassVar[Changes] = Changes.CONTENT
    card: Card

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        title = self.card.title
        return Bilingual(
            fr=f"modifier la carte {guillemets(title.get('fr'))}",
            en=f"edit card “{title.get('en')}”",
        )

    def apply(self, state: SessionState, content: Content) -> None:
        old = _card(content, self.card.id)
        edited = content.with_card_replaced(self.card)
        _check_cards_fit(edited, (self.card,), state)
        options = {o.id: o for o in self.card.options}
        for decision in state.decisions_for(old.id):
            if decision.option_id is None:
                continue
            kept = options.get(decision.option_id)
            if kept is None or kept.effects != old.option(decision.option_id).effects:
                raise _decided(old.id, decision.option_id, decision.label)
        draft = state.decision_drafts.get(old.id)
        chosen = draft.option_id if draft else ""
        if chosen not in ("", CUSTOM_CHOICE, *options):
            raise _decided(old.id, chosen, "")
        revealed = state.revealed_injects.get(old.id, 0)
        if revealed > len(self.card.injects):
            raise CommandError(
                f"card {old.id!r}: {revealed} injects are already revealed; keep at least as many",
                fr=f"carte {guillemets(old.id)} : {revealed} rebondissements sont déjà "
                "révélés ; gardez-en au moins autant",
            )
        state.content = edited


def _decided(card_id: str, option_id: str, label: str) -> CommandError:
    which = f"decision {label}" if label else "the draft decision"
    which_fr = f"la décision {label}" if label else "le projet de décision"
    return CommandError(
        f"card {card_id!r}: option {option_id!r} is chosen by {which}; keep it and its effects",
        fr=f"carte {guillemets(card_id)} : l’option {guillemets(option_id)} est retenue par "
        f"{which_fr} ; gardez-la avec ses effets",
    )


@command
@dataclass(frozen=True)
class ApplyLegalReview(Command):
    """Legal's review of an exported version, taken in as one step: their wording becomes the
    clauses' text, rejected changes give the earlier text back, replies join their questions."""

    kind: ClassVar[str] = "apply_legal_review"
    changes: ClassVar[Changes] = Changes.DECISIONS | Changes.VERSIONS
    version: str
    applied_at: str
    edits: tuple[LegalEdit, ...]
    answers: tuple[LegalAnswer, ...]

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(
            fr=f"appliquer la relecture juridique de {self.version}",
            en=f"apply legal's review of {self.version}",
        )

    def apply(self, state: SessionState, content: Content) -> None:
        if all(v.label != self.version for v in state.versions):
            raise CommandError(
                f"no exported version {self.version}",
                fr=f"aucune version exportée {self.version}",
            )
        if any(a.version == self.version for a in state.approvals):
            raise CommandError(
                f"{self.version} is approved and locked: export the draft as a new version "
                "and have legal review that one",
                fr=f"{self.version} est approuvée et verrouillée\u00a0: exportez le projet comme "
                "nouvelle version et faites relire celle-ci",
            )
        if any(r.version == self.version for r in state.legal_reviews):
            raise CommandError(
                f"legal's review of {self.version} is already applied",
                fr=f"la relecture juridique de {self.version} est déjà appliquée",
            )
        review = LegalReview(
            self.version, self.applied_at, len(state.decisions), self.edits, self.answers
        )
        state.legal_reviews = (*state.legal_reviews, review)


@command
@dataclass(frozen=True)
class ApproveVersion(Command):
    """An exported version marked approved: it is then locked, as published. Later changes
    make a new version (the draft's content differs, so its next export gets a new number)."""

    kind: ClassVar[str] = "approve_version"
    changes: ClassVar[Changes] = Changes.VERSIONS
    version: str
    by: str
    approved_at: str
    reference: str = ""

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        return Bilingual(
            fr=f"marquer {self.version} comme approuvée", en=f"mark {self.version} approved"
        )

    def apply(self, state: SessionState, content: Content) -> None:
        if all(v.label != self.version for v in state.versions):
            raise CommandError(
                f"no exported version {self.version}",
                fr=f"aucune version exportée {self.version}",
            )
        if not self.by.strip():
            raise CommandError(
                "say who approved the version", fr="indiquez qui a approuvé la version"
            )
        if any(a.version == self.version for a in state.approvals):
            raise CommandError(
                f"{self.version} is already approved", fr=f"{self.version} est déjà approuvée"
            )
        approval = Approval(self.version, self.by.strip(), self.approved_at, self.reference.strip())
        state.approvals = (*state.approvals, approval)


@command
@dataclass(frozen=True)
class StartFromEarlierReview(Command):
    """The session's baseline is an earlier session's approved policy: recorded first, so the
    session names where its baseline came from and keeps that review's decisions as history."""

    kind: ClassVar[str] = "start_from_earlier_review"
    undoable: ClassVar[bool] = False
    changes: ClassVar[Changes] = Changes.VERSIONS
    earlier: EarlierReview

    def describe(self, before: SessionState, content: Content) -> Bilingual:
        name = self.earlier.session_name
        return Bilingual(
            fr=f"partir de la politique approuvée de {name}",
            en=f"start from the approved policy of {name}",
        )

    def apply(self, state: SessionState, content: Content) -> None:
        if state.earlier_review is not None or state.decisions or state.versions:
            raise CommandError(
                "only a new session can start from an earlier review",
                fr="seule une nouvelle session peut partir d’une relecture antérieure",
            )
        state.earlier_review = self.earlier
