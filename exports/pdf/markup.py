"""Typed text to reportlab's Paragraph mini-markup, so every character prints as it was typed,
and the Paragraph that sets it.

Paragraph parses its text as XML-like markup: an unescaped `<b>` or `&amp;` in a custom wording
would be obeyed or swallowed. Everything user-typed, and every label, goes through `literal`.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from weakref import WeakKeyDictionary

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from exports.pdf.fonts import SANS, drawable, serif_drawable, serif_gaps, undrawable
from exports.pdf.styles import CHANGE_BAR, DELETED, INSERTED, NOTE_MARK
from workshop.diff import WordOp, WordOpKind

# Control characters other than tab and line feed: invisible, and some upset the parser.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# A plain space typed before high punctuation or inside guillemets, which French sets there.
_GLUED_SPACE = re.compile(" (?=[?!:;»])|(?<=«) ")


def literal(text: str) -> str:
    """`text` as markup that prints exactly what was typed; line breaks are kept.

    Only where a line may break changes: a "?" or a "»" never starts a line. reportlab breaks at
    U+202F (narrow no-break space) and prints it as a plain space, so U+00A0 stands in for it.
    A character no font has (🎉) shows as U+FFFD, one per character.
    """
    text = _GLUED_SPACE.sub("\u00a0", _CONTROL.sub("", text).replace("\u202f", "\u00a0"))
    if not drawable().issuperset(text):  # the common case skips both long character classes
        text = undrawable().sub(lambda m: "\ufffd" * len(m.group()), text)
    text = escape(text, quote=False)
    if not serif_drawable().issuperset(text):
        text = serif_gaps().sub(lambda m: f'<font face="{SANS}">{m.group()}</font>', text)
    return text.replace("\n", "<br/>")


def tracked(words: tuple[WordOp, ...]) -> str:
    """A clause's words with insertions underlined and deletions struck through, in colour."""
    if len(words) == 1 and words[0].kind is not WordOpKind.EQUAL:
        # A one-fragment paragraph takes a reportlab shortcut that draws the underline of every
        # line but the first without the indent; two fragments take the general path.
        op = words[0]
        return _mark(op.kind, op.text[:1]) + _mark(op.kind, op.text[1:])
    return "".join(_mark(op.kind, op.text) for op in words)


def _mark(kind: WordOpKind, text: str) -> str:
    return marked(kind, literal(text))


def marked(kind: WordOpKind, markup: str) -> str:
    """`markup` as an insertion (underlined) or a deletion (struck through), in colour."""
    if kind is WordOpKind.INSERT:
        return coloured(f"<u>{markup}</u>", INSERTED)
    if kind is WordOpKind.DELETE:
        return coloured(f"<strike>{markup}</strike>", DELETED)
    return markup


def coloured(markup: str, colour: str) -> str:
    """`markup` in `colour` (#rrggbb)."""
    return f'<font color="{_css(colour)}">{markup}</font>'


@cache
def _css(colour: str) -> str:
    """The colour as CSS rgb(): reportlab reads that form at once, while a hex string is first
    tried as an expression to evaluate (compiled each time), ~0.05 ms a tag."""
    value = HexColor(colour)
    return "rgb({},{},{})".format(*(round(c * 255) for c in (value.red, value.green, value.blue)))


_plain_frags: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()


def _plain_frag(style: ParagraphStyle) -> ParaFrag:
    """The fragment the parser makes of markup-free text in `style`."""
    frag = _plain_frags.get(style)
    if frag is None:
        _style, frags, _bullet = ParaParser().parse("x", style)
        frag = _plain_frags[style] = frags[0]
    return frag


def note_marker(number: int) -> str:
    """The superscript [n] that points from a clause to its open question."""
    return f"<super>{coloured(f'[{number}]', NOTE_MARK)}</super>"


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width, and skips the markup parser for text
    without markup.

    Keep-together groups, tables and the frame each measure the same paragraph, and line
    breaking is most of the writer's time; the result depends on the width alone. Text with no
    tag and no entity parses to one fragment that differs from the style's only by its text, so
    that fragment is parsed once per style and copied.
    """

    _broken: tuple[tuple[float, ...], ParaLines] | None = None

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # reportlab's name: its split passes it
        frags: list[ParaFrag] | None = None,
        **kwargs: object,
    ) -> None:
        if text is None or frags is not None or kwargs or "<" in text or "&" in text:
            super().__init__(text, style, bulletText, frags=frags, **kwargs)
            return
        text = cleanBlockQuotedText(text)
        frags = [_plain_frag(style).clone(text=text)] if text else []
        super().__init__(text, style, bulletText, frags=frags)

    def breakLines(self, width: float | list[float]) -> ParaLines:
        key = tuple(width) if isinstance(width, list | tuple) else (width,)
        if self._broken is None or self._broken[0] != key:
            self._broken = (key, super().breakLines(width))
        return self._broken[1]


class ChangedPara(Para):
    """A paragraph with a change bar in the left margin, beside every line it prints.

    Stateless on purpose: reportlab splits a paragraph across pages by building two of its
    class, so each part draws its own bar."""

    BAR_OFFSET = 10  # points left of the text frame

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(HexColor(CHANGE_BAR))
        canvas.setLineWidth(1.5)
        canvas.line(-self.BAR_OFFSET, 0, -self.BAR_OFFSET, self.height)
        canvas.restoreState()
        super().draw()
