"""Starting the console: the application object, language and theme, then the window, and an
offer to reopen the session a crash or power cut left open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.i18n.language import install_translations
from ui.shell.main_window import MainWindow
from ui.theme import apply_theme
from workshop.local.settings import APP_NAME, Settings

translate = QCoreApplication.translate  # under this name, pyside6-lupdate finds the strings


def make_application() -> QApplication:
    """The one QApplication, named so Qt's own settings and dialogs know whose they are."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 % laptops) drawn as asked, not rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def recovery_offer(settings: Settings, parent: QWidget | None = None) -> Path | None:
    """The session the last run left open (it did not close cleanly), if the user reopens it."""
    left_open = settings.get("open_session")
    if not left_open or not Path(left_open).exists():
        return None
    path = Path(left_open)
    answer = QMessageBox.question(
        parent,
        translate("App", "Reopen your session?"),
        translate(
            "App",
            "Atelier did not close normally last time, while “{name}” was open. Every change "
            "up to the last one was saved. Reopen it now?",
        ).format(name=path.stem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        settings.set("open_session", "")
        return None
    return path


def start(settings: Settings, session_path: Path | None) -> MainWindow:
    """The console, shown, with the session asked for on the command line or left open by a
    crash (the command line wins: it is what the user just asked for)."""
    app = make_application()
    language = install_translations(app, settings.get("ui_language"))
    apply_theme(app, settings.get("theme"))
    window = MainWindow(settings, language)
    if session_path is None:  # the offer is made over the console it will fill
        window.show()
        session_path = recovery_offer(settings, window)
    if session_path is not None:  # filled before it is first shown: laid out once
        window.sessions.open(session_path)
    window.show()
    return window


def run(session_path: Path | None) -> int:
    """Run the console until it is closed; the exit code of the event loop."""
    app = make_application()
    _window = start(Settings(), session_path)  # kept alive until the event loop ends
    return app.exec()
