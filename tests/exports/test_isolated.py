"""Writing in a child process: same files, progress per file, errors brought back readable."""

from pathlib import Path

import pytest

from exports.api import ExportError, prepare_document
from exports.document import ExportOptions
from exports.isolated import write_isolated


def test_writes_every_target_and_reports_progress(demo_session, tmp_path: Path) -> None:
    document = prepare_document(demo_session, ExportOptions("docx", "fr", since="baseline"))
    targets = [("docx", tmp_path / "p.docx"), ("pdf", tmp_path / "p.pdf")]
    seen: list[int] = []
    assert write_isolated(document, targets, seen.append) == [p for _, p in targets]
    assert seen == [1, 2]
    assert (tmp_path / "p.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


def test_an_error_in_the_child_comes_back_as_an_export_error(demo_session, tmp_path) -> None:
    document = prepare_document(demo_session, ExportOptions("pdf", "en", since="none"))
    with pytest.raises(ExportError, match="is a folder"):
        write_isolated(document, [("pdf", tmp_path)])
