"""The session file: one SQLite database per workshop, every change committed the moment it is made.

Commands are appended in their own transaction (WAL, synchronous=FULL), so a crash loses nothing
that was acknowledged. Undo and redo only flip a flag on stored commands, so they are saved too.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop.errors import NewerVersionError, NotASessionError, SessionFileError, SessionSaveError
from workshop.local.lock import SessionLock

SCHEMA_VERSION = 1
APPLICATION_ID = 0x41544C52  # "ATLR": tells an Atelier session from any other SQLite file
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".atelier"

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE commands (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undoable INTEGER NOT NULL DEFAULT 1,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX commands_undone ON commands (seq) WHERE undone = 1;
CREATE TABLE exports (
    number INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL
);
"""

# Migrations from version N to N+1, applied in order inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


@dataclass(frozen=True, slots=True)
class StoredCommand:
    seq: int
    kind: str
    payload: dict
    created_at: str


@dataclass(frozen=True, slots=True)
class StoredExport:
    number: int
    label: str
    created_at: str
    revision: int
    content_hash: str
    snapshot: str  # the exported draft, as Draft.to_snapshot() wrote it


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class SessionFile:
    """An open, locked session database."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: SessionLock) -> None:
        self.path = path
        self._db = connection
        self._lock = lock

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, meta: dict[str, str]) -> SessionFile:
        """Create a new session; an existing file is never replaced."""
        path = Path(path)
        if path.exists():
            raise SessionFileError(f"{path} already exists; choose another name.")
        lock = _locked(path)
        try:
            db = _connect(path)
            try:
                with _saving(path):
                    db.execute("PRAGMA journal_mode=WAL")
                with _transaction(path, db):
                    for statement in filter(str.strip, _SCHEMA_V1.split(";")):
                        db.execute(statement)
                    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
                    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except BaseException:
                db.close()
                path.unlink(missing_ok=True)  # ours, half made: nothing else was there
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock)

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        """Open, check and back up a session; a bad file raises and is left untouched."""
        path = Path(path)
        _check_header(path)
        lock = _locked(path)
        try:
            db = _connect(path)
            try:
                version = _checked_version(path, db)
                _write_backup(path, db)
                db.execute("PRAGMA journal_mode=WAL")
                if version < SCHEMA_VERSION:
                    _migrate(path, db, version)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock)

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            self._lock.release()

    # -- reading ---------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def active_commands(self) -> list[StoredCommand]:
        rows = self._db.execute(
            "SELECT seq, kind, payload, created_at FROM commands WHERE undone = 0 ORDER BY seq"
        )
        return [StoredCommand(s, k, json.loads(p), c) for s, k, p, c in rows]

    def can_undo(self) -> bool:
        row = self._db.execute("SELECT 1 FROM commands WHERE undone = 0 AND undoable = 1 LIMIT 1")
        return row.fetchone() is not None

    def can_redo(self) -> bool:
        return (
            self._db.execute("SELECT 1 FROM commands WHERE undone = 1 LIMIT 1").fetchone()
            is not None
        )

    def exports(self) -> list[StoredExport]:
        rows = self._db.execute(
            "SELECT number, label, created_at, revision, content_hash, snapshot "
            "FROM exports ORDER BY number"
        )
        return [StoredExport(*row) for row in rows]

    # -- writing: each call is one committed transaction -------------------------------------

    def append(self, kind: str, payload: dict, *, undoable: bool = True) -> int:
        """Store a new command. An undoable one drops what was undone, as in any editor;
        bookkeeping (time used on a card) is neither undone nor clears the redo history."""
        with self._transaction():
            if undoable:
                self._db.execute("DELETE FROM commands WHERE undone = 1")
            cursor = self._db.execute(
                "INSERT INTO commands (kind, payload, created_at, undoable) VALUES (?, ?, ?, ?)",
                (kind, json.dumps(payload, ensure_ascii=False), now_iso(), int(undoable)),
            )
        return int(cursor.lastrowid or 0)

    def undo(self) -> bool:
        with self._transaction():
            changed = self._db.execute(
                "UPDATE commands SET undone = 1 WHERE seq = "
                "(SELECT seq FROM commands WHERE undone = 0 AND undoable = 1 "
                "ORDER BY seq DESC LIMIT 1)"
            ).rowcount
        return changed > 0

    def redo(self) -> bool:
        with self._transaction():
            changed = self._db.execute(
                "UPDATE commands SET undone = 0 WHERE seq = "
                "(SELECT min(seq) FROM commands WHERE undone = 1)"
            ).rowcount
        return changed > 0

    def add_export(self, label: str, revision: int, content_hash: str, snapshot: str) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO exports (label, created_at, revision, content_hash, snapshot) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    label,
                    now_iso(),
                    revision,
                    content_hash,
                    snapshot,
                ),
            )
        return int(cursor.lastrowid or 0)

    def _transaction(self) -> contextlib.AbstractContextManager[None]:
        return _transaction(self.path, self._db)


@contextlib.contextmanager
def _saving(path: Path) -> Iterator[None]:
    """Turns SQLite's write failures into SessionSaveError with a message a person can act on."""
    try:
        yield
    except sqlite3.Error as error:
        raise _save_error(path, error) from error


@contextlib.contextmanager
def _transaction(path: Path, db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT; anything that fails, the COMMIT included, is rolled back."""
    try:
        with _saving(path):
            db.execute("BEGIN IMMEDIATE")
            yield
            db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _save_error(path: Path, error: sqlite3.Error) -> SessionSaveError:
    text = str(error).lower()
    if "full" in text:
        reason = "the disk is full. Free some space; the last change was not saved"
    elif "readonly" in text or "read-only" in text:
        reason = "the file or its folder is read-only. Save a copy elsewhere"
    elif "locked" in text or "busy" in text:
        reason = "another program is using the file"
    else:
        reason = str(error)
    return SessionSaveError(f"Could not save {path.name}: {reason}.")


def _locked(path: Path) -> SessionLock:
    lock = SessionLock(path)
    try:
        lock.acquire()
    except PermissionError as exc:
        raise SessionFileError(
            f"Cannot open {path}: its folder is read-only ({exc.strerror}). "
            "Copy the session to a folder you can write to."
        ) from exc
    except OSError as exc:
        raise SessionFileError(f"Cannot open {path}: {exc.strerror or exc}.") from exc
    return lock


def _connect(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=0.5, check_same_thread=False)
        db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:  # a SQLite header followed by garbage lands here
        raise _damaged(path, exc) from exc
    except sqlite3.Error as exc:
        raise SessionFileError(f"Cannot open {path}: {exc}.") from exc
    return db


def _damaged(path: Path, exc: sqlite3.Error) -> NotASessionError:
    return NotASessionError(
        f"{path.name} is damaged and cannot be read ({exc}). The file was not changed; "
        f"the backup {backup_path(path).name}, if present, holds the state before it "
        "was last opened."
    )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise SessionFileError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise SessionFileError(f"{path} is a folder, not a session file.") from None
    except OSError as exc:
        raise SessionFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        raise NotASessionError(
            f"{path.name} is not an Atelier session (it is not a session database). "
            "The file was not changed."
        )


def _checked_version(path: Path, db: sqlite3.Connection) -> int:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    if app_id != APPLICATION_ID:
        raise NotASessionError(f"{path.name} is a database, but not an Atelier session.")
    if problems != ["ok"]:
        raise NotASessionError(
            f"{path.name} failed its integrity check ({problems[0]}). The file was not changed; "
            f"the backup {backup_path(path).name}, if present, holds an earlier state."
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer version of Atelier (format {version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Atelier to open it."
        )
    return version


def _write_backup(path: Path, db: sqlite3.Connection) -> None:
    """Keep the state as it was at opening, written atomically beside the session."""
    target = backup_path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            db.backup(copy)
        finally:
            copy.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error):
        # A read-only folder or a full disk must not stop the workshop; the session itself
        # is still saved transactionally.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _migrate(path: Path, db: sqlite3.Connection, version: int) -> None:
    with _transaction(path, db):
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](db)
            version += 1
        db.execute(f"PRAGMA user_version={version}")
