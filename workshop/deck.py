"""Scenario cards: what the group discusses, and what each option would do to the policy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from workshop.content_file import ContentError, Place, read_toml
from workshop.local.paths import RESOURCES
from workshop.model import JURISDICTIONS, Jurisdiction
from workshop.template import PolicyTemplate, parse_variants, section_of
from workshop.text import LANGUAGES, Bilingual, Language, guillemets

DECKS_DIR = RESOURCES / "decks"


class EffectAction(StrEnum):
    SET = "set"
    ADD = "add"
    REMOVE = "remove"


@dataclass(frozen=True, slots=True)
class ClauseEffect:
    """One change an option makes: set a clause's text, add a new clause, or remove one."""

    action: EffectAction
    clause_id: str
    text: Bilingual | None
    variants: dict[Jurisdiction, Bilingual] = field(default_factory=dict)

    @property
    def section_id(self) -> str:
        return section_of(self.clause_id)

    def text_for(self, jurisdiction: Jurisdiction) -> Bilingual | None:
        """The wording this option writes under `jurisdiction`'s law."""
        return self.variants.get(jurisdiction, self.text)


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: Bilingual
    effects: tuple[ClauseEffect, ...]


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    title: Bilingual
    situation: Bilingual
    prompts: tuple[Bilingual, ...]
    notes: tuple[Bilingual, ...]
    injects: tuple[Bilingual, ...]
    options: tuple[Option, ...]
    sections: tuple[str, ...]
    timebox_minutes: int
    law: dict[Jurisdiction, Bilingual] = field(default_factory=dict)  # the law, per jurisdiction

    def notes_for(self, jurisdiction: Jurisdiction) -> tuple[Bilingual, ...]:
        """The facilitator's notes, then what the law of the session's jurisdiction says."""
        law = self.law.get(jurisdiction)
        return (*self.notes, law) if law else self.notes

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(f"card {self.id!r} has no option {option_id!r}")

    def texts(self) -> Iterator[Bilingual]:
        """Every text of the card, wherever it sits: what its languages are judged on."""
        yield self.title
        yield self.situation
        yield from self.prompts
        yield from self.notes
        yield from self.injects
        yield from self.law.values()
        for option in self.options:
            yield option.label
            for effect in option.effects:
                if effect.text is not None:
                    yield effect.text
                yield from effect.variants.values()

    def languages(self) -> tuple[Language, ...]:
        """The languages every text of the card is written in: a facilitator's own card may
        have one only, the built-in ones have both."""
        texts = list(self.texts())
        return tuple(lang for lang in LANGUAGES if all(getattr(t, lang) for t in texts))

    def clause_ids(self) -> list[str]:
        """Every clause this card's options can touch, in first-seen order."""
        seen: dict[str, None] = {}
        for option in self.options:
            for effect in option.effects:
                seen.setdefault(effect.clause_id, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Deck:
    title: Bilingual
    cards: tuple[Card, ...]
    # Cards by id: drafts and exports look a card up for every decision on every clause.
    _by_id: dict[str, Card] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Card] = {}
        for card in self.cards:
            by_id.setdefault(card.id, card)
        object.__setattr__(self, "_by_id", by_id)

    def card(self, card_id: str) -> Card:
        try:
            return self._by_id[card_id]
        except KeyError:
            raise KeyError(f"no card {card_id!r} in the deck") from None

    def card_ids(self) -> list[str]:
        return [c.id for c in self.cards]


def load_deck(path: Path) -> Deck:
    """Load one deck file; any problem raises ContentError naming the file, card and field."""
    data = read_toml(path)
    place = Place(path)
    if not isinstance(data.get("deck"), dict):
        raise place.error(
            "deck",
            "missing the [deck] table with the deck's title",
            fr="la table [deck] avec le titre du jeu manque",
        )
    title = place.bilingual_field(data["deck"], "title")
    cards: list[Card] = []
    for index, raw in enumerate(place.items(data, "cards")):
        card = _parse_card(place, place.table(raw, f"cards[{index}]"), index)
        if any(c.id == card.id for c in cards):
            raise place.within(f"card {card.id!r}", f"carte {card.id!r}").error(
                "id", "used by another card", fr="déjà utilisé par une autre carte"
            )
        cards.append(card)
    if not cards:
        raise place.error("cards", "the deck has no card", fr="le jeu n'a aucune carte")
    return Deck(title, tuple(cards))


def _parse_card(place: Place, raw: dict[str, Any], index: int) -> Card:
    card_id = place.within(f"cards[{index}]").string(raw, "id")
    where = place.within(f"card {card_id!r}", f"carte {card_id!r}")
    sections = where.items(raw, "sections")
    if not sections or not all(isinstance(s, str) and s for s in sections):
        raise where.error(
            "sections",
            "expected a non-empty list of section ids",
            fr="liste non vide d'identifiants de sections attendue",
        )
    options = where.items(raw, "options")
    if not 2 <= len(options) <= 4:
        raise where.error(
            "options",
            f"expected 2 to 4 options, found {len(options)}",
            fr=f"de 2 à 4 options attendues, trouvé : {len(options)}",
        )
    parsed_options = tuple(
        _parse_option(where, where.table(o, f"options[{i}]"), i) for i, o in enumerate(options)
    )
    if len({o.id for o in parsed_options}) != len(parsed_options):
        raise where.error(
            "options", "two options share an id", fr="deux options ont le même identifiant"
        )
    return Card(
        id=card_id,
        title=where.bilingual_field(raw, "title"),
        situation=where.bilingual_field(raw, "situation"),
        prompts=where.bilingual_list(raw, "prompts", low=1),
        notes=where.bilingual_list(raw, "notes"),
        injects=where.bilingual_list(raw, "injects"),
        options=parsed_options,
        sections=tuple(sections),
        timebox_minutes=where.integer(raw, "timebox_minutes", 15, 1, 240),
        law=_parse_law(where, raw),
    )


def _parse_law(where: Place, raw: dict[str, Any]) -> dict[Jurisdiction, Bilingual]:
    """`law.fr = {fr, en}`, `law.us = …`: the note citing each jurisdiction's law."""
    table = where.table(raw.get("law", {}), "law")
    law: dict[Jurisdiction, Bilingual] = {}
    for code, value in table.items():
        if code not in JURISDICTIONS:
            raise where.error(f"law.{code}", f"expected one of {', '.join(JURISDICTIONS)}")
        law[code] = where.bilingual(value, f"law.{code}")
    return law


def _parse_option(where: Place, raw: dict[str, Any], index: int) -> Option:
    field = f"options[{index}]"
    option_id = raw.get("id")
    if not isinstance(option_id, str) or not option_id.strip():
        raise where.error(f"{field}.id", "missing or empty", fr="manquant ou vide")
    effects = []
    for e_index, raw_effect in enumerate(where.items(raw, "effects")):
        e_field = f"{field}.effects[{e_index}]"
        raw_effect = where.table(raw_effect, e_field)
        try:
            action = EffectAction(raw_effect.get("action", ""))  # "" is no action either
        except ValueError:
            raise where.error(
                f"{e_field}.action",
                "expected set, add or remove",
                fr="set, add ou remove attendu",
            ) from None
        clause_id = raw_effect.get("clause")
        if not isinstance(clause_id, str) or "." not in clause_id:
            raise where.error(
                f"{e_field}.clause",
                "expected a clause id like 'media.requests'",
                fr="identifiant de clause attendu, comme 'media.requests'",
            )
        text = None
        if action is not EffectAction.REMOVE:
            if "text" not in raw_effect:
                raise where.error(f"{e_field}.text", "missing", fr="manquant")
            text = where.bilingual(raw_effect["text"], f"{e_field}.text")
        variants = parse_variants(where.within(f"{where.owner}: {e_field}"), raw_effect)
        effects.append(ClauseEffect(action, clause_id, text, variants))
    if not effects:
        raise where.error(
            f"{field}.effects",
            "an option must change at least one clause",
            fr="une option doit modifier au moins une clause",
        )
    return Option(option_id, where.bilingual_field(raw, "label", f"{field}.label"), tuple(effects))


def content_languages(cards: Iterable[Card]) -> tuple[Language, ...]:
    """The languages every one of `cards` is written in: the ones a session of them can have."""
    languages = set(LANGUAGES)
    for card in cards:
        languages &= set(card.languages())
    return tuple(lang for lang in LANGUAGES if lang in languages)


def cards_lacking(cards: Iterable[Card], language: Language) -> list[Card]:
    """The cards not (entirely) written in `language`, in their order: what the UI names."""
    return [card for card in cards if language not in card.languages()]


def language_problem(cards: Iterable[Card], language: Language) -> Bilingual | None:
    """Why a session in `language` cannot play `cards`, naming each card lacking it; None when
    every card has it."""
    lacking = cards_lacking(cards, language)
    if not lacking:
        return None
    names = {
        lang: ", ".join(f"{c.id} ({c.title.get(lang)})" for c in lacking) for lang in LANGUAGES
    }
    if language == "en":
        en_name, fr_name = "English", "anglais"
    else:
        en_name, fr_name = "French", "français"
    return Bilingual(
        en=f"a session in {en_name} needs every card written in {en_name}; not written in "
        f"{en_name}: {names['en']}. Translate them or choose the session's language from its cards",
        fr=f"une séance en {fr_name} demande des cartes toutes écrites en {fr_name} ; pas "
        f"écrites en {fr_name} : {names['fr']}. Traduisez-les ou choisissez la langue de la "
        "séance d’après ses cartes",
    )


def template_problems(
    deck: Deck, template: PolicyTemplate, only: Iterable[str] | None = None
) -> list[Bilingual]:
    """Cross-file problems, naming card, option and clause: sections and clauses a card names
    that the template does not have. `only`: the ids of the cards to check (the others count
    for the clauses they add)."""
    problems = []
    section_ids = set(template.section_ids())
    known = template.clause_ids()
    added = {
        e.clause_id
        for c in deck.cards
        for o in c.options
        for e in o.effects
        if e.action is EffectAction.ADD
    }
    settable = known | added
    checked = None if only is None else set(only)
    for card in deck.cards:
        if checked is not None and card.id not in checked:
            continue
        for section_id in card.sections:
            if section_id not in section_ids:
                problems.append(
                    Bilingual(
                        en=f"card {card.id!r}: sections: unknown section {section_id!r}",
                        fr=f"carte {card.id!r} : sections : section inconnue {section_id!r}",
                    )
                )
        for option in card.options:
            for effect in option.effects:
                problem = _effect_problem(card, effect, known, settable)
                if problem:
                    clause = effect.clause_id
                    problems.append(
                        Bilingual(
                            en=f"card {card.id!r}: option {option.id!r}: clause {clause!r}: "
                            f"{problem.en}",
                            fr=f"carte {card.id!r} : option {option.id!r} : clause "
                            f"{guillemets(clause)} : {problem.fr}",
                        )
                    )
    return problems


def _effect_problem(
    card: Card, effect: ClauseEffect, known: set[str], settable: set[str]
) -> Bilingual | None:
    if effect.section_id not in card.sections:
        return Bilingual(
            en="its section is not in the card's sections",
            fr="sa section n’est pas dans les sections de la carte",
        )
    if effect.action is EffectAction.ADD and effect.clause_id in known:
        return Bilingual(en="already in the template (use set)", fr="déjà dans le modèle (set)")
    if effect.action is not EffectAction.ADD and effect.clause_id not in settable:
        return Bilingual(en="not in the template", fr="absente du modèle")
    return None


def check_against_template(deck: Deck, template: PolicyTemplate) -> list[str]:
    """Cross-file problems, in English, as check-deck prints them."""
    return [problem.en for problem in template_problems(deck, template)]


def builtin_deck_paths() -> list[Path]:
    return sorted(DECKS_DIR.glob("*.toml"))


@cache
def builtin_deck() -> Deck:
    """The built-in deck: every file in resources/decks, merged in file-name order."""
    decks = [load_deck(p) for p in builtin_deck_paths()]
    if not decks:
        raise ContentError(
            f"{DECKS_DIR}: no deck file found", fr=f"{DECKS_DIR} : aucun fichier de jeu trouvé"
        )
    cards = [card for deck in decks for card in deck.cards]
    ids = [c.id for c in cards]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ContentError(
            f"{DECKS_DIR}: card id {duplicates[0]!r} is used in two deck files",
            fr=f"{DECKS_DIR} : l'identifiant de carte {duplicates[0]!r} est utilisé dans deux "
            "fichiers de jeu",
        )
    return Deck(decks[0].title, tuple(cards))
