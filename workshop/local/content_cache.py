"""A cache of the parsed built-in content, like Python's own .pyc files: parsing ~200 KB of TOML
costs ~50 ms at every start, unpickling the result ~5 ms.

The key covers every content file's path, size and modification time, and the state of the
domain's own code, so an edited deck is parsed again and so is content cached by an earlier
version of Atelier whose classes had another shape (an upgrade must never unpickle a template
without a field the new code reads); any problem with the cache just means parsing as usual.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

from workshop.digest import sha256
from workshop.local.atomic import write_atomically
from workshop.local.settings import APP_NAME, user_dirs

T = TypeVar("T")
CODE = Path(__file__).resolve().parents[1]  # the workshop package, whose classes are cached


def cache_dir() -> Path:
    return Path(user_dirs().user_cache_dir(APP_NAME, appauthor=False))


def _place(sources: list[Path]) -> str:
    """Which files (resolved): two copies of Atelier, an install and a working copy, keep an
    entry each."""
    return sha256("\n".join(map(str, sources)).encode()).hexdigest()[:12]


@cache
def _code_state() -> str:
    """Which state of the domain's code: the size and time of each of its modules (~40 stats)."""
    modules = sorted(CODE.rglob("*.py"))
    return ";".join(f"{m}:{m.stat().st_size}:{m.stat().st_mtime_ns}" for m in modules)


def _key(sources: list[Path]) -> str:
    """Which state of those files, read by which code."""
    digest = sha256(f"{_code_state()}:{sys.version}".encode())
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
