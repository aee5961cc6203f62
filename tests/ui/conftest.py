"""Fixtures for driving the console offscreen: settings and files in tmp_path, message boxes
captured instead of shown, so no test ever waits on a modal dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from ui.shell.main_window import MainWindow
from workshop.demo import write_demo
from workshop.local.settings import Settings

W = TypeVar("W", bound=QWidget)


class Find:
    """Widgets as a user (or a screen reader) finds them: on screen, by accessible name."""

    @staticmethod
    def shown(parent: QWidget, kind: type[W]) -> list[W]:
        """A rebuilt page's old widgets linger hidden until deleted, and new ones are shown by
        a queued call, so pending events run first."""
        QApplication.processEvents()
        return [w for w in parent.findChildren(kind) if w.isVisibleTo(parent)]

    def all(self, parent: QWidget, kind: type[W], name: str) -> list[W]:
        return [w for w in self.shown(parent, kind) if w.accessibleName() == name]

    def one(self, parent: QWidget, kind: type[W], name: str) -> W:
        found = self.all(parent, kind, name)
        assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
        return found[0]

    def button(self, parent: QWidget, name: str) -> QAbstractButton:
        return self.one(parent, QAbstractButton, name)


@pytest.fixture
def find() -> Find:
    return Find()


@dataclass
class Messages:
    """What the app would have told the user: (heading, details) per message box."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def headings(self) -> list[str]:
        return [heading for heading, _details in self.shown]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    captured = Messages()

    def exec_(box: QMessageBox) -> int:
        captured.shown.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok.value)

    def static(parent, title, text, *args, **kwargs):
        captured.shown.append((title, text))
        return captured.answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("warning", "information", "question", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static))
    return captured


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def sessions_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's documents folder, where new sessions and the sample go."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    for module in ("ui.shell.main_window", "ui.services.session_keeper"):
        monkeypatch.setattr(f"{module}.default_session_dir", lambda: folder)
    return folder


@pytest.fixture
def window(
    qtbot, settings: Settings, sessions_dir: Path, messages: Messages
) -> Iterator[MainWindow]:
    console = MainWindow(settings, "en")
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    yield console
    console.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.atelier", "en")
