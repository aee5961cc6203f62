"""The decks a facilitator can draw cards from: the built-in ones and their own.

Built-in decks are the files of resources/decks; the facilitator's own live as TOML files in
`decks/` under the user data folder, where *Import deck…* copies a file once it is checked and
the card editor saves. Card ids are unique across the whole library, so a session can name a card
by its id whichever deck it came from.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop.content import Content, builtin_content
from workshop.content_file import ContentError
from workshop.deck import Card, Deck, builtin_deck_paths, check_against_template, load_deck
from workshop.deck_writer import deck_to_toml
from workshop.local.atomic import write_atomically
from workshop.local.settings import APP_NAME, user_dirs
from workshop.template import PolicyTemplate, section_of
from workshop.text import LANGUAGES, Bilingual, Language, guillemets


@dataclass(frozen=True, slots=True)
class LibraryDeck:
    """One deck file: built-in (read-only) or the facilitator's own."""

    path: Path
    deck: Deck
    builtin: bool


@dataclass(frozen=True, slots=True)
class CardEntry:
    """A card as the library lists it: with its deck and the policy sections it touches."""

    deck: LibraryDeck
    card: Card
    sections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Library:
    decks: tuple[LibraryDeck, ...]
    problems: tuple[ContentError, ...] = ()  # user deck files that could not be listed

    def entries(self) -> list[CardEntry]:
        """Every card of every deck, deck by deck."""
        return [
            CardEntry(deck, card, sections_touched(card))
            for deck in self.decks
            for card in deck.deck.cards
        ]

    def user_decks(self) -> list[LibraryDeck]:
        return [deck for deck in self.decks if not deck.builtin]

    def card_ids(self) -> set[str]:
        return {card.id for deck in self.decks for card in deck.deck.cards}

    def entry(self, card_id: str) -> CardEntry | None:
        return next((e for e in self.entries() if e.card.id == card_id), None)


def user_decks_dir() -> Path:
    """Where the facilitator's own decks live: `decks/` in the user data folder."""
    return Path(user_dirs().user_data_dir(APP_NAME, appauthor=False)) / "decks"


@cache
def builtin_decks() -> tuple[LibraryDeck, ...]:
    return tuple(LibraryDeck(path, load_deck(path), True) for path in builtin_deck_paths())


def load_library() -> Library:
    """The built-in decks, then the user's in file-name order. A user file that does not load,
    or whose card ids another deck already uses, is left out and reported, never fatal."""
    decks = list(builtin_decks())
    problems: list[ContentError] = []
    taken = {card.id for deck in decks for card in deck.deck.cards}
    for path in sorted(user_decks_dir().glob("*.toml")):
        try:
            deck = load_deck(path)
            _refuse_clashes(path, deck, taken)
        except ContentError as exc:
            problems.append(exc)
            continue
        taken |= set(deck.card_ids())
        decks.append(LibraryDeck(path, deck, False))
    return Library(tuple(decks), tuple(problems))


def sections_touched(card: Card) -> tuple[str, ...]:
    """The policy sections the card's options change, in first-seen order."""
    return tuple(dict.fromkeys(section_of(clause_id) for clause_id in card.clause_ids()))


def section_title(section_id: str, template: PolicyTemplate, lang: Language) -> str:
    """A section's title in `lang`; its id when the template does not have it."""
    for section in template.sections:
        if section.id == section_id:
            return section.title.get(lang)
    return section_id


def fold(text: str) -> str:
    """Lower case without accents: « Employé » is found by typing “employe”."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def matches(entry: CardEntry, query: str, template: PolicyTemplate) -> bool:
    """Whether every word of `query` is in the card's id, title, situation or section names,
    in either language, accents and case aside."""
    words = fold(query).split()
    if not words:
        return True
    texts = [entry.card.id]
    for lang in LANGUAGES:
        texts += [entry.card.title.get(lang), entry.card.situation.get(lang)]
        texts += [section_title(s, template, lang) for s in entry.sections]
    haystack = fold("\n".join(texts))
    return all(word in haystack for word in words)


def search(entries: Iterable[CardEntry], query: str, template: PolicyTemplate) -> list[CardEntry]:
    return [entry for entry in entries if matches(entry, query, template)]


def import_deck(path: Path, library: Library, template: PolicyTemplate) -> LibraryDeck:
    """Check a deck file and copy it into the user's decks. Any problem raises ContentError
    naming file, card and field, and nothing is copied."""
    deck = load_deck(path)
    _refuse_template_problems(path.name, deck, template)
    _refuse_clashes(path, deck, library.card_ids())
    target = _free_path(user_decks_dir(), path.stem)
    write_atomically(target, path.read_bytes())
    return LibraryDeck(target, deck, False)


def export_deck(deck: Deck, path: Path) -> None:
    """Write `deck` as a TOML deck file another facilitator can import."""
    write_atomically(path, deck_to_toml(deck).encode("utf-8"))


def save_card(
    card: Card, into: LibraryDeck | None, title: Bilingual, replacing: str = ""
) -> LibraryDeck:
    """Save `card` into the user deck `into` (in place of card `replacing` if given), or into a
    new deck titled `title`. The card is expected checked with `card_problems`."""
    if into is None:
        path = _free_path(user_decks_dir(), _slug(title.get("en") or title.get("fr")))
        deck = Deck(title, (card,))
    else:
        path = into.path
        old = into.deck.cards
        cards = (
            tuple(card if c.id == replacing else c for c in old)
            if replacing in into.deck.card_ids()
            else (*old, card)
        )
        deck = Deck(into.deck.title, cards)
    export_deck(deck, path)
    return LibraryDeck(path, deck, False)


def delete_card(deck: LibraryDeck, card_id: str) -> None:
    """Remove a card from a user deck; a deck left without cards is deleted."""
    cards = tuple(c for c in deck.deck.cards if c.id != card_id)
    if cards:
        export_deck(Deck(deck.deck.title, cards), deck.path)
    else:
        delete_deck(deck)


def delete_deck(deck: LibraryDeck) -> None:
    if deck.builtin:
        raise ContentError(
            "built-in decks cannot be deleted", fr="les jeux intégrés ne peuvent être supprimés"
        )
    deck.path.unlink(missing_ok=True)


def card_problems(
    card: Card,
    library: Library,
    template: PolicyTemplate,
    into: LibraryDeck | None,
    replacing: str = "",
    languages: tuple[Language, ...] = LANGUAGES,
) -> list[Bilingual]:
    """What `check-deck` would say about `card` saved in `into`, plus a text missing in one of
    the `languages` it is written in, or an id another card of the library already has; empty
    when the card can be saved."""
    gaps = language_gaps(card, languages)
    if gaps:
        return gaps
    title = into.deck.title if into else Bilingual(fr="Mes cartes", en="My cards")
    others = tuple(c for c in into.deck.cards if c.id != replacing) if into else ()
    with tempfile.TemporaryDirectory(prefix="atelier-card-") as folder:
        path = Path(folder) / (into.path.name if into else "deck.toml")
        path.write_text(deck_to_toml(Deck(title, (card,))), encoding="utf-8")
        try:
            load_deck(path)
        except ContentError as exc:
            return [Bilingual(en=exc.text("en"), fr=exc.text("fr"))]
    problems = [
        _template_problem(problem)
        for problem in check_against_template(Deck(title, (*others, card)), template)
        if problem.startswith(f"card {card.id!r}:")
    ]
    if card.id in library.card_ids() - {replacing}:
        problems.append(
            Bilingual(
                en=f"id: {card.id!r} is already the id of another card",
                fr=f"identifiant : {guillemets(card.id)} est déjà celui d’une autre carte",
            )
        )
    return problems


def language_gaps(card: Card, languages: tuple[Language, ...]) -> list[Bilingual]:
    """The texts of `card` not written in each of `languages`: one language is enough for a
    card, but a card written in two has every text in both."""
    texts = [("title", card.title), ("situation", card.situation)]
    for name in ("prompts", "notes", "injects"):
        texts += [(f"{name}[{i}]", text) for i, text in enumerate(getattr(card, name))]
    for i, option in enumerate(card.options):
        texts.append((f"options[{i}].label", option.label))
        texts += [
            (f"options[{i}].effects[{j}].text", effect.text)
            for j, effect in enumerate(option.effects)
            if effect.text is not None
        ]
    return [
        Bilingual(
            en=f"card {card.id!r}: {field}.{lang}: missing or empty text",
            fr=f"carte {card.id!r} : {field}.{lang} : texte manquant ou vide",
        )
        for field, text in texts
        for lang in languages
        if not getattr(text, lang)
    ]


def session_content(decks: Iterable[LibraryDeck]) -> Content:
    """The content of a session drawing its cards from `decks`: their cards, the built-in
    template and awareness questions."""
    chosen = list(decks)
    builtin = builtin_content()
    title = chosen[0].deck.title if chosen else builtin.deck.title
    cards = tuple(card for deck in chosen for card in deck.deck.cards)
    return Content(Deck(title, cards), builtin.template, builtin.awareness)


def _refuse_template_problems(name: str, deck: Deck, template: PolicyTemplate) -> None:
    problems = check_against_template(deck, template)
    if problems:
        first = _template_problem(problems[0])
        raise ContentError(f"{name}: {first.en}", fr=f"{name} : {first.fr}")


def _template_problem(problem: str) -> Bilingual:
    """check_against_template says it in English: the French names the same place."""
    return Bilingual(en=problem, fr=f"désaccord avec le modèle de politique : {problem}")


def _refuse_clashes(path: Path, deck: Deck, taken: set[str]) -> None:
    clash = next((card_id for card_id in deck.card_ids() if card_id in taken), None)
    if clash is not None:
        raise ContentError(
            f"{path.name}: card {clash!r}: id: already the id of a built-in card or of a card "
            "in your decks; rename it",
            fr=f"{path.name} : carte {guillemets(clash)} : id : déjà l’identifiant d’une carte "
            "intégrée ou de l’un de vos jeux ; renommez-la",
        )


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words)[:60] or "deck"


def _free_path(folder: Path, stem: str) -> Path:
    """`folder/stem.toml`, numbered rather than replacing a deck already there."""
    candidate = folder / f"{stem}.toml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate
