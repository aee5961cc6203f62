"""Opening and closing sessions: the crash-recovery note belongs to the copy of the app that has
the session open, and the sample workshop always has a folder to go to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ui.shell.main_window import MainWindow
from workshop.local import settings as settings_module
from workshop.local.settings import Settings, default_session_dir
from workshop.session import Session


def test_a_second_copy_refused_on_an_open_session_leaves_its_recovery_note(
    qtbot, settings: Settings, demo_path: Path, messages, sessions_dir: Path
) -> None:
    first = Session.open(demo_path)  # the first copy of the app, running the workshop
    try:
        settings.session_opened(demo_path)  # its note: reopen this after a crash
        second = MainWindow(Settings(settings.path), "en")  # another copy, same settings file
        qtbot.addWidget(second)
        assert not second.sessions.open(demo_path)
        assert messages.headings() == ["This session is already open elsewhere"]
        second.close()
        assert Settings(settings.path).get("open_session") == str(demo_path.resolve())
    finally:
        first.close()


def test_closing_the_session_clears_its_own_note(
    window: MainWindow, settings: Settings, demo_path: Path
) -> None:
    assert window.sessions.open(demo_path)
    assert settings.get("open_session") == str(demo_path.resolve())
    window.close()
    assert Settings(settings.path).get("open_session") == ""


def test_an_older_session_says_once_that_it_took_this_versions_content(
    window: MainWindow, demo_path: Path, messages
) -> None:
    db = sqlite3.connect(demo_path, isolation_level=None)
    db.execute("DROP TABLE content")
    db.execute("PRAGMA user_version=2")  # as Atelier wrote it before sessions kept their content
    db.close()
    assert window.sessions.open(demo_path)
    assert len(messages.shown) == 1 and "earlier version of Atelier" in messages.shown[0][1]
    window.controller.close()
    assert window.sessions.open(demo_path)
    assert len(messages.shown) == 1  # once


class _NoDocuments:
    def __init__(self, missing: Path) -> None:
        self._missing = missing

    def user_documents_dir(self) -> str:
        return str(self._missing)


def test_without_a_documents_folder_sessions_go_to_one_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_module, "user_dirs", lambda: _NoDocuments(tmp_path / "nope"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_session_dir() == tmp_path
    (tmp_path / "Documents").mkdir()
    monkeypatch.setattr(settings_module, "user_dirs", lambda: _NoDocuments(tmp_path / "Documents"))
    assert default_session_dir() == tmp_path / "Documents"


def test_the_sample_workshop_failing_says_so_in_the_interface_language(
    window: MainWindow, messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, language: str) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("workshop.demo.write_demo", refuse)
    assert not window.sessions.open_demo("en")
    heading, details = messages.shown[-1]
    assert heading == "The sample workshop could not be created"
    assert "Permission denied" in details


def test_session_errors_read_in_french_in_a_french_interface(
    qapp, window: MainWindow, demo_path: Path, messages
) -> None:
    from ui.i18n.language import install_translations

    first = Session.open(demo_path)
    install_translations(qapp, "fr")
    try:
        assert not window.sessions.open(demo_path)
    finally:
        install_translations(qapp, "en")
        first.close()
    heading, details = messages.shown[-1]
    assert heading == "Cette séance est déjà ouverte ailleurs"
    assert "Cette séance est déjà ouverte par" in details
    assert "already open" not in details
