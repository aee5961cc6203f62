"""The console's look: Fusion with a calm palette, light or dark, and one colour per card status.

Fusion looks the same on every platform, so what the facilitator rehearsed on one laptop is what
they get on another. "auto" follows the system's colour scheme, live; when the platform does not
say (offscreen, some Linux desktops) it is light.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workshop.local.settings import Settings
from workshop.model import CardStatus

THEMES = ("auto", "light", "dark")
MIN_POINT_SIZE = 10.0  # below this, a laptop at arm's length gets tiring over a whole day
_THEME_PROPERTY = "atelierTheme"

_Role = QPalette.ColorRole

# role → (light, dark); in the dark variant fields are lighter than the window, so Fusion's thin
# frames are not the only thing that shows where to type
_PALETTE: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#f3f4f6", "#1f2328"),
    _Role.WindowText: ("#1f2933", "#e3e6ea"),
    _Role.Base: ("#ffffff", "#2a2f36"),
    _Role.AlternateBase: ("#eef1f4", "#313740"),
    _Role.Text: ("#1f2933", "#e3e6ea"),
    _Role.Button: ("#e8ebef", "#363c45"),
    _Role.ButtonText: ("#1f2933", "#e3e6ea"),
    _Role.BrightText: ("#ffffff", "#ffffff"),
    _Role.Highlight: ("#2d6a96", "#3f7fb3"),
    _Role.HighlightedText: ("#ffffff", "#ffffff"),
    _Role.Link: ("#245d87", "#82b6e3"),
    _Role.LinkVisited: ("#5b4a8a", "#b3a3dd"),
    _Role.ToolTipBase: ("#ffffff", "#363c45"),
    _Role.ToolTipText: ("#1f2933", "#e3e6ea"),
    _Role.PlaceholderText: ("#7b8794", "#8a949f"),
    _Role.Accent: ("#2d6a96", "#3f7fb3"),
}
_DISABLED_TEXT = ("#9aa5b1", "#5f6873")

# status → (light, dark): readable as text on the base colour and as a badge fill alike
_STATUS: dict[CardStatus, tuple[str, str]] = {
    CardStatus.PENDING: ("#66717d", "#a3adb8"),
    CardStatus.IN_DISCUSSION: ("#a35a00", "#f0b454"),
    CardStatus.DECIDED: ("#2e7d46", "#6cc787"),
    CardStatus.PARKED: ("#6f55a3", "#b7a2e6"),
}


def status_colour(status: CardStatus, dark: bool) -> QColor:
    """The colour that marks a card's status in the agenda, in the light or dark variant."""
    return QColor(_STATUS[status][dark])


def is_dark() -> bool:
    """Whether the application's palette is the dark one: for status_colour's `dark`."""
    return QApplication.palette().color(_Role.Window).lightness() < 128


def palette_for(dark: bool) -> QPalette:
    result = QPalette()
    for role, colours in _PALETTE.items():
        result.setColor(role, QColor(colours[dark]))
    # Fusion draws bevels and frames from these; derive them from the button colour.
    button = QColor(_PALETTE[_Role.Button][dark])
    result.setColor(_Role.Light, button.lighter(150 if dark else 115))
    result.setColor(_Role.Midlight, button.lighter(125 if dark else 108))
    result.setColor(_Role.Mid, button.darker(130))
    result.setColor(_Role.Dark, button.darker(180 if dark else 160))
    result.setColor(_Role.Shadow, QColor("#000000"))
    disabled = QColor(_DISABLED_TEXT[dark])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply_theme(app: QApplication, theme: str | None = None) -> None:
    """Fusion, the palette for `theme` (default: the "theme" setting) and a readable font."""
    choice = theme if theme is not None else Settings().get("theme")
    if choice not in THEMES:
        choice = "auto"
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    first_time = app.property(_THEME_PROPERTY) is None
    app.setProperty(_THEME_PROPERTY, choice)
    hints = app.styleHints()
    if choice == "auto":
        hints.unsetColorScheme()
    else:  # native parts (title bars, file dialogs) follow too
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    if first_time:
        hints.colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))
    _apply_palette(app)


def _apply_palette(app: QApplication) -> None:
    choice = app.property(_THEME_PROPERTY)
    dark = choice == "dark" or (
        choice == "auto" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    )
    app.setPalette(palette_for(dark))
