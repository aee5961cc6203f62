"""Reading TOML content files (decks, the policy template) with errors that name the exact place.

A facilitator who edits a deck by hand must be told which file, which card and which field is wrong,
so every accessor here carries a human-readable location.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from workshop.errors import AtelierError
from workshop.text import LANGUAGES, Bilingual


class ContentError(AtelierError, ValueError):
    """A content file is missing, unreadable or malformed; the message says where and why."""


MAX_BYTES = 2_000_000  # the largest deck is ~60 KB: room to grow, not to hang on a huge file
MAX_NESTING = 32  # arrays and inline tables inside each other, and parts of one dotted key
_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*'
)
_BRACKETS = re.compile(r"[][{}]")


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's data. A pipe, a device, a huge or absurdly nested file is refused before it
    is parsed: tomllib would hang, recurse out of stack, or take minutes on a long dotted key."""
    import tomllib  # only on a content-cache miss: start-up reads the cached, parsed content

    raw = _read_bounded(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"{path.name}: not UTF-8 text (byte {exc.start})",
            fr=f"{path.name} : ce n'est pas du texte UTF-8 (octet {exc.start})",
        ) from exc
    _check_nesting(path, text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(
            f"{path.name}: not valid TOML: {exc}", fr=f"{path.name} : TOML invalide : {exc}"
        ) from exc
    except RecursionError as exc:  # nesting the pre-check could not see
        raise _too_nested(path) from exc


def _read_bounded(path: Path) -> bytes:
    try:
        with open(path, "rb", buffering=0, opener=_open_nonblocking) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ContentError(
                    f"{path.name}: not a regular file (a pipe, a device…); nothing was read",
                    fr=f"{path.name} : ce n'est pas un fichier ordinaire (un tube, un "
                    "périphérique…) ; rien n'a été lu",
                )
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ContentError(
            f"{path.name}: cannot read the file ({exc.strerror or exc})",
            fr=f"{path.name} : impossible de lire le fichier ({exc.strerror or exc})",
        ) from exc
    if len(raw) > MAX_BYTES:
        raise ContentError(
            f"{path.name}: the file is larger than {MAX_BYTES // 1_000_000} MB; a deck is far "
            "smaller: is it the right file?",
            fr=f"{path.name} : le fichier dépasse {MAX_BYTES // 1_000_000} Mo ; un jeu de cartes "
            "est bien plus petit : est-ce le bon fichier ?",
        )
    return raw


def _open_nonblocking(name: str, flags: int) -> int:
    """Opening a FIFO for reading would wait for a writer: never block, check the type after."""
    return os.open(name, flags | getattr(os, "O_NONBLOCK", 0))


def _check_nesting(path: Path, text: str) -> None:
    bare = _STRINGS.sub("", text)  # brackets and dots inside texts and comments do not count
    depth = 0
    for bracket in _BRACKETS.finditer(bare):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_NESTING:
            raise _too_nested(path)
    for line in bare.splitlines():
        if line.split("=", 1)[0].count(".") >= MAX_NESTING:
            raise _too_nested(path)


def _too_nested(path: Path) -> ContentError:
    return ContentError(
        f"{path.name}: nested or dotted more than {MAX_NESTING} levels deep; a deck needs a few",
        fr=f"{path.name} : imbriqué ou pointé sur plus de {MAX_NESTING} niveaux ; un jeu de "
        "cartes n'en a besoin que de quelques-uns",
    )


class Place:
    """Where a value sits in a content file, e.g. `deck.toml: card 'leak': options[1].label`,
    in English and in French, so every error can say it in both."""

    def __init__(self, path: Path, owner: str = "", owner_fr: str = "") -> None:
        self.path = path
        self.owner = owner
        self.owner_fr = owner_fr or owner

    def within(self, owner: str, fr: str = "") -> Place:
        return Place(self.path, owner, fr)

    def error(self, field: str, problem: str, *, fr: str = "") -> ContentError:
        where = f"{self.path.name}: {self.owner}: " if self.owner else f"{self.path.name}: "
        where_fr = (
            f"{self.path.name} : {self.owner_fr} : " if self.owner else f"{self.path.name} : "
        )
        return ContentError(f"{where}{field}: {problem}", fr=f"{where_fr}{field} : {fr or problem}")

    def table(self, data: Any, field: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            found = type_name(data)
            raise self.error(
                field, f"expected a table, found {found}", fr=f"table attendue, trouvé : {found}"
            )
        return data

    def items(self, data: dict[str, Any], field: str, *, required: bool = True) -> list[Any]:
        value = data.get(field, [] if not required else None)
        if value is None:
            raise self.error(field, "missing", fr="manquant")
        if not isinstance(value, list):
            found = type_name(value)
            raise self.error(
                field, f"expected a list, found {found}", fr=f"liste attendue, trouvé : {found}"
            )
        return value

    def string(self, data: dict[str, Any], field: str) -> str:
        value = data.get(field)
        if value is None:
            raise self.error(field, "missing", fr="manquant")
        if not isinstance(value, str) or not value.strip():
            raise self.error(field, "expected a non-empty text", fr="texte non vide attendu")
        return value

    def integer(self, data: dict[str, Any], field: str, default: int, low: int, high: int) -> int:
        value = data.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(
                field,
                f"expected a whole number from {low} to {high}",
                fr=f"nombre entier de {low} à {high} attendu",
            )
        return value

    def bilingual(self, value: Any, field: str) -> Bilingual:
        """A `{fr = "…", en = "…"}` table: one language is enough (a facilitator's own card may
        be written in French or English only), but a language named must have its text."""
        table = self.table(value, field)
        unknown = sorted(set(table) - set(LANGUAGES))
        if unknown:
            raise self.error(
                field,
                f"unknown language {unknown[0]!r} (expected fr and en)",
                fr=f"langue inconnue {unknown[0]!r} (fr et en attendus)",
            )
        if not table:
            raise self.error(
                field,
                "missing text: write it in French (fr), English (en) or both",
                fr="texte manquant : écrivez-le en français (fr), en anglais (en) ou les deux",
            )
        texts = {}
        for lang in LANGUAGES:
            text = table.get(lang)
            if lang in table and (not isinstance(text, str) or not text.strip()):
                raise self.error(
                    f"{field}.{lang}", "missing or empty text", fr="texte manquant ou vide"
                )
            texts[lang] = text.strip() if text else ""
        return Bilingual(**texts)

    def bilingual_field(self, data: dict[str, Any], field: str, shown: str = "") -> Bilingual:
        """`data[field]` as bilingual text; errors call it `shown` (e.g. `options[1].label`)."""
        if field not in data:
            raise self.error(shown or field, "missing", fr="manquant")
        return self.bilingual(data[field], shown or field)

    def bilingual_list(
        self, data: dict[str, Any], field: str, *, low: int = 0, high: int = 50
    ) -> tuple[Bilingual, ...]:
        values = self.items(data, field, required=low > 0)
        if not low <= len(values) <= high:
            raise self.error(
                field,
                f"expected {low} to {high} entries, found {len(values)}",
                fr=f"de {low} à {high} entrées attendues, trouvé : {len(values)}",
            )
        return tuple(self.bilingual(v, f"{field}[{i}]") for i, v in enumerate(values))


def type_name(value: Any) -> str:
    names: dict[type, str] = {dict: "a table", list: "a list", str: "a text"}
    return names.get(type(value), type(value).__name__)
