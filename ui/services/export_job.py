"""Exporting without freezing the console (or the projector's clock): the document is built on
a worker thread from an immutable view of the session, and the files are written in a child
process. Recording the version afterwards happens on the GUI thread that owns the session, and
records the view's draft: the one written, whatever the room decided meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from exports.api import prepare_document
from exports.document import ExportOptions, Format
from exports.isolated import WriterProcess
from workshop.view import SessionView


class ExportSignals(QObject):
    progressed = Signal(int, int)  # files written, files to write
    finished = Signal(object, list)  # the view the files were built from, the paths written
    failed = Signal(object)  # the exception that stopped the job (ExportError, mostly)


class ExportJob(QRunnable):
    def __init__(
        self,
        view: SessionView,
        options: ExportOptions,
        targets: Sequence[tuple[Format, Path]],
        writer: WriterProcess,
    ) -> None:
        super().__init__()
        self.signals = ExportSignals()  # created on the GUI thread, so its slots run there
        self._view = view
        self._options = options
        self._targets = list(targets)
        self._writer = writer

    def run(self) -> None:
        try:
            document = prepare_document(self._view, self._options)
            self.signals.progressed.emit(0, len(self._targets))
            written = self._writer.write(
                document,
                self._targets,
                lambda done: self.signals.progressed.emit(done, len(self._targets)),
            )
        except Exception as exc:  # whatever stops a writer must reach the dialog, not hang it
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(self._view, written)
