"""Spin boxes and combo boxes inside a scrolling form: the mouse wheel scrolls the form unless
the control has the keyboard focus, so scrolling past the vote counts never changes them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not handled here: Qt hands it to the scrolling parent
            return True
        return False


def scroll_past(widget: QWidget) -> QWidget:
    """The wheel changes `widget` only once it was clicked or tabbed into."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelGuard(widget))
    return widget
