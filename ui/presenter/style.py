"""How the projector looks: light text on a deep blue, sized from the slide, not from the desktop.

Projectors wash out pale backgrounds and thin type, so the presenter keeps one high-contrast look
whatever the console's theme. Every label has a role; its font is a multiple of one base size that
follows the window (and so the screen and its DPI) and the presenter_font_scale setting.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QLayout, QWidget

BACKGROUND = "#13202c"
TEXT = "#f2f5f8"
MUTED = "#a9b7c6"
HEADING = "#7fc6ea"
ACCENT = "#f4b942"  # the newest inject, the decision
PANEL = "#1c2d3d"
OVER_TIME = "#d64545"

VOTE_COLOURS = {  # a Votes field → its colour, in the order the bar draws them
    "in_favour": QColor("#4cb07a"),
    "against": QColor("#e06464"),
    "abstain": QColor("#8d9aa8"),
}

# the base size the slides' paddings and spacings were drawn at: they grow and shrink with the
# text, so a 4K projector without OS scaling gets wide margins, not text crammed together
DESIGN_BASE = 32.0
# the roles a participant reads as running text: the floor applies to the smallest of them
BODY_ROLES = ("body", "item", "strong")

# role → (size relative to the base, bold)
ROLES: dict[str, tuple[float, bool]] = {
    "hero": (2.3, True),
    "subtitle": (1.15, False),
    "title": (1.55, True),
    "body": (1.0, False),
    "heading": (0.66, True),
    "item": (0.92, False),
    "strong": (1.1, True),
    "small": (0.66, False),
    "timer": (0.95, True),
}

STYLE_SHEET = f"""
QWidget#presenter, QWidget#slide {{ background: {BACKGROUND}; }}
QWidget#blank {{ background: #000000; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="heading"] {{ color: {HEADING}; }}
QLabel[role="small"], QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel[role="timer"] {{ color: {TEXT}; background: {PANEL}; border-radius: 8px; }}
QLabel[role="timer"][over="true"] {{ color: #ffffff; background: {OVER_TIME}; }}
QFrame#panel, QFrame#decision {{ background: {PANEL}; border-radius: 10px; }}
QFrame#panel[newest="true"], QFrame#decision {{
    border-left: 6px solid {ACCENT}; border-top-left-radius: 0; border-bottom-left-radius: 0;
}}
QFrame#rule {{ background: {ACCENT}; border-radius: 3px; }}
QLabel[accent="true"] {{ color: {ACCENT}; }}
"""


def role_label(role: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    """A plain-text, word-wrapped label sized by its role: content never renders as HTML."""
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(role != "timer")
    return label


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a style-sheet property and re-polish, so the new look applies at once."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


L = TypeVar("L", bound=QLayout)


def spaced(layout: L, spacing: int, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> L:
    """Give `layout` a spacing and margins in design pixels (at DESIGN_BASE), scaled with the
    text by apply_sizes."""
    layout.setProperty("design_spacing", spacing)
    layout.setProperty("design_margins", margins)
    layout.setSpacing(spacing)
    layout.setContentsMargins(*margins)
    return layout


def smallest_body_factor() -> float:
    """The smallest running text relative to the base: what the floor is measured on."""
    return min(ROLES[role][0] for role in BODY_ROLES)


def apply_sizes(root: QWidget, base: float) -> None:
    """Give every role label under `root` its font for a base size of `base` pixels, and every
    spaced layout its spacing and margins for that size."""
    scale = base / DESIGN_BASE
    for layout in root.findChildren(QLayout):
        spacing = layout.property("design_spacing")
        if spacing is None:
            continue
        layout.setSpacing(round(spacing * scale))
        layout.setContentsMargins(*(round(m * scale) for m in layout.property("design_margins")))
    for label in root.findChildren(QLabel):
        role = label.property("role")
        if role not in ROLES:
            continue
        factor, bold = ROLES[role]
        font = QFont(label.font())
        font.setPixelSize(max(9, round(base * factor)))
        font.setBold(bold)
        if role == "heading":
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        if role == "timer":
            font.setFeature(
                QFont.Tag("tnum"), 1
            )  # digits of equal width: the clock does not jiggle
        label.setFont(font)
