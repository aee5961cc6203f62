"""Killing the process at any moment loses no committed change and leaves a healthy session."""

import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from workshop.model import SessionInfo
from workshop.session import Session

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50

_WRITER = """
import sys
from pathlib import Path
FIXTURES = Path("tests/fixtures")
from workshop.commands import RecordDecision
from workshop.content import Content, load_awareness
from workshop.deck import load_deck
from workshop.model import Decision
from workshop.session import Session
from workshop.template import load_template

content = Content(load_deck(FIXTURES / "deck.toml"), load_template(FIXTURES / "template.toml"),
                  load_awareness(FIXTURES / "awareness.toml"))
session = Session.open(Path(sys.argv[1]), content)
print("open", flush=True)
round_id = sys.argv[2]
for i in range(100000):
    option = ("redirect", "drop-log")[i % 2]
    session.execute(RecordDecision(Decision("journalist", "2026-11-23T10:00:00",
                                            option_id=option, rationale=f"{round_id}-{i}")))
    print(f"{round_id}-{i}", flush=True)
"""


def _run_and_kill(path: Path, round_id: int, rng: random.Random) -> list[str]:
    """Start a writer and SIGKILL it: mostly while it commits, sometimes while it opens."""
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(round_id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    opened = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.strip() == "open":
                opened.set()
            else:
                lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.0, 0.3))  # during start-up, opening or writing the backup
    else:
        opened.wait(timeout=30)
        time.sleep(rng.uniform(0.01, 0.3))
    child.kill()
    child.wait()
    reader.join(timeout=10)
    return lines


def test_sigkill_at_random_moments_loses_no_committed_decision(
    tmp_path: Path, info: SessionInfo, small_content
) -> None:
    path = tmp_path / "crash.atelier"
    Session.create(path, info, small_content).close()
    rng = random.Random(20261123)
    acknowledged: list[str] = []
    committed_rounds = 0
    for round_id in range(ROUNDS):
        acknowledged += _run_and_kill(path, round_id, rng)
        session = Session.open(path, small_content)  # runs PRAGMA quick_check
        try:
            stored = {d.rationale for d in session.state.decisions}
            missing = [a for a in acknowledged if a not in stored]
            assert not missing, f"round {round_id}: lost {missing[:5]}"
            committed_rounds += any(a.startswith(f"{round_id}-") for a in acknowledged)
        finally:
            session.close()
    assert committed_rounds >= ROUNDS // 2, "most rounds must have committed before the kill"
