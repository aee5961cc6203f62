"""User settings, declared once with their types and defaults, stored as JSON in the user's
config folder (platformdirs) and written atomically.

A value missing from the file, or of the wrong type, reads as its default: a hand-edited or
half-written settings file never stops the app from starting.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from workshop.local.atomic import write_atomically

APP_NAME = "Atelier"
MAX_RECENT = 8
MAX_BYTES = 1_000_000  # a settings file is a few hundred bytes


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    kind: type
    default: Any
    doc: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("ui_language", str, "", "Interface language (fr, en); empty: the system's"),
        Setting("recent_sessions", list, [], "Most recently opened session files, newest first"),
        Setting("open_session", str, "", "Session open when the app last ran; set until closed"),
        Setting("presenter_screen", int, -1, "Screen index for the presenter window; -1: auto"),
        Setting("presenter_font_scale", float, 1.0, "Extra scaling of presenter text"),
        Setting("export_folder", str, "", "Folder of the last export"),
        Setting(
            "export_formats", list, [], "Formats chosen for the last export (none: the defaults)"
        ),
        Setting("theme", str, "auto", "Colour scheme: auto, light or dark"),
    )
}


def user_dirs() -> ModuleType:
    """platformdirs, imported on first use: it costs ~30 ms of start-up otherwise."""
    import platformdirs

    return platformdirs


def config_dir() -> Path:
    return Path(user_dirs().user_config_dir(APP_NAME, appauthor=False))


def default_session_dir() -> Path:
    """New sessions go to the user's documents folder, where people look for their files; a
    computer without one (a fresh Linux account) gets the home folder, which always exists."""
    documents = Path(user_dirs().user_documents_dir())
    return documents if documents.is_dir() else Path.home()


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        # Only a regular file of a sensible size is read: a pipe or a device there would hang
        # the start-up, and a deeply nested file would recurse out of stack.
        with contextlib.suppress(OSError, ValueError, RecursionError):
            if self.path.is_file() and self.path.stat().st_size <= MAX_BYTES:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._values = loaded

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        value = self._values.get(name, setting.default)
        if setting.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, setting.kind) or isinstance(value, bool) != (setting.kind is bool):
            return setting.default
        return value

    def set(self, name: str, value: Any) -> None:
        self.update({name: value})

    def update(self, values: dict[str, Any]) -> None:
        """Change several settings with one write to disk."""
        for name, value in values.items():
            setting = SETTINGS[name]
            if not isinstance(value, setting.kind):
                raise TypeError(f"setting {name!r} takes {setting.kind.__name__}")
        self._values.update(values)
        self._save()

    def recent_sessions(self) -> list[Path]:
        return [Path(p) for p in self.get("recent_sessions") if isinstance(p, str)]

    def session_opened(self, path: Path) -> None:
        """`path` goes first in the recent list and is marked open until closed cleanly, in one
        write: the marker is what offers recovery after a crash."""
        self.update({**self._recent_first(path), "open_session": str(Path(path).resolve())})

    def _recent_first(self, path: Path) -> dict[str, Any]:
        entry = str(Path(path).resolve())
        recent = [p for p in self.get("recent_sessions") if p != entry]
        return {"recent_sessions": [entry, *recent][:MAX_RECENT]}

    def _save(self) -> None:
        """Settings are a convenience: a read-only or full disk must not interrupt a workshop."""
        data = json.dumps(self._values, ensure_ascii=False, indent=2).encode()
        with contextlib.suppress(OSError):
            write_atomically(self.path, data)
