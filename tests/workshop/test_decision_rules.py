"""What a decision must hold is the domain's rule: the console asks it, recording enforces it."""

from __future__ import annotations

import pytest

from workshop.commands import CommandError, RecordDecision
from workshop.content import Content
from workshop.decision_rules import Problem, blocking, decision_problems, is_iso_day
from workshop.model import ActionItem, Decision, OpenQuestion
from workshop.session import Session
from workshop.text import Bilingual

CARD = "journalist"


def _decision(**fields) -> Decision:
    return Decision(card_id=fields.pop("card_id", CARD), decided_at="2026-11-23T10:00:00", **fields)


def _english(problems: tuple[Problem, ...]) -> list[str]:
    return [p.message.en for p in problems]


def test_a_complete_decision_has_no_problem(small_content: Content) -> None:
    decision = _decision(
        option_id="redirect",
        actions=(ActionItem("Brief the managers", "Comms", "2026-12-15"),),
        questions=(OpenQuestion("Is this a commitment?", "media.requests"),),
    )
    assert decision_problems(decision, small_content) == ()


def test_nothing_chosen_asks_for_an_option_or_wording(small_content: Content) -> None:
    [problem] = decision_problems(_decision(), small_content)
    assert problem.blocking
    assert problem.message.en.startswith("choose one of the card's options")
    assert problem.message.fr.startswith("choisissez une des options")


def test_an_option_must_be_the_cards(small_content: Content) -> None:
    problems = decision_problems(_decision(option_id="yearly"), small_content)
    assert _english(problems) == ["card 'journalist' has no option 'yearly'"]
    assert (
        problems[0].message.fr
        == "la carte «\u00a0journalist\u00a0» n’a pas d’option «\u00a0yearly\u00a0»"
    )


def test_an_unknown_card_is_one_problem(small_content: Content) -> None:
    problems = decision_problems(_decision(card_id="nope", option_id="a"), small_content)
    assert _english(problems) == ["there is no card 'nope' in the deck"]


def test_custom_wording_needs_text_and_one_of_the_cards_clauses(small_content: Content) -> None:
    ok = _decision(custom_text=Bilingual(en="Ask first."), custom_clause_id="media.record")
    assert decision_problems(ok, small_content) == ()
    empty = _decision(custom_text=Bilingual(en="  "), custom_clause_id="training.review_cycle")
    problems = decision_problems(empty, small_content)
    assert _english(problems) == [
        "a custom decision needs its wording",
        "custom wording must replace one of the card's clauses: "
        "media.requests, media.record, media.spokesperson",
    ]
    assert all(p.blocking for p in problems)


def test_questions_need_text_and_a_known_clause(small_content: Content) -> None:
    decision = _decision(
        option_id="redirect",
        questions=(
            OpenQuestion(" ", "media.requests"),
            OpenQuestion("Other card's clause?", "training.review_cycle"),  # the template's: fine
            OpenQuestion("Where?", "nowhere.at_all"),
        ),
    )
    assert _english(decision_problems(decision, small_content)) == [
        "an open question cannot be empty",
        "open question on unknown clause 'nowhere.at_all'",
    ]


@pytest.mark.parametrize("due", ["31/03/2026", "2026-02-30", "20260331", "2026-3-31", "soon"])
def test_due_dates_are_calendar_days_written_yyyy_mm_dd(small_content: Content, due: str) -> None:
    decision = _decision(option_id="redirect", actions=(ActionItem("Brief", "Comms", due),))
    [problem] = decision_problems(decision, small_content)
    assert problem.blocking and due in problem.message.en and due in problem.message.fr
    assert "AAAA-MM-JJ" in problem.message.fr and "\u00a0:" in problem.message.fr


def test_is_iso_day() -> None:
    assert is_iso_day("2026-03-31") and is_iso_day("2028-02-29")
    assert not is_iso_day("2027-02-29") and not is_iso_day("2026-03-31T00:00")


def test_an_action_says_what_and_should_have_an_owner(small_content: Content) -> None:
    decision = _decision(
        option_id="redirect",
        actions=(ActionItem("Brief the managers", "", ""), ActionItem("", "Comms", "")),
    )
    problems = decision_problems(decision, small_content)
    assert _english(problems) == [
        "an action needs to say what is to be done",
        "no one owns “Brief the managers”: name who will follow it up",
    ]
    assert [p.blocking for p in problems] == [True, False]  # blocking ones come first
    assert problems[1].message.fr == (
        "personne n’est chargé de «\u00a0Brief the managers\u00a0»\u00a0: nommez qui s’en occupe"
    )


def test_an_action_without_owner_still_records(session: Session) -> None:
    """Advice never blocks: sessions recorded with owner-less actions must still replay."""
    actions = (ActionItem("Brief the managers"),)
    decision = _decision(option_id="redirect", actions=actions)
    assert decision_problems(decision, session.content) and not blocking(
        decision_problems(decision, session.content)
    )
    session.execute(RecordDecision(decision))
    assert session.state.decisions[-1].actions == actions


def test_recording_refuses_what_the_rules_block_in_both_languages(session: Session) -> None:
    decision = _decision(option_id="redirect", actions=(ActionItem("Brief", "Comms", "tomorrow"),))
    with pytest.raises(CommandError) as raised:
        session.execute(RecordDecision(decision))
    assert "YYYY-MM-DD" in raised.value.text("en")
    assert raised.value.text("fr").startswith("écrivez les échéances au format AAAA-MM-JJ")
    assert session.state.decisions == []
