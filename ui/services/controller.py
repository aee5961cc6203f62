"""The UI's one door to the domain: widgets ask for commands here, and one signal says what
changed.

The session commits each command before the state changes, and undo is the session's own
history (kept in its file), so Edit › Undo works the same after reopening or a crash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workshop.changes import Changes
from workshop.commands import Command
from workshop.content import Content
from workshop.model import SessionInfo
from workshop.session import Session


class SessionController(QObject):
    changed = Signal(object)  # the Changes a command, an undo, a redo or an export made
    sessionChanged = Signal()  # a session was opened or closed; currentCardChanged follows
    currentCardChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._current_card = ""

    @property
    def session(self) -> Session | None:
        return self._session

    def require(self) -> Session:
        if self._session is None:
            raise RuntimeError("no session is open")
        return self._session

    # -- opening and closing ----------------------------------------------------------------

    def open(self, path: Path, content: Content | None = None, *, read_only: bool = False) -> None:
        """Open a session (on the built-in content unless told otherwise); SessionFileError
        (corrupt, locked, newer) propagates to the caller."""
        self._adopt(Session.open(path, content, read_only=read_only))

    def create(self, path: Path, info: SessionInfo) -> None:
        self._adopt(Session.create(path, info))

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
        self._session = None
        self._current_card = ""
        self.sessionChanged.emit()
        self.currentCardChanged.emit("")

    def _adopt(self, session: Session) -> None:
        if self._session is not None:
            self._session.close()
        self._session = session
        session.subscribe(self.changed.emit)
        agenda = session.state.agenda
        self._current_card = agenda[0].card_id if agenda else ""
        self.sessionChanged.emit()
        self.currentCardChanged.emit(self._current_card)

    # -- the one path that changes state ----------------------------------------------------

    def execute(self, command: Command) -> Changes:
        """Run a command; CommandError and SessionSaveError propagate with nothing changed."""
        return self.require().execute(command)

    def undo(self) -> Changes:
        return self.require().undo()

    def redo(self) -> Changes:
        return self.require().redo()

    # -- navigation (not session state: moving between cards is not an edit) -----------------

    @property
    def current_card_id(self) -> str:
        return self._current_card

    def set_current_card(self, card_id: str) -> None:
        if card_id != self._current_card:
            self._current_card = card_id
            self.currentCardChanged.emit(card_id)

    def step_card(self, offset: int) -> None:
        """Next (+1) or previous (-1) card on the agenda, as PgDn / PgUp and clickers do."""
        ids = [item.card_id for item in self.require().state.agenda]
        if not ids:
            return
        index = ids.index(self._current_card) if self._current_card in ids else -1
        self.set_current_card(ids[max(0, min(len(ids) - 1, index + offset))])
