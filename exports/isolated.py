"""Writing documents in a child process, for callers that must stay responsive (the console).

python-docx and reportlab spend long stretches inside single C calls (XML serialisation,
compression) that hold the GIL, so a writer thread still freezes the GUI thread for 100 ms and
more. A child process shares no GIL; the calling thread only waits.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from exports.api import ExportError, write_document
from exports.document import Format, PolicyDocument


def write_isolated(
    document: PolicyDocument,
    targets: Iterable[tuple[Format, Path]],
    progressed: Callable[[int], None] = lambda done: None,
) -> list[Path]:
    """Write each target in one child process, in order; `progressed(n)` after each file."""
    written: list[Path] = []
    context = multiprocessing.get_context("spawn")  # the same on every OS; no forked Qt state
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            for fmt, path in targets:
                pool.submit(write_document, document, fmt, path).result()
                written.append(path)
                progressed(len(written))
    except BrokenProcessPool as exc:
        raise ExportError(
            "the export stopped unexpectedly before finishing; any previous file is unchanged"
        ) from exc
    return written
