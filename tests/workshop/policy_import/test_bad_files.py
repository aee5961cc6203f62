"""Files that cannot be imported are refused with a message in both languages, and nothing is
written: old .doc, password-protected, damaged, empty, images only, too big, not a file."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from docx.shared import Inches

from workshop.policy_import import PolicyImportError, import_policy, ooxml
from workshop.policy_import.source import OLE_MAGIC


def _png() -> bytes:
    """A one-pixel PNG: a scanned page, as far as the importer is concerned."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _refused(path: Path, english: str, french: str) -> PolicyImportError:
    before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(PolicyImportError) as caught:
        import_policy(path)
    assert english in caught.value.text("en")
    assert french in caught.value.text("fr")
    assert path.name in caught.value.text("fr")
    assert sorted(p.name for p in path.parent.iterdir()) == before
    return caught.value


def _ole(tmp_path: Path, name: str, streams: list[str]) -> Path:
    """The start of a compound file (what Word 97-2003 and encrypted .docx files are) whose
    directory names `streams`."""
    directory = b"".join(s.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for s in streams)
    path = tmp_path / name
    path.write_bytes(OLE_MAGIC + bytes(504) + directory)
    return path


def test_a_legacy_doc_is_refused_even_renamed(tmp_path: Path) -> None:
    _refused(_ole(tmp_path, "old.doc", ["WordDocument", "1Table"]), ".doc", "ancien fichier Word")
    _refused(_ole(tmp_path, "old.docx", ["WordDocument"]), "save it as .docx", "format .docx")


def test_a_password_protected_docx_is_refused(tmp_path: Path) -> None:
    path = _ole(tmp_path, "secret.docx", ["EncryptionInfo", "EncryptedPackage"])
    _refused(path, "protected by a password", "protégé par un mot de passe")


def test_a_damaged_zip_is_refused(write_docx, tmp_path: Path) -> None:
    good = write_docx(lambda d: d.add_paragraph("Text."))
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(cut, "damaged", "endommagé")
    flipped = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as package:
        info = package.getinfo("word/document.xml")
    flipped[info.header_offset + 30 + len(info.filename) + 10] ^= 0xFF
    broken = tmp_path / "broken.docx"
    broken.write_bytes(bytes(flipped))
    _refused(broken, "damaged", "endommagé")


def test_a_zip_without_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", "<office:document/>")
    _refused(path, "not a Word document", "pas un document Word")


def test_an_empty_document_is_refused(write_docx, tmp_path: Path) -> None:
    def blank(document) -> None:
        document.add_paragraph("")
        document.add_paragraph("   ")
        document.sections[0].header.paragraphs[0].text = "Only a header"

    _refused(write_docx(blank), "has no text", "aucun texte")
    titled = write_docx(lambda d: d.add_paragraph("Social media policy", style="Title"), "t.docx")
    _refused(titled, "has no text", "aucun texte")
    text = tmp_path / "empty.txt"
    text.write_text("\n  \n\n", encoding="utf-8")
    _refused(text, "has no text", "aucun texte")


def test_an_image_only_document_is_refused(write_docx, tmp_path: Path) -> None:
    image = tmp_path / "scan.png"
    image.write_bytes(_png())
    path = write_docx(lambda d: d.add_picture(str(image), width=Inches(1)), "scan.docx")
    _refused(path, "only images", "que des images")


def test_a_file_over_20_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    _refused(path, "over 20 MB", "dépasse 20 Mo")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.docx"
    os.mkfifo(fifo)
    _refused(fifo, "not a regular file", "pas un fichier ordinaire")


def test_a_device_or_a_folder_is_refused(tmp_path: Path) -> None:
    if Path("/dev/zero").exists():
        with pytest.raises(PolicyImportError, match="not a regular file"):
            import_policy(Path("/dev/zero"))
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    with pytest.raises(PolicyImportError):
        import_policy(folder)


def test_a_zip_bomb_is_refused_before_it_is_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<w:document>" + b" " * (8 * 1024 * 1024))
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    _refused(path, "far more text", "bien plus de texte")


def test_an_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml",
            '<!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><d>&b;</d>',
        )
    _refused(path, "damaged", "endommagé")


def test_other_formats_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "policy.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    _refused(pdf, "reads .docx, .md and .txt", "lit les fichiers .docx")
    rtf = tmp_path / "policy.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi Hello}")
    _refused(rtf, ".doc", ".doc")


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyImportError, match="cannot read the file"):
        import_policy(tmp_path / "nowhere.docx")
