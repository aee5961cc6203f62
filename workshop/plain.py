"""Dataclasses to and from plain JSON values, so commands and session details are stored as
readable JSON.

One generic converter driven by type hints keeps every stored shape in its dataclass definition
instead of a hand-written (and drifting) serializer per type.
"""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from collections.abc import Callable, Iterable
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from workshop.errors import InvalidValueError
from workshop.text import guillemets

T = TypeVar("T")


_LEAVES = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    kind: Any = type(value)  # a class (hashable), whatever the stubs say of type[Any]
    if kind in _LEAVES:  # most of a session's content: checked first, it is stored often
        return value
    if kind is bytes:  # a file kept whole (their policy's .docx), as text JSON can hold
        return base64.b64encode(value).decode("ascii")
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
    return _decoder(kind)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(kind: Any) -> Decoder:
    """The function that rebuilds values of `kind`, worked out once per type: opening a long
    session decodes thousands of commands of a dozen shapes."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _optional(typing.get_args(kind))
    if origin is typing.Literal:
        return _one_of(typing.get_args(kind), lambda data: data)
    if origin in (tuple, list):
        return _sequence(kind, origin)
    if origin is dict:
        return _mapping(kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _one_of([member.value for member in kind], kind)
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    if kind is Any:
        return lambda data: data
    if kind is bytes:
        return _bytes
    return _plain_value(kind)


def _optional(options: tuple[Any, ...]) -> Decoder:
    optional = type(None) in options
    inner = _decoder(next(o for o in options if o is not type(None)))
    return lambda data: None if data is None and optional else inner(data)


def _one_of(allowed: Iterable[Any], build: Callable[[Any], Any]) -> Decoder:
    allowed = tuple(allowed)

    def decode(data: Any) -> Any:
        if data not in allowed:
            raise _not_one_of(allowed, data)
        return build(data)

    return decode


def _sequence(kind: Any, origin: type) -> Decoder:
    item = _decoder(typing.get_args(kind)[0])
    as_tuple = origin is tuple

    def decode(data: Any) -> Any:
        _expect(data, list, kind)
        items = [item(v) for v in data]
        return tuple(items) if as_tuple else items

    return decode


def _mapping(kind: Any) -> Decoder:
    value = _decoder(typing.get_args(kind)[1])

    def decode(data: Any) -> Any:
        _expect(data, dict, kind)
        return {k: value(v) for k, v in data.items()}

    return decode


def _dataclass(kind: Any) -> Decoder:
    fields: dict[str, Decoder] = {}  # filled on first use: a field may name a type not yet made

    def decode(data: Any) -> Any:
        _expect(data, dict, kind)
        if not fields:
            hints = typing.get_type_hints(kind)
            fields.update(
                (f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind) if f.init
            )
        return kind(**{k: fields[k](v) for k, v in data.items() if k in fields})

    return decode


def _bytes(data: Any) -> bytes:
    _expect(data, str, bytes)
    try:
        return base64.b64decode(data, validate=True)
    except ValueError as exc:
        raise InvalidValueError(
            f"expected base64 data ({exc})", fr=f"données base64 attendues ({exc})"
        ) from exc


def _plain_value(kind: type) -> Decoder:
    def decode(data: Any) -> Any:
        if kind is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        _expect(data, kind, kind)
        return data

    return decode


@cache
def _stored_fields(kind: type) -> tuple[str, ...] | None:
    """The fields a dataclass's instances are stored by: those it is built from (derived ones
    are rebuilt); None for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


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
