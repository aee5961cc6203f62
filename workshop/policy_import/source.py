"""Reading the file itself, safely: a regular file (never a FIFO or a device, which would block or
never end), at most 20 MB, and what kind of document its first bytes say it is."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Literal

from workshop.policy_import import errors

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and password-protected .docx
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
Kind = Literal["docx", "md", "txt"]
TEXT_SUFFIXES: dict[str, Kind] = {".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt"}


def read_source(path: Path) -> bytes:
    """The file's bytes; refuses what is not a regular file or is over 20 MB."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise errors.unreadable(path.name, exc.strerror or str(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise errors.not_a_regular_file(path.name)
        if info.st_size > errors.MAX_BYTES:
            raise errors.too_large(path.name)
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(errors.MAX_BYTES + 1)
    except OSError as exc:
        raise errors.unreadable(path.name, exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)
    if len(data) > errors.MAX_BYTES:  # it grew while we read it
        raise errors.too_large(path.name)
    return data


def kind_of(name: str, data: bytes) -> Kind:
    """What the content is, whatever its name says: a renamed .doc is still a .doc."""
    if data.startswith(OLE_MAGIC):
        raise errors.encrypted(name) if ENCRYPTED_STREAM in data else errors.legacy_doc(name)
    if data.startswith(ZIP_MAGIC):
        return "docx"
    suffix = Path(name).suffix.lower()
    if suffix in (".docx", ".docm", ".dotx"):
        raise errors.corrupted(name)
    if suffix == ".doc" or data.startswith(b"{\\rtf"):
        raise errors.legacy_doc(name)
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    raise errors.unsupported(name)


def decode_text(name: str, data: bytes) -> str:
    """UTF-8 (with or without its mark), UTF-16 with its mark, else Windows' Latin encoding:
    what Notepad and text editors save French in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise errors.corrupted(name) from exc
    if b"\x00" in data:
        raise errors.unsupported(name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
