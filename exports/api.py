"""Exporting a session: build the document, write it safely, then record the version.

The three steps are separate because the UI runs them on different threads: `prepare_document`
reads a view of the session (any thread), `write_document` does the slow file work (a worker),
and `record_export` notes the version of that view once the file exists (the session's thread).
`export_session` chains them for the CLI and tests.

Writing is atomic: the file is written next to its destination under a short temporary name
(`.atl-1a2b3c4d.tmp`, so a 255-character destination still fits), flushed to disk, then renamed
over it. A failed or killed export never leaves a half-written file and never harms the
previous one; what a killed export left behind is removed by the next export to that folder.
A destination that is the session itself, one of its backups or side files, or that names
another format, is refused before anything is written. python-docx and reportlab are imported
only when a file is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exports.document import ExportOptions, Format, PolicyDocument, build_document
from exports.formats import FORMATS, ExportFormat, find_format
from workshop.errors import AtelierError
from workshop.local.lock import lock_path
from workshop.session import Session
from workshop.view import SessionView

try:  # POSIX: a temporary file being written is locked, so a cleaner in another export skips it
    import fcntl
except ImportError:  # Windows: a file open elsewhere cannot be deleted, which protects it as well
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "check_destination",
    "export_format",
    "export_session",
    "prepare_document",
    "record_export",
    "write_document",
]

FIXED_SINCE = ("baseline", "none")
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}

# Short, so a destination name of up to 255 characters still has room for its temporary file.
TEMP_PREFIX, TEMP_SUFFIX = ".atl-", ".tmp"
STALE_SECONDS = 10  # a leftover at least this old, and not locked, belongs to a killed export
_SUFFIXES = "|".join(re.escape(fmt.suffix) for fmt in FORMATS.values())
# Ours only: today's names, and the `.NAME.docx.1a2b3c4d.tmp` of earlier versions.
_LEFTOVER = re.compile(rf"\.atl-[0-9a-f]{{8}}\.tmp|\..+({_SUFFIXES})\.[0-9a-f]{{8}}\.tmp")
# The session's own files beside it: SQLite's journals, the lock, backups of any generation.
_SIDE_FILE = re.compile(
    r"(-wal|-shm|-journal|\.lock|\.partial|\.bak.*|[.-]\d+\.bak.*|\.damaged-.*)?"
)

Writer = Callable[[PolicyDocument, Path], None]


class ExportError(AtelierError):
    """An export could not be written; the message says why and what to do about it."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    version: str  # the label recorded for this export: v0.1, v0.2 …


def export_format(key: Format) -> ExportFormat:
    """The registered format called `key`; an ExportError naming the known ones otherwise."""
    fmt = find_format(key)
    if fmt is None:
        known = ", ".join(FORMATS)
        raise ExportError(
            f"unknown export format {key!r}: expected one of {known}",
            fr=f"format d’export inconnu {key!r} : choisissez parmi {known}",
        )
    return fmt


def prepare_document(source: Session | SessionView, options: ExportOptions) -> PolicyDocument:
    """Check the options against the session, then build the document to write.

    Given a view (Session.view(), taken on the session's thread) it may run on any thread."""
    view = source.view() if isinstance(source, Session) else source
    known = ", ".join([*FIXED_SINCE, *(v.label for v in view.versions)])
    if options.since is not None and options.since not in known.split(", "):
        raise ExportError(
            f"cannot show changes since {options.since!r}: choose one of {known}",
            fr=f"impossible de montrer les modifications depuis {options.since!r} : "
            f"choisissez parmi {known}",
        )
    original = view.content.original
    if options.layout == "original" and options.format != "docx":
        raise ExportError(
            "their own document is a Word file: export it with --format docx",
            fr="le document de l’organisation est un fichier Word : exportez-le au format docx",
        )
    if options.layout == "original" and (original is None or not original.data):
        raise ExportError(
            "their own document can be redlined only for a session on a policy imported "
            "from a Word (.docx) file",
            fr="le document de l’organisation ne peut être annoté que pour une session sur une "
            "politique importée d’un fichier Word (.docx)",
        )
    document = build_document(view, options)
    view.draft().to_snapshot()  # made here, off the GUI thread, for record_export to store
    return document


def check_destination(session_path: Path, fmt: Format, out: Path) -> None:
    """Refuse a destination that would destroy the session, or that names another format.

    The session, its backups and its side files are recognised by their real path (through any
    symlink) and by device and inode (a hard link has another name for the same file)."""
    out = Path(out)
    if _is_session_file(Path(session_path), out):
        raise ExportError(
            f"{out} is the session file or one of its backups: exporting there would replace "
            "the session with the document. Choose another file name; nothing was written",
            fr=f"{out} est le fichier de session ou l’une de ses sauvegardes : y exporter "
            "remplacerait la session par le document. Choisissez un autre nom ; "
            "rien n’a été écrit",
        )
    expected = export_format(fmt).suffix
    if out.suffix.lower() != expected:
        raise ExportError(
            f"{out.name} does not end in {expected}: a {fmt} export must be named *{expected}. "
            "Nothing was written",
            fr=f"{out.name} ne se termine pas par {expected} : un export {fmt} doit être nommé "
            f"*{expected}. Rien n’a été écrit",
        )


def _is_session_file(session_path: Path, out: Path) -> bool:
    session, target = session_path.resolve(), out.resolve()
    if target.parent == session.parent and _is_side_name(session.name, target.name):
        return True
    with contextlib.suppress(OSError):
        if target == lock_path(session):  # named after the session's inode, not its name
            return True
    identity = _identity(target)
    return identity is not None and identity in {
        _identity(session.parent / name) for name in _side_file_names(session)
    }


def _is_side_name(session_name: str, name: str) -> bool:
    """Whether `name` is the session's (its suffix being empty) or one of its side files."""
    return name.startswith(session_name) and bool(
        _SIDE_FILE.fullmatch(name.removeprefix(session_name))
    )


def _side_file_names(session: Path) -> list[str]:
    """The names beside the session that are the session's own, as they are now."""
    with contextlib.suppress(OSError):
        return [name for name in os.listdir(session.parent) if _is_side_name(session.name, name)]
    return [session.name]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def write_document(document: PolicyDocument, fmt: Format, out: Path) -> None:
    """Write `document` as `fmt` to `out`, atomically; raises ExportError on any file problem."""
    out = Path(out)
    writer = writer_for(fmt)
    if out.is_dir():
        raise ExportError(
            f"{out} is a folder: choose a file name to export to",
            fr=f"{out} est un dossier : choisissez un nom de fichier pour l’export",
        )
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(
            f"the folder {folder} does not exist: choose another place",
            fr=f"le dossier {folder} n’existe pas : choisissez un autre emplacement",
        )
    _clean_leftovers(folder)
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}"
    replacing = False
    held: int | None = None
    try:
        # Created by hand so the file gets the usual permissions (umask), not mkstemp's 0600.
        held = _hold(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        writer(document, temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        replacing = True
        os.replace(temp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _error(exc, out, replacing) from exc
        raise
    finally:
        if held is not None:
            os.close(held)
    _flush_folder(folder)
    if document.layout == "original" and fmt == "docx":  # the appendices, beside theirs
        write_document(document.companion(), fmt, companion_path(out, document.language))


def companion_path(out: Path, language: str) -> Path:
    """`policy.docx` → `policy-annexes.docx` (French) or `policy-appendices.docx`."""
    word = "annexes" if language == "fr" else "appendices"
    return out.with_name(f"{out.stem}-{word}{out.suffix}")


def _hold(descriptor: int) -> int | None:
    """Lock the new temporary file while it is written (POSIX); elsewhere, let it go now.

    Windows could not rename a file this process still holds open."""
    if fcntl is None:
        os.close(descriptor)
        return None
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def _clean_leftovers(folder: Path) -> None:
    """Remove the temporary files that killed exports left in `folder`: ours, stale, unlocked."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not _LEFTOVER.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                stale = now - info.st_mtime >= STALE_SECONDS
                if stale and entry.is_file(follow_symlinks=False) and not _in_use(entry.path):
                    os.unlink(entry.path)


def _in_use(path: str) -> bool:
    """Whether another export is writing this file now (it holds the lock)."""
    if fcntl is None:
        return False  # deleting a file open elsewhere fails on Windows: it stays
    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def record_export(session: Session, built: SessionView, out: Path) -> ExportResult:
    """Record, as a version, the draft of the view the written file was built from: a decision
    the room took while the file was being written is not in it, so it is not in the version."""
    return ExportResult(Path(out), session.record_export(built.draft()).label)


def export_session(session: Session, options: ExportOptions, out: Path) -> ExportResult:
    """Check the destination, build, write, and only once the file is in place, record."""
    check_destination(session.path, options.format, out)
    view = session.view()
    document = prepare_document(view, options)
    write_document(document, options.format, out)
    return record_export(session, view, out)


def writer_for(fmt: Format) -> Writer:
    """The writer of `fmt`, imported now: python-docx and reportlab cost a fresh process ~0.2 s."""
    return export_format(fmt).load_writer()


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort, the file is already in place."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _error(exc: OSError, out: Path, replacing: bool) -> ExportError:
    """An OSError from writing, as a message the facilitator can act on."""
    name = out.name
    if replacing and isinstance(exc, PermissionError):
        # Windows refuses to replace a file another program (Word, a PDF viewer) holds open.
        return ExportError(
            f"cannot replace {name}: it is open in another program or read-only. "
            "Close it and export again; the previous file is unchanged",
            fr=f"impossible de remplacer {name} : il est ouvert dans un autre programme ou en "
            "lecture seule. Fermez-le et exportez à nouveau ; le fichier précédent est intact",
        )
    if exc.errno in _FULL:
        return ExportError(
            f"the disk is full: not enough space to write {name}. "
            "Free some space or choose another place; any previous file is unchanged",
            fr=f"le disque est plein : pas assez de place pour écrire {name}. Libérez de la "
            "place ou choisissez un autre emplacement ; un fichier précédent reste intact",
        )
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        return ExportError(
            f"cannot write in {out.parent}: the folder is read-only or you lack permission. "
            "Choose another place",
            fr=f"impossible d’écrire dans {out.parent} : le dossier est en lecture seule ou vous "
            "n’avez pas l’autorisation. Choisissez un autre emplacement",
        )
    reason = exc.strerror or str(exc)
    return ExportError(
        f"could not write {name}: {reason}", fr=f"impossible d’écrire {name} : {reason}"
    )
