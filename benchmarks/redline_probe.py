"""Redlining their own document: the realistic policy of import_probe.py (about PARAGRAPHS
paragraphs), imported as a session's baseline, with a decision on every third clause, written
back as their .docx with tracked changes.

    python benchmarks/redline_probe.py PARAGRAPHS RUNS

Prints JSON: the median of the warm redlines (the document built, their file redlined and
saved; the companion document is Atelier's own writer, measured elsewhere), in seconds, and
how many clauses changed.
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from import_probe import CLAUSE, write_policy

from exports.api import ExportOptions, prepare_document
from exports.original.redline import redline
from workshop.commands import RecordDecision
from workshop.content import builtin_content
from workshop.model import Decision, OpenQuestion, SessionInfo
from workshop.policy_import.baseline import policy_content
from workshop.session import Session
from workshop.text import Bilingual

CARD = "journalist-call"


def decide(session: Session) -> int:
    """Custom wording on every third clause of theirs (a few words changed), a question on
    every tenth."""
    clauses = [c for s in session.content.template.sections for c in s.clauses]
    changed = 0
    for index, clause in enumerate(clauses):
        if index % 3:
            continue
        words = clause.text.fr.replace("sans délai", "dans l’heure").replace("jamais", "pas")
        if words == clause.text.fr:
            words = f"{words} {CLAUSE[:40]}"
        questions = (
            (OpenQuestion("À vérifier par le juridique ?", clause.id),) if index % 10 == 0 else ()
        )
        decision = Decision(
            CARD,
            f"2026-11-23T10:{changed % 60:02d}:00+01:00",
            custom_text=Bilingual(words, ""),
            custom_clause_id=clause.id,
            questions=questions,
        )
        session.execute(RecordDecision(decision))
        changed += 1
    return changed


def main() -> None:
    paragraphs = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = Path(tempfile.mkdtemp())
    policy = folder / f"policy-{paragraphs}.docx"
    write_policy(policy, paragraphs)
    content = policy_content(policy, builtin_content())
    assert content.original is not None
    original = content.original
    info = SessionInfo(organisation="Maison", facilitator="Ana", date="2026-11-23", language="fr")
    session = Session.create(folder / "s.atelier", info, content)
    changed = decide(session)
    options = ExportOptions("docx", "fr", layout="original")
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        document = prepare_document(session, options)
        redline(document, original).save(str(folder / f"out-{run}.docx"))
        times.append(time.perf_counter() - start)
    session.close()
    print(json.dumps({"warm": statistics.median(times[1:]), "changed": changed}))


if __name__ == "__main__":
    main()
