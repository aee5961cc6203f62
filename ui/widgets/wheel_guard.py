"""Spin boxes and combo boxes inside a scrolling form: the mouse wheel scrolls the form unless
the control has the keyboard focus, so scrolling past the vote counts never changes them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

W = TypeVar("W", bound=QWidget)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if not (wheel and isinstance(watched, QWidget)) or watched.hasFocus():
            return False
        area = _scrolling_parent(watched)
        if area is not None:  # handed on explicitly: Qt does not pass on synthesized wheels
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scrolling_parent(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_past(widget: W) -> W:
    """The wheel changes `widget` only once it was clicked or tabbed into."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelGuard(widget))
    return widget
