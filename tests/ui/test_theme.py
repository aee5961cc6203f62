"""Light and dark palettes, and status colours that stay distinct and readable in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import MIN_POINT_SIZE, apply_theme, is_dark, palette_for, status_colour
from workshop.model import CardStatus


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:
    """Put the application's look back afterwards: other tests lay out windows with it."""
    style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    yield qapp
    qapp.styleHints().unsetColorScheme()
    qapp.setProperty("atelierTheme", "light")
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_status_colours_differ_and_read_on_the_base(qapp, dark: bool) -> None:
    colours = {status: status_colour(status, dark).name() for status in CardStatus}
    assert len(set(colours.values())) == len(CardStatus)
    base = palette_for(dark).color(QPalette.ColorRole.Base)
    for status in CardStatus:
        assert _contrast(status_colour(status, dark), base) >= 4.5, status


@pytest.mark.parametrize("status", list(CardStatus))
def test_each_status_has_a_light_and_a_dark_variant(qapp, status: CardStatus) -> None:
    assert status_colour(status, False) != status_colour(status, True)


def test_auto_is_light_when_the_platform_does_not_say(app) -> None:
    apply_theme(app, "auto")
    assert app.style().name().lower() == "fusion"
    assert not is_dark()
    assert app.font().pointSizeF() >= MIN_POINT_SIZE


@pytest.mark.parametrize(("theme", "dark"), [("dark", True), ("light", False), ("bogus", False)])
def test_the_setting_chooses_the_variant(app, theme: str, dark: bool) -> None:
    apply_theme(app, theme)
    assert is_dark() is dark
    text = app.palette().color(QPalette.ColorRole.Text)
    assert _contrast(text, app.palette().color(QPalette.ColorRole.Base)) >= 7
