"""Settings: declared once with types and defaults; a broken file never stops the app."""

import json
import os
from pathlib import Path

import pytest

from workshop.local.settings import MAX_RECENT, SETTINGS, Settings


def test_defaults_types_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings(path)
    assert settings.get("presenter_screen") == SETTINGS["presenter_screen"].default
    settings.set("presenter_font_scale", 1.5)
    settings.set("ui_language", "fr")
    assert Settings(path).get("presenter_font_scale") == 1.5
    assert Settings(path).get("ui_language") == "fr"
    with pytest.raises(TypeError):
        settings.set("presenter_screen", "second")


def test_a_corrupt_or_mistyped_file_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert Settings(path).get("theme") == "auto"
    path.write_text('{"presenter_screen": "two", "presenter_font_scale": 2}')
    assert Settings(path).get("presenter_screen") == -1
    assert Settings(path).get("presenter_font_scale") == 2.0


def test_recent_sessions_are_unique_newest_first_and_bounded(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    for index in range(MAX_RECENT + 3):
        settings.session_opened(tmp_path / f"s{index}.atelier")
    settings.session_opened(tmp_path / "s5.atelier")
    recent = settings.recent_sessions()
    assert len(recent) == MAX_RECENT
    assert recent[0].name == "s5.atelier"
    assert len({p.name for p in recent}) == MAX_RECENT


def test_opening_a_session_lists_it_and_marks_it_open_in_one_write(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.session_opened(tmp_path / "a.atelier")
    first_write = path.stat().st_mtime_ns, path.read_text()
    reread = Settings(path)
    assert reread.get("open_session") == str((tmp_path / "a.atelier").resolve())
    assert reread.recent_sessions() == [(tmp_path / "a.atelier").resolve()]
    with pytest.raises(TypeError):
        settings.update({"theme": "dark", "presenter_screen": "two"})
    assert (path.stat().st_mtime_ns, path.read_text()) == first_write  # nothing half-applied
    assert settings.get("theme") == "auto"


def test_a_pipe_a_huge_or_a_deeply_nested_settings_file_reads_as_defaults(tmp_path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)  # no writer: reading it would wait forever
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({"theme": "dark", "padding": "x" * 2_000_000}))
    for path in (pipe, nested, huge):
        assert Settings(path).get("theme") == "auto"
