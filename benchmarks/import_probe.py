"""Importing a realistic policy .docx of a given number of paragraphs (headings, numbered
clauses, lists, tables, French text), as a facilitator's old Word file would be.

    python benchmarks/import_probe.py PARAGRAPHS RUNS

Prints JSON: the first import in this process (module imports included) and the median of the
warm ones, in seconds.
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx

TOPICS = (
    "Relations avec la presse",
    "Comptes personnels",
    "Confidentialité et sécurité",
    "Usage des outils d’IA",
    "Harcèlement en ligne",
    "Droit à l’image",
)
CLAUSE = (
    "Les collaborateurs de l’organisation s’engagent à respecter la présente charte\u00a0: ils "
    "n’expriment jamais une position officielle sans l’accord du service communication, "
    "signalent « sans délai » toute publication préoccupante et protègent les informations "
    "confidentielles qui leur sont confiées dans le cadre de leurs fonctions, y compris en "
    "dehors du temps de travail et sur leurs comptes personnels."
)


def write_policy(path: Path, paragraphs: int) -> None:
    """About `paragraphs` paragraphs: a section every ten, each with numbered clauses, a list
    and, every fifth section, a table of three rows."""
    document = docx.Document()
    document.add_paragraph("Charte d’utilisation des réseaux sociaux", style="Title")
    document.sections[0].header.paragraphs[0].text = "Confidentiel — usage interne"
    written, section = 1, 0
    while written < paragraphs:
        section += 1
        document.add_paragraph(f"{section}. {TOPICS[section % len(TOPICS)]}", style="Heading 1")
        for clause in range(1, 7):
            paragraph = document.add_paragraph(f"{section}.{clause} ")
            paragraph.add_run(CLAUSE[:60]).bold = clause == 1
            paragraph.add_run(CLAUSE[60:])
        for item in range(2):
            document.add_paragraph(f"Règle {item + 1} : {CLAUSE[:90]}.", style="List Bullet")
        written += 9
        if section % 5 == 0:
            table = document.add_table(rows=3, cols=2)
            for row in range(3):
                table.cell(row, 0).text = f"Situation {row}"
                table.cell(row, 1).text = CLAUSE[:120]
            written += 6
        document.add_paragraph("")
        written += 1
    document.save(str(path))


def main() -> None:
    paragraphs = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    path = Path(tempfile.mkdtemp()) / f"policy-{paragraphs}.docx"
    write_policy(path, paragraphs)

    start = time.perf_counter()
    from workshop.policy_import import import_policy

    policy = import_policy(path)
    first = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        import_policy(path)
        warm.append(time.perf_counter() - start)
    clauses = policy.clause_count()
    print(json.dumps({"first": first, "warm": statistics.median(warm), "clauses": clauses}))


if __name__ == "__main__":
    main()
