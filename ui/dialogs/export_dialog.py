"""Exporting the draft for legal: DOCX with tracked changes and comments, PDF to read, in either
language, against any earlier version. The files are written in the background; the version is
recorded only once they exist."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.api import ExportError, ExportOptions, check_destination, record_export
from exports.document import Format
from exports.formats import FORMATS
from exports.isolated import WriterProcess
from ui.dialogs.error_dialog import show_error
from ui.services.controller import SessionController
from ui.services.export_job import ExportJob
from ui.widgets.factories import named, text_label
from workshop.errors import AtelierError
from workshop.local.settings import Settings
from workshop.text import Language
from workshop.view import SessionView


class ExportDialog(QDialog):
    def __init__(
        self,
        controller: SessionController,
        settings: Settings,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the policy draft"))
        self.setAccessibleName(self.tr("Export the policy draft"))
        self.resize(620, 460)
        self._controller = controller
        self._settings = settings
        self._language = language  # the interface's: for the errors the domain words in both
        self._job: ExportJob | None = None
        self._writer = WriterProcess()  # warms up while the user chooses: the export runs warm
        session = controller.require()
        self.formats: dict[Format, QCheckBox] = {}
        remembered = settings.get("export_formats")  # the last export's, else each one's default
        for fmt in FORMATS.values():
            box = named(
                QCheckBox(fmt.label.get(language)),
                self.tr("Export as {format}").format(format=fmt.name),
            )
            box.setChecked(fmt.key in remembered if remembered else fmt.checked)
            self.formats[fmt.key] = box
        self.language = named(QComboBox(), self.tr("Document language"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(session.state.info.language))
        self.since = named(QComboBox(), self.tr("Show changes since"))
        self.since.addItem(self.tr("the baseline template"), "baseline")
        for version in session.versions():
            self.since.addItem(
                self.tr("{label}, exported {date}").format(
                    label=version.label, date=version.created_at[:10]
                ),
                version.label,
            )
        self.since.addItem(self.tr("nothing: a clean copy"), "none")
        self.since.setCurrentIndex(self.since.findData(session.default_since()))
        self.participants = named(
            QCheckBox(self.tr("Include the list of participants")), self.tr("Include participants")
        )
        self.participants.setChecked(True)
        self.layout_choice = named(QComboBox(), self.tr("Word document layout"))
        self.layout_choice.addItem(self.tr("Atelier's layout"), "atelier")
        original = session.content.original
        if original is not None and original.data:  # their .docx can be given back redlined
            self.layout_choice.addItem(
                self.tr("Their own document, redlined (appendices in a second file)"), "original"
            )
        folder = settings.get("export_folder") or str(session.path.parent)
        self.folder = named(QLineEdit(folder), self.tr("Export folder"))
        browse = named(QPushButton(self.tr("Browse…")), self.tr("Choose the export folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.progress = named(QProgressBar(), self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = text_label("", "small", muted=True)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        for index, box in enumerate(self.formats.values()):
            form.addRow(self.tr("Formats") if index == 0 else "", box)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Track changes since"), self.since)
        form.addRow(self.tr("Participants"), self.participants)
        if self.layout_choice.count() > 1:
            form.addRow(self.tr("Word layout"), self.layout_choice)
        form.addRow(self.tr("Save in"), folder_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = named(QPushButton(self.tr("Export")), self.tr("Export"))
        self.open_folder = named(
            QPushButton(self.tr("Open folder")), self.tr("Open the export folder")
        )
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setVisible(False)  # after addButton, which shows it
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start)
        self.open_folder.clicked.connect(self._open_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("Export the policy draft"), "title"))
        self.next_version = text_label("", muted=True)
        self._show_next_version()
        layout.addWidget(self.next_version)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _show_next_version(self) -> None:
        """The number the next export gets: after an export, the same one until the draft
        changes."""
        session = self._controller.require()
        version = session.next_version_label()
        text = (
            self.tr("This export becomes version {version}.")
            if session.has_changes_since_export()
            else self.tr(
                "The draft as it stands is {version}: exporting it again keeps that number."
            )
        )
        self.next_version.setText(text.format(version=version))

    @property
    def running(self) -> bool:
        return self._job is not None

    def _targets(self, version: str) -> list[tuple[Format, Path]]:
        session = self._controller.require()
        language = self.language.currentData()
        stem = f"{session.path.stem} {version} {language}"
        folder = Path(self.folder.text())
        return [
            (key, folder / FORMATS[key].file_name(stem))
            for key, box in self.formats.items()
            if box.isChecked()
        ]

    def start(self) -> None:
        """Take a view of the session here; build and write the files on a worker."""
        session = self._controller.require()
        view = session.view()
        targets = self._targets(view.next_version_label())
        if not targets:
            self.status.setText(self.tr("Choose at least one format."))
            return
        try:
            for fmt, path in targets:
                check_destination(session.path, fmt, path)
        except ExportError as exc:
            self._failed(exc)
            return
        options = ExportOptions(
            format=targets[0][0],  # one document for every format; each target names its own
            language=self.language.currentData(),
            since=self.since.currentData(),
            include_participants=self.participants.isChecked(),
            layout=self.layout_choice.currentData(),
        )
        self._job = ExportJob(view, options, targets, self._writer)
        self._job.signals.progressed.connect(self._progressed)
        self._job.signals.finished.connect(self._finished)
        self._job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setText(self.tr("Writing files (%n)…", "", len(targets)))
        QThreadPool.globalInstance().start(self._job)

    def reject(self) -> None:
        if not self.running:  # the files are being written: closing now would hide the outcome
            super().reject()

    def done(self, result: int) -> None:
        self._writer.close()
        super().done(result)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, built: SessionView, paths: list[Path]) -> None:
        """Record the version now the files exist: the draft they were built from (not the one
        standing now, if the room decided meanwhile), one label for all its formats."""
        self._job = None
        self._set_busy(False)
        session = self._controller.require()
        names = ", ".join(p.name for p in paths)
        try:
            result = record_export(session, built, paths[-1])
        except (AtelierError, OSError, sqlite3.Error) as exc:  # full disk, read-only, a change
            # The files stay: they are good documents, only the version number is missing.
            self.status.setText(
                self.tr("Written but not recorded as a version: {names}. {reason}").format(
                    names=names, reason=self._reason(exc)
                )
            )
            show_error(self, exc, self.tr("The files were written, but not recorded as a version"))
            return
        formats = [fmt for fmt, _path in self._targets(result.version)]
        self._settings.update({"export_folder": self.folder.text(), "export_formats": formats})
        self._show_next_version()
        self.status.setText(
            self.tr("Exported {version}: {names}").format(version=result.version, names=names)
        )
        self.open_folder.setVisible(True)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self._set_busy(False)
        self.status.setText(
            self.tr("The export failed; nothing was recorded. {reason}").format(
                reason=self._reason(error)
            )
        )
        show_error(self, error, self.tr("The export could not be written"))

    def _reason(self, error: Exception) -> str:
        """The error's own words, in the interface language when it carries both."""
        return error.text(self._language) if isinstance(error, AtelierError) else str(error)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy or self.progress.isVisible())
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setValue(0 if busy else 1)
        self.export_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _open_folder(self) -> None:
        """The folder in the file manager; without one (a bare desktop), where to look."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())):
            self.status.setText(
                self.tr("No program to open folders was found. The files are in {folder}").format(
                    folder=self.folder.text()
                )
            )
