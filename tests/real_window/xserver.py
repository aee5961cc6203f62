"""A real X server (Xvfb) for tests that start Atelier as a person would: its own process, Qt's
xcb platform plugin, keys typed through XTEST. On CI the server must be there (.ci/run installs
it), so a missing library fails the build instead of skipping; elsewhere such tests skip."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def require_tools(*tools: str) -> None:
    missing = [tool for tool in ("Xvfb", *tools) if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed here; CI installs and runs this")


def _free_display() -> int:
    for number in range(90, 190):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
            f"/tmp/.X{number}-lock"
        ).exists():
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb(width: int = 1366, height: int = 768) -> Iterator[dict[str, str]]:
    """An X server for the duration; yields the environment a child app should run with."""
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def _viewable(env: dict[str, str], window: str) -> bool:
    info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True, text=True)
    return "IsViewable" in info.stdout


def _named(env: dict[str, str], name: str) -> list[str]:
    """Top-level windows whose title contains `name` (xdotool's name search misses Qt's main
    window, whose title it reads differently), from X's own window tree."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True
    ).stdout
    return re.findall(rf'^\s+(0x[0-9a-f]+) "[^"]*{re.escape(name)}[^"]*"', tree, re.MULTILINE)


def wait_for_window(env: dict[str, str], name: str, timeout: float = 30) -> str:
    """The id of the first mapped top-level window whose title contains `name`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        viewable = [window for window in _named(env, name) if _viewable(env, window)]
        if viewable:
            return viewable[0]
        time.sleep(0.2)
    raise AssertionError(f"no window named {name!r} was shown within {timeout} s")


@contextmanager
def atelier(env: dict[str, str], *args: str) -> Iterator[subprocess.Popen[str]]:
    """Atelier started as the README says (main.py in this environment), ended afterwards."""
    import sys

    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield app
    finally:
        if app.poll() is None:
            app.terminate()
        app.wait(timeout=20)
