"""The commands in effect, in the session file's order, with the state after every
CHECKPOINT_EVERY of them kept in memory: undo and redo replay at most that many commands (plus
the bookkeeping stored after the one they move), not the whole log of a long session.

Undo takes back the latest undoable command; only bookkeeping (time used, exports), which
applies the same whatever undo or redo moved, can follow it. Redo puts back the command undone
last at its place in the log. So either changes the log near its end, and every checkpoint
before that place still holds.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from workshop.commands import Command
from workshop.model import SessionState

CHECKPOINT_EVERY = 100


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int  # its place in the session file's command log
    command: Command


def _seq(entry: Entry) -> int:
    return entry.seq


class ReplayError(Exception):
    """A stored command that no longer applies; `entry` says which."""

    def __init__(self, entry: Entry, cause: Exception) -> None:
        super().__init__(str(cause))
        self.entry = entry
        self.cause = cause


class History:
    def __init__(self, initial: SessionState, entries: Iterable[Entry]) -> None:
        """Replay `entries` (in effect, in log order) from `initial`, keeping checkpoints. The
        content each command applies to is the state's own, as the commands before it left it."""
        self._entries = list(entries)
        self._checkpoints: dict[int, SessionState] = {0: initial}  # k → state after k entries
        self._redo: list[Entry] = []  # undone in this run, the next to redo last
        self.state = self._replay_from(0)

    # -- reading -----------------------------------------------------------------------------

    def undo_position(self) -> int | None:
        """Where the command Undo takes back stands among the entries, if any."""
        for index in range(len(self._entries) - 1, -1, -1):
            if self._entries[index].command.undoable:
                return index
        return None

    def entry(self, index: int) -> Entry:
        return self._entries[index]

    def next_redo(self) -> Entry | None:
        """The command Redo brings back, when it was undone in this run."""
        return self._redo[-1] if self._redo else None

    def has_command(self, seq: int) -> bool:
        index = bisect_left(self._entries, seq, key=_seq)
        return index < len(self._entries) and self._entries[index].seq == seq

    def state_before(self, index: int) -> SessionState:
        """The state after the first `index` entries: what the entry at `index` applied to.
        A fresh copy the caller may change."""
        start = max(k for k in self._checkpoints if k <= index)
        state = self._checkpoints[start].copy()
        for entry in self._entries[start:index]:
            self._apply(entry, state)
        return state

    def insertion_point(self, entry: Entry) -> int:
        return bisect_left(self._entries, entry.seq, key=_seq)

    # -- changing ----------------------------------------------------------------------------

    def add(self, entry: Entry, state: SessionState) -> None:
        """A command just executed and saved, and the state it made (never changed after)."""
        self._entries.append(entry)
        if entry.command.undoable:
            self._redo.clear()  # the session file drops what was undone, as any editor does
        if len(self._entries) % CHECKPOINT_EVERY == 0:
            self._checkpoints[len(self._entries)] = state
        self.state = state

    def undo(self) -> Entry:
        """Take back the latest undoable command (the session file has marked it undone)."""
        index = self.undo_position()
        if index is None:
            raise IndexError("nothing to undo")
        entry = self._entries.pop(index)
        self._forget_after(index)
        self.state = self._replay_from(index)
        self._redo.append(entry)
        return entry

    def redo(self, entry: Entry) -> None:
        """Put `entry` back at its place (the session file has marked it done again); the
        state is checked first, so a command that no longer applies changes nothing here."""
        index = self.insertion_point(entry)
        self._entries.insert(index, entry)
        self._forget_after(index)
        try:
            self.state = self._replay_from(index)
        except ReplayError:
            del self._entries[index]
            self._forget_after(index)
            raise
        if self._redo and self._redo[-1] == entry:
            self._redo.pop()

    # -- internals ---------------------------------------------------------------------------

    def _apply(self, entry: Entry, state: SessionState) -> None:
        try:
            entry.command.apply(state, state.content)
        except (ValueError, TypeError, KeyError) as exc:  # CommandError is a ValueError
            raise ReplayError(entry, exc) from exc

    def _forget_after(self, index: int) -> None:
        for k in [k for k in self._checkpoints if k > index]:
            del self._checkpoints[k]

    def _replay_from(self, index: int) -> SessionState:
        """The state after every entry, replayed from the checkpoint at or before `index`,
        keeping new checkpoints on the way."""
        state = self.state_before(index)
        for position in range(index, len(self._entries)):
            self._apply(self._entries[position], state)
            if (position + 1) % CHECKPOINT_EVERY == 0:
                self._checkpoints[position + 1] = state.copy()
        return state
