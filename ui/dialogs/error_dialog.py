"""Clear dialogs for what can go wrong with a session, each saying that nothing was lost.

The domain's messages say what happened (which file, who holds the lock); the heading and the
advice here say what it means for the facilitator and what to do next.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui.i18n.language import interface_language
from ui.services.controller import SessionController
from workshop.commands import Command, CommandError
from workshop.errors import (
    AtelierError,
    DamagedSessionError,
    LockUnsupportedError,
    NewerVersionError,
    NotASessionError,
    SessionFileError,
    SessionLockedError,
    SessionSaveError,
)

translate = QCoreApplication.translate  # under this name, pyside6-lupdate finds the strings


class Recovery(Enum):
    """What the facilitator chose to do about a session that would not open."""

    NONE = "none"
    RESTORE = "restore"  # put the newest backup back in its place
    RECOVER = "recover"  # copy the changes before the first damaged one
    READ_ONLY = "read-only"  # open it without writing (a folder that cannot lock files)


def _explain(error: Exception) -> tuple[str, str]:
    """(heading, advice) for an error, most specific kind first."""
    if isinstance(error, LockUnsupportedError):
        return (
            translate("ErrorDialog", "This folder cannot lock the session"),
            translate(
                "ErrorDialog",
                "The file was not changed. You can open it read-only, or copy it to a local "
                "folder and open the copy.",
            ),
        )
    if isinstance(error, SessionLockedError):
        return (
            translate("ErrorDialog", "This session is already open elsewhere"),
            translate(
                "ErrorDialog",
                "Only one window can run a session at a time. The file was not changed.",
            ),
        )
    if isinstance(error, NewerVersionError):
        return (
            translate("ErrorDialog", "This session was saved by a newer version of Atelier"),
            translate(
                "ErrorDialog", "Update Atelier to open it. The file was left exactly as it was."
            ),
        )
    if isinstance(error, NotASessionError):
        return (
            translate("ErrorDialog", "This file cannot be opened as a session"),
            translate(
                "ErrorDialog",
                "It may be damaged or not an Atelier session. It was left untouched; if it was "
                "a session, a backup copy (.bak) sits next to it.",
            ),
        )
    if isinstance(error, SessionSaveError):
        return (
            translate("ErrorDialog", "Your last change could not be saved"),
            translate(
                "ErrorDialog",
                "The session is as it was before that change; everything earlier is safe. "
                "Free some disk space or check the folder, then try again.",
            ),
        )
    if isinstance(error, SessionFileError):
        return (
            translate("ErrorDialog", "The session file cannot be used"),
            translate("ErrorDialog", "Nothing was changed."),
        )
    if isinstance(error, CommandError):
        return (
            translate("ErrorDialog", "That change cannot be made"),
            translate("ErrorDialog", "The session was not changed."),
        )
    return (
        translate("ErrorDialog", "Something went wrong"),
        translate("ErrorDialog", "The session itself was not changed."),
    )


def show_error(
    parent: QWidget | None, error: Exception, heading: str = "", *, backup: Path | None = None
) -> Recovery:
    """A modal warning: the heading, the domain's own message in the interface language, and
    what to do next — with the ways back a session that would not open has: its `backup`
    (when one exists), the changes before the first damaged one, or opening it read-only."""
    default_heading, advice = _explain(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "Atelier"))
    box.setText(heading or default_heading)
    message = error.text(interface_language()) if isinstance(error, AtelierError) else str(error)
    box.setInformativeText(f"{message}\n\n{advice}")
    box.setAccessibleName(heading or default_heading)
    choices: dict[QAbstractButton, Recovery] = {}
    if isinstance(error, NotASessionError) and not isinstance(error, NewerVersionError):
        if backup is not None:
            text = translate("ErrorDialog", "Restore from backup")
            choices[box.addButton(text, QMessageBox.ButtonRole.AcceptRole)] = Recovery.RESTORE
        if isinstance(error, DamagedSessionError) and error.first_damaged is not None:
            text = translate("ErrorDialog", "Recover the changes before the damage")
            choices[box.addButton(text, QMessageBox.ButtonRole.AcceptRole)] = Recovery.RECOVER
    if isinstance(error, LockUnsupportedError):
        text = translate("ErrorDialog", "Open read-only")
        choices[box.addButton(text, QMessageBox.ButtonRole.AcceptRole)] = Recovery.READ_ONLY
    if choices:
        box.addButton(translate("ErrorDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return choices.get(box.clickedButton(), Recovery.NONE)


def execute_or_report(parent: QWidget, controller: SessionController, command: Command) -> bool:
    """Run a command through the controller; say why when it cannot be made or saved."""
    try:
        controller.execute(command)
    except (CommandError, SessionFileError) as exc:
        show_error(parent, exc)
        return False
    return True
