"""Shared fixtures: a small content set of our own, so domain tests do not hang on the deck."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from exports.formats import FORMATS, ExportFormat
from workshop.content import Content, load_awareness
from workshop.deck import load_deck
from workshop.model import SessionInfo
from workshop.session import Session
from workshop.template import load_template
from workshop.text import Bilingual

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


@pytest.fixture
def own_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user data folder of the test's own: its decks are the only user decks there are."""
    data = tmp_path / "profile"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


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


PLAIN_TEXT_WRITER = '''
from pathlib import Path


def write_text(document, path):
    """The clauses as plain text, one a line: a real writer, as small as one can be."""
    lines = [document.organisation, document.title]
    for section in document.sections:
        lines += [f"{clause.number} {clause.text()}" for clause in section.clauses]
    Path(path).write_text("\\n".join(lines), encoding="utf-8")


def warm():
    global WARMED
    WARMED = True
'''


@pytest.fixture
def plain_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ExportFormat]:
    """A plain-text format registered for one test, its writer in a module of its own."""
    modules = tmp_path / "plugins"
    modules.mkdir()
    (modules / "atelier_plain_text.py").write_text(textwrap.dedent(PLAIN_TEXT_WRITER))
    monkeypatch.syspath_prepend(str(modules))
    fmt = ExportFormat(
        key="txt",
        name="Text",
        label=Bilingual(en="Plain text, for a quick look", fr="Texte brut, pour un coup d’œil"),
        suffix=".txt",
        media_type="text/plain",
        writer="atelier_plain_text:write_text",
        warm_up=("atelier_plain_text:warm",),
    )
    monkeypatch.setitem(FORMATS, fmt.key, fmt)
    yield fmt
    sys.modules.pop("atelier_plain_text", None)
