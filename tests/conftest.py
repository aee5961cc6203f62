"""Shared fixtures: a small content set of our own, so domain tests do not hang on the deck."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from workshop.content import Content, load_awareness
from workshop.deck import load_deck
from workshop.model import SessionInfo
from workshop.session import Session
from workshop.template import load_template

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_user_dirs() -> Path:
    """Point every user folder (settings, caches, data) into a throwaway folder, before any test
    runs and for every child process: the suite never touches the real profile."""
    root = Path(tempfile.mkdtemp(prefix="atelier-tests-"))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = root / name.lower()
        folder.mkdir()
        os.environ[name] = str(folder)
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


_private_user_dirs()

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests check behaviour, never speed: on a shared, busy CI machine a slow example or a
# slow draw must not fail the build (speed is measured by benchmarks/, not by tests). Examples
# that write into tmp_path overwrite the same files, so sharing the fixture between them is fine.
settings.register_profile(
    "atelier",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("atelier")


@pytest.fixture(scope="session")
def small_content() -> Content:
    return Content(
        load_deck(FIXTURES / "deck.toml"),
        load_template(FIXTURES / "template.toml"),
        load_awareness(FIXTURES / "awareness.toml"),
    )


@pytest.fixture
def info() -> SessionInfo:
    return SessionInfo(
        organisation="Maison Test",
        facilitator="Ana Facilitatrice",
        date="2026-11-23",
        language="fr",
        contact="l'équipe communication (com@test.fr)",
        review_month=3,
    )


@pytest.fixture
def session(tmp_path: Path, small_content: Content, info: SessionInfo) -> Iterator[Session]:
    opened = Session.create(tmp_path / "test.atelier", info, small_content)
    yield opened
    opened.close()
