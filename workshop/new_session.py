"""A new session on the built-in cards and the facilitator's own decks: everything is checked
before anything is written, so a bad deck, an unknown card or a card in the wrong language
leaves no file behind. The CLI's `atelier new` and the new-session dialog both come here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path

from workshop.commands import StartSession, check_info
from workshop.content import Content, builtin_content
from workshop.content_file import ContentError
from workshop.deck import Deck, language_problem, load_deck, template_problems
from workshop.local.content_cache import cached
from workshop.model import AgendaItem, Participant, SessionInfo, SessionState
from workshop.session import Session
from workshop.text import guillemets

NamedDeck = tuple[str, Deck]  # a deck and the name its errors give it (its file's name)


def read_decks(paths: Iterable[Path]) -> list[NamedDeck]:
    """Each deck file loaded; the first problem raises ContentError naming file, card, field.

    Parsed once per state of the file, then read from the cache like the built-in content: a
    library deck used for session after session is not parsed again (a 30-card deck is ~0.1 s of
    TOML). A file that fails to load is never cached, so it fails every time."""
    return [(Path(path).name, _read_deck(Path(path))) for path in paths]


def _read_deck(path: Path) -> Deck:
    return cached("deck", [path], partial(load_deck, path))


def with_decks(base: Content, decks: Sequence[NamedDeck]) -> Content:
    """`base` with every card of `decks` added, in order. Refused, naming the file, card and
    field: an id another card already has (built-in or in another deck), a section or clause
    the policy template lacks."""
    taken = {card_id: "" for card_id in base.deck.card_ids()}
    for name, deck in decks:
        for card in deck.cards:
            if card.id in taken:
                raise _clash(name, card.id, taken[card.id])
            taken[card.id] = name
    content = base.with_cards(tuple(card for _, deck in decks for card in deck.cards))
    for name, deck in decks:
        problems = template_problems(content.deck, content.template, deck.card_ids())
        if problems:
            raise ContentError(f"{name}: {problems[0].en}", fr=f"{name} : {problems[0].fr}")
    return content


def _clash(name: str, card_id: str, other: str) -> ContentError:
    if other:
        en, fr = f"a card of {other}", f"une carte de {other}"
    else:
        en, fr = "a built-in card", "une carte intégrée"
    return ContentError(
        f"{name}: card {card_id!r}: id: already used by {en}; give the card another id",
        fr=f"{name} : carte {guillemets(card_id)} : id : déjà utilisé par {fr}\u00a0; donnez un "
        "autre identifiant à la carte",
    )


def agenda_of(content: Content, card_ids: Sequence[str]) -> tuple[AgendaItem, ...]:
    """The cards `card_ids` names, in that order, each with its own suggested timebox."""
    known = set(content.deck.card_ids())
    unknown = [card_id for card_id in card_ids if card_id not in known]
    if unknown:
        listed = ", ".join(unknown)
        raise ContentError(
            f"unknown card id: {listed} (neither a built-in card nor one of the given decks)",
            fr=f"identifiant de carte inconnu\u00a0: {listed} (ni une carte intégrée, ni une "
            "carte des jeux donnés)",
        )
    repeated = sorted({card_id for card_id in card_ids if list(card_ids).count(card_id) > 1})
    if repeated:
        raise ContentError(
            f"card {repeated[0]!r} is named twice for the agenda",
            fr=f"la carte {guillemets(repeated[0])} est nommée deux fois pour le programme",
        )
    return tuple(AgendaItem(i, content.deck.card(i).timebox_minutes) for i in card_ids)


def create_session(
    path: Path,
    info: SessionInfo,
    decks: Sequence[NamedDeck] = (),
    agenda: Sequence[AgendaItem] = (),
    participants: Sequence[Participant] = (),
    base: Content | None = None,
) -> Session:
    """Create a session at `path` on `base` (default: the built-in content) plus `decks`, with
    its participants and agenda; the caller closes it. The agenda's cards must be written in
    the session's language. Nothing is written unless everything is right."""
    check_info(info)
    content = with_decks(base or builtin_content(), decks)
    start = StartSession(tuple(participants), tuple(agenda))
    start.apply(SessionState(info=info, content=content), content)  # a dry run: nothing written
    problem = language_problem((content.deck.card(i.card_id) for i in agenda), info.language)
    if problem is not None:
        raise ContentError(problem.en, fr=problem.fr)
    session = Session.create(path, info, content)
    try:
        if agenda or participants:
            session.execute(start)
    except BaseException:
        session.close()
        raise
    return session
