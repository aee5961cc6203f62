"""The labels everyone quotes are computed one way: §4.2, option B, D3, v0.2, 1:05:09."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.content import Content
from workshop.labels import (
    clause_number,
    clause_numbers,
    clause_reference,
    clock,
    decision_label,
    letter,
    number_order,
    option_letters,
    version_count,
    version_label,
)
from workshop.session import Session


def test_clause_numbers_count_sections_and_clauses_from_one(session: Session) -> None:
    draft = session.draft()
    numbers = clause_numbers(draft)
    first = draft.sections[0]
    assert numbers[first.clauses[0].id] == "1.1"
    assert numbers[draft.sections[1].clauses[-1].id] == f"2.{len(draft.sections[1].clauses)}"
    assert len(numbers) == sum(1 for _ in draft.clauses())


def test_a_clause_is_cited_with_the_section_sign() -> None:
    assert clause_number(4, 2) == "4.2"
    assert clause_reference(clause_number(4, 2)) == "§4.2"


def test_clause_numbers_sort_in_reading_order() -> None:
    assert sorted(["9.10", "10.1", "9.2"], key=number_order) == ["9.2", "9.10", "10.1"]


def test_letters_follow_the_position_not_the_id(small_content: Content) -> None:
    card = small_content.deck.card("journalist")
    assert [o.id for o in card.options] == ["redirect", "drop-log"]  # words, not letters
    assert option_letters(card.options) == {"redirect": "A", "drop-log": "B"}


def test_letters_go_on_past_z() -> None:
    assert [letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA"
    ]  # fmt: skip
    with pytest.raises(ValueError):
        letter(-1)


@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000))
def test_different_positions_never_share_a_letter(a: int, b: int) -> None:
    assert (letter(a) == letter(b)) == (a == b)


def test_decision_and_version_labels() -> None:
    assert decision_label(3) == "D3"
    assert version_label(2) == "v0.2"
    assert version_count(version_label(12)) == 12
    assert version_count("baseline") == 1


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "00:00"), (309, "05:09"), (3599, "59:59"), (3600, "1:00:00"), (3909, "1:05:09"),
     (36000, "10:00:00"), (-5, "00:00")],
)  # fmt: skip
def test_the_clock_shows_hours_only_past_the_hour(seconds: int, shown: str) -> None:
    assert clock(seconds) == shown
