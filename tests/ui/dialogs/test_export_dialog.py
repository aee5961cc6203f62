"""Exporting from the console: files written off the GUI thread, the version recorded after."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from exports.api import ExportError
from exports.formats import ExportFormat
from exports.isolated import WriterProcess
from ui.dialogs.export_dialog import ExportDialog
from ui.shell.main_window import MainWindow
from workshop.commands import RecordDecision
from workshop.errors import SessionSaveError
from workshop.model import Decision


def open_export(window: MainWindow, demo_path: Path, out: Path) -> ExportDialog:
    assert window.sessions.open(demo_path)
    window.menu.export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.folder.setText(str(out))
    return dialog


def test_exports_both_formats_without_blocking_the_console(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, settings, monkeypatch
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    dialog = open_export(window, demo_path, out)
    session = window.controller.require()
    assert window.isWindowModified()  # never exported
    assert dialog.since.currentData() == "baseline"
    dialog.formats["pdf"].setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # not the session's

    threads: list[int] = []
    write = WriterProcess.write

    def write_and_note_thread(writer, document, targets, progressed):
        threads.append(threading.get_ident())
        return write(writer, document, targets, progressed)

    monkeypatch.setattr(WriterProcess, "write", write_and_note_thread)
    dialog.export_button.click()
    assert dialog.running
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert not close.isEnabled()  # the outcome stays on screen until the files exist
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)

    stem = session.path.stem
    written = sorted(p.name for p in out.iterdir())
    assert written == [f"{stem} v0.1 fr.docx", f"{stem} v0.1 fr.pdf"], dialog.status.text()
    assert [v.label for v in session.versions()] == ["v0.1"]
    assert "v0.1" in dialog.status.text() and dialog.open_folder.isVisible()
    assert not window.isWindowModified()
    assert settings.get("export_folder") == str(out)
    assert settings.get("export_formats") == ["docx", "pdf"]  # offered again next time
    assert "v0.1" in dialog.next_version.text()  # the draft as exported: the number it keeps
    # The slow part never runs on the GUI thread, which keeps the console (and the projector's
    # clock) alive; only taking a view of the session and recording the version happen there.
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_a_failed_export_is_explained_and_records_nothing(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, messages, monkeypatch
) -> None:
    def refuse(writer, document, targets, progressed):
        raise ExportError("the disk is full: not enough space to write the file")

    monkeypatch.setattr(WriterProcess, "write", refuse)
    dialog = open_export(window, demo_path, tmp_path)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert messages.shown[-1][0] == "The export could not be written"
    assert "disk is full" in messages.shown[-1][1]
    assert window.controller.require().versions() == []


@pytest.mark.parametrize("since", ["none", "baseline"])
def test_since_choices_are_offered(window: MainWindow, demo_path: Path, tmp_path, since) -> None:
    dialog = open_export(window, demo_path, tmp_path)
    assert dialog.since.findData(since) >= 0


def test_a_decision_taken_while_writing_is_not_in_the_recorded_version(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    gate = threading.Event()
    write = WriterProcess.write

    def write_when_let(writer, document, targets, progressed):
        gate.wait(30)
        return write(writer, document, targets, progressed)

    monkeypatch.setattr(WriterProcess, "write", write_when_let)
    dialog = open_export(window, demo_path, tmp_path)
    session = window.controller.require()
    built = session.draft().content_hash()
    dialog.export_button.click()
    state = session.state
    pending = next(i.card_id for i in state.agenda if i.card_id not in state.status)
    window.controller.execute(RecordDecision(Decision(pending, "2026-11-23T12:00", option_id="a")))
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    (version,) = session.versions()
    assert version.content_hash == built != session.draft().content_hash()
    assert window.isWindowModified()  # the new decision is not exported yet


def test_a_registered_format_is_a_checkbox_in_the_export_dialog(
    plain_text: ExportFormat, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    assert window.sessions.open(demo_path)
    dialog = ExportDialog(window.controller, window._settings, "fr", window)
    assert list(dialog.formats) == ["docx", "pdf", "txt"]
    box = dialog.formats["txt"]
    assert box.text() == "Texte brut, pour un coup d’œil" and not box.isChecked()
    assert box.accessibleName() == "Export as Text"
    box.setChecked(True)
    dialog.formats["docx"].setChecked(False)
    dialog.folder.setText(str(tmp_path))
    targets = dialog._targets("v0.1")
    assert targets == [("txt", tmp_path / f"{demo_path.stem} v0.1 en.txt")]
    dialog.done(0)


def test_a_version_that_cannot_be_recorded_is_said_and_the_files_kept(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, messages, monkeypatch
) -> None:
    """A full disk or a read-only session refuses the version after the files are written."""

    def refuse(*args: object) -> None:
        raise SessionSaveError(
            "Could not save demo.atelier: the disk is full.",
            fr="Impossible d’enregistrer demo.atelier : le disque est plein.",
        )

    monkeypatch.setattr("ui.dialogs.export_dialog.record_export", refuse)
    out = tmp_path / "exports"
    out.mkdir()
    dialog = open_export(window, demo_path, out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert messages.shown[-1][0] == "The files were written, but not recorded as a version"
    assert "disk is full" in messages.shown[-1][1]
    status = dialog.status.text()
    assert "not recorded" in status and "the disk is full" in status, status
    assert [p.name for p in out.iterdir()] == [f"{demo_path.stem} v0.1 en.docx"]
    assert dialog.export_button.isEnabled() and window.controller.require().versions() == []


def test_the_formats_chosen_last_time_are_offered(
    window: MainWindow, demo_path: Path, tmp_path: Path, settings
) -> None:
    settings.set("export_formats", ["pdf"])
    dialog = open_export(window, demo_path, tmp_path)
    assert (dialog.formats["docx"].isChecked(), dialog.formats["pdf"].isChecked()) == (False, True)


def test_open_folder_says_where_the_files_are_without_a_file_manager(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = open_export(window, demo_path, tmp_path)
    dialog.open_folder.click()
    assert "No program to open folders was found" in dialog.status.text()
    assert str(tmp_path) in dialog.status.text()
