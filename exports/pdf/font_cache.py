"""TrueType fonts whose parsed tables come from a cache, so a fresh process skips the parsing.

reportlab's TTFont walks the whole file in Python (~25–50 ms per DejaVu face, seven faces) and
every export runs in a fresh child process. What the parse yields is plain data — metrics, the
character→glyph map, glyph offsets — so it is pickled in the user's cache (workshop's
content_cache: keyed by the file's path, size and modification time) and restored in ~5 ms.
Only the file's bytes, which subsetting copies glyphs from, are read again. reportlab's version
is part of the cache's name: another version parses afresh.
"""

from __future__ import annotations

from functools import partial
from operator import mul
from pathlib import Path
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from reportlab import Version
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from workshop.local.content_cache import cached

FontT = TypeVar("FontT", bound=TTFont)

# Face attributes not cached: the file's bytes (read again) and a scaling closure (rebuilt).
_UNCACHED_FACE = ("_ttf_data", "_pdfScale")
# Font attributes not cached: the face (cached apart) and the per-document subset state.
_UNCACHED_FONT = ("face", "state")


def load_font(font_class: type[FontT], name: str, path: Path, folder: Path | None = None) -> FontT:
    """`font_class(name, path)`, with its parsed tables cached in `folder` (default: the user's)."""
    state = cached(
        f"font-{name}-reportlab-{Version}", [path], lambda: _parse(font_class, name, path), folder
    )
    return _restore(font_class, name, path, state)


def _parse(font_class: type[TTFont], name: str, path: Path) -> dict[str, dict[str, Any]]:
    font = font_class(name, str(path))
    return {
        "font": {k: v for k, v in vars(font).items() if k not in _UNCACHED_FONT},
        "face": {k: v for k, v in vars(font.face).items() if k not in _UNCACHED_FACE},
    }


def _restore(
    font_class: type[FontT], name: str, path: Path, state: dict[str, dict[str, Any]]
) -> FontT:
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(state["face"], filename=str(path), _ttf_data=path.read_bytes())
    face._pdfScale = partial(mul, 1000 / face.unitsPerEm)  # as reportlab's: units → 1/1000 em
    font = object.__new__(font_class)  # TTFont defines no __new__ of its own
    vars(font).update(state["font"], fontName=name, face=face, state=WeakKeyDictionary())
    return font
