"""The parts of a Word package, read with bounds: a zip bomb or an XML entity bomb is refused
before it fills the memory, and a damaged zip is reported as a damaged file."""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from xml.etree import ElementTree

from workshop.policy_import import errors

MAX_PART_BYTES = 64 * 1024 * 1024  # uncompressed; a 4,000-paragraph policy is about 2 MB
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"


class Package:
    """An opened .docx: its main document part and the parts that part refers to."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise errors.corrupted(name) from exc
        self._names = set(self._zip.namelist())
        self.main = self._main_part()
        self._targets = self._relationship_targets(self.main)

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(_REL):
                if rel.get("Type", "").endswith(_OFFICE_DOCUMENT):
                    target = rel.get("Target", "").lstrip("/")
                    if target in self._names:
                        return target
        if "word/document.xml" in self._names:
            return "word/document.xml"
        raise errors.not_word(self.name)

    def _relationship_targets(self, part: str) -> dict[str, str]:
        """The main part's related parts by relationship type suffix ("styles", "numbering")."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        targets: dict[str, str] = {}
        for rel in () if rels is None else rels.iter(_REL):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            targets.setdefault(kind, posixpath.normpath(path))
        return targets

    def related(self, kind: str, fallback: str) -> ElementTree.Element | None:
        return self.xml(self._targets.get(kind, fallback))

    def xml(self, part: str) -> ElementTree.Element | None:
        """The part parsed, or None when the package does not have it."""
        if part not in self._names:
            return None
        raw = self._read(part)
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:  # never in Word's XML: an entity bomb
            raise errors.corrupted(self.name)
        try:
            return ElementTree.fromstring(raw)
        except ElementTree.ParseError as exc:
            raise errors.corrupted(self.name) from exc

    def _read(self, part: str) -> bytes:
        """The part's bytes, stopping as soon as they pass the bound: the sizes a zip declares
        can lie."""
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zip.open(part) as stream:
                while chunk := stream.read(1024 * 1024):
                    total += len(chunk)
                    if total > MAX_PART_BYTES:
                        raise errors.too_big_inside(self.name)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            raise errors.corrupted(self.name) from exc
        except RuntimeError as exc:  # a zip-level password
            raise errors.encrypted(self.name) from exc
        return b"".join(chunks)
