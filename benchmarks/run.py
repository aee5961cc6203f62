"""Atelier's performance figures, each a median and a ratio against a reference measured in the
same run (the machines are shared and noisy). Prints a table and writes benchmarks/results.json.

    python3 -m uv run --locked benchmarks/run.py            # full run, a few minutes
    python3 -m uv run --locked benchmarks/run.py --quick    # smoke: one run each, CI
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

TARGETS = {
    "startup_ratio": ("<=", 1.2),
    "startup_memory_ratio": ("<=", 1.3),
    "export_ratio": ("<=", 0.15),
    "export_first_ratio": ("<=", 0.35),
    "pdf_ratio": ("<=", 0.10),
    "scale_1000_ratio": ("<=", 12),
    "scale_1000_s": ("<=", 1.5),
    "scale_5000_s": ("<=", 6),
    "save_p99_ms": ("<", 1),
    "ui_stall_ms": ("<", 50),
    "history_open_ms": ("<", 300),
    "history_undo_ms": ("<", 20),
    "import_400_s": ("<=", 0.5),
    "import_ratio": ("<=", 12),
    "new_session_ms": ("<", 200),
    "redline_400_s": ("<=", 1.0),
    "redline_ratio": ("<=", 12),
}
QT_ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def _process(args: list[str]) -> tuple[float, str]:
    """Run a Python script of ours; whole-process wall time and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=QT_ENV, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout.strip().splitlines()[-1]


def _interleaved(commands: list[Callable[[], tuple[float, str]]], runs: int) -> list[list]:
    """Each command's results over `runs` rounds, the commands taking turns within each round:
    reference and subject then meet the same moments of a shared, noisy machine."""
    results: list[list] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            results[index].append(command())
    return results


def measure_startup(demo: Path, runs: int) -> dict[str, float]:
    _process([str(HERE / "bare_window.py")])  # warm the file cache for both
    bare, app = _interleaved(
        [
            lambda: _process([str(HERE / "bare_window.py")]),
            lambda: _process([str(HERE / "app_startup.py"), str(demo)]),
        ],
        runs,
    )
    bare_s, app_s = (statistics.median(r[0] for r in rs) for rs in (bare, app))
    bare_kib, app_kib = (statistics.median(float(r[1]) for r in rs) for rs in (bare, app))
    return {
        "startup_bare_s": bare_s,
        "startup_app_s": app_s,
        "startup_ratio": app_s / bare_s,
        "startup_memory_ratio": app_kib / bare_kib,
    }


def libreoffice_command(docx: Path) -> list[str] | None:
    """LibreOffice headless DOCX → PDF with a profile of its own, warmed by a first run: the
    reference exports beat."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = Path(tempfile.mkdtemp(prefix="lo-bench-"))
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        tempfile.mkdtemp(),
        str(docx),
    ]
    subprocess.run(command, capture_output=True, check=True)  # warms the profile
    return command


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return time.perf_counter() - start, ""


def measure_exports(demo: Path, runs: int) -> dict[str, float | None]:
    """A fresh export process (its first export, then warm ones) and a LibreOffice conversion
    of the same document, taking turns."""
    from exports.api import ExportOptions, prepare_document, write_document
    from workshop.session import Session

    docx = Path(tempfile.mkdtemp()) / "demo.docx"
    session = Session.open(demo)
    write_document(prepare_document(session, ExportOptions("docx", "fr", "baseline")), "docx", docx)
    session.close()
    probe = [str(HERE / "export_probe.py"), str(demo), "fr", "0", "3"]
    lo_command = libreoffice_command(docx)
    commands = [lambda: _process(probe)]
    if lo_command is not None:
        commands.append(lambda: _timed(lo_command))
    results = _interleaved(commands, runs)
    probes = [json.loads(line) for _, line in results[0]]
    figures: dict[str, float | None] = {
        key: statistics.median(p[value] for p in probes)
        for key, value in (
            ("export_demo_s", "warm"),
            ("export_first_s", "first"),
            ("pdf_demo_s", "warm_pdf"),
        )
    }
    lo = statistics.median(r[0] for r in results[1]) if lo_command is not None else None
    figures["libreoffice_s"] = lo
    for key, value in (
        ("export_ratio", "export_demo_s"),
        ("export_first_ratio", "export_first_s"),
        ("pdf_ratio", "pdf_demo_s"),
    ):
        figures[key] = figures[value] / lo if lo else None
    return figures


def measure_scale(demo: Path, runs: int, sizes: tuple[int, ...]) -> dict[str, float]:
    demo_probe = json.loads(
        _process([str(HERE / "export_probe.py"), str(demo), "fr", "0", str(runs)])[1]
    )
    figures = {"scale_demo_s": demo_probe["warm"]}
    for size in sizes:
        probe = json.loads(
            _process([str(HERE / "export_probe.py"), str(demo), "fr", str(size), str(runs)])[1]
        )
        figures[f"scale_{size}_s"] = probe["warm"]
        figures[f"scale_{size}_peak_mib"] = probe["peak_kib"] / 1024
        figures[f"scale_{size}_ratio"] = probe["warm"] / demo_probe["warm"]
    return figures


def _p99(sorted_values: list[float]) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * 0.99))]


def measure_save(count: int) -> dict[str, float]:
    durations = sorted(json.loads(_process([str(HERE / "save_probe.py"), str(count)])[1]))
    floor = sorted(json.loads(_process([str(HERE / "sqlite_floor.py"), str(count)])[1]))
    floor_p50 = statistics.median(floor)
    return {
        "save_p50_ms": statistics.median(durations),
        "save_p99_ms": _p99(durations),
        "sqlite_commit_p50_ms": floor_p50,
        "sqlite_commit_p99_ms": _p99(floor),
        "save_overhead_ratio": statistics.median(durations) / floor_p50,
    }


def measure_ui_stall(clauses: int) -> dict[str, float]:
    return {"ui_stall_ms": float(_process([str(HERE / "ui_stall.py"), str(clauses)])[1])}


def measure_history(commands: int, runs: int) -> dict[str, float]:
    """Opening a session whose log holds `commands` commands, and one undo and one redo in it,
    beside a bare SQLite commit measured in the same run (the floor a saved undo pays)."""
    probe = json.loads(_process([str(HERE / "history_probe.py"), str(commands), str(runs)])[1])
    return {
        "history_commands": float(commands),
        "history_open_ms": probe["open_ms"],
        "history_undo_ms": probe["undo_ms"],
        "history_redo_ms": probe["redo_ms"],
        "history_undo_ratio": probe["undo_ms"] / probe["commit_ms"],
    }


def measure_import(runs: int, sizes: tuple[int, int] = (400, 4000)) -> dict[str, float]:
    """Importing a 60-page policy (about 400 paragraphs) and one ten times longer: the ratio
    shows the import stays linear in the document's size."""
    small, large = (
        json.loads(_process([str(HERE / "import_probe.py"), str(size), str(runs)])[1])
        for size in sizes
    )
    return {
        f"import_{sizes[0]}_s": small["warm"],
        f"import_{sizes[0]}_first_s": small["first"],
        f"import_{sizes[1]}_s": large["warm"],
        "import_ratio": large["warm"] / small["warm"],
    }


def measure_new_session(runs: int, decks: int = 5, cards: int = 30) -> dict[str, float]:
    """Creating a session on the built-in cards plus `decks` decks of `cards` cards each: warm
    with the decks read before (a library's decks), first with none read yet."""
    probe = json.loads(
        _process([str(HERE / "new_session_probe.py"), str(decks), str(cards), str(runs)])[1]
    )
    return {
        "new_session_ms": probe["warm_ms"],
        "new_session_first_ms": probe["first_ms"],
        "new_session_cards": float(probe["cards"]),
    }


def measure_redline(runs: int, sizes: tuple[int, int] = (400, 4000)) -> dict[str, float]:
    """Their own 60-page document redlined, and one ten times longer: linear, like the import."""
    small, large = (
        json.loads(_process([str(HERE / "redline_probe.py"), str(size), str(runs)])[1])
        for size in sizes
    )
    return {
        f"redline_{sizes[0]}_s": small["warm"],
        f"redline_{sizes[1]}_s": large["warm"],
        "redline_ratio": large["warm"] / small["warm"],
    }


def machine() -> dict[str, object]:
    import docx
    import PySide6
    import reportlab

    cpu = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines()
                 if ln.startswith("model name")]  # fmt: skip
        cpu = names[0] if names else cpu
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "python_docx": getattr(docx, "__version__", "?"),
        "reportlab": reportlab.Version,
        "sqlite": __import__("sqlite3").sqlite_version,
    }


def compile_bytecode() -> None:
    """Give our packages and the installed ones (PySide6, python-docx, reportlab…) their
    bytecode, as a facilitator's machine has it from the first run on: this environment sets
    PYTHONDONTWRITEBYTECODE, and without bytecode every start compiles the sources again
    (importing reportlab alone: ~0.45 s instead of ~0.15 s)."""
    for package in ("ui", "workshop", "exports", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)
    compileall.compile_dir(sysconfig.get_paths()["purelib"], quiet=2, workers=0)


def _verdict(key: str, value: float | None) -> str:
    if key not in TARGETS:
        return ""
    if value is None:
        return "not measured"
    op, target = TARGETS[key]
    met = value <= target if op == "<=" else value < target
    return f"{'met' if met else 'MISSED'} ({op} {target})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each, small sizes (CI)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    runs = 1 if args.quick else 5
    sizes = (200,) if args.quick else (1000, 5000)

    compile_bytecode()
    from workshop.demo import write_demo

    demo = write_demo(Path(tempfile.mkdtemp()) / "demo.atelier", "fr")
    steps: list[tuple[str, Callable[[], dict]]] = [
        ("start-up", lambda: measure_startup(demo, runs)),
        ("exports", lambda: measure_exports(demo, runs)),
        ("scale", lambda: measure_scale(demo, runs, sizes)),
        ("saving", lambda: measure_save(50 if args.quick else 500)),
        ("ui stall", lambda: measure_ui_stall(200 if args.quick else 1000)),
        ("history", lambda: measure_history(300 if args.quick else 10_000, runs)),
        ("policy import", lambda: measure_import(runs)),
        ("new session", lambda: measure_new_session(runs)),
        ("their document redlined", lambda: measure_redline(runs)),
    ]
    figures: dict[str, float | None] = {}
    for name, step in steps:
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        figures.update(step())
    results = {"quick": args.quick, "machine": machine(), "figures": figures}
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(f"{'figure':<26} {'value':>10}  target")
    for key, value in figures.items():
        shown = "—" if value is None else f"{value:.3f}"
        print(f"{key:<26} {shown:>10}  {_verdict(key, value)}")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
