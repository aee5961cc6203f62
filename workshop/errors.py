"""Errors a person reads, each with a message a facilitator can act on, in French and English.

The domain cannot know the interface language (it never imports the UI), so every error carries
both wordings and the caller — the console, the CLI — picks one with `text(language)`.
`str(error)` is the English wording, for logs and tracebacks.
"""

from __future__ import annotations

from workshop.text import Bilingual, Language


class AtelierError(Exception):
    """An error whose message is written for the facilitator, in both languages."""

    def __init__(self, en: str, *, fr: str = "") -> None:
        super().__init__(en)
        self.message = Bilingual(fr=fr, en=en)

    def text(self, language: Language) -> str:
        return self.message.get(language)


class SessionFileError(AtelierError):
    """A session file cannot be opened or written; the message says why and what to do."""


class NotASessionError(SessionFileError):
    """The file is not an Atelier session, or it is damaged; it is left exactly as it was."""


class NewerVersionError(SessionFileError):
    """Written by a newer Atelier: opening it here could lose what that version added."""


class SessionLockedError(SessionFileError):
    """Another Atelier window or process has the session open."""


class SessionSaveError(SessionFileError):
    """A change could not be saved (full disk, read-only folder…); the session is as it was."""


class InvalidValueError(AtelierError, ValueError):
    """A value read from a file, the command line or the settings that Atelier cannot use."""


class NotFoundError(AtelierError, KeyError):
    """A card, clause, section or version asked for by name or number that is not there.

    A KeyError too, so lookups keep their usual contract; but printed as its message, not as
    KeyError prints its key."""

    def __str__(self) -> str:
        return self.message.en


class DamagedSessionError(NotASessionError):
    """The file reads, but a stored change or version is not what was written (a bad disk, a
    hand edit). `first_damaged` is the first damaged change, when one is to blame: every change
    before it can still be recovered into a copy."""

    def __init__(self, en: str, *, fr: str = "", first_damaged: int | None = None) -> None:
        super().__init__(en, fr=fr)
        self.first_damaged = first_damaged


class LockUnsupportedError(SessionFileError):
    """The folder's file system cannot lock files (some network drives): a writer cannot be sure
    it is alone, so the session can only be opened read-only there."""


class SessionReadOnlyError(SessionSaveError):
    """The session was opened read-only (read-only file or folder, no locks): changes are refused
    before anything is attempted."""
