"""Exporting a session: build the document, write it safely, then record the version.

The three steps are separate because the UI runs them on different threads: `prepare_document`
reads a view of the session (any thread), `write_document` does the slow file work (a worker),
and `record_export` notes the version of that view once the file exists (the session's thread).
`export_session` chains them for the CLI and tests.

Writing is atomic: the file is written next to its destination, flushed to disk, then renamed
over it. A failed or killed export never leaves a half-written file and never harms the
previous one. python-docx and reportlab are imported only when a file is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exports.document import ExportOptions, Format, PolicyDocument, build_document
from workshop.errors import AtelierError
from workshop.session import Session
from workshop.view import SessionView

__all__ = [
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "export_session",
    "prepare_document",
    "record_export",
    "write_document",
]

FIXED_SINCE = ("baseline", "none")
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}

Writer = Callable[[PolicyDocument, Path], None]


class ExportError(AtelierError):
    """An export could not be written; the message says why and what to do about it."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    version: str  # the label recorded for this export: v0.1, v0.2 …


def prepare_document(source: Session | SessionView, options: ExportOptions) -> PolicyDocument:
    """Check the options against the session, then build the document to write.

    Given a view (Session.view(), taken on the session's thread) it may run on any thread."""
    view = source.view() if isinstance(source, Session) else source
    known = [*FIXED_SINCE, *(v.label for v in view.versions)]
    if options.since is not None and options.since not in known:
        raise ExportError(
            f"cannot show changes since {options.since!r}: choose one of {', '.join(known)}"
        )
    document = build_document(view, options)
    view.draft().to_snapshot()  # made here, off the GUI thread, for record_export to store
    return document


def write_document(document: PolicyDocument, fmt: Format, out: Path) -> None:
    """Write `document` as `fmt` to `out`, atomically; raises ExportError on any file problem."""
    out = Path(out)
    writer = writer_for(fmt)
    if out.is_dir():
        raise ExportError(f"{out} is a folder: choose a file name to export to")
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist: choose another place")
    temp = folder / f".{out.name}.{secrets.token_hex(4)}.tmp"
    replacing = False
    try:
        # Created by hand so the file gets the usual permissions (umask), not mkstemp's 0600.
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
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
    _flush_folder(folder)


def record_export(session: Session, built: SessionView, out: Path) -> ExportResult:
    """Record, as a version, the draft of the view the written file was built from: a decision
    the room took while the file was being written is not in it, so it is not in the version."""
    return ExportResult(Path(out), session.record_export(built.draft()).label)


def export_session(session: Session, options: ExportOptions, out: Path) -> ExportResult:
    """Build, write, and only once the file is in place, record the version."""
    view = session.view()
    document = prepare_document(view, options)
    write_document(document, options.format, out)
    return record_export(session, view, out)


def writer_for(fmt: Format) -> Writer:
    """The writer of `fmt`, imported now: python-docx and reportlab cost a fresh process ~0.2 s."""
    if fmt == "docx":
        from exports.docx.writer import write_docx

        return write_docx
    if fmt == "pdf":
        from exports.pdf.writer import write_pdf

        return write_pdf
    raise ExportError(f"unknown export format {fmt!r}: expected docx or pdf")


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
    if replacing and isinstance(exc, PermissionError):
        # Windows refuses to replace a file another program (Word, a PDF viewer) holds open.
        return ExportError(
            f"cannot replace {out.name}: it is open in another program or read-only. "
            "Close it and export again; the previous file is unchanged"
        )
    if exc.errno in _FULL:
        return ExportError(
            f"the disk is full: not enough space to write {out.name}. "
            "Free some space or choose another place; any previous file is unchanged"
        )
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        return ExportError(
            f"cannot write in {out.parent}: the folder is read-only or you lack permission. "
            "Choose another place"
        )
    return ExportError(f"could not write {out.name}: {exc.strerror or exc}")
