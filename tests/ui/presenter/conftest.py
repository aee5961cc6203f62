"""Presenter fixtures: a controller on the small test content."""

from __future__ import annotations

from collections.abc import Iterator
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
