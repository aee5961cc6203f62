"""File › Import legal's review…: the report shown first, nothing applied until Apply; the
approve-version dialog; a file of the wrong kind explained, the session untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from exports.api import export_session
from exports.document import ExportOptions
from tests.exports.docx.test_legal_review import LEGAL_SCOPE, REPLY, legal_review
from ui.dialogs.review_dialog import ApproveDialog, ReviewDialog
from ui.shell.main_window import MainWindow
from workshop.commands import ApproveVersion
from workshop.demo import write_demo
from workshop.session import Session


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, Path]:
    """A French demo exported as v0.1, and legal's review of it."""
    path = write_demo(tmp_path / "demo-fr.atelier", "fr")
    session = Session.open(path)
    try:
        out = tmp_path / "v0.1.docx"
        export_session(session, ExportOptions("docx", "fr", since="baseline"), out)
    finally:
        session.close()
    return path, legal_review(out, tmp_path / "relu.docx")


def open_review(window: MainWindow, monkeypatch, file: Path) -> None:
    monkeypatch.setattr(
        "ui.shell.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(file), "")
    )
    window.menu.import_review.trigger()


def test_the_report_comes_first_and_apply_is_one_undoable_step(
    window: MainWindow, reviewed: tuple[Path, Path], monkeypatch
) -> None:
    path, file = reviewed
    assert window.sessions.open(path)
    open_review(window, monkeypatch, file)
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    rows = [
        [dialog.clauses.item(r, c).text() for c in range(3)]
        for r in range(dialog.clauses.rowCount())
    ]
    assert ["1.2", "edited by legal", LEGAL_SCOPE] in rows
    assert any(row[1] == "changes rejected" for row in rows)
    assert dialog.replies.item(0, 2).text() == REPLY
    session = window.controller.require()
    assert session.state.legal_reviews == ()  # shown, not applied
    dialog.apply.click()
    assert not dialog.isVisible()
    assert session.draft().clause("purpose.scope").text.fr == LEGAL_SCOPE
    assert session.state.legal_reviews[-1].answers[0].resolved
    assert "legal's review of v0.1" in window.menu.undo.text()
    window.menu.undo.trigger()
    assert session.state.legal_reviews == ()


def test_a_text_file_is_explained_and_changes_nothing(
    window: MainWindow, reviewed: tuple[Path, Path], monkeypatch, messages, tmp_path: Path
) -> None:
    path, _file = reviewed
    assert window.sessions.open(path)
    notes = tmp_path / "notes.txt"
    notes.write_text("vu", encoding="utf-8")
    open_review(window, monkeypatch, notes)
    assert window.findChild(ReviewDialog) is None
    assert any("not a Word document" in details for _heading, details in messages.shown)
    assert window.controller.require().state.legal_reviews == ()


def test_approve_dialog_marks_the_version_approved(
    window: MainWindow, reviewed: tuple[Path, Path]
) -> None:
    path, _file = reviewed
    assert window.sessions.open(path)
    window.menu.approve.trigger()
    dialog = window.findChild(ApproveDialog)
    assert dialog is not None and dialog.version.currentText() == "v0.1"
    dialog.by.setText("Me Dupont, directrice juridique")
    dialog.reference.setText("CA-2026-12")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    approval = window.controller.require().view().approval("v0.1")
    assert approval is not None and approval.reference == "CA-2026-12"


def test_new_review_needs_an_approved_version_then_opens_the_new_session(
    window: MainWindow, reviewed: tuple[Path, Path], monkeypatch, messages, tmp_path: Path
) -> None:
    path, _file = reviewed
    assert window.sessions.open(path)
    target = tmp_path / "revue-2027.atelier"
    monkeypatch.setattr(
        "ui.shell.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.menu.new_review.trigger()
    assert any("no approved version" in details for _heading, details in messages.shown)
    assert not target.exists()
    session = window.controller.require()
    session.execute(ApproveVersion("v0.1", "Me Dupont", "2026-12-03T10:00:00"))
    window.menu.new_review.trigger()
    assert target.exists() and window.controller.require().path == target
    assert window.controller.require().state.earlier_review is not None
