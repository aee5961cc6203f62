"""Committing one decision to a session file on disk (WAL, synchronous=FULL), many times.

Prints JSON with every commit's duration in milliseconds.
"""

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop.commands import RecordDecision
from workshop.demo import write_demo
from workshop.model import Decision, Votes
from workshop.session import Session


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    path = write_demo(Path(tempfile.mkdtemp()) / "save.atelier", "fr")
    session = Session.open(path)
    card = session.content.deck.card("journalist-call")
    durations = []
    for index in range(count):
        command = RecordDecision(
            Decision(
                card.id,
                "2026-11-23T10:00:00+01:00",
                option_id=card.options[index % len(card.options)].id,
                rationale=f"Décision {index}",
                votes=Votes(5, 2, 1),
            )
        )
        start = time.perf_counter()
        session.execute(command)
        durations.append((time.perf_counter() - start) * 1000)
    session.close()
    print(json.dumps(durations))


if __name__ == "__main__":
    main()
