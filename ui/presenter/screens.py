"""Which screen the presenter goes to: the facilitator's choice, else the projector.

A projector is usually the screen that is not the laptop's own (the primary), so "auto" picks the
first other screen; with a single screen the presenter stays a window beside the console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.widgets.factories import named


def presentation_screen(index: int | None) -> QScreen | None:
    """The screen `index` when it exists, else the first screen other than the primary, else
    None: there is nowhere to go full screen without covering the console."""
    screens = QGuiApplication.screens()
    if index is not None and 0 <= index < len(screens):
        return screens[index]
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), None)


class ScreenPicker(QDialog):
    """Lists the screens with their names and geometry, the current choice (else the likely
    projector) preselected."""

    def __init__(self, parent: QWidget | None = None, current: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presenter screen"))
        self._list = named(QListWidget(), self.tr("Screens"))
        primary = QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            self._list.addItem(self._describe(number, screen, screen is primary))
        likely = presentation_screen(current)
        screens = QGuiApplication.screens()
        self._list.setCurrentRow(screens.index(likely) if likely in screens else 0)
        self._list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Show the presenter view full screen on:"))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(prompt)
        layout.addWidget(self._list)
        layout.addWidget(buttons)

    def _describe(self, number: int, screen: QScreen, primary: bool) -> str:
        size = screen.geometry()
        text = self.tr("Screen {number}: {name} — {width} × {height} at ({x}, {y})").format(
            number=number,
            name=screen.name() or screen.model() or "?",
            width=size.width(),
            height=size.height(),
            x=size.x(),
            y=size.y(),
        )
        if primary:
            return self.tr("{screen} (main screen)").format(screen=text)
        return text

    def selected_index(self) -> int:
        return self._list.currentRow()


def choose_screen(parent: QWidget | None = None, current: int | None = None) -> int | None:
    """Ask which screen to present on: its index in QGuiApplication.screens(), or None."""
    picker = ScreenPicker(parent, current)
    try:
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.selected_index()
    finally:
        picker.deleteLater()
