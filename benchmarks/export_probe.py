"""Export timings measured inside one fresh process.

`export_probe.py SESSION LANG [CLAUSES] [RUNS]` (CLAUSES > 0: a generated session of that size
instead of SESSION) prints JSON: `first`, the first DOCX + PDF export with python-docx and
reportlab imported lazily inside it; `warm` and `warm_pdf`, medians of the following RUNS
exports; and `peak_kib`, the process's peak RSS.
"""

import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _export(session, lang: str, out: Path, formats: tuple[str, ...]) -> float:
    from exports.api import ExportOptions, prepare_document, write_document
    from workshop.text import check_language

    start = time.perf_counter()
    # One document for every format asked, as the console's export does.
    document = prepare_document(
        session, ExportOptions(formats[0], check_language(lang), since="baseline")
    )
    for fmt in formats:
        write_document(document, fmt, out / f"policy.{fmt}")
    return time.perf_counter() - start


def main() -> None:
    session_path, lang = Path(sys.argv[1]), sys.argv[2]
    clauses = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    out = Path(tempfile.mkdtemp())
    if clauses:
        from generated import write_generated

        session, _ = write_generated(out / "generated.atelier", clauses)
    else:
        from workshop.session import Session

        session = Session.open(session_path)
    first = _export(session, lang, out, ("docx", "pdf"))
    warm = [_export(session, lang, out, ("docx", "pdf")) for _ in range(runs)]
    warm_pdf = [_export(session, lang, out, ("pdf",)) for _ in range(runs)]
    session.close()
    print(
        json.dumps(
            {
                "first": first,
                "warm": statistics.median(warm),
                "warm_pdf": statistics.median(warm_pdf),
                "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
