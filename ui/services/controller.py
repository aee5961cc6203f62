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
from workshop.room import reopening_card
from workshop.session import Session


class SessionController(QObject):
    changed = Signal(object)  # the Changes a command, an undo, a redo or an export made
    sessionChanged = Signal()  # a session was opened or closed; currentCardChanged follows
    currentCardChanged = Signal(str)
    # what is put to the room beyond the card: UI state, like the current card (see below)
    roomPromptChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._current_card = ""
        self._awareness_question = ""
        self._proposed: dict[str, str] = {}  # card id → the option put to the vote

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

    def create(self, path: Path, info: SessionInfo, content: Content | None = None) -> None:
        self._adopt(Session.create(path, info, content))

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
        self._session = None
        self._current_card = ""
        self._awareness_question = ""
        self._proposed.clear()
        self.sessionChanged.emit()
        self.currentCardChanged.emit("")

    def _adopt(self, session: Session) -> None:
        if self._session is not None:
            self._session.close()
        self._session = session
        session.subscribe(self.changed.emit)
        self._current_card = reopening_card(session.state)
        self._awareness_question = ""
        self._proposed.clear()
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

    # -- what the room is asked (UI state: after a crash the facilitator simply asks again) ---

    @property
    def awareness_question(self) -> str:
        """The awareness question being put to the room ("" when none): the projector shows it
        instead of the card while the warm-up dialog is open."""
        return self._awareness_question

    def set_awareness_question(self, question_id: str) -> None:
        if question_id != self._awareness_question:
            self._awareness_question = question_id
            self.roomPromptChanged.emit()

    def proposed_option(self, card_id: str) -> str | None:
        """The option selected in the decision form of `card_id`: the one the group votes on."""
        return self._proposed.get(card_id)

    def set_proposed_option(self, card_id: str, option_id: str | None) -> None:
        if self._proposed.get(card_id) == option_id:
            return
        if option_id is None:
            self._proposed.pop(card_id, None)
        else:
            self._proposed[card_id] = option_id
        self.roomPromptChanged.emit()
