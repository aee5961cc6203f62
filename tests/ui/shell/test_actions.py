"""File › Close session and Workshop › Presenter screen…: what they do, and what they remember."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from ui.shell.main_window import MainWindow
from workshop.local.settings import Settings
from workshop.session import Session


def _answer_the_picker(accept: bool) -> None:
    """Answer the screen picker once it is up (it is modal: the trigger returns after it)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, answer)


def test_f5_presents_on_the_screen_chosen_in_the_workshop_menu(
    qtbot, window: MainWindow, settings: Settings, demo_path: Path
) -> None:
    window.sessions.open(demo_path)
    assert QKeySequence("F5") in window.menu.present.shortcuts()
    window.menu.present.trigger()  # nothing chosen, one screen: a mirrored projector
    presenter = window.presenter
    assert presenter.isFullScreen() and presenter.geometry() == window.screen().geometry()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # back to the console, no window left over
    assert not presenter.isVisible()

    _answer_the_picker(accept=True)
    window.menu.presenter_screen.trigger()
    assert settings.get("presenter_screen") == 0
    assert presenter.isFullScreen()  # already presenting: it moves there at once
    presenter.close()
    window.menu.present.trigger()
    assert presenter.isFullScreen() and presenter.screen() is QGuiApplication.screens()[0]


def test_cancelling_the_picker_keeps_the_screen_setting(
    window: MainWindow, settings: Settings
) -> None:
    settings.set("presenter_screen", 3)  # a projector plugged in at the last workshop
    _answer_the_picker(accept=False)
    window.menu.presenter_screen.trigger()
    assert settings.get("presenter_screen") == 3


def test_close_session_saves_and_goes_back_to_the_welcome_page(
    qtbot, window: MainWindow, settings: Settings, demo_path: Path
) -> None:
    assert not window.menu.close_session.isEnabled()  # no session yet
    window.sessions.open(demo_path)
    card_id = window.controller.current_card_id
    before = window.controller.require().state.time_used.get(card_id, 0)
    window.timer.start()
    qtbot.waitUntil(lambda: window.timer.elapsed > before, timeout=3000)
    assert settings.get("open_session") == str(demo_path.resolve())

    window.menu.close_session.trigger()
    assert window.controller.session is None
    assert window.centralWidget().currentWidget() is window.welcome
    assert window.windowTitle() == "Atelier"
    assert not window.menu.close_session.isEnabled() and not window.timer.running
    assert settings.get("open_session") == ""  # a clean close: no recovery offer next time
    reopened = Session.open(demo_path)  # unlocked, with the time the clock had counted
    try:
        assert reopened.state.time_used[card_id] > before
    finally:
        reopened.close()
    assert window.sessions.open(demo_path)  # and the console opens it again
