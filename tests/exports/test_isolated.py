"""Writing in a child process: same files, progress per file, errors brought back readable, and
a child that dies is replaced for the next export."""

import errno
from multiprocessing.context import SpawnProcess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from exports.api import ExportError, prepare_document
from exports.document import ExportOptions
from exports.isolated import WriterProcess
from exports.pdf.fonts import SANS, SANS_BOLD, SERIF


def test_writes_every_target_and_reports_progress(demo_session, tmp_path: Path) -> None:
    document = prepare_document(demo_session, ExportOptions("docx", "fr", since="baseline"))
    targets = [("docx", tmp_path / "p.docx"), ("pdf", tmp_path / "p.pdf")]
    seen: list[int] = []
    with WriterProcess() as writer:
        assert writer.write(document, targets, seen.append) == [p for _, p in targets]
    assert seen == [1, 2]
    assert (tmp_path / "p.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_child_warms_up_before_it_is_asked_to_write() -> None:
    with WriterProcess() as writer:  # tasks run in order: this one after the warm-up
        fonts = writer._pool.submit(pdfmetrics.getRegisteredFontNames).result()
    assert {SANS, SANS_BOLD, SERIF} <= set(fonts)


def test_an_error_in_the_child_comes_back_as_an_export_error(demo_session, tmp_path) -> None:
    document = prepare_document(demo_session, ExportOptions("pdf", "en", since="none"))
    with WriterProcess() as writer, pytest.raises(ExportError, match="is a folder"):
        writer.write(document, [("pdf", tmp_path)])


def test_a_child_that_dies_is_reported_then_replaced(demo_session, tmp_path: Path) -> None:
    document = prepare_document(demo_session, ExportOptions("pdf", "en", since="none"))
    with WriterProcess() as writer:
        writer.write(document, [("pdf", tmp_path / "before.pdf")])
        for child in writer._pool._processes.values():  # as if killed by the OS
            child.kill()
            child.join()
        with pytest.raises(ExportError, match="stopped unexpectedly"):
            writer.write(document, [("pdf", tmp_path / "lost.pdf")])
        assert not (tmp_path / "lost.pdf").exists()
        assert writer.write(document, [("pdf", tmp_path / "after.pdf")]) == [tmp_path / "after.pdf"]
    assert (tmp_path / "after.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_child_the_system_refuses_is_reported_and_tried_again(
    demo_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = prepare_document(demo_session, ExportOptions("pdf", "en", since="none"))
    start = SpawnProcess.start

    def refuse(process: SpawnProcess) -> None:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(SpawnProcess, "start", refuse)
    with WriterProcess() as writer:  # opening the export dialog still works
        with pytest.raises(ExportError, match=r"could not start .*Resource temporarily"):
            writer.write(document, [("pdf", tmp_path / "refused.pdf")])
        monkeypatch.setattr(SpawnProcess, "start", start)
        assert writer.write(document, [("pdf", tmp_path / "later.pdf")]) == [tmp_path / "later.pdf"]
    assert not (tmp_path / "refused.pdf").exists()  # reported as not written: never written
