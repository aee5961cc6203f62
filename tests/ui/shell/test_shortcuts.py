"""Every named shortcut has a key on every platform, and no key does two things."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from ui.shell.shortcuts import NAMES, key, keys


@pytest.mark.parametrize("name", NAMES)
def test_never_empty(qapp, name: str) -> None:
    assert not key(name).isEmpty()
    assert key(name) == keys(name)[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("quit", "Ctrl+Q"),
        ("preferences", "Ctrl+,"),
        ("redo", "Ctrl+Y"),
        ("redo", "Ctrl+Shift+Z"),
        ("undo", "Ctrl+Z"),
        ("present", "F5"),
        ("next_card", "PgDown"),
        ("previous_card", "PgUp"),
        ("blank", "B"),
        ("blank", "."),
    ],
)
def test_fallbacks_where_the_platform_has_none(qapp, name: str, expected: str) -> None:
    assert QKeySequence(expected) in keys(name)


def test_no_key_is_bound_twice(qapp) -> None:
    bound = [sequence.toString() for name in NAMES for sequence in keys(name)]
    assert len(bound) == len(set(bound))
