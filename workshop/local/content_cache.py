"""A cache of the parsed built-in content, like Python's own .pyc files: parsing ~200 KB of TOML
costs ~50 ms at every start, unpickling the result ~5 ms.

The key covers every content file's path, size and modification time and this module's format,
so an edited deck is parsed again; any problem with the cache just means parsing as usual.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from workshop.digest import sha256
from workshop.local.atomic import write_atomically
from workshop.local.settings import APP_NAME, user_dirs

FORMAT = 3  # raised whenever a cached class changes shape
T = TypeVar("T")


def cache_dir() -> Path:
    return Path(user_dirs().user_cache_dir(APP_NAME, appauthor=False))


def _place(sources: list[Path]) -> str:
    """Which files (resolved): two copies of Atelier, an install and a working copy, keep an
    entry each."""
    return sha256("\n".join(map(str, sources)).encode()).hexdigest()[:12]


def _key(sources: list[Path]) -> str:
    """Which state of those files, in which format."""
    digest = sha256(f"{FORMAT}:{sys.version}".encode())
    for path in sources:
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def cached(
    name: str, sources: Iterable[Path], build: Callable[[], T], folder: Path | None = None
) -> T:
    """`build()`'s result, from the cache when `sources` are unchanged since it was stored."""
    try:
        ordered = sorted(path.resolve() for path in sources)  # resolved once: both names use it
        entry = f"{name}-{_place(ordered)}"
        path = (folder or cache_dir()) / f"{entry}-{_key(ordered)}.pickle"
    except OSError:
        return build()
    with contextlib.suppress(Exception):  # a damaged cache of any kind is just parsed again
        return pickle.loads(path.read_bytes())
    value = build()
    with contextlib.suppress(OSError, pickle.PickleError):
        for stale in path.parent.glob(f"{entry}-*.pickle"):  # earlier states of these files
            stale.unlink(missing_ok=True)
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
