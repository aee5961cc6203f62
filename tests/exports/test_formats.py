"""The registry of formats: one entry is all a new format needs (CLI, dialog, suffix, warm-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main
from exports.api import ExportError, export_format
from exports.formats import FORMATS, ExportFormat, format_of
from exports.isolated import warm_up
from workshop.session import Session

ROOT = Path(__file__).parents[2]


def test_a_registered_format_is_a_cli_choice_that_exports(
    plain_text: ExportFormat, demo_session: Session, tmp_path: Path, capsys
) -> None:
    export = next(
        action
        for group in main._parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, action in group.choices.items()
        if name == "export"
    )
    choices = next(a.choices for a in export._actions if a.dest == "format")
    assert list(choices) == ["docx", "pdf", "txt"]
    path = demo_session.path
    demo_session.close()
    out = tmp_path / "policy.txt"
    assert main.main(["export", str(path), "--format", "txt", "--out", str(out)]) == 0
    assert "(v0.1)" in capsys.readouterr().out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Norelia" and len(lines) > 20
    refused = main.main(["export", str(path), "--format", "txt", "--out", str(out) + ".pdf"])
    assert refused == 2 and "must be named *.txt" in capsys.readouterr().err


def test_a_registered_format_warms_up_with_the_others(plain_text: ExportFormat) -> None:
    warm_up()
    assert sys.modules["atelier_plain_text"].WARMED is True


def test_suffixes_name_their_formats_and_unknown_ones_are_refused_in_both_languages() -> None:
    assert format_of(Path("a.DOCX")) is FORMATS["docx"]
    assert format_of(Path("a.pdf")) is FORMATS["pdf"]
    assert format_of(Path("a.odt")) is None
    with pytest.raises(ExportError, match="expected one of docx, pdf") as refused:
        export_format("odt")
    assert "choisissez parmi docx, pdf" in refused.value.text("fr")


def test_the_registry_imports_no_writer() -> None:
    code = "import sys, exports.formats; print(sorted({'docx', 'reportlab'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
