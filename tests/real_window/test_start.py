"""Atelier starts in a real window on a real X server: every library Qt's xcb plugin loads is
installed (a bare Debian machine lacking one aborts with "could not load the Qt platform
plugin xcb")."""

from __future__ import annotations

from tests.real_window.xserver import atelier, require_tools, wait_for_window, xvfb


def test_the_console_opens_in_a_real_window() -> None:
    require_tools("xdotool", "xwininfo")
    with xvfb() as env, atelier(env) as app:
        window = wait_for_window(env, "Atelier")
        assert app.poll() is None, app.stdout.read() if app.stdout else ""
        assert window.startswith("0x")
