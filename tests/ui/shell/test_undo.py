"""Edit › Undo is the session file's own history: after reopening a session, Ctrl+Z takes back
its last change in the file, Redo brings it back, and the menu names the change."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.shell.actions import WindowActions
from ui.shell.main_window import MainWindow
from workshop.demo import write_demo
from workshop.local.settings import Settings
from workshop.model import CardStatus
from workshop.session import Session

ROOT = Path(__file__).resolve().parents[3]


def _in_file(path: Path) -> tuple[int, bool]:
    """(commands in effect, something to redo), read from the file as a new run would."""
    session = Session.open(path)
    try:
        return len(session.file.active_commands()), session.can_redo()
    finally:
        session.close()


def _parked_card(session: Session) -> str:
    return next(c for c, s in session.state.status.items() if s is CardStatus.PARKED)


def test_ctrl_z_after_reopening_undoes_in_the_file_and_redo_brings_it_back(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    active, _ = _in_file(demo_path)
    window.sessions.open(demo_path)
    session = window.controller.require()
    parked = _parked_card(session)  # the demo's last edit parks a card
    title = session.content.deck.card(parked).title.en
    assert window.menu.undo.isEnabled() and not window.menu.redo.isEnabled()
    assert window.menu.undo.text() == f"Undo: park card “{title}”"
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.state.card_status(parked) is CardStatus.IN_DISCUSSION
    assert window.menu.redo.text() == f"Redo: park card “{title}”"
    assert window.menu.undo.text().startswith("Undo: ")  # the edit before it, named
    window.sessions.close()
    assert _in_file(demo_path) == (active - 1, True)  # undone in the file itself

    window.sessions.open(demo_path)
    assert window.menu.redo.isEnabled() and window.menu.redo.text() == "Redo"
    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.require().state.card_status(parked) is CardStatus.PARKED
    assert window.menu.undo.text() == f"Undo: park card “{title}”"
    window.sessions.close()
    assert _in_file(demo_path) == (active, False)


def test_the_menu_names_the_change_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path, settings: Settings
) -> None:
    path = write_demo(tmp_path / "démo.atelier", "en")  # the session's language is not the UI's
    window.sessions.open(path)
    session = window.controller.require()
    french = WindowActions(window, settings, "fr")
    french.show_history(session)
    title = session.content.deck.card(_parked_card(session)).title.fr
    assert french.undo.text().endswith(f"mettre en attente «\u00a0{title}\u00a0»")
    french.show_history(None)
    assert not french.undo.isEnabled() and not french.redo.isEnabled()


# -- the real window: X events, xcb platform, a process of its own ------------------------------


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A private X server; the test is skipped where Xvfb or xdotool is missing."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed to drive a real window")
    number = 90 + os.getpid() % 400
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 30
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def test_ctrl_z_in_the_real_window_undoes_in_the_file(tmp_path: Path, display: str) -> None:
    demo = write_demo(tmp_path / "demo.atelier", "en")
    active, _ = _in_file(demo)
    home = tmp_path / "home"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    app = subprocess.Popen(
        [sys.executable, "main.py", str(demo)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "demo").split()[0]
        _xdotool(env, "windowfocus", "--sync", window)
        _xdotool(env, "key", "ctrl+z")
        _xdotool(env, "key", "ctrl+q")  # a clean quit, after the undo in the same event queue
        _, errors = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, errors[-2000:]
    assert _in_file(demo) == (active - 1, True)
