"""Writing documents in a child process, for callers that must stay responsive (the console).

The writers spend long stretches inside single C calls (XML serialisation, compression) that
hold the GIL, so a writer thread still freezes the GUI thread for 100 ms and more. A child
process shares no GIL; the calling thread only waits.

A fresh process also pays for importing the writers and loading the fonts, so `WriterProcess`
starts its child ahead of need and warms it up while the user is still choosing what to export.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType

from exports.api import ExportError, write_document
from exports.document import Format, PolicyDocument
from exports.formats import FORMATS

Progress = Callable[[int], None]


class WriterProcess:
    """One child process that writes documents, warmed up from the moment it is made."""

    def __init__(self) -> None:
        self._pool = self._start()

    @staticmethod
    def _start() -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # the same on every OS; no forked Qt state
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        # A child that cannot start or warm up now is tried again, and reported, by the write.
        with contextlib.suppress(OSError):
            pool.submit(warm_up)
        return pool

    def _submit(self, document: PolicyDocument, fmt: Format, path: Path) -> Future[None]:
        try:
            return self._pool.submit(write_document, document, fmt, path)
        except OSError as exc:  # the system refused a new process
            self._restart()  # the write queued in the refused pool must never run later
            raise ExportError(
                f"the export could not start ({exc}); try again",
                fr=f"l’export n’a pas pu démarrer ({exc}) : réessayez",
            ) from exc

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def write(
        self,
        document: PolicyDocument,
        targets: Iterable[tuple[Format, Path]],
        progressed: Progress = lambda done: None,
    ) -> list[Path]:
        """Write each target, in order; `progressed(n)` after each file."""
        written: list[Path] = []
        try:
            for fmt, path in targets:
                self._submit(document, fmt, path).result()
                written.append(path)
                progressed(len(written))
        except BrokenProcessPool as exc:
            self._restart()  # the next export gets a new child
            raise ExportError(
                "the export stopped unexpectedly before finishing; any previous file is unchanged",
                fr="l’export s’est arrêté avant la fin ; un fichier précédent reste intact",
            ) from exc
        return written

    def close(self) -> None:
        """Let the child go; a write under way still finishes."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> WriterProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def warm_up() -> None:
    """Import every writer and run its warm-ups (PDF fonts): most of what a first export spends."""
    for fmt in FORMATS.values():
        fmt.prepare()
