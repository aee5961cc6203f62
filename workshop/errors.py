"""Errors about session files, each with a message a facilitator can act on."""


class SessionFileError(Exception):
    """A session file cannot be opened or written; the message says why and what to do."""


class NotASessionError(SessionFileError):
    """The file is not an Atelier session, or it is damaged; it is left exactly as it was."""


class NewerVersionError(SessionFileError):
    """Written by a newer Atelier: opening it here could lose what that version added."""


class SessionLockedError(SessionFileError):
    """Another Atelier window or process has the session open."""


class SessionSaveError(SessionFileError):
    """A change could not be saved (full disk, read-only folder…); the session is as it was."""
