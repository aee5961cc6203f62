"""Killing the process at any moment loses no committed change and leaves a healthy session: while
it commits, while it opens and backs up, while it creates a session, while it exports.

Workers are forked from the test process (the modules are already imported, so a round costs
milliseconds, not a Python start-up) and killed with SIGKILL at a random moment."""

from __future__ import annotations

import os
import random
import signal
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from exports.api import ExportOptions, export_session
from workshop.commands import RecordDecision
from workshop.content import Content
from workshop.errors import SessionFileError
from workshop.model import Decision, SessionInfo
from workshop.session import Session

WRITER_ROUNDS = 150
ROUNDS_PER_FILE = 30
CREATE_ROUNDS = 30
EXPORT_ROUNDS = 20


def _killed(
    work: Callable[[Callable[[str], None]], None], delay: float, after: str = ""
) -> list[str]:
    """Run `work` in a forked child and SIGKILL it `delay` seconds after it acknowledged `after`
    (or after it started); every line it acknowledged before it died."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            work(lambda line: os.write(write_end, f"{line}\n".encode()))
        except BaseException as error:  # reported to the test, which fails on it
            os.write(write_end, f"failed: {error!r}\n".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        seen = [pipe.readline().decode().strip()] if after else []
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines = seen + pipe.read().decode(errors="replace").splitlines()
    assert not [line for line in lines if line.startswith("failed:")], lines
    return [line for line in lines if line and line != after]


def _decide(round_id: int, i: int) -> RecordDecision:
    option = ("redirect", "drop-log")[i % 2]
    return RecordDecision(
        Decision("journalist", "2026-11-23T10:00:00", option_id=option, rationale=f"{round_id}-{i}")
    )


def test_sigkill_while_writing_or_opening_loses_no_committed_decision(
    tmp_path: Path, info: SessionInfo, small_content: Content
) -> None:
    rng = random.Random(20261123)
    acknowledged: list[str] = []
    committed_rounds = 0
    for round_id in range(WRITER_ROUNDS):
        path = tmp_path / f"crash-{round_id // ROUNDS_PER_FILE}.atelier"  # replays stay short
        if round_id % ROUNDS_PER_FILE == 0:
            Session.create(path, info, small_content).close()
            acknowledged = []

        def write(ack: Callable[[str], None], path: Path = path, round_id: int = round_id) -> None:
            session = Session.open(path, small_content)
            ack("open")
            for i in range(100_000):
                session.execute(_decide(round_id, i))
                ack(f"{round_id}-{i}")

        if rng.random() < 0.2:  # while it checks, replays and backs up the file
            lines = _killed(write, rng.uniform(0.0, 0.05))
        else:
            lines = _killed(write, rng.uniform(0.0, 0.02), after="open")
        acknowledged += [line for line in lines if line != "open"]
        session = Session.open(path, small_content, read_only=True)  # checks, replays all
        try:
            stored = {d.rationale for d in session.state.decisions}
            missing = [a for a in acknowledged if a not in stored]
            assert not missing, f"round {round_id}: lost {missing[:5]}"
            committed_rounds += any(a.startswith(f"{round_id}-") for a in acknowledged)
        finally:
            session.close()
    assert committed_rounds >= WRITER_ROUNDS // 2, "most rounds must commit before the kill"


def test_sigkill_while_creating_never_blocks_creating_again(
    tmp_path: Path, info: SessionInfo, small_content: Content
) -> None:
    rng = random.Random(15)
    outcomes = {"created": 0, "not created": 0}
    # Kills spread over twice what a creation takes on this machine now, so both outcomes come
    # up whether the machine is fast or busy.
    started = time.perf_counter()
    Session.create(tmp_path / "timed.atelier", info, small_content).close()
    window = 2 * (time.perf_counter() - started)
    for round_id in range(CREATE_ROUNDS):
        path = tmp_path / f"new-{round_id}.atelier"

        def create(ack: Callable[[str], None], path: Path = path) -> None:
            ack("started")
            Session.create(path, info, small_content).close()
            ack("created")

        acked = _killed(create, rng.uniform(0.0, window), after="started")
        if path.exists():
            Session.open(path, small_content).close()  # a whole session, never a half one
            outcomes["created"] += 1
        else:
            assert not acked
            Session.create(path, info, small_content).close()  # nothing left in the way
            outcomes["not created"] += 1
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{path.name}.")]
        assert not leftovers  # a later creation of the name clears what a killed one left
    assert all(outcomes.values()), outcomes


def test_sigkill_while_exporting_leaves_the_target_and_session_whole(
    tmp_path: Path, info: SessionInfo, small_content: Content
) -> None:
    path = tmp_path / "exporting.atelier"
    session = Session.create(path, info, small_content)
    session.execute(_decide(0, 0))
    session.close()
    target = tmp_path / "policy.docx"
    target.write_bytes(b"the previous export")
    rng = random.Random(42)
    outcomes = {"kept": 0, "replaced": 0}
    for _ in range(EXPORT_ROUNDS):

        def export(ack: Callable[[str], None]) -> None:
            session = Session.open(path, small_content)
            export_session(session, ExportOptions(format="docx", language="fr"), target)
            ack("exported")

        _killed(export, rng.uniform(0.0, 0.5))
        if target.read_bytes() == b"the previous export":
            outcomes["kept"] += 1
        else:  # written whole, or not at all
            with zipfile.ZipFile(target) as document:
                assert document.testzip() is None
            outcomes["replaced"] += 1
            target.write_bytes(b"the previous export")
        try:
            Session.open(path, small_content).close()
        except SessionFileError as error:
            pytest.fail(f"the session no longer opens after a killed export: {error}")
    assert outcomes["kept"], outcomes
