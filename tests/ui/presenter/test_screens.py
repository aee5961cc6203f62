"""Choosing the presenter's screen: the facilitator's pick, else the projector, else none."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QListWidget

from ui.presenter.screens import ScreenPicker, choose_screen, presentation_screen


def test_with_one_screen_there_is_nowhere_to_go_full_screen(qapp) -> None:
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform's default
    assert presentation_screen(None) is None
    assert presentation_screen(7) is None  # a projector unplugged since: automatic
    assert presentation_screen(0) is QGuiApplication.primaryScreen()


def test_the_picker_lists_screens_with_name_and_geometry(qtbot) -> None:
    picker = ScreenPicker()
    qtbot.addWidget(picker)
    screen = QGuiApplication.screens()[0]
    size = screen.geometry()
    entry = picker.findChild(QListWidget)
    text = entry.item(0).text()
    assert screen.name() in text and f"{size.width()} × {size.height()}" in text
    assert picker.selected_index() == 0


def _answer(accept: bool) -> None:
    dialog = QApplication.activeModalWidget()
    dialog.accept() if accept else dialog.reject()


def test_choose_screen_returns_the_index_or_none(qtbot) -> None:
    QTimer.singleShot(0, lambda: _answer(True))
    assert choose_screen() == 0
    QTimer.singleShot(0, lambda: _answer(False))
    assert choose_screen() is None
