"""What goes wrong with a session file is explained in a dialog, and nothing is lost."""

from __future__ import annotations

from pathlib import Path

from ui.shell.main_window import MainWindow
from workshop.errors import SessionSaveError
from workshop.session import Session


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
