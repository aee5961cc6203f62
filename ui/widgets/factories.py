"""Small factories for the console's widgets: every control gets an accessible name, and text
uses one type scale, so screen readers and tired eyes meet the same hierarchy everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLayout, QScrollArea, QWidget

W = TypeVar("W", bound=QWidget)
_deferred: list[QWidget] | None = None  # inside `one_layout_pass`: widgets to size at its end

# role → (size relative to the application font, bold)
TYPE_SCALE: dict[str, tuple[float, bool]] = {
    "title": (1.6, True),
    "heading": (1.2, True),
    "subheading": (1.0, True),
    "body": (1.1, False),
    "small": (0.9, False),
    "clock": (2.6, True),
}


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name assistive technology reads out (and an optional tooltip)."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Size a widget's font by its role in the type scale."""
    scale, bold = TYPE_SCALE[role]
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def text_label(text: str = "", role: str = "body", *, muted: bool = False) -> QLabel:
    """A wrapping, selectable label in one of the scale's roles."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_role(label, role)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def rule() -> QFrame:
    """A thin horizontal line between groups of content."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Mid)
    return line


def clear_layout(layout: QLayout) -> None:
    """Empty a layout that is rebuilt: widgets are hidden at once (deleteLater waits for the
    event loop, and until then the old widgets would still paint over the new ones)."""
    while layout.count():
        item = layout.takeAt(0)
        assert item is not None  # count() said there is one
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def lay_out_now(widget: QWidget) -> None:
    """Show `widget`'s new children and size it, and everything around it, before the next paint.

    Children added to a shown widget only appear on a queued call, and each enclosing layout and
    scroll area then follows one event-loop pass after the other: meanwhile wrapped text is
    painted in the old, smaller boxes, clipped and overlapping. A window not shown yet has nothing
    to paint: showing it lays everything out once, so sizing it now would be done twice."""
    if not widget.window().isVisible():
        return
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for child in widget.findChildren(QWidget, options=direct):
        if not child.isWindow() and not child.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            child.show()  # what the queued call would do; children hidden on purpose stay so
    if _deferred is not None:
        if not any(widget is seen for seen in _deferred):
            _deferred.append(widget)
        return
    _size_upwards(widget)


def _size_upwards(widget: QWidget) -> None:
    current: QWidget | None = widget
    while current is not None:
        layout = current.layout()
        if layout is not None:
            layout.activate()
        if isinstance(current, QScrollArea):  # resizes its page to the page's height for width
            QApplication.sendEvent(current, QEvent(QEvent.Type.LayoutRequest))
        current = current.parentWidget()


@contextmanager
def one_layout_pass() -> Iterator[None]:
    """Refresh several views, then size the window once: each `lay_out_now` inside still shows
    its new children at once, but the layouts around them are activated at the end, together,
    instead of once for every view (the whole window, each time)."""
    global _deferred
    if _deferred is not None:  # already inside one: the outer one sizes
        yield
        return
    _deferred = []
    try:
        yield
    finally:
        widgets, _deferred = _deferred, None
        for widget in widgets:
            _size_upwards(widget)


def tint(accent: QColor, base: QColor, amount: float) -> QColor:
    """`accent` mixed into `base`: a background that carries a colour without shouting."""
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def callout(widget: QWidget, accent: QColor) -> None:
    """Set a widget apart (notes, status banners): a border in `accent` over a faint tint of it."""
    name = widget.objectName() or "callout"
    widget.setObjectName(name)
    # the application's base, not the widget's: once styled, the widget's palette holds the
    # tinted background, and each refresh would tint it again, darker, until the text is lost
    background = tint(accent, QApplication.palette().color(QPalette.ColorRole.Base), 0.12)
    widget.setStyleSheet(
        f"#{name} {{ border: 2px solid {accent.name()}; border-radius: 6px;"
        f" background: {background.name()}; padding: 6px 10px; }}"
    )
