"""An imported policy as the session's baseline: their clauses, stable ids, and card decisions
landing on their clauses."""

from __future__ import annotations

from dataclasses import replace

from workshop.content import builtin_content
from workshop.decision_rules import blocking, decision_problems
from workshop.draft import build_draft, landed_clause_ids
from workshop.landing import Landing
from workshop.model import Decision, SessionInfo
from workshop.policy_import.baseline import imported_content, landing_for
from workshop.policy_import.coverage import suggest_mapping
from workshop.policy_import.model import ImportedClause, ImportedPolicy, ImportedSection, Origin
from workshop.text import Bilingual

MEDIA = (
    "When a journalist, blogger or influencer asks an employee for the organisation's position, "
    "the employee does not answer on its behalf and passes the request to the communications team."
)


def _clause(paragraph: int, text: str) -> ImportedClause:
    return ImportedClause((Origin(paragraph, (text,), (0, len(text))),))


def _policy() -> ImportedPolicy:
    return ImportedPolicy(
        "Our social media charter",
        (
            ImportedSection("Media requests", (_clause(1, MEDIA), _clause(2, "Be polite."))),
            ImportedSection(
                "Personal accounts", (_clause(4, "Staff may say where they work online."),)
            ),
        ),
        "charter.docx",
        "docx",
    )


def _info() -> SessionInfo:
    return SessionInfo(organisation="Acme", facilitator="Ana", date="2026-11-30", language="en")


def test_their_clauses_become_the_baseline_with_stable_ids_and_their_titles() -> None:
    policy = _policy()
    content = imported_content(builtin_content(), policy, suggest_mapping(policy))
    draft = build_draft(content.template, content.deck, [], _info())
    assert [s.id for s in draft.sections] == ["s1", "s2"]  # topics they lack stay hidden
    assert draft.sections[0].title == Bilingual("Media requests", "Media requests")
    assert [c.id for c in draft.sections[0].clauses] == ["s1.c1", "s1.c2"]
    assert draft.clause("s1.c1").text == Bilingual(MEDIA, MEDIA)
    assert content.original is not None and content.original.clauses()["s2.c1"].text.startswith(
        "Staff"
    )


def test_a_builtin_clause_lands_on_their_clause_that_says_it_or_at_the_end_of_the_section() -> None:
    policy = _policy()
    landing = landing_for(policy, suggest_mapping(policy), builtin_content().template)
    assert landing.target("media.requests") == "s1.c1"
    assert landing.target("media.no_comment") == "s1.media.no_comment"  # added at the end
    assert landing.target("s2.c1") == "s2.c1"  # their own clauses stay theirs
    assert landing.target("security.passwords") == "security.passwords"  # a topic they lack


def test_landing_is_pure_data() -> None:
    landing = Landing((("media.requests", "s1.c1"),), (("media", "s1"),))
    assert landing.target("media.requests") == "s1.c1"
    assert landing.target("media.embargo") == "s1.media.embargo"
    assert landing == Landing((("media.requests", "s1.c1"),), (("media", "s1"),))


def test_a_card_decision_changes_their_clause_and_adds_the_rest_to_their_section() -> None:
    policy = _policy()
    content = imported_content(builtin_content(), policy, suggest_mapping(policy))
    decision = Decision("journalist-call", decided_at="2026-11-30T10:00", option_id="a", number=1)
    draft = build_draft(content.template, content.deck, [decision], _info())
    media = draft.sections[0]
    assert [c.id for c in media.clauses] == ["s1.c1", "s1.c2", "s1.media.no_comment"]
    assert media.clauses[0].text != Bilingual(MEDIA, MEDIA)
    assert media.clauses[0].provenance is not None
    assert draft.clause("s1.c2").text.en == "Be polite."


def test_custom_wording_can_replace_any_of_their_clauses() -> None:
    policy = _policy()
    content = imported_content(builtin_content(), policy, suggest_mapping(policy))
    words = Bilingual("Say where you work, never for whom you speak.", "")
    decision = Decision(
        "journalist-call",
        decided_at="2026-11-30T10:00",
        custom_text=words,
        custom_clause_id="s2.c1",
        number=1,
    )
    draft = build_draft(content.template, content.deck, [decision], _info())
    assert draft.clause("s2.c1").text == words


def test_the_facilitator_moves_a_card_clause_to_another_clause_or_section() -> None:
    """Option a sets media.requests (lands on s1.c1 by itself) and media.no_comment (added at
    the end of s1): moved, the first replaces "Be polite." and the second goes to section 2."""
    policy = _policy()
    content = imported_content(builtin_content(), policy, suggest_mapping(policy))
    moved = (("media.requests", "s1.c2"), ("media.no_comment", "s2"))
    decision = Decision(
        "journalist-call", decided_at="2026-11-30T10:00", option_id="a", number=1, landing=moved
    )
    assert decision_problems(decision, content) == ()
    draft = build_draft(content.template, content.deck, [decision], _info())
    assert draft.clause("s1.c1").text == Bilingual(MEDIA, MEDIA)  # left as it was
    assert draft.clause("s1.c2").text.en != "Be polite."
    assert [c.id for c in draft.sections[1].clauses] == ["s2.c1", "s2.media.no_comment"]
    assert landed_clause_ids(decision, content.deck, content.template) == [
        "s1.c2",
        "s2.media.no_comment",
    ]


def test_a_clause_is_moved_only_on_their_policy_and_only_to_one_of_its_places() -> None:
    policy = _policy()
    theirs = imported_content(builtin_content(), policy, suggest_mapping(policy))
    nowhere = Decision("journalist-call", "", option_id="a", landing=(("media.requests", "s9.c9"),))
    not_the_card_s = replace(nowhere, landing=(("security.passwords", "s1.c2"),))
    for decision, content in (
        (nowhere, theirs),
        (not_the_card_s, theirs),
        (replace(nowhere, landing=(("media.requests", "media"),)), builtin_content()),
    ):
        (problem,) = blocking(decision_problems(decision, content))
        assert problem.message.fr and problem.message.en != problem.message.fr
