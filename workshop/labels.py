"""The numbers and labels people quote to each other: "§4.2", option B, D3, v0.2, 1:05:09.

The console, the projector and both exports show them, and a facilitator who says "option B"
must mean what the room and legal read as option B; so each is computed here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from workshop.draft import Draft

CLAUSE_SIGN = "§"
VERSION_PREFIX = "v0."


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def clause_number(section_position: int, clause_position: int) -> str:
    """ "4.2": the second clause of the fourth section, both counted from 1."""
    return f"{section_position}.{clause_position}"


def clause_reference(number: str) -> str:
    """ "§4.2", as a clause is cited in running text."""
    return f"{CLAUSE_SIGN}{number}"


def clause_numbers(draft: Draft) -> dict[str, str]:
    """Clause id → "4.2" for every clause of the draft, numbered as the exports number it."""
    return {
        clause.id: clause_number(s_position, c_position)
        for s_position, section in enumerate(draft.sections, start=1)
        for c_position, clause in enumerate(section.clauses, start=1)
    }


def number_order(number: str) -> tuple[int, ...]:
    """Clause numbers in reading order: 9.2 before 9.10."""
    return tuple(int(part) for part in number.split("."))


def letter(position: int) -> str:
    """A, B, … Z, AA, AB …: the letter of the item at `position`, counted from 0."""
    if position < 0:
        raise ValueError(f"no letter for position {position}")
    text = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def option_letters(options: Sequence[_HasId]) -> dict[str, str]:
    """Option id → its letter, by its place on the card: the ids are the deck author's, the
    letters are what the room calls the options."""
    return {option.id: letter(position) for position, option in enumerate(options)}


def decision_label(number: int) -> str:
    """ "D3": the third decision recorded in the session."""
    return f"D{number}"


def version_label(count: int) -> str:
    """ "v0.2": the second exported version of the draft."""
    return f"{VERSION_PREFIX}{count}"


def version_count(label: str) -> int:
    """v0.3 → 3: how many exports the version is; 1 for a label that is not a version."""
    digits = label.removeprefix(VERSION_PREFIX)
    return int(digits) if label.startswith(VERSION_PREFIX) and digits.isdigit() else 1


def clock(seconds: int) -> str:
    """Time on a card as a stopwatch shows it: "05:09", and "1:05:09" past the hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes:02}:{secs:02}"
