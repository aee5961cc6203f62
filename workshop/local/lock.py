"""One process per session file: an OS-level lock, released by the OS on crash.

The lock is keyed on the file itself (device and inode), not on the name it was opened by: a
symlink or a second name cannot give a second writer. It sits beside the real file as
`.atelier-<device>-<inode>.lock`, and says who holds it, so a second instance can tell the
facilitator where the session is open instead of a bare "database is locked".
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from workshop.errors import LockUnsupportedError, SessionLockedError

_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the holder text so others can still read it
# What a file system without locks answers (NFS without lockd, some SMB mounts, FUSE).
_NO_LOCKS = {errno.ENOLCK, errno.EIO, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL}
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}


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
    except OSError as exc:
        if exc.errno in _HELD:
            return False
        raise
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


def lock_path(session_path: Path) -> Path:
    """The lock file of the session file at `session_path` (which must exist)."""
    real = session_path.resolve()
    info = real.stat()
    return real.with_name(f".atelier-{info.st_dev:x}-{info.st_ino:x}.lock")


class SessionLock:
    def __init__(self, session_path: Path) -> None:
        self.path = lock_path(session_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                locked = _try_lock(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in _NO_LOCKS:
                    raise LockUnsupportedError(
                        "This folder cannot lock files (it may be a network drive: "
                        f"{exc.strerror or exc}), so Atelier cannot make sure no one else is "
                        "writing to the session. Open it read-only, or copy it to a local folder.",
                        fr="Ce dossier ne permet pas de verrouiller les fichiers (c’est peut-être "
                        f"un lecteur réseau : {exc.strerror or exc}) ; Atelier ne peut donc pas "
                        "garantir que personne d’autre n’écrit dans la séance. Ouvrez-la en "
                        "lecture seule, ou copiez-la dans un dossier local.",
                    ) from exc
                raise
            if not locked:
                holder_en, holder_fr = self._read_holder(fd)
                os.close(fd)
                raise SessionLockedError(
                    f"This session is already open{holder_en}. Close it there first, "
                    "or open a copy of the file.",
                    fr=f"Cette séance est déjà ouverte{holder_fr}. Fermez-la d’abord, "
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
        """Who holds the lock, as (English, French) text to follow "already open"."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096).decode())
            who = (info["user"], info["host"], info["pid"], info["since"])
            return (
                " by {} on {} (process {}, since {})".format(*who),
                " par {} sur {} (processus {}, depuis {})".format(*who),
            )
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
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
