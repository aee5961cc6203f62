"""Every dialog opens in French and in English, and every control has an accessible name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.dialogs.awareness_dialog import AwarenessDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.i18n.language import install_translations
from ui.shell.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
OPENERS = {  # menu action → (dialog, its title in the source language)
    "new": (SessionDialog, "New workshop session"),
    "awareness": (AwarenessDialog, "Awareness warm-up"),
    "export": (ExportDialog, "Export the policy draft"),
}


@pytest.fixture(params=["fr", "en"])
def language(request, qapp) -> Iterator[str]:
    used = install_translations(qapp, request.param)
    yield used
    install_translations(qapp, "en")


def unnamed(root: QWidget) -> list[str]:
    """Controls on screen that a screen reader could only call by their type."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView | QScrollBar | QTabBar):
            continue  # parts of a named table, scroll area or tab widget
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a named spin box or combo box
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.parent()}")
    return missing


@pytest.mark.parametrize("action", sorted(OPENERS))
def test_each_dialog_opens_in_both_languages(
    qtbot, language: str, window: MainWindow, demo_path: Path, action: str
) -> None:
    assert window.sessions.open(demo_path)
    getattr(window.menu, action).trigger()
    kind, title = OPENERS[action]
    dialog = window.findChild(kind)
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == QCoreApplication.translate(kind.__name__, title)
    assert unnamed(dialog) == []
    standard = {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)}
    assert standard & ({"Fermer", "Annuler"} if language == "fr" else {"Close", "Cancel"})
    dialog.reject()


def test_the_console_names_every_control(
    language: str, window: MainWindow, demo_path: Path
) -> None:
    assert unnamed(window) == []  # the welcome page
    assert window.sessions.open(demo_path)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert unnamed(window) == []
    assert window.windowTitle().startswith("demo")
