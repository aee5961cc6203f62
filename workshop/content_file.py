"""Reading TOML content files (decks, the policy template) with errors that name the exact place.

A facilitator who edits a deck by hand must be told which file, which card and which field is wrong,
so every accessor here carries a human-readable location.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop.errors import AtelierError
from workshop.text import LANGUAGES, Bilingual


class ContentError(AtelierError, ValueError):
    """A content file is missing, unreadable or malformed; the message says where and why."""


def read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only on a content-cache miss: start-up reads the cached, parsed content

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{path.name}: not UTF-8 text (byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path.name}: not valid TOML: {exc}") from exc


class Place:
    """Where a value sits in a content file, e.g. `deck.toml: card 'leak': options[1].label`."""

    def __init__(self, path: Path, owner: str = "") -> None:
        self.path = path
        self.owner = owner

    def within(self, owner: str) -> Place:
        return Place(self.path, owner)

    def error(self, field: str, problem: str) -> ContentError:
        where = f"{self.path.name}: {self.owner}: " if self.owner else f"{self.path.name}: "
        return ContentError(f"{where}{field}: {problem}")

    def table(self, data: Any, field: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.error(field, f"expected a table, found {type_name(data)}")
        return data

    def items(self, data: dict[str, Any], field: str, *, required: bool = True) -> list[Any]:
        value = data.get(field, [] if not required else None)
        if value is None:
            raise self.error(field, "missing")
        if not isinstance(value, list):
            raise self.error(field, f"expected a list, found {type_name(value)}")
        return value

    def string(self, data: dict[str, Any], field: str) -> str:
        value = data.get(field)
        if value is None:
            raise self.error(field, "missing")
        if not isinstance(value, str) or not value.strip():
            raise self.error(field, "expected a non-empty text")
        return value

    def integer(self, data: dict[str, Any], field: str, default: int, low: int, high: int) -> int:
        value = data.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(field, f"expected a whole number from {low} to {high}")
        return value

    def bilingual(self, value: Any, field: str) -> Bilingual:
        """A `{fr = "…", en = "…"}` table with both languages written."""
        table = self.table(value, field)
        unknown = sorted(set(table) - set(LANGUAGES))
        if unknown:
            raise self.error(field, f"unknown language {unknown[0]!r} (expected fr and en)")
        texts = {}
        for lang in LANGUAGES:
            text = table.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.error(f"{field}.{lang}", "missing or empty text")
            texts[lang] = text.strip()
        return Bilingual(**texts)

    def bilingual_field(self, data: dict[str, Any], field: str, shown: str = "") -> Bilingual:
        """`data[field]` as bilingual text; errors call it `shown` (e.g. `options[1].label`)."""
        if field not in data:
            raise self.error(shown or field, "missing")
        return self.bilingual(data[field], shown or field)

    def bilingual_list(
        self, data: dict[str, Any], field: str, *, low: int = 0, high: int = 50
    ) -> tuple[Bilingual, ...]:
        values = self.items(data, field, required=low > 0)
        if not low <= len(values) <= high:
            raise self.error(field, f"expected {low} to {high} entries, found {len(values)}")
        return tuple(self.bilingual(v, f"{field}[{i}]") for i, v in enumerate(values))


def type_name(value: Any) -> str:
    return {dict: "a table", list: "a list", str: "a text"}.get(type(value), type(value).__name__)
