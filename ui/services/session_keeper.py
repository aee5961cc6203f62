"""Opening, creating and closing sessions, with the bookkeeping around them: the recent list, and
the "open_session" setting that tells the next start-up whether this run ended cleanly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.dialogs.error_dialog import show_error
from ui.services.controller import SessionController
from ui.services.timer import CardTimer
from workshop.commands import CommandError, SetAgenda, SetParticipants
from workshop.errors import SessionFileError
from workshop.local.settings import Settings, default_session_dir
from workshop.text import Language

if TYPE_CHECKING:
    from ui.dialogs.session_dialog import NewSession

translate = QCoreApplication.translate  # under this name, pyside6-lupdate finds the strings


class SessionKeeper:
    def __init__(
        self, controller: SessionController, timer: CardTimer, settings: Settings, window: QWidget
    ) -> None:
        self._controller = controller
        self._timer = timer
        self._settings = settings
        self._window = window
        self._leaving: list[Callable[[], None]] = []

    def on_leaving(self, keep: Callable[[], None]) -> None:
        """`keep` is called before the open session is closed or replaced: what is still only on
        screen (the decision being typed) is saved while its session is open."""
        self._leaving.append(keep)

    def _leave(self) -> None:
        self._timer.pause()  # the card being left keeps its time
        for keep in self._leaving:
            keep()

    def open(self, path: Path) -> bool:
        """Open a session file; a corrupt, locked or newer file is explained, nothing lost."""
        self._leave()
        try:
            self._controller.open(Path(path))
        except SessionFileError as exc:
            show_error(self._window, exc)
            return False
        self._opened(Path(path))
        return True

    def create(self, new: NewSession) -> bool:
        """Create the session, then its participants and agenda as its first commands."""
        self._leave()
        try:
            self._controller.create(new.path, new.info)
        except (CommandError, SessionFileError) as exc:
            show_error(self._window, exc)
            return False
        self._opened(new.path)
        try:
            if new.participants:
                self._controller.execute(SetParticipants(new.participants), "")
            self._controller.execute(SetAgenda(new.agenda), "")
        except (SessionFileError, CommandError) as exc:
            show_error(self._window, exc)
        # Setting up is not an edit to take back: undo starts from the ready session.
        self._controller.undo_stack.clear()
        agenda = self._controller.require().state.agenda
        if agenda:
            self._controller.set_current_card(agenda[0].card_id)
        return True

    def open_demo(self, language: Language) -> bool:
        """Write a fresh copy of the sample workshop next to the user's sessions and open it."""
        from ui.dialogs.session_dialog import session_path
        from workshop.demo import write_demo

        name = translate("SessionKeeper", "Sample workshop")
        path = session_path(default_session_dir(), name, date.today().isoformat())
        heading = translate("SessionKeeper", "The sample workshop could not be created")
        try:
            write_demo(path, language)
        except SessionFileError as exc:
            show_error(self._window, exc, heading)
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            error = SessionFileError(
                f"{path.parent}: {reason}", fr=f"{path.parent}\u00a0: {reason}"
            )
            show_error(self._window, error, heading)
            return False
        return self.open(path)

    def close(self) -> None:
        """A clean close: time and draft saved, file unlocked, and no recovery offer next time
        for this session; a copy of the app that had none open (refused on a session another
        copy holds) leaves that copy's recovery note alone."""
        session = self._controller.session
        if session is None:
            return
        self._leave()
        note = self._settings.get("open_session")
        self._controller.close()
        if note == str(session.path.resolve()):
            self._settings.set("open_session", "")

    def _opened(self, path: Path) -> None:
        self._settings.session_opened(path)
