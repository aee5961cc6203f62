"""Getting a session back: from one of its backups, or up to its first damaged change.

Nothing here deletes anything: the damaged file is kept aside under a dated name, and a partial
recovery is written to a new file beside it.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from workshop.content import Content, builtin_content, content_to_stored
from workshop.errors import SessionFileError
from workshop.local.lock import SessionLock
from workshop.session import Session
from workshop.storage import backup_path, salvage

SIDE_FILES = ("-wal", "-shm")  # SQLite's: a stale -wal would be replayed into the restored file


def restore_backup(path: Path, generation: int = 1, content: Content | None = None) -> Path:
    """Put backup `generation` (1: the newest) in place of the session at `path`, atomically;
    return where the file it replaced was kept. The backup is checked (opened and replayed,
    read-only) first, and the session must not be open anywhere."""
    path = Path(path)
    backup = backup_path(path, generation)
    if not backup.is_file():
        raise SessionFileError(
            f"There is no backup {backup.name} beside {path.name}.",
            fr=f"Il n'y a pas de sauvegarde {backup.name} à côté de {path.name}.",
        )
    Session.open(backup, content, read_only=True).close()
    lock = SessionLock(path) if path.is_file() else None
    if lock is not None:
        lock.acquire()
    try:
        aside = _keep_aside(path)
        temp = path.with_name(f".{path.name}.{os.getpid()}.restoring")
        try:
            shutil.copyfile(backup, temp)
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, path)
        finally:
            temp.unlink(missing_ok=True)
    finally:
        if lock is not None:
            lock.release()
    return aside


def _keep_aside(path: Path) -> Path:
    """Copy the session (and move its SQLite side files) to `NAME.damaged-<time>`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    if path.exists():
        shutil.copyfile(path, aside)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def recover_until_damage(path: Path, content: Content | None = None) -> tuple[Path, int]:
    """Write `NAME (recovered).atelier` beside a damaged session, holding every change before
    the first damaged one; return it and how many changes it kept. It is checked by opening
    it, read-only, like any session. A file saved before sessions kept their content takes
    `content` (default: the built-in content)."""
    path = Path(path)
    target = path.with_name(f"{path.stem} (recovered){path.suffix}")
    kept = salvage(path, target, content_to_stored(content or builtin_content()))
    Session.open(target, content, read_only=True).close()
    return target, kept
