"""Exporting from the console: files written off the GUI thread, the version recorded after."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from exports.api import ExportError
from exports.isolated import WriterProcess
from ui.dialogs.export_dialog import ExportDialog
from ui.shell.main_window import MainWindow


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
    dialog.pdf.setChecked(True)
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


def test_the_formats_chosen_last_time_are_offered(
    window: MainWindow, demo_path: Path, tmp_path: Path, settings
) -> None:
    settings.set("export_formats", ["pdf"])
    dialog = open_export(window, demo_path, tmp_path)
    assert (dialog.docx.isChecked(), dialog.pdf.isChecked()) == (False, True)


def test_open_folder_says_where_the_files_are_without_a_file_manager(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = open_export(window, demo_path, tmp_path)
    dialog.open_folder.click()
    assert "No program to open folders was found" in dialog.status.text()
    assert str(tmp_path) in dialog.status.text()
