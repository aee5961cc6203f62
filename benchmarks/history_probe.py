"""A long session's history: how long opening takes, and one undo and one redo, once its command
log holds N commands (a day of votes, toggles, time saves and decisions on the built-in deck).

Prints one JSON line: open_ms, undo_ms, redo_ms (medians), and commit_ms, a bare SQLite commit
of the same durability measured in the same run, the floor any saved undo pays.

    python benchmarks/history_probe.py COMMANDS RUNS
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop.commands import (
    Command,
    RecordAwarenessAnswer,
    RecordDecision,
    RecordTimeUsed,
    RecordVotes,
    SetAgenda,
    SetCardStatus,
    SetOptionsShown,
    SetVotesRevealed,
)
from workshop.content import builtin_content
from workshop.model import (
    AgendaItem,
    Answer,
    CardStatus,
    Decision,
    SessionInfo,
    Votes,
)
from workshop.session import Session


def day_of_commands(count: int) -> list[Command]:
    """`count` commands in the shapes a workshop produces, one decision in twenty."""
    content = builtin_content()
    cards = content.deck.cards
    questions = [q for q in content.awareness_ids() if not content.awareness_question(q).open]
    commands: list[Command] = [SetAgenda(tuple(AgendaItem(c.id, 15) for c in cards))]
    for index in range(1, count):
        card = cards[index % len(cards)]
        step = index % 20
        if step == 0:
            decision = Decision(card.id, "2026-11-23T10:00:00+01:00", option_id="a")
            commands.append(RecordDecision(decision))
        elif step in (1, 2):
            commands.append(SetCardStatus(card.id, CardStatus.IN_DISCUSSION))
        elif step in (3, 4, 5):
            commands.append(RecordVotes(card.id, Votes(index % 7, index % 3, 1)))
        elif step in (6, 7):
            commands.append(SetOptionsShown(card.id, step == 6))
        elif step in (8, 9):
            commands.append(SetVotesRevealed(card.id, step == 8))
        elif step < 14:
            answer = list(Answer)[index % 3]
            commands.append(RecordAwarenessAnswer(questions[index % len(questions)], answer))
        else:
            commands.append(RecordTimeUsed(card.id, index))
    return commands


def commit_ms(folder: Path, runs: int) -> float:
    """One small committed write, as the session file makes it (WAL, synchronous=FULL)."""
    db = sqlite3.connect(folder / "floor.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (flag INTEGER)")
    db.execute("INSERT INTO t VALUES (0)")
    times = []
    for index in range(runs):
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE t SET flag = ?", (index % 2,))
        db.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    db.close()
    return statistics.median(times)


def main() -> None:
    count, runs = int(sys.argv[1]), int(sys.argv[2])
    folder = Path(tempfile.mkdtemp())
    path = folder / "long.atelier"
    info = SessionInfo("Norelia", "Claire Dubois", "2026-11-23", "fr", "", 1)
    session = Session.create(path, info)
    for command in day_of_commands(count):
        session.execute(command)
    session.close()
    opens, undos, redos = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        session = Session.open(path)
        opens.append((time.perf_counter() - start) * 1000)
        for _ in range(3):
            start = time.perf_counter()
            session.undo()
            undos.append((time.perf_counter() - start) * 1000)
        for _ in range(3):
            start = time.perf_counter()
            session.redo()
            redos.append((time.perf_counter() - start) * 1000)
        session.close()
    print(
        json.dumps(
            {
                "open_ms": statistics.median(opens),
                "undo_ms": statistics.median(undos),
                "redo_ms": statistics.median(redos),
                "commit_ms": commit_ms(folder, 3 * runs),
            }
        )
    )


if __name__ == "__main__":
    main()
