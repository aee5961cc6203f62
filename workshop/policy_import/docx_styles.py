"""What a paragraph's style says about it: heading level, title, contents, bold or underline,
numbering; and what Word's numbering definitions say a numbered paragraph is (bullet or number).

Style names are matched in the languages Word, LibreOffice and Google Docs write them
("heading 1", "Titre 1", "Überschrift 1"…), outline levels wherever they are set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

_HEADING = re.compile(
    r"^(?:heading|titre|título|titulo|titolo|überschrift|kop|rubrik|otsikko|nagłówek)\s*([1-9])$"
)
_TITLE = {"title", "titre", "título", "titulo", "titolo", "titel", "subtitle", "sous-titre"}
_TOC = re.compile(
    r"^(?:toc|tm|table des matières|contents|inhaltsverzeichnis|verzeichnis)\s*\d*$"
    r"|^(?:toc heading|contents heading|en-tête de table des matières|titre de table des matières)$"
)
BODY_TEXT_LEVEL = 9  # Word's outline level for ordinary text


def on(element: Element | None, w: str) -> bool:
    """A toggle property (`w:b`, `w:i`…) is on unless its value says otherwise."""
    return element is not None and element.get(f"{w}val", "true") not in ("0", "false", "off")


def underlined(rpr: Element | None, w: str) -> bool | None:
    u = None if rpr is None else rpr.find(f"{w}u")
    return None if u is None else u.get(f"{w}val", "single") != "none"


def bold(rpr: Element | None, w: str) -> bool | None:
    b = None if rpr is None else rpr.find(f"{w}b")
    return None if b is None else on(b, w)


@dataclass(frozen=True, slots=True)
class StyleInfo:
    outline: int | None = None
    title: bool = False
    toc: bool = False
    bold: bool = False
    underline: bool = False
    numbering: tuple[str, int] | None = None  # (numId, ilvl)


def numbering_of(ppr: Element | None, w: str) -> tuple[str, int] | None:
    num = None if ppr is None else ppr.find(f"{w}numPr")
    if num is None:
        return None
    num_id = num.find(f"{w}numId")
    level = num.find(f"{w}ilvl")
    if num_id is None:
        return None
    return num_id.get(f"{w}val", "0"), int(level.get(f"{w}val", "0")) if level is not None else 0


def outline_of(ppr: Element | None, w: str) -> int | None:
    level = None if ppr is None else ppr.find(f"{w}outlineLvl")
    if level is None:
        return None
    value = int(level.get(f"{w}val", str(BODY_TEXT_LEVEL)))
    return value if value < BODY_TEXT_LEVEL else BODY_TEXT_LEVEL


class Styles:
    """The paragraph and character styles of styles.xml, each resolved through `basedOn`."""

    def __init__(self, root: Element | None, w: str) -> None:
        self._w = w
        self._raw: dict[str, Element] = {}
        self.default_paragraph = ""
        for style in () if root is None else root.iter(f"{w}style"):
            style_id = style.get(f"{w}styleId", "")
            self._raw[style_id] = style
            is_default = style.get(f"{w}default") in ("1", "true", "on")
            if is_default and style.get(f"{w}type") == "paragraph":
                self.default_paragraph = style_id
        self._resolved: dict[str, StyleInfo] = {}
        self._characters: dict[str, tuple[bool, bool]] = {}

    def paragraph(self, style_id: str | None) -> StyleInfo:
        style_id = style_id or self.default_paragraph
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id, depth=0)
        return self._resolved[style_id]

    def _resolve(self, style_id: str, depth: int) -> StyleInfo:
        w = self._w
        style = self._raw.get(style_id)
        if style is None or depth > 20:  # unknown style, or a basedOn loop
            return StyleInfo()
        based = style.find(f"{w}basedOn")
        parent = self._resolve(based.get(f"{w}val", ""), depth + 1) if based is not None else None
        parent = parent or StyleInfo()
        name_element = style.find(f"{w}name")
        name = (name_element.get(f"{w}val", "") if name_element is not None else "").lower()
        names = (name.strip(), re.sub(r"(\D)(\d)$", r"\1 \2", style_id.lower()))
        ppr, rpr = style.find(f"{w}pPr"), style.find(f"{w}rPr")
        outline = outline_of(ppr, w)
        if outline is None:
            named = next((m for n in names if (m := _HEADING.match(n))), None)
            outline = int(named.group(1)) - 1 if named else parent.outline
        own_bold, own_underline = bold(rpr, w), underlined(rpr, w)
        return StyleInfo(
            outline=None if outline == BODY_TEXT_LEVEL else outline,
            title=any(n in _TITLE for n in names),
            toc=any(_TOC.match(n) for n in names) or parent.toc,
            bold=parent.bold if own_bold is None else own_bold,
            underline=parent.underline if own_underline is None else own_underline,
            numbering=numbering_of(ppr, w) or parent.numbering,
        )

    def character(self, style_id: str) -> tuple[bool, bool]:
        """(bold, underline) of a character style, e.g. Word's "Strong"."""
        if style_id not in self._characters:
            info = self._resolve_character(style_id, 0)
            self._characters[style_id] = (info.bold, info.underline)
        return self._characters[style_id]

    def _resolve_character(self, style_id: str, depth: int) -> StyleInfo:
        w = self._w
        style = self._raw.get(style_id)
        if style is None or depth > 20:
            return StyleInfo()
        based = style.find(f"{w}basedOn")
        parent = (
            self._resolve_character(based.get(f"{w}val", ""), depth + 1)
            if based is not None
            else StyleInfo()
        )
        rpr = style.find(f"{w}rPr")
        own_bold, own_underline = bold(rpr, w), underlined(rpr, w)
        return StyleInfo(
            bold=parent.bold if own_bold is None else own_bold,
            underline=parent.underline if own_underline is None else own_underline,
        )


class Numbering:
    """numbering.xml: whether a (numId, level) is a bullet or a number."""

    def __init__(self, root: Element | None, w: str) -> None:
        formats: dict[str, dict[int, str]] = {}
        self._formats: dict[str, dict[int, str]] = {}
        if root is None:
            return
        for abstract in root.iter(f"{w}abstractNum"):
            formats[abstract.get(f"{w}abstractNumId", "")] = self._levels(abstract, w)
        for num in root.iter(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            levels = dict(formats.get(ref.get(f"{w}val", "") if ref is not None else "", {}))
            for override in num.iter(f"{w}lvlOverride"):
                levels.update(self._levels(override, w))
            self._formats[num.get(f"{w}numId", "")] = levels

    @staticmethod
    def _levels(parent: Element, w: str) -> dict[int, str]:
        levels = {}
        for lvl in parent.iter(f"{w}lvl"):
            fmt = lvl.find(f"{w}numFmt")
            levels[int(lvl.get(f"{w}ilvl", "0"))] = (
                fmt.get(f"{w}val", "decimal") if fmt is not None else "decimal"
            )
        return levels

    def format(self, numbering: tuple[str, int] | None) -> str | None:
        """ "bullet", "decimal", "upperRoman"…, or None for no visible numbering."""
        if numbering is None or numbering[0] == "0":
            return None
        fmt = self._formats.get(numbering[0], {}).get(numbering[1], "decimal")
        return None if fmt == "none" else fmt
