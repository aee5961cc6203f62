"""The PDF's fonts: DejaVu, shipped in resources/fonts and embedded, so every French glyph prints.

Registering a TrueType font parses its file (25–50 ms each): it happens once per process, from
parsed tables cached on disk (exports.pdf.font_cache) whenever the file is unchanged.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import groupby

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exports.pdf.font_cache import load_font
from workshop.local.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"

# (family, normal, bold, italic, bold italic). Nothing sets serif bold italic, so that file is not
# shipped and the mapping falls back to bold rather than to an unembedded standard font.
_FAMILIES = (
    (SANS, SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
    (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD),
)


class _Font(TTFont):
    """A TrueType font that encodes already-seen text without a Python loop per character, and
    measures each word once.

    reportlab's `splitString` maps every character drawn to its code in the font subset, one
    character at a time, and is the largest single cost of drawing text. Once each character
    of a string has its code, `str.translate` gives the same bytes. New characters (and those
    the font lacks) still take reportlab's own path, which assigns their codes.
    """

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        return _measure(self, text, size, encoding)

    def splitString(
        self, text: str | bytes, doc: object, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            known, table = _encoder(state)
            if known.issuperset(text):
                if not text:
                    return []
                codes = text.translate(table)
                if codes.isascii() or max(codes) < "\u0100":
                    return [(0, codes.encode("latin-1"))]
                return [
                    (subset, bytes(ord(c) & 0xFF for c in run))
                    for subset, run in groupby(codes, lambda c: ord(c) >> 8)
                ]
        results = super().splitString(text, doc, encoding)
        self.state[doc]._encoder = None  # codes were assigned: rebuild the table on next use
        return results


@lru_cache(maxsize=1 << 16)
def _measure(font: _Font, text: str, size: float, encoding: str) -> float:
    """reportlab's width of `text`, remembered: line breaking measures every word of every
    paragraph (~1 µs each in C), and a document uses the same words over and over."""
    return TTFont.stringWidth(font, text, size, encoding)


def _encoder(state: TTFont.State) -> tuple[frozenset[str], dict[int, str]]:
    """The characters `state` has codes for, and the table from each to its code."""
    encoder = getattr(state, "_encoder", None)
    if encoder is None:
        table = {char: chr(code) for char, code in state.assignments.items()}
        if 32 in table:
            table[0xA0] = table[32]  # reportlab draws a no-break space as the space glyph
        encoder = state._encoder = (frozenset(map(chr, table)), table)
    return encoder


@cache
def register_fonts() -> None:
    """Embed-ready TrueType fonts, mapped as families so `<b>` and `<i>` pick the right face."""
    for family, *faces in _FAMILIES:
        for name in dict.fromkeys(faces):
            pdfmetrics.registerFont(load_font(_Font, name, FONT_DIR / f"{name}.ttf"))
        pdfmetrics.registerFontFamily(family, *faces)


@cache
def drawable() -> frozenset[str]:
    """Every character one of the faces draws: text made only of these needs no substitution."""
    return frozenset(map(chr, _charset(SANS) | _charset(SERIF)))


@cache
def serif_drawable() -> frozenset[str]:
    """Every character the serif face draws: text made only of these needs no sans fallback."""
    return frozenset(map(chr, _charset(SERIF)))


@cache
def serif_gaps() -> re.Pattern[str]:
    """Runs of characters the sans face draws and the serif one lacks (✓, ★ …).

    The serif body falls back to the sans face for them instead of printing an empty box.
    """
    return _class(sorted(_charset(SANS) - _charset(SERIF)), negate=False)


@cache
def undrawable() -> re.Pattern[str]:
    """Characters neither face has (colour emoji …), whitespace aside.

    Left alone they print as an empty box and read back as NUL; the writer shows U+FFFD, which
    both prints and copies as "a character was here".
    """
    return _class(sorted(_charset(SANS) | _charset(SERIF)), negate=True, extra=r"\s")


def _charset(font: str) -> set[int]:
    register_fonts()
    return set(pdfmetrics.getFont(font).face.charToGlyph)


def _class(codes: list[int], *, negate: bool, extra: str = "") -> re.Pattern[str]:
    """A regex character class for `codes` (sorted), written as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    members = "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
        for first, last in ranges
    )
    return re.compile(f"[{'^' if negate else ''}{members}{extra}]+")
