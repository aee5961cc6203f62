"""The cards a facilitator plays: complete in both languages, lawful in every jurisdiction, never
silently dropping what the source article requires, and with one name for one person."""

import re
import tomllib
from collections import defaultdict

import pytest

from workshop.content import builtin_content
from workshop.deck import Card, builtin_deck_paths, load_deck
from workshop.demo import DEMO_PATH
from workshop.draft import build_draft
from workshop.model import JURISDICTIONS, Decision, SessionInfo

# What the source article requires, clause by clause, as words each language must keep whatever
# option the group chooses: an option may reword a clause, never silently drop one of these.
ELEMENTS = [
    ("spokespersons.who", "porte-parole", "spokesperson"),
    ("media.requests", "journaliste", "journalist"),
    ("complaints.employees", "orient", "direct"),
    ("investors.market_info", "privilégiée", "inside"),
    ("copyright.permission", "Google Images", "Google Images"),
    ("copyright.permission", "100", "100,000"),
    ("copyright.permission", "suspend", "suspend"),
    ("sharing.forbidden", "danger", "danger"),
    ("sharing.why_risk", "sensible", "sensitive"),
    ("security.third_party_apps", "Facebook", "Facebook"),
    ("security.geolocation", "Instagram", "Instagram"),
    ("security.cyber_attacks", "hameçonnage", "phishing"),
    ("compliance.contacts", "{contact}", "{contact}"),
    ("personal.privacy", "première impression", "first impression"),
    ("personal.own_voice", "robot", "robot"),
    ("training.read_and_sign", "une fois par an", "once a year"),
    ("training.sessions", "six mois", "six months"),
    ("training.sessions", "conseiller juridique", "legal counsel"),
    ("training.sessions", "conditions d’utilisation", "terms of service"),
    ("training.sessions", "confidentialité", "confidentiality"),
    ("training.sessions", "harcèlement", "harassment"),
    ("training.sessions", "cyberattaques", "cyber-attacks"),
    ("training.sessions", "rumeurs", "rumours"),
    ("advocacy.voluntary", "E2E", "E2E"),
    ("advocacy.voluntary", "robots", "robots"),
    ("advocacy.guidance", "attentes", "expectations"),
    ("purpose.rights", "lanceur", "whistleblower"),
]
JURISDICTION_CLAUSES = [
    "purpose.rights",
    "purpose.contract",
    "compliance.breaches",
    "compliance.reporting",
    "monitoring.limits",
    "advocacy.disclosure",
    "investors.market_info",
]
LAW_JURISDICTIONS = ("fr", "uk", "us")
SECTOR_DECKS = ("health", "public", "finance", "retail")


@pytest.fixture(scope="module")
def content():
    return builtin_content()


def test_every_card_is_complete_in_both_languages(content) -> None:
    for card in content.deck.cards:
        assert all(t.is_complete() for t in card.texts()), card.id
        assert card.prompts and card.injects and card.notes, card.id
        assert 2 <= len(card.options) <= 4, card.id
        assert all(o.effects for o in card.options), card.id


def test_every_card_cites_the_law_of_each_jurisdiction(content) -> None:
    for card in content.deck.cards:
        assert set(LAW_JURISDICTIONS) <= set(card.law), card.id
        for jurisdiction in LAW_JURISDICTIONS:
            assert card.notes_for(jurisdiction)[-1] == card.law[jurisdiction]


def test_jurisdiction_sensitive_clauses_have_every_variant(content) -> None:
    clauses = {c.id: c for s in content.template.sections for c in s.clauses}
    for clause_id in JURISDICTION_CLAUSES:
        assert set(LAW_JURISDICTIONS) <= set(clauses[clause_id].variants), clause_id
    assert content.template.legal_checked


def baseline(content, jurisdiction: str):
    info = SessionInfo("{organisation}", "", "2026-01-01", "en", "{contact}", 1, jurisdiction)
    return build_draft(content.template, content.deck, [], info)


def test_the_savings_clause_speaks_each_jurisdictions_law(content) -> None:
    us = baseline(content, "us").clause("purpose.rights").text
    assert "Section 7 of the National Labor Relations Act" in us.en
    assert "article 7" in us.fr and "National Labor Relations Act" in us.fr
    fr = baseline(content, "fr").clause("purpose.rights").text
    assert "lanceur d’alerte" in fr.fr and "représentants du personnel" in fr.fr
    assert "L2281-1" in fr.fr and "L1121-1" in fr.fr
    uk = baseline(content, "uk").clause("purpose.rights").text
    assert "Public Interest Disclosure Act 1998" in uk.en
    assert (
        "does not form part of any contract"
        in baseline(content, "uk").clause("purpose.contract").text.en
    )
    assert "L1321-4" in baseline(content, "fr").clause("purpose.contract").text.fr


def options(content):
    return [(card, option) for card in content.deck.cards for option in card.options]


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_no_option_removes_what_the_source_requires(content, jurisdiction: str) -> None:
    info = SessionInfo("{organisation}", "", "2026-01-01", "en", "{contact}", 1, jurisdiction)
    lost = []
    for card, option in options(content):
        decision = Decision(card.id, "2026-01-01T10:00:00", option.id, number=1)
        draft = build_draft(content.template, content.deck, [decision], info)
        present = {c.id: c.text for c in draft.clauses()}
        for clause_id, fr, en in ELEMENTS:
            text = present.get(clause_id)
            kept = text is not None and fr in text.fr and en.lower() in text.en.lower()
            if not kept:
                lost.append(f"{card.id}/{option.id}: {clause_id} ({fr} / {en})")
    assert not lost, "\n".join(lost)


def test_no_option_removes_the_savings_clause(content) -> None:
    for card, option in options(content):
        assert all(e.clause_id != "purpose.rights" for e in option.effects), card.id


# Two capitalised words in a row are a person's name unless they are one of these.
NOT_PEOPLE = {
    "Pour",
    "Sur",
    "Senior",
    "Google",
    "Lumen",
    "Cambridge",
    "Dr",
    "Le",
    "La",
    "Les",
    "Au",
    "En",
    "Un",
    "Une",
    "Chez",
    "Dans",
    "Avec",
    "Après",
    "Quand",
    "Selon",
    "Si",
    "Et",
    "Mais",
    "Du",
    "De",
    "Des",
    "Sans",
    "Depuis",
    "Comme",
    "Dès",
    "Par",
    "Pendant",
    "Lors",
    "Entre",
    "Code",
    "Conseil",
    "Autorité",
    "Défenseur",
    "Commission",
    "National",
    "Public",
    "Trade",
    "Equality",
    "Digital",
    "Federal",
    "Market",
    "Criminal",
    "Data",
    "Employment",
    "Health",
    "Financial",
    "Vous",
    "Nous",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "On",
    "Ce",
    "Cette",
    "Ces",
    "Son",
    "Sa",
    "Leur",
    "Mon",
    "Ma",
    "Notre",
    "Votre",
    "Tout",
    "Toute",
    "Tous",
    "Aucun",
    "Aucune",
    "Royaume",
    "États",
    "Union",
    "Parlement",
    "Sécurité",
    "Ordre",
    "Agence",
    "Caisse",
    "Direction",
    "Haute",
    "Mardi",
    "Lundi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
    "Dimanche",
    "Saint",
    "Sainte",
    "Monsieur",
    "Madame",
    "Docteur",
    "Maître",
    "Ministère",
    "Guide",
    "Loi",
    "Règlement",
    "Article",
    "Cour",
    "Tribunal",
    "Première",
    "Premier",
    "Direct",
    "Office",
    "Secretary",
    "Information",
    "Consumer",
    "Sarbanes",
    "Dodd",
    "Securities",
    "Better",
    "Advertising",
    "Competition",
    "Private",
    "Industrial",
    "Fair",
}
NAME = re.compile(
    r"\b([A-ZÉÈÎ][a-zéèêëàâîïôöûüç]+(?:-[A-ZÉ][a-zéèêëàâîïôöûüç]+)?) "
    r"([A-ZÉ][a-zéèêëàâîïôöûüç]+(?:-[A-Z][a-zé]+)?)\b"
)


def story_texts(card: Card):
    """What the room hears and reads: where the cast of a scenario appears."""
    yield card.situation
    yield from card.prompts
    yield from card.notes
    yield from card.injects
    yield from (option.label for option in card.options)


def people_by_card(content) -> dict[str, set[str]]:
    people: dict[str, set[str]] = defaultdict(set)
    for card in content.deck.cards:
        for text in story_texts(card):
            for match in NAME.finditer(text.fr):
                if match.group(1) not in NOT_PEOPLE and match.group(2) not in NOT_PEOPLE:
                    people[match.group(0)].add(card.id)
    demo = tomllib.loads(DEMO_PATH.read_text(encoding="utf-8"))
    for name in [demo["session"]["facilitator"], *(p["name"] for p in demo["participants"])]:
        people[name].add("demo")
    return people


def test_one_name_is_one_person(content) -> None:
    people = people_by_card(content)
    assert len(people) > 20, "the name finder finds the cast"
    shared = {name: cards for name, cards in people.items() if len(cards) > 1}
    assert not shared, f"one name in two stories: {shared}"
    first_names: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in people:
        first, last = name.split(" ", 1)
        first_names[first].add(name)
        surnames[last].add(name)
    assert not {f: n for f, n in first_names.items() if len(n) > 1}, "a first name used twice"
    assert not {s: n for s, n in surnames.items() if len(n) > 1}, "a surname used twice"


def test_general_and_sector_decks_have_enough_cards(content) -> None:
    general = [p for p in builtin_deck_paths() if "sector" not in p.name]
    assert sum(len(load_deck(p).cards) for p in general) >= 24
    for sector in SECTOR_DECKS:
        (path,) = [p for p in builtin_deck_paths() if f"sector-{sector}" in p.name]
        assert len(load_deck(path).cards) >= 4, sector


def test_the_facilitator_asks_for_these_scenarios(content) -> None:
    wanted = [
        "hacked-account",
        "ex-employee-attack",
        "union-post",
        "filmed-at-work",
        "ceo-deepfake",
        "undisclosed-influencer",
        "election-posts",
        "whistleblower-goes-public",
        "scheduled-post-tragedy",
        "candidate-screening",
    ]
    ids = set(content.deck.card_ids())
    assert set(wanted) <= ids


def test_demo_cards_and_options_are_still_in_the_deck(content) -> None:
    demo = tomllib.loads(DEMO_PATH.read_text(encoding="utf-8"))
    for step in demo["decisions"]:
        card = content.deck.card(step["card"])
        if "option" in step:
            card.option(step["option"])


# Rules on what employees may say: an option may tighten them, never so that a worker would read
# them as forbidding protected speech (the Stericycle standard; L1121-1; proportionality).
SPEECH_CLAUSES = {
    "spokespersons.crisis",
    "spokespersons.employees",
    "media.requests",
    "media.no_comment",
    "rumours.no_amplify",
    "rumours.response",
    "sharing.forbidden",
    "sharing.allowed",
    "personal.opinions",
    "personal.disclaimer",
    "personal.representation",
    "conflict.respond",
}


def test_options_on_speech_rules_keep_protected_rights_explicit(content) -> None:
    for card, option in options(content):
        for effect in option.effects:
            if effect.clause_id in SPEECH_CLAUSES and effect.text is not None:
                where = f"{card.id}/{option.id}/{effect.clause_id}"
                assert "droits rappelés dans la présente politique" in effect.text.fr, where
                assert "rights set out in this policy" in effect.text.en, where
