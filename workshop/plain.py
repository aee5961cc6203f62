"""Dataclasses to and from plain JSON values, so commands and session details are stored as
readable JSON.

One generic converter driven by type hints keeps every stored shape in its dataclass definition
instead of a hand-written (and drifting) serializer per type.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from workshop.errors import InvalidValueError
from workshop.text import guillemets

T = TypeVar("T")


_LEAVES = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    kind = type(value)
    if kind in _LEAVES:  # most of a session's content: checked first, it is stored often
        return value
    names = _stored_fields(kind)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def from_plain(kind: Any, data: Any) -> Any:
    """Rebuild a value of type `kind`; raises InvalidValueError when `data` does not fit."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        return from_plain(next(o for o in options if o is not type(None)), data)
    if origin is typing.Literal:
        if data not in typing.get_args(kind):
            raise _not_one_of(typing.get_args(kind), data)
        return data
    if origin in (tuple, list):
        _expect(data, list, kind)
        item = typing.get_args(kind)[0]
        items = [from_plain(item, v) for v in data]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        _expect(data, dict, kind)
        value_kind = typing.get_args(kind)[1]
        return {k: from_plain(value_kind, v) for k, v in data.items()}
    if isinstance(kind, type) and issubclass(kind, Enum):
        values = [member.value for member in kind]
        if data not in values:
            raise _not_one_of(values, data)
        return kind(data)
    if dataclasses.is_dataclass(kind):
        _expect(data, dict, kind)
        hints = _hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: from_plain(hints[k], v) for k, v in data.items() if k in fields})
    if kind is float and isinstance(data, int):
        return float(data)
    if kind is Any:
        return data
    _expect(data, kind, kind)
    return data


@cache
def _stored_fields(kind: type) -> tuple[str, ...] | None:
    """The fields a dataclass's instances are stored by: those it is built from (derived ones
    are rebuilt); None for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _expect(data: Any, python_type: type, kind: Any) -> None:
    if not isinstance(data, python_type) or (python_type is int and isinstance(data, bool)):
        expected, found = getattr(kind, "__name__", str(kind)), type(data).__name__
        raise InvalidValueError(
            f"expected {expected}, found {found}", fr=f"type attendu {expected}, trouvé {found}"
        )


def _not_one_of(values: Iterable[Any], data: Any) -> InvalidValueError:
    values = list(values)
    return InvalidValueError(
        f"expected one of {', '.join(map(repr, values))}, found {data!r}",
        fr=f"valeur attendue parmi {', '.join(guillemets(str(v)) for v in values)}, "
        f"trouvé {guillemets(str(data))}",
    )
