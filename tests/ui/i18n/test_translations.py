"""Every interface string has a French translation, in French typography, compiled into the .qm."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n.update_translations import QM_FILE, TS_FILE, tool, update

NBSP, NNBSP = "\u00a0", "\u202f"


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _untranslated(ts_file: Path) -> list[str]:
    missing = []
    for context, source, translation in _messages(ts_file):
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") or not all((f.text or "").strip() for f in forms):
            missing.append(f"{context}: {source!r} ({translation.get('type') or 'empty'})")
    return missing


def test_every_string_in_the_ts_is_translated() -> None:
    assert _untranslated(TS_FILE) == []


def test_the_code_has_no_string_missing_from_the_ts(tmp_path: Path) -> None:
    """What lupdate would collect from ui/*.py today is already in the .ts, translated."""
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    update(fresh)
    assert _untranslated(fresh) == [], "run `python -m ui.i18n.update_translations` and translate"


def test_the_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    """The .qm is not older than the .ts; a fresh checkout's file times say nothing, so then the
    .qm must be exactly what lrelease makes of the .ts."""
    if QM_FILE.stat().st_mtime >= TS_FILE.stat().st_mtime:
        return
    fresh = tmp_path / QM_FILE.name
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "the .qm is older than the .ts"


def _typography_faults(text: str) -> list[str]:
    text = re.sub(r"\{[^}]*\}", "{}", text)  # a placeholder's format spec ({minutes:02d})
    faults = []
    for match in re.finditer(r"[:;?!»]", text):
        mark, before = match.group(), text[: match.start()][-1:]
        if mark == ":" and (text[match.end() : match.end() + 2] == "//" or before.isdigit()):
            continue  # a URL, a time (10:30)
        if before and before not in (NBSP, NNBSP):
            faults.append(f"{mark!r} after {before!r}")
    faults += [f"« then {m!r}" for m in re.findall(r"«(.)", text) if m not in (NBSP, NNBSP)]
    if '"' in text:
        faults.append("straight quotes: use « »")
    return faults


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (f"Pour{NBSP}: 3", True),
        ("Pour : 3", False),
        ("Pourquoi ?", False),
        (f"Pourquoi{NNBSP}?", True),
        (f"«{NBSP}off{NBSP}»", True),
        ('"off"', False),
        ("10:30", True),
        ("{minutes:02d} min", True),
    ],
)
def test_typography_check(text: str, ok: bool) -> None:
    assert (_typography_faults(text) == []) is ok


def test_french_translations_use_french_typography() -> None:
    faults = {
        source: found
        for _context, source, translation in _messages(TS_FILE)
        for form in (translation.findall("numerusform") or [translation])
        if (found := _typography_faults(form.text or ""))
    }
    assert faults == {}
