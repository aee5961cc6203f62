"""PySide6 must not lose references to None and True: a workshop runs for hours.

PySide6 6.12.0 on Python 3.11 drops one reference to None per Qt call that returns nothing and one
to True per Signal.emit, so the app aborts minutes into a workshop; pyproject pins it below 6.12.
pyproject.toml pins PySide6-Essentials below 6.12 for this; these tests catch a release that
brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(str)


def _lost(obj: object, action, times: int = 200) -> int:
    before = sys.getrefcount(obj)
    for _ in range(times):
        action()
    return before - sys.getrefcount(obj)


def test_qt_calls_returning_nothing_keep_none_alive(qapp) -> None:
    label = QLabel()
    assert _lost(None, lambda: label.setText("x")) < 20


def test_signal_emit_keeps_true_alive(qapp) -> None:
    emitter = _Emitter()
    assert _lost(True, lambda: emitter.fired.emit("x")) < 20
