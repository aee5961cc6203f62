"""Refresh the French translation after changing interface strings.

    .venv/bin/python -m ui.i18n.update_translations

collects every string marked for translation in ui/ and its subpackages into
resources/translations/atelier_fr.ts (pyside6-lupdate), then compiles it to atelier_fr.qm
(pyside6-lrelease). Translate new strings in the .ts (Qt Linguist, or by hand: fill
<translation>, drop type="unfinished"), run this again, and commit both files.
tests/ui/i18n/test_translations.py fails while a string is untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n.language import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = TRANSLATIONS_DIR / "atelier_fr.ts"
QM_FILE = TRANSLATIONS_DIR / "atelier_fr.qm"


def sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """A PySide6 tool from this environment first, so the .qm matches the Qt the app runs."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6 in this environment")
    return found


def update(ts_file: Path = TS_FILE) -> None:
    """Add new strings to `ts_file` (unfinished), drop the ones no longer in the code."""
    command = [tool("pyside6-lupdate"), *(str(p.relative_to(ROOT)) for p in sources())]
    command += ["-no-obsolete", "-locations", "none", "-target-language", "fr_FR", "-ts"]
    subprocess.run([*command, str(ts_file)], cwd=ROOT, check=True, capture_output=True)


def release() -> None:
    command = [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    update()
    release()
    print(f"Updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
