"""One process per session file: an OS-level lock on `<session>.lock`, released by the OS on crash.

The lock file also says who holds it, so a second instance can tell the facilitator where the
session is open instead of a bare "database is locked".
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from workshop.errors import SessionLockedError

_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the holder text so others can still read it


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _host() -> str:
    """This computer's name, to tell the user where the session is open; read from the OS,
    without the socket module (the app opens no network connection, nor loads its code)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


class SessionLock:
    def __init__(self, session_path: Path) -> None:
        self.path = session_path.with_name(session_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder, chez = self._read_holder(fd)
                os.close(fd)
                raise SessionLockedError(
                    f"This session is already open{holder}. Close it there first, "
                    "or open a copy of the file.",
                    fr=f"Cette séance est déjà ouverte{chez}. Fermez-la d’abord, "
                    "ou ouvrez une copie du fichier.",
                )
            if self._still_linked(fd):
                break
            # The previous holder removed the file between our open and our lock: start again.
            _unlock(fd)
            os.close(fd)
        holder = {
            "pid": os.getpid(),
            "host": _host(),
            "user": _user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(holder).encode())
        self._fd = fd

    def _still_linked(self, fd: int) -> bool:
        if sys.platform == "win32":
            return True  # Windows cannot delete an open file, so it cannot have been removed
        try:
            on_disk = self.path.stat()
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    @staticmethod
    def _read_holder(fd: int) -> tuple[str, str]:
        """Who has the session open, in English and in French."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096).decode())
            return (
                f" by {info['user']} on {info['host']} (process {info['pid']}, "
                f"since {info['since']})",
                f" par {info['user']} sur {info['host']} (processus {info['pid']}, "
                f"depuis {info['since']})",
            )
        except (OSError, ValueError, KeyError, TypeError):
            return " in another Atelier window", " dans une autre fenêtre d’Atelier"

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            self.path.unlink(missing_ok=True)  # before unlocking, so no one locks a dead file
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
