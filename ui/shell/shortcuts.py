"""Keyboard shortcuts by name, so the console and the presenter agree on every key.

Platform conventions come first (QKeySequence.StandardKey); the generic platform leaves some of
them empty (Quit, Preferences) or without the binding people expect (Ctrl+Shift+Z for Redo), so
each name carries fallbacks that are added when the platform does not already have them.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

_Std = QKeySequence.StandardKey

# name → (platform's standard key or None, fallbacks always offered alongside it)
_KEYS: dict[str, tuple[QKeySequence.StandardKey | None, tuple[str, ...]]] = {
    "new": (_Std.New, ("Ctrl+N",)),
    "open": (_Std.Open, ("Ctrl+O",)),
    "close_session": (_Std.Close, ("Ctrl+W",)),
    "quit": (_Std.Quit, ("Ctrl+Q",)),
    "undo": (_Std.Undo, ("Ctrl+Z",)),
    "redo": (_Std.Redo, ("Ctrl+Y", "Ctrl+Shift+Z")),
    "preferences": (_Std.Preferences, ("Ctrl+,",)),
    "export": (None, ("Ctrl+E",)),
    "present": (None, ("F5",)),
    "next_card": (None, ("PgDown",)),
    "previous_card": (None, ("PgUp",)),
    "blank": (None, ("B", ".")),
    "start_timer": (None, ("Ctrl+T",)),
    "reveal_inject": (None, ("Ctrl+I",)),
    "record_decision": (None, ("Ctrl+Return", "Ctrl+Enter")),
    "park_card": (None, ("Ctrl+Shift+P",)),
    "deck_library": (None, ("Ctrl+L",)),
    "new_card": (None, ("Ctrl+Shift+N",)),
}

NAMES: tuple[str, ...] = tuple(_KEYS)


def keys(name: str) -> list[QKeySequence]:
    """Every binding for `name`, the platform's first: for QAction.setShortcuts."""
    standard, fallbacks = _KEYS[name]
    bindings = list(QKeySequence.keyBindings(standard)) if standard is not None else []
    for text in fallbacks:
        sequence = QKeySequence(text)
        if sequence not in bindings:
            bindings.append(sequence)
    return bindings


def key(name: str) -> QKeySequence:
    """The main binding for `name`: never empty, whatever the platform."""
    return keys(name)[0]


def bind(button: QAbstractButton, name: str) -> None:
    """Give a button the shortcut `name`, shown in its tooltip so the keys can be learnt."""
    button.setShortcut(key(name))
    shown = key(name).toString(QKeySequence.SequenceFormat.NativeText)
    tip = button.toolTip() or button.accessibleName() or button.text().replace("&", "")
    button.setToolTip(f"{tip} ({shown})")
