"""The session file: one SQLite database per workshop, every change committed the moment it is made.

Commands are appended in their own transaction (WAL, synchronous=FULL), so a crash loses nothing
that was acknowledged. Undo and redo only flip a flag on stored commands, so they are saved too.

A file is only written once it is accepted: it is checked on a read-only connection (header,
application id, format version, integrity, the checksum of every stored row) and replayed by the
session first, so a refused file — or a foreign `-wal` beside it — is never written. Only then is
a backup kept (the last few distinct good states) and the file opened for writing.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop.digest import blake2b
from workshop.errors import (
    DamagedSessionError,
    NewerVersionError,
    NotASessionError,
    SessionFileError,
    SessionReadOnlyError,
    SessionSaveError,
)
from workshop.local.lock import SessionLock

SCHEMA_VERSION = 3
APPLICATION_ID = 0x41544C52  # "ATLR": tells an Atelier session from any other SQLite file
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".atelier"
BACKUPS = 3  # distinct good states kept beside the session: .bak (newest), .bak2, .bak3

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

# The columns each row's checksum covers, in order (version 2 on).
_CHECKED = {
    "meta": ("key", "value"),
    "commands": ("seq", "kind", "payload", "created_at", "undoable", "undone"),
    "exports": ("number", "label", "created_at", "revision", "content_hash", "snapshot"),
    "content": ("part", "value"),  # the cards, template and questions the session runs on
}
# The format each table first appeared in: an older file is checked for the ones it has.
_SINCE = {"meta": 1, "commands": 1, "exports": 1, "content": 3}
CONTENT_ADOPTED = "content_adopted"  # meta: when a file older than stored content took the app's


def _tables(version: int) -> list[str]:
    return [table for table in _CHECKED if _SINCE[table] <= version]


def row_checksum(values: tuple[Any, ...]) -> str:
    """A checksum of one stored row, typed, so silent corruption (a flipped bit, a hand edit)
    is caught on opening rather than replayed as a different workshop."""
    parts = []
    for value in values:
        if isinstance(value, str):
            value = value.encode("utf-8", "surrogatepass")
        if isinstance(value, bytes):
            parts.append(b"t%d:%s" % (len(value), value))
        else:
            parts.append(f"{type(value).__name__}:{value!r};".encode())
    return blake2b(b"".join(parts), digest_size=16).hexdigest()


def _add_checksums(db: sqlite3.Connection) -> None:
    """Version 1 → 2: a checksum on every row of every table, filled for the rows already there."""
    for table in _tables(2):
        columns = _CHECKED[table]
        db.execute(f"ALTER TABLE {table} ADD COLUMN checksum TEXT NOT NULL DEFAULT ''")
        key = columns[0]
        rows = db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        db.executemany(
            f"UPDATE {table} SET checksum = ? WHERE {key} = ?",
            [(row_checksum(row), row[0]) for row in rows],
        )


def _add_content(db: sqlite3.Connection) -> None:
    """Version 2 → 3: the session keeps the content it runs on. `_migrate` writes the rows in
    the same transaction: a file of format 3 always holds its content."""
    db.execute(
        "CREATE TABLE content (part TEXT PRIMARY KEY, value TEXT NOT NULL, "
        "checksum TEXT NOT NULL DEFAULT '')"
    )


# Migrations from version N to N+1, applied in order inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_checksums, 2: _add_content}


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


def backup_path(path: Path, generation: int = 1) -> Path:
    """`NAME.atelier.bak` for the newest backup, `.bak2`, `.bak3` for older ones."""
    return path.with_name(f"{path.name}.bak{generation if generation > 1 else ''}")


def backups(path: Path) -> list[Path]:
    """The backups kept for the session at `path`, newest first."""
    return [p for p in (backup_path(path, n) for n in range(1, BACKUPS + 1)) if p.is_file()]


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class SessionFile:
    """An open session database: read-only until `accept()`, then locked and writable."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        lock: SessionLock | None,
        version: int = SCHEMA_VERSION,
    ) -> None:
        self.path = path
        self._db = connection
        self._lock = lock
        self._version = version
        self._accepted = False

    @property
    def read_only(self) -> bool:
        """Opened read-only: a read-only file or folder, or a folder that cannot lock files."""
        return self._lock is None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, meta: dict[str, str], content: dict[str, str]) -> SessionFile:
        """Create a new session holding `content` (its parts, serialized); an existing file is
        never replaced.

        It is built under a temporary name in the same folder and only then given its name, so
        an interrupted creation leaves nothing that blocks creating it again."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise _already_exists(path)
        _drop_abandoned_builds(path)
        temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            _build(temp, meta, content)
            _link_new(temp, path)
        finally:
            temp.unlink(missing_ok=True)
        opened = cls.open(path)
        opened.accept(backup=False)  # an empty session is not a state worth a backup
        return opened

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> SessionFile:
        """Open and check a session without writing to it; a bad file raises, untouched.

        The caller replays it, then calls `accept()` to back it up and make it writable."""
        real = _regular_session_file(Path(path))
        _check_header(real)
        lock = None if read_only or not writable(real) else _locked(real)
        try:
            # Locked (or a read-only file) with no -wal to read: nothing can change the file
            # under us, and reading it as immutable leaves no empty -wal or -shm behind.
            unchanging = lock is not None or not os.access(real, os.W_OK)
            quiet = unchanging and not real.with_name(real.name + "-wal").exists()
            db = _connect(real, read_only=True, immutable=quiet)
            try:
                version = _checked_version(real, db)
                if version >= 2:
                    _verify_rows(real, db, version)
            except BaseException:
                db.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(real, db, lock, version)

    def accept(self, *, backup: bool = True, content: dict[str, str] | None = None) -> None:
        """The file opened and replayed cleanly: keep it as the newest backup (when it differs
        from the last one), then reopen it for writing and bring its format up to date.

        A file older than stored content (`self.content()` is None) takes `content`, the one it
        was replayed with, in the same transaction as its migration, marked as adopted."""
        if self._accepted or self.read_only:
            return
        if self._version < _SINCE["content"] and content is None:
            raise RuntimeError("a file without stored content is accepted with the one it took")
        if backup:
            keep_backup(self.path, self._db)
        db = _connect(self.path, read_only=False)
        try:
            with _saving(self.path):
                db.execute("PRAGMA journal_mode=WAL")
            if self._version < SCHEMA_VERSION:
                _migrate(self.path, db, self._version, content)
        except BaseException:
            db.close()
            raise
        self._db.close()
        self._db, self._version, self._accepted = db, SCHEMA_VERSION, True

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    # -- reading ---------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def content(self) -> dict[str, str] | None:
        """The stored content's parts, serialized; None for a file older than stored content."""
        if self._version < _SINCE["content"]:
            return None
        return dict(self._db.execute("SELECT part, value FROM content"))

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
        text = json.dumps(payload, ensure_ascii=False)
        created = now_iso()
        with self._transaction():
            if undoable:
                self._db.execute("DELETE FROM commands WHERE undone = 1")
            cursor = self._db.execute(
                "INSERT INTO commands (kind, payload, created_at, undoable) VALUES (?, ?, ?, ?)",
                (kind, text, created, int(undoable)),
            )
            seq = int(cursor.lastrowid or 0)
            checksum = row_checksum((seq, kind, text, created, int(undoable), 0))
            self._db.execute("UPDATE commands SET checksum = ? WHERE seq = ?", (checksum, seq))
        return seq

    def undo(self) -> bool:
        return self._flip_undone(
            "SELECT seq FROM commands WHERE undone = 0 AND undoable = 1 ORDER BY seq DESC LIMIT 1",
            undone=1,
        )

    def redo(self) -> bool:
        return self._flip_undone("SELECT min(seq) FROM commands WHERE undone = 1", undone=0)

    def _flip_undone(self, which: str, undone: int) -> bool:
        with self._transaction():
            found = self._db.execute(which).fetchone()
            if found is None or found[0] is None:
                return False
            columns = _CHECKED["commands"]
            row = self._db.execute(
                f"SELECT {', '.join(columns)} FROM commands WHERE seq = ?", (found[0],)
            ).fetchone()
            changed = (*row[:-1], undone)
            self._db.execute(
                "UPDATE commands SET undone = ?, checksum = ? WHERE seq = ?",
                (undone, row_checksum(changed), found[0]),
            )
        return True

    def add_export(self, label: str, revision: int, content_hash: str, snapshot: str) -> int:
        created = now_iso()
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO exports (label, created_at, revision, content_hash, snapshot) "
                "VALUES (?, ?, ?, ?, ?)",
                (label, created, revision, content_hash, snapshot),
            )
            number = int(cursor.lastrowid or 0)
            checksum = row_checksum((number, label, created, revision, content_hash, snapshot))
            self._db.execute("UPDATE exports SET checksum = ? WHERE number = ?", (checksum, number))
        return number

    def _transaction(self) -> contextlib.AbstractContextManager[None]:
        if self.read_only:
            raise SessionReadOnlyError(
                f"{self.path.name} is open read-only: changes cannot be saved. Save a copy in a "
                "folder you can write to, and open the copy.",
                fr=f"{self.path.name} est ouvert en lecture seule : les modifications ne peuvent "
                "pas être enregistrées. Enregistrez une copie dans un dossier où vous pouvez "
                "écrire, et ouvrez la copie.",
            )
        if not self._accepted:
            raise RuntimeError("a session file is written only once accepted")
        return _transaction(self.path, self._db)


# -- creating -------------------------------------------------------------------------------


def _build(
    temp: Path, meta: dict[str, str], content: dict[str, str], *, adopted: bool = False
) -> None:
    """A complete, closed session database at `temp` (its WAL folded back in on close).

    Its commits are not synced one by one: the finished file is synced once, before it gets
    its name, and a crash before that leaves only a temporary file that is dropped."""
    temp.unlink(missing_ok=True)  # a leftover of ours from an interrupted creation
    db = _connect(temp, read_only=False)
    try:
        db.execute("PRAGMA synchronous=OFF")
        with _transaction(temp, db):
            for statement in filter(str.strip, _SCHEMA_V1.split(";")):
                db.execute(statement)
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute("PRAGMA user_version=1")
        _migrate(temp, db, 1, content, adopted=adopted)
        with _saving(temp):
            db.execute("PRAGMA journal_mode=WAL")
    finally:
        db.close()
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())


def _creation_names(path: Path, side: str) -> list[Path]:
    """The temporary names creations of `path` use: `.NAME.<pid>.creating`, and with `side`
    "*" its SQLite side files too (read without glob, which start-up would pay to import)."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        return [
            path.parent / name
            for name in os.listdir(path.parent)
            if name.startswith(prefix)
            and (name.endswith(".creating") or (side == "*" and ".creating" in name))
        ]
    return []


def _drop_abandoned_builds(path: Path) -> None:
    """Remove what creations of this name, killed before they named their file, left behind:
    `.NAME.<pid>.creating` (and its SQLite side files) of a process that no longer runs."""
    if sys.platform == "win32":
        return  # os.kill(pid, 0) is not a liveness probe there; the leftovers are hidden anyway
    for temp in _creation_names(path, "*"):
        pid = temp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                temp.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _link_new(temp: Path, path: Path) -> None:
    """Give the built file its name, refusing (not replacing) a file that appeared meanwhile."""
    try:
        os.link(temp, path)  # atomic, and fails if `path` exists
    except FileExistsError:
        raise _already_exists(path) from None
    except OSError as exc:  # no hard links here (FAT, some network drives): rename instead
        if path.exists():
            raise _already_exists(path) from exc
        try:
            os.rename(temp, path)  # refuses to replace on Windows
        except OSError as rename_error:
            raise _cannot_open(path, rename_error) from rename_error
    _fsync_folder(path.parent)


def _already_exists(path: Path) -> SessionFileError:
    return SessionFileError(
        f"{path} already exists; choose another name.",
        fr=f"{path} existe déjà ; choisissez un autre nom.",
    )


def _fsync_folder(folder: Path) -> None:
    """Make a new name durable; not every system can open a folder, and that is fine."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- checking before anything is written ----------------------------------------------------


def _regular_session_file(path: Path) -> Path:
    """The real path of a session file: a regular file with one name. A FIFO or a device would
    hang or read forever; a second hard link would let two writers in under two names."""
    try:
        real = path.resolve(strict=True)
        info = real.stat()
    except FileNotFoundError:
        raise SessionFileError(f"{path} does not exist.", fr=f"{path} n'existe pas.") from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise _cannot_open(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise SessionFileError(
            f"{path} is a folder, not a session file.",
            fr=f"{path} est un dossier, pas un fichier de séance.",
        )
    if not stat.S_ISREG(info.st_mode):
        raise NotASessionError(
            f"{path.name} is not a regular file (a pipe, a device…), so it cannot be a session. "
            "Nothing was read from it.",
            fr=f"{path.name} n'est pas un fichier ordinaire (un tube, un périphérique…) : ce ne "
            "peut pas être une séance. Rien n'y a été lu.",
        )
    if info.st_nlink > 1 and _drop_creation_leftovers(real, info) > 0:
        info = real.stat()
    if info.st_nlink > 1:
        raise SessionFileError(
            f"{path.name} has {info.st_nlink} names (hard links), so two windows could write to "
            "it at once. Copy the session to a new file and open the copy.",
            fr=f"{path.name} porte {info.st_nlink} noms (liens physiques) : deux fenêtres "
            "pourraient y écrire en même temps. Copiez la séance dans un nouveau fichier et "
            "ouvrez la copie.",
        )
    return real


def _drop_creation_leftovers(real: Path, info: os.stat_result) -> int:
    """Remove the temporary name a creation killed after naming the file left behind (the same
    file under `.NAME.<pid>.creating`); how many were removed."""
    removed = 0
    for temp in _creation_names(real, ""):
        with contextlib.suppress(OSError):
            mine = temp.stat()
            if (mine.st_dev, mine.st_ino) == (info.st_dev, info.st_ino):
                temp.unlink()
                removed += 1
    return removed


def writable(path: Path) -> bool:
    """Can this session be changed here? A read-only file or folder opens read-only."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if header != SQLITE_HEADER:
        raise NotASessionError(
            f"{path.name} is not an Atelier session (it is not a session database). "
            "The file was not changed.",
            fr=f"{path.name} n'est pas une séance Atelier (ce n'est pas une base de séance). "
            "Le fichier n'a pas été modifié.",
        )


def _cannot_open(path: Path, exc: BaseException) -> SessionFileError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return SessionFileError(
        f"Cannot open {path}: {reason}.", fr=f"Impossible d'ouvrir {path} : {reason}."
    )


def _locked(path: Path) -> SessionLock:
    lock = SessionLock(path)
    try:
        lock.acquire()
    except PermissionError as exc:
        raise SessionFileError(
            f"Cannot open {path}: its folder is read-only ({exc.strerror}). "
            "Copy the session to a folder you can write to.",
            fr=f"Impossible d'ouvrir {path} : son dossier est en lecture seule ({exc.strerror}). "
            "Copiez la séance dans un dossier où vous pouvez écrire.",
        ) from exc
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    return lock


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """A connection; a read-only one reads the WAL but can never write or checkpoint it."""
    try:
        if read_only:
            uri = path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
            db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            db = sqlite3.connect(path, isolation_level=None, timeout=0.5, check_same_thread=False)
            db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:  # a SQLite header followed by garbage lands here
        raise damaged(path, exc) from exc
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from exc
    return db


def damaged(path: Path, exc: BaseException, first_damaged: int | None = None) -> NotASessionError:
    """The message for a session that cannot be read as it was written, with the ways back."""
    detail = f"{type(exc).__name__}: {exc}"[:200]
    en, fr = [], []
    if backups(path):
        en.append(
            "Restore it from its backup (File › Open offers it; on the command line: "
            f"atelier restore {path.name})."
        )
        fr.append(
            "Restaurez-le depuis sa sauvegarde (Fichier › Ouvrir le propose ; en ligne de "
            f"commande : atelier restore {path.name})."
        )
    else:
        en.append("No backup of it was found.")
        fr.append("Aucune sauvegarde n'a été trouvée.")
    if first_damaged is not None:
        en.append(f"The changes before #{first_damaged} can be recovered: atelier recover.")
        fr.append(
            f"Les modifications d'avant la n° {first_damaged} peuvent être récupérées : "
            "atelier recover."
        )
    return DamagedSessionError(
        f"{path.name} is damaged and cannot be read ({detail}). The file was not changed. "
        + " ".join(en),
        fr=f"{path.name} est endommagé et ne peut pas être lu ({detail}). Le fichier n'a pas "
        "été modifié. " + " ".join(fr),
        first_damaged=first_damaged,
    )


def _checked_version(path: Path, db: sqlite3.Connection) -> int:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    if app_id != APPLICATION_ID:
        raise NotASessionError(
            f"{path.name} is a database, but not an Atelier session. The file was not changed.",
            fr=f"{path.name} est une base de données, mais pas une séance Atelier. Le fichier "
            "n'a pas été modifié.",
        )
    if problems != ["ok"]:
        raise damaged(path, sqlite3.DatabaseError(f"integrity check: {problems[0]}"))
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer version of Atelier (format {version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Atelier to open it.",
            fr=f"{path.name} a été écrit par une version plus récente d'Atelier (format "
            f"{version} ; cette version lit jusqu'au format {SCHEMA_VERSION}). Mettez Atelier "
            "à jour pour l'ouvrir.",
        )
    if version not in MIGRATIONS and version != SCHEMA_VERSION:
        raise damaged(path, sqlite3.DatabaseError(f"unknown format {version}"))
    return version


def _verify_rows(path: Path, db: sqlite3.Connection, version: int) -> None:
    """Every row as it was written: the first damaged one is named, nothing is decoded yet."""
    db.text_factory = bytes  # compare the stored bytes, even ones that are not valid UTF-8
    try:
        for table in _tables(version):
            columns = _CHECKED[table]
            rows = db.execute(
                f"SELECT {', '.join(columns)}, checksum FROM {table} ORDER BY {columns[0]}"
            )
            for *values, checksum in rows:
                if checksum != row_checksum(tuple(values)).encode():
                    raise _damaged_row(path, table, values[0])
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    finally:
        db.text_factory = str


def _damaged_row(path: Path, table: str, key: Any) -> NotASessionError:
    what = {
        "meta": "session details",
        "commands": "change",
        "exports": "exported version",
        "content": "content",
    }
    problem = ValueError(f"{what[table]} #{key!r} is not as it was saved")
    return damaged(path, problem, key if table == "commands" and isinstance(key, int) else None)


# -- writing --------------------------------------------------------------------------------


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
        reason = (
            "the disk is full. Free some space; the last change was not saved",
            "le disque est plein. Libérez de la place ; la dernière modification n'a pas été "
            "enregistrée",
        )
    elif "readonly" in text or "read-only" in text:
        reason = (
            "the file or its folder is read-only. Save a copy elsewhere",
            "le fichier ou son dossier est en lecture seule. Enregistrez une copie ailleurs",
        )
    elif "locked" in text or "busy" in text:
        reason = ("another program is using the file", "un autre programme utilise le fichier")
    else:
        reason = (str(error), str(error))
    return SessionSaveError(
        f"Could not save {path.name}: {reason[0]}.",
        fr=f"Impossible d'enregistrer {path.name} : {reason[1]}.",
    )


def _migrate(
    path: Path,
    db: sqlite3.Connection,
    version: int,
    content: dict[str, str] | None,
    *,
    adopted: bool = True,
) -> None:
    """Bring the file to the current format; one older than stored content is given `content`
    (`adopted`: an existing file taking the app's content, recorded in its details)."""
    with _transaction(path, db):
        before = version
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](db)
            version += 1
        if before < _SINCE["content"]:
            if content is None:
                raise RuntimeError("a file gets its content with the format that stores it")
            rows = sorted(content.items())
            if adopted:
                _insert(db, "meta", [(CONTENT_ADOPTED, now_iso())])
            _insert(db, "content", rows)
        db.execute(f"PRAGMA user_version={version}")


def _insert(db: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Rows with their checksums, every column `_CHECKED` names given."""
    columns = _CHECKED[table]
    marks = ", ".join("?" * (len(columns) + 1))
    db.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}, checksum) VALUES ({marks})",
        [(*row, row_checksum(tuple(row))) for row in rows],
    )


# -- backups --------------------------------------------------------------------------------


def state_digest(db: sqlite3.Connection) -> str:
    """What a session holds, independent of how SQLite laid it out: two backups with the same
    digest are the same state, and only distinct states are kept. Built from the stored row
    checksums (verified on opening); a format 1 file, without them, never matches one."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version < 2:
        return ""
    digest = blake2b(digest_size=16)
    digest.update(f"{version}|".encode())
    for table in _tables(version):
        key = _CHECKED[table][0]
        for (checksum,) in db.execute(f"SELECT checksum FROM {table} ORDER BY {key}"):
            digest.update(checksum.encode())
        digest.update(b"|")
    return digest.hexdigest()


def keep_backup(path: Path, db: sqlite3.Connection) -> None:
    """Keep the accepted state as the newest backup, the older ones shifted down, the oldest
    dropped; nothing is written when the newest backup already holds this state."""
    newest = backup_path(path)
    try:
        current = state_digest(db)
        if current and newest.is_file() and _digest_of(newest) == current:
            return
    except sqlite3.Error:
        return  # the session is readable (it was just replayed); a failed digest skips a copy
    partial = path.with_name(f".{path.name}.bak.partial")
    try:
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            db.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
        finally:
            copy.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        for generation in range(BACKUPS, 1, -1):
            older = backup_path(path, generation - 1)
            if older.is_file():
                os.replace(older, backup_path(path, generation))
        os.replace(partial, newest)
        _fsync_folder(path.parent)
    except (OSError, sqlite3.Error):
        # A read-only folder or a full disk must not stop the workshop; the session itself
        # is still saved transactionally.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _digest_of(path: Path) -> str | None:
    try:
        db = _connect(path, read_only=True)
    except SessionFileError:
        return None
    try:
        return state_digest(db)
    except sqlite3.Error:
        return None
    finally:
        db.close()


# -- recovering -----------------------------------------------------------------------------


def salvage(path: Path, target: Path, fallback_content: dict[str, str]) -> int:
    """Copy a damaged session into a new file at `target`, up to its first damaged change (the
    details, its content and the intact exported versions included); return how many changes
    were kept. A file older than stored content gets `fallback_content`, marked as adopted.

    The damaged file is only read. Raises SessionFileError when not even the session details
    or content can be read, or when `target` exists."""
    if target.exists() or target.is_symlink():
        raise _already_exists(target)
    source = _connect(_regular_session_file(path), read_only=True)
    try:
        rows = _intact_rows(path, source)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    finally:
        source.close()
    temp = target.with_name(f".{target.name}.{os.getpid()}.creating")
    try:
        own = rows.get("content")
        content = dict(own) if own is not None else fallback_content
        _build(temp, dict(rows["meta"]), content, adopted=own is None)
        db = _connect(temp, read_only=False)
        try:
            with _transaction(temp, db):
                for table in ("commands", "exports"):
                    _insert(db, table, rows[table])
        finally:
            db.close()
        _link_new(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return len(rows["commands"])


def _intact_rows(path: Path, db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The rows still as written: all of `meta` (or an error), the commands before the first
    damaged one, and every intact exported version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    checked = version >= 2
    db.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")  # a bad byte reads
    kept: dict[str, list[tuple[Any, ...]]] = {}
    for table in _tables(max(version, 1)):
        columns = _CHECKED[table]
        kept[table] = []
        extra = ", checksum" if checked else ""
        query = f"SELECT {', '.join(columns)}{extra} FROM {table} ORDER BY {columns[0]}"
        for row in db.execute(query):
            values = tuple(row[: len(columns)])
            if _intact(table, values, row[-1] if checked else None):
                kept[table].append(values)
            elif table in ("meta", "content"):
                raise damaged(path, ValueError(f"the session's {table} is damaged"))
            elif table == "commands":
                break  # later changes built on the damaged one
    return kept


def _intact(table: str, values: tuple[Any, ...], checksum: str | None) -> bool:
    if checksum is not None:
        return checksum == row_checksum(values)
    try:  # format 1 had no checksums: a row at least has to read
        for value in values:
            if isinstance(value, str):
                value.encode("utf-8")  # fails on what the text factory could not decode
        if table == "commands":
            json.loads(values[2])
    except (ValueError, RecursionError):
        return False
    return True
