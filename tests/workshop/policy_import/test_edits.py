"""The facilitator's fixes to the structure found: each returns a new policy, the old one is
untouched, and every clause keeps the paragraphs it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workshop.policy_import.policies import outline
from workshop.policy_import import ImportedPolicy, import_policy
from workshop.policy_import.edits import (
    make_clause,
    make_heading,
    merge_clauses,
    rename_section,
    split_clause,
)

TEXT = """\
## Media

Only the press office answers journalists. Staff redirect every call.

Personal accounts

Speak for yourself.

## Security

Use a password manager.
"""


@pytest.fixture
def policy(tmp_path: Path) -> ImportedPolicy:
    path = tmp_path / "policy.md"
    path.write_text(TEXT, encoding="utf-8")
    imported = import_policy(path)
    assert outline(imported) == [
        (
            "Media",
            [
                "Only the press office answers journalists. Staff redirect every call.",
                "Personal accounts",
                "Speak for yourself.",
            ],
        ),
        ("Security", ["Use a password manager."]),
    ]
    return imported


def test_a_clause_becomes_a_heading_and_takes_the_clauses_after_it(policy) -> None:
    edited = make_heading(policy, 0, 1)
    assert outline(edited) == [
        ("Media", ["Only the press office answers journalists. Staff redirect every call."]),
        ("Personal accounts", ["Speak for yourself."]),
        ("Security", ["Use a password manager."]),
    ]
    assert edited.sections[1].origin == policy.sections[0].clauses[1].origins[0]
    assert len(policy.sections) == 2, "the original value is unchanged"


def test_a_heading_becomes_a_clause_of_the_section_before(policy) -> None:
    edited = make_clause(policy, 1)
    assert outline(edited) == [
        (
            "Media",
            [
                "Only the press office answers journalists. Staff redirect every call.",
                "Personal accounts",
                "Speak for yourself.",
                "Security",
                "Use a password manager.",
            ],
        ),
    ]
    first = make_clause(policy, 0)
    assert first.sections[0].title == ""
    assert first.sections[0].clauses[0].text == "Media"
    with pytest.raises(ValueError):
        make_clause(first, 0)


def test_merge_then_split_gives_back_the_clauses_with_their_origins(policy) -> None:
    merged = merge_clauses(policy, 0, 1)
    clause = merged.sections[0].clauses[1]
    assert clause.text == "Personal accounts\nSpeak for yourself."
    assert len(clause.origins) == 2
    split = split_clause(merged, 0, 1, len("Personal accounts"))
    assert split == policy


def test_split_inside_a_paragraph_narrows_its_origin(policy) -> None:
    text = policy.sections[0].clauses[0].text
    offset = text.index("Staff")
    edited = split_clause(policy, 0, 0, offset - 1)
    first, second = edited.sections[0].clauses[:2]
    assert first.text == "Only the press office answers journalists."
    assert second.text == "Staff redirect every call."
    assert first.origins[0].paragraph == second.origins[0].paragraph == 3
    assert first.origins[0].runs == second.origins[0].runs
    with pytest.raises(ValueError):
        split_clause(policy, 0, 0, 0)


def test_rename_a_section(policy) -> None:
    edited = rename_section(policy, 1, "  Sécurité informatique ")
    assert edited.sections[1].title == "Sécurité informatique"
    assert edited.sections[1].origin == policy.sections[1].origin
    with pytest.raises(ValueError):
        rename_section(policy, 1, "  ")
