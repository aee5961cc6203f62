"""Presenter fixtures: a controller on the small test content, and tests run on virtual screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ui.services.controller import SessionController
from workshop.commands import SetAgenda
from workshop.content import Content
from workshop.model import AgendaItem, SessionInfo
from workshop.session import Session


@pytest.fixture
def controller(
    qapp, tmp_path: Path, small_content: Content, info: SessionInfo
) -> Iterator[SessionController]:
    """A session on the small test deck, both cards on the agenda, no card selected yet."""
    path = tmp_path / "ui.atelier"
    Session.create(path, info, small_content).close()
    opened = SessionController()
    opened.open(path, small_content)
    agenda = (AgendaItem("journalist", 10), AgendaItem("training-card", 5))
    opened.execute(SetAgenda(agenda))
    yield opened
    opened.close()


ROOT = Path(__file__).resolve().parents[3]
ON_SCREENS = "ATELIER_TEST_ON_SCREENS"  # set in the process that has the virtual screens
Screen = tuple[str, int, int]  # name, width, height: laid out left to right


@pytest.fixture
def on_screens(tmp_path: Path) -> Callable[[list[Screen], str], None]:
    """Run the test `name` of the calling file in a fresh process whose offscreen platform has
    these screens (fixed once Qt has started, hence the process); it must pass."""

    def run(screens: list[Screen], test: str) -> None:
        config = tmp_path / "screens.json"
        dpi = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        lefts = [sum(width for _n, width, _h in screens[:i]) for i in range(len(screens))]
        entries = [
            {"name": name, "x": x, "y": 0, "width": width, "height": height, **dpi}
            for (name, width, height), x in zip(screens, lefts, strict=True)
        ]
        config.write_text(json.dumps({"screens": entries}))
        env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", ON_SCREENS: "1"}
        path, name = test.split("::")
        inner = [path, "-k", name, "-q", "-p", "no:cacheprovider"]
        result = subprocess.run(
            [sys.executable, "-m", "pytest", *inner],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "1 passed" in result.stdout, result.stdout

    return run
