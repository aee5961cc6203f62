"""Every content file reads as an editor would want it: French typography, one defined term, the
same words for the same things, and a consistent English register in the policy's clauses."""

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.content import AWARENESS_PATH, builtin_content
from workshop.deck import builtin_deck_paths
from workshop.demo import DEMO_PATH
from workshop.template import TEMPLATE_PATH

CONTENT_FILES = [*builtin_deck_paths(), TEMPLATE_PATH, AWARENESS_PATH, DEMO_PATH]


def texts(value: object, lang: str) -> Iterator[str]:
    """Every `lang` text of a parsed content file, wherever it sits."""
    if isinstance(value, dict):
        if isinstance(value.get(lang), str):
            yield value[lang]
        for key, item in value.items():
            if key not in ("fr", "en") or not isinstance(item, str):
                yield from texts(item, lang)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, lang)


def all_texts(lang: str) -> list[tuple[str, str]]:
    return [
        (path.name, text)
        for path in CONTENT_FILES
        for text in texts(tomllib.loads(path.read_text(encoding="utf-8")), lang)
    ]


# French typography: what must never appear, with why.
FRENCH_TYPOGRAPHY = [
    (r"'", "a straight apostrophe (use ’)"),
    (r"(?<![\u202f;!?])[;!?](?![\w/=&])", "; ! ? without a narrow no-break space before"),
    (r"(?<!\u00a0):(?=\s|$)", ": without a no-break space before"),
    (r"«(?!\u00a0)", "« without a no-break space after"),
    (r"(?<!\u00a0)»", "» without a no-break space before"),
    (r"\d \d", "a number that may break across lines"),
    (r"\d (h\b|%|€|\$)", "a time or an amount that may break across lines"),
    (r"[“”]", "English quotation marks in French"),
    (r"\.\.\.", "three dots instead of …"),
]


@pytest.mark.parametrize(("pattern", "problem"), FRENCH_TYPOGRAPHY)
def test_french_typography_in_every_content_file(pattern: str, problem: str) -> None:
    bad = [(name, text[:80]) for name, text in all_texts("fr") if re.search(pattern, text)]
    assert not bad, f"{problem}: {bad[:3]}"


# One word for one thing in French, everywhere.
FRENCH_TERMS = [
    (r"\bsalarié", "« collaborateurs » is the defined term"),
    (
        r"(?<!porter )(?<!déposer )(?<!dépôt de )\bplaintes?\b",
        "« réclamations » for customers' complaints",
    ),
    (r"\bintimidation", "« harcèlement » for bullying"),
    (r"\brevue juridique", "« relecture juridique »"),
]


@pytest.mark.parametrize(("pattern", "problem"), FRENCH_TERMS)
def test_french_content_uses_the_defined_terms(pattern: str, problem: str) -> None:
    scope_clause = {c.id: c for s in builtin_content().template.sections for c in s.clauses}[
        "purpose.scope"
    ]
    allowed = {scope_clause.text.fr, *(v.fr for v in scope_clause.variants.values())}
    bad = [
        (name, text[:80])
        for name, text in all_texts("fr")
        if text not in allowed and re.search(pattern, text, re.IGNORECASE)
    ]
    assert not bad, f"{problem}: {bad[:3]}"


def test_the_defined_term_is_defined_once_in_the_scope_clause() -> None:
    template = builtin_content().template
    term = "«\u00a0collaborateurs\u00a0»"
    defining = [c.id for s in template.sections for c in s.clauses if term in c.text.fr]
    assert defining == ["purpose.scope"]
    assert "“employees”" in template.section("purpose").clauses[1].text.en


def test_social_media_is_not_defined_by_itself() -> None:
    clause = builtin_content().template.section("definitions").clauses[0]
    definition = clause.text.fr.split("désigne", 1)[1]
    assert "réseaux sociaux" not in definition
    assert "social media" not in clause.text.en.split("means", 1)[1]


def test_english_uses_one_quotation_style_and_one_time_format() -> None:
    for name, text in all_texts("en"):
        assert not re.search(r"[‘«»]", text), (name, text[:80])
        assert not re.search(r"\d ?[ap]\.m\.|\d ?[AP]M\b", text), (name, text[:80])
        assert not re.search(r"\b\d{1,2}:\d\d\b(?! [ap]m)", text), (name, text[:80])


def policy_texts(lang: str) -> Iterator[tuple[str, str]]:
    """Every wording that can end up in the policy: clauses, their variants, option effects."""
    content = builtin_content()
    for section in content.template.sections:
        for clause in section.clauses:
            for text in (clause.text, *clause.variants.values()):
                yield clause.id, text.get(lang)
    for card in content.deck.cards:
        for option in card.options:
            for effect in option.effects:
                for text in (effect.text, *effect.variants.values()):
                    if text is not None:
                        yield f"{card.id}/{option.id}/{effect.clause_id}", text.get(lang)


def unquoted(text: str) -> str:
    """A clause's own words: scripted replies it quotes may speak to the reader."""
    return re.sub(r"“[^”]*”", "", text)


def test_english_clauses_are_normative_and_do_not_address_the_reader() -> None:
    for where, text in policy_texts("en"):
        own = unquoted(text)
        assert not re.search(r"\byou(r|rs|rself)?\b", own, re.IGNORECASE), (where, text[:80])
        assert not re.search(r"\bshall\b", own), (where, "must / may / should, not shall")
        assert not re.search(r"\bthe company\b", own, re.IGNORECASE), (where, "the organisation")


def test_french_clauses_use_the_organisation_not_the_company() -> None:
    for where, text in policy_texts("fr"):
        assert not re.search(r"\bl’entreprise\b", text, re.IGNORECASE), (where, text[:80])


def test_every_content_file_is_checked() -> None:
    assert {p.parent.name for p in CONTENT_FILES} >= {"decks", "policy", "resources"}
    assert all(Path(p).exists() for p in CONTENT_FILES)
