"""Matching each section of an imported policy to the built-in topics, in French or English, and
the coverage that follows; the facilitator's corrections win."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.content_file import ContentError
from workshop.policy_import import ImportedClause, ImportedPolicy, ImportedSection, Origin
from workshop.policy_import.coverage import Coverage, coverage, suggest_mapping
from workshop.policy_import.topics import builtin_topics, fold, load_topics, stem, suggest
from workshop.template import builtin_template


def _section(title: str, *clauses: str) -> ImportedSection:
    return ImportedSection(
        title,
        tuple(
            ImportedClause((Origin(i, (text,), (0, len(text))),)) for i, text in enumerate(clauses)
        ),
    )


def _policy(*sections: ImportedSection) -> ImportedPolicy:
    return ImportedPolicy("Policy", sections, "policy.docx", "docx")


def test_every_template_section_has_keywords_in_both_languages() -> None:
    topics = builtin_topics()
    assert [t.id for t in topics] == builtin_template().section_ids()
    assert all(len(t.keywords) >= 4 for t in topics)


@pytest.mark.parametrize(
    ("title", "body", "topic"),
    [
        ("Relations avec la presse", "", "media"),
        ("Use of AI tools", "", "ai"),
        ("Usage de l’intelligence artificielle", "", "ai"),
        ("Confidentialité et sécurité", "", "security"),
        ("Comptes personnels", "", "personal"),
        ("Harassment and bullying", "", "conflict"),
        ("SANCTIONS", "", "compliance"),
        ("Investor relations", "", "investors"),
        ("Droit à l’image", "", "copyright"),
        ("Porte-parole", "", "spokespersons"),
        ("Réclamations des clients", "", "complaints"),
        ("Fake news", "", "rumours"),
        ("Formation et sensibilisation", "", "training"),
        ("Employee advocacy", "", "advocacy"),
        ("Divers", "Les journalistes qui appellent sont orientés vers la presse.", "media"),
        ("Other", "Never paste confidential data into ChatGPT or another AI chatbot.", "ai"),
    ],
)
def test_sections_match_their_topic_in_french_and_english(title, body, topic) -> None:
    found = suggest(_section(title, body) if body else _section(title), builtin_topics())
    assert found and found[0].topic == topic
    assert found[0].keywords, "a match says which words made it"


def test_a_title_naming_two_topics_covers_both_and_an_unclear_section_none() -> None:
    topics = builtin_topics()
    both = suggest(_section("Media and investor relations"), topics)
    assert {m.topic for m in both} == {"media", "investors"}
    assert suggest(_section("Divers", "Merci de votre attention."), topics) == ()


def test_the_title_weighs_more_than_the_body() -> None:
    section = _section("Sécurité", "Un journaliste peut appeler.")
    assert suggest(section, builtin_topics())[0].topic == "security"


def test_words_are_compared_without_accents_case_or_plural() -> None:
    assert fold("Sécurité ÉLÈVE") == "securite eleve"
    assert stem("médias".replace("é", "e")) == stem("media")
    assert stem("journalistes") == stem("journalist")
    assert stem(fold("sécurité")) == stem("security")


def test_coverage_covered_thin_and_missing() -> None:
    policy = _policy(
        _section("Relations avec la presse", "Seul le porte-parole répond.", "Rediriger."),
        _section("Usage de l’IA", "Interdit."),
        _section("Divers", "Merci."),
    )
    mapping = suggest_mapping(policy)
    assert mapping.topics == (("media",), ("ai",), ())
    status = {c.topic: c.status for c in coverage(policy, mapping)}
    assert status["media"] is Coverage.COVERED
    assert status["ai"] is Coverage.THIN
    assert status["security"] is Coverage.MISSING
    assert len(status) == len(builtin_topics())


def test_the_facilitator_corrects_the_mapping() -> None:
    policy = _policy(_section("Divers", "Merci."), _section("Usage de l’IA", "Interdit."))
    mapping = suggest_mapping(policy)
    corrected = mapping.with_topics(0, ("rumours", "rumours")).with_topics(1, ())
    assert corrected.of(0) == ("rumours",)
    assert corrected.sections_of("rumours") == (0,)
    assert mapping.of(1) == ("ai",), "the suggestion is a value: unchanged"
    status = {c.topic: c.status for c in coverage(policy, corrected)}
    assert status["rumours"] is Coverage.THIN and status["ai"] is Coverage.MISSING


def test_a_topic_file_naming_an_unknown_section_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text('[[topics]]\nid = "ghost"\nfr = ["a"]\nen = ["b"]\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"topics\.toml: topic 'ghost': id"):
        load_topics(path, builtin_template())
