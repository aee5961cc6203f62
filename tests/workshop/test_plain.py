"""Stored values as plain JSON: bytes (their policy's .docx) travel as base64 and come back
whole; anything else in their place is refused, never decoded into something else."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.errors import InvalidValueError
from workshop.plain import from_plain, to_plain


@dataclass(frozen=True)
class Kept:
    name: str
    data: bytes = b""


@given(st.text(), st.binary())
def test_bytes_round_trip_through_plain_json(name: str, data: bytes) -> None:
    plain = to_plain(Kept(name, data))
    assert isinstance(plain["data"], str)
    assert from_plain(Kept, plain) == Kept(name, data)


@pytest.mark.parametrize("stored", ["not base64!", 42, None])
def test_what_is_not_base64_is_refused(stored: object) -> None:
    with pytest.raises(InvalidValueError):
        from_plain(Kept, {"name": "policy.docx", "data": stored})
