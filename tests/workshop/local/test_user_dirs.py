"""The suite runs on a throwaway profile: the real settings and caches are never written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workshop.local.content_cache import cache_dir
from workshop.local.settings import config_dir


def _in_throwaway_profile(path: Path) -> bool:
    temp = Path(tempfile.gettempdir()).resolve()
    relative = path.resolve().relative_to(temp)  # raises if outside the temporary folder
    return relative.parts[0].startswith("atelier-tests-")


def test_settings_and_caches_live_in_the_suites_own_folder() -> None:
    assert _in_throwaway_profile(config_dir())
    assert _in_throwaway_profile(cache_dir())
    assert not config_dir().resolve().is_relative_to(Path.home().resolve() / ".config")


def test_child_processes_inherit_the_throwaway_profile() -> None:
    assert _in_throwaway_profile(Path(os.environ["XDG_CACHE_HOME"]))
