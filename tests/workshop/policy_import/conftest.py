"""Fixtures writing .docx policies into the test's folder and importing them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from workshop.policy_import import ImportedPolicy, import_policy

Build = Callable[[docx.document.Document], None]


@pytest.fixture
def write_docx(tmp_path: Path) -> Callable[[Build], Path]:
    def write(build: Build, name: str = "policy.docx") -> Path:
        document = docx.Document()
        build(document)
        path = tmp_path / name
        document.save(str(path))
        return path

    return write


@pytest.fixture
def imported(write_docx: Callable[[Build], Path]) -> Callable[[Build], ImportedPolicy]:
    return lambda build: import_policy(write_docx(build))
