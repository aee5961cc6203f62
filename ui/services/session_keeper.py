"""Opening, creating and closing sessions, with the bookkeeping around them: the recent list, and
the "open_session" setting that tells the next start-up whether this run ended cleanly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs.error_dialog import Recovery, show_error
from ui.i18n.language import interface_language
from ui.services.controller import SessionController
from ui.services.timer import CardTimer
from workshop.commands import CommandError, StartSession
from workshop.errors import SessionFileError, SessionLockedError
from workshop.local.settings import Settings, default_session_dir
from workshop.storage import BACKUPS, backup_path, backups
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

    def open(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a session file; a corrupt, locked or newer file is explained, nothing lost, and
        a damaged one can be restored from its backup or recovered up to the damage."""
        self._leave()  # the card being left keeps its time, the form being typed its draft
        path = Path(path)
        try:
            self._controller.open(path, read_only=read_only)
        except SessionFileError as exc:
            kept = backups(path)
            return self._recover(path, show_error(self._window, exc, backup=next(iter(kept), None)))
        self._opened(path)
        notice = self._controller.require().notice
        if notice is not None:  # an older file took this version's content: said once
            title = translate("ErrorDialog", "Atelier")
            QMessageBox.information(self._window, title, notice.get(interface_language()))
        if self._controller.require().read_only:
            QMessageBox.information(
                self._window,
                translate("SessionKeeper", "Opened read-only"),
                translate(
                    "SessionKeeper",
                    "This session can be shown and exported, but changes cannot be saved here "
                    "(a read-only file or folder, or one that cannot lock files).",
                ),
            )
        return True

    def _recover(self, path: Path, choice: Recovery) -> bool:
        """Carry out what the facilitator chose after a refused opening, then open the result;
        the damaged file itself is never deleted."""
        try:
            if choice is Recovery.RESTORE:
                self._restore_newest_good(path)
            elif choice is Recovery.RECOVER:
                from workshop.recovery import recover_until_damage  # only after damage

                path = recover_until_damage(path)[0]
            elif choice is Recovery.NONE:
                return False
        except SessionFileError as exc:
            show_error(self._window, exc)
            return False
        return self.open(path, read_only=choice is Recovery.READ_ONLY)

    def create(self, new: NewSession) -> bool:
        """Create the session, then its participants and agenda as its first commands."""
        self._leave()
        try:
            self._controller.create(new.path, new.info, new.content())
        except (CommandError, SessionFileError) as exc:
            show_error(self._window, exc)
            return False
        self._opened(new.path)
        try:  # setting up is where the session starts, not an edit for Undo to take back
            self._controller.execute(StartSession(new.participants, new.agenda))
        except (SessionFileError, CommandError) as exc:
            show_error(self._window, exc)
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

    @staticmethod
    def _restore_newest_good(path: Path) -> None:
        """Restore the newest backup that opens cleanly; if none does, say why the oldest
        did not. A session open elsewhere stops at once."""
        from workshop.recovery import restore_backup  # only after damage

        failure: SessionFileError | None = None
        for generation in range(1, BACKUPS + 1):
            if not backup_path(path, generation).is_file():
                continue
            try:
                restore_backup(path, generation)
                return
            except SessionLockedError:
                raise
            except SessionFileError as exc:
                failure = exc
        if failure is not None:
            raise failure

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
