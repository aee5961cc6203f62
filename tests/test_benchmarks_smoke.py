"""CI runs the benchmark scripts once, quickly, so they keep working; no assertion on time."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = (
    "startup_ratio",
    "startup_memory_ratio",
    "export_ratio",
    "export_first_ratio",
    "pdf_ratio",
    "scale_200_ratio",
    "save_p50_ms",
    "save_p99_ms",
    "ui_stall_ms",
    "history_open_ms",
    "history_undo_ms",
    "history_undo_ratio",
    "import_400_s",
    "import_4000_s",
    "import_ratio",
    "new_session_ms",
    "redline_400_s",
    "redline_4000_s",
    "redline_ratio",
)


def test_quick_benchmark_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    figures = results["figures"]
    for key in KEYS:
        assert key in figures
    measured = [k for k in KEYS if not k.startswith(("export", "pdf"))]
    assert all(figures[k] > 0 for k in measured)
    assert results["machine"]["cores"] >= 1
    assert "startup_ratio" in done.stdout
