"""What goes wrong with a session file is explained in a dialog, and nothing is lost."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QMessageBox

from ui.shell.main_window import MainWindow
from workshop.errors import SessionSaveError
from workshop.session import Session
from workshop.storage import backup_path, backups


def test_a_corrupt_file_is_explained_and_left_alone(
    window: MainWindow, demo_path: Path, messages
) -> None:
    broken = demo_path.with_name("broken.atelier")
    data = bytearray(demo_path.read_bytes())
    data[4096 : 4096 * 3] = b"\x13" * (4096 * 2)  # pages past the header, as a bad disk does
    broken.write_bytes(bytes(data))
    before = broken.read_bytes()
    assert not window.sessions.open(broken)
    assert messages.headings() == ["This file cannot be opened as a session"]
    assert broken.read_bytes() == before
    assert window.controller.session is None


def test_a_session_open_elsewhere_says_who_holds_it(
    window: MainWindow, demo_path: Path, messages
) -> None:
    elsewhere = Session.open(demo_path)
    try:
        assert not window.sessions.open(demo_path)
    finally:
        elsewhere.close()
    heading, details = messages.shown[-1]
    assert heading == "This session is already open elsewhere"
    assert "already open by" in details and "process" in details
    assert window.sessions.open(demo_path)  # free again once the other holder closed it


def test_a_failed_save_keeps_the_session_as_it_was(
    window: MainWindow, demo_path: Path, messages, monkeypatch, find
) -> None:
    assert window.sessions.open(demo_path)
    session = window.controller.require()
    window.controller.set_current_card("fake-recruiter")
    before = session.state.revealed_injects.get("fake-recruiter", 0)

    def full_disk(kind, payload, *, undoable=True):
        raise SessionSaveError("database or disk is full")

    monkeypatch.setattr(session.file, "append", full_disk)
    find.button(window.card, "Reveal the next inject").click()
    assert messages.headings()[-1] == "Your last change could not be saved"
    assert session.state.revealed_injects.get("fake-recruiter", 0) == before


def _choosing(monkeypatch, label: str, shown: list[tuple[str, str]]) -> None:
    """Message boxes answered by clicking the button called `label`."""

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text() == label:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _damage_first_change(path: Path) -> None:
    """A stored change that no longer matches its checksum, as a bad disk leaves it."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE commands SET payload = '{}' WHERE seq = (SELECT min(seq) FROM commands)")
    db.close()


def test_a_damaged_session_can_be_restored_from_its_backup(
    window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    Session.open(demo_path).close()  # a good opening: the backup holds this state
    expected = Session.open(backup_path(demo_path), read_only=True)
    state = expected.state
    expected.close()
    _damage_first_change(demo_path)
    damaged = demo_path.read_bytes()
    shown: list[tuple[str, str]] = []
    _choosing(monkeypatch, "Restore from backup", shown)
    assert window.sessions.open(demo_path)
    assert shown[0][0] == "This file cannot be opened as a session"
    assert window.controller.require().state == state
    kept = [p for p in demo_path.parent.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged]  # and no -wal or -shm beside it


def test_the_changes_before_the_damage_can_be_recovered_into_a_copy(
    window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    for backup in backups(demo_path):
        backup.unlink()
    _damage_first_change(demo_path)
    damaged = demo_path.read_bytes()
    shown: list[tuple[str, str]] = []
    _choosing(monkeypatch, "Recover the changes before the damage", shown)
    assert window.sessions.open(demo_path)
    assert window.controller.require().path.name == "demo (recovered).atelier"
    assert demo_path.read_bytes() == damaged


def test_the_message_is_in_the_interface_language(
    window: MainWindow, demo_path: Path, messages
) -> None:
    _damage_first_change(demo_path)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    try:
        assert not window.sessions.open(demo_path)
    finally:
        QLocale.setDefault(previous)
    assert "est endommagé" in messages.shown[-1][1]


def test_a_folder_without_locks_offers_to_open_read_only(
    window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr("fcntl.flock", no_locks)
    shown: list[tuple[str, str]] = []
    _choosing(monkeypatch, "Open read-only", shown)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[1:3]))
    assert window.sessions.open(demo_path)
    assert shown[0][0] == "This folder cannot lock the session"
    assert shown[1][0] == "Opened read-only"
    assert window.controller.require().read_only
    assert "Read-only" in window.statusBar().findChildren(QLabel)[0].text()


def test_restoring_skips_a_damaged_newest_backup(
    window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    for _ in range(2):  # two distinct good states: .bak (newest) and .bak2
        session = Session.open(demo_path)
        session.undo()
        session.close()
    Session.open(demo_path).close()
    older = Session.open(backup_path(demo_path, 2), read_only=True)
    state = older.state
    older.close()
    _damage_first_change(backup_path(demo_path))
    _damage_first_change(demo_path)
    _choosing(monkeypatch, "Restore from backup", [])
    assert window.sessions.open(demo_path)
    assert window.controller.require().state == state
