"""Screenshots of the facilitator console on a small laptop screen (1024×768), in both languages.

    .venv/bin/python docs/screenshots/make_small_console.py

Opens the sample session offscreen, on its card still in discussion with an inject revealed, and
saves console-1024x768-<lang>.png beside this script:
nothing runs off the right edge, and "Record decision" is on screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import make_application  # noqa: E402
from ui.i18n.language import install_translations  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from workshop.commands import RevealInject  # noqa: E402
from workshop.demo import write_demo  # noqa: E402
from workshop.local.settings import Settings  # noqa: E402

CARD = "fake-recruiter"  # the sample's card still in discussion


def shoot(app: QApplication, language: str, folder: Path) -> None:
    install_translations(app, language)
    window = MainWindow(Settings(folder / f"settings-{language}.json"), language)
    window.resize(1024, 768)
    window.show()
    window.sessions.open(write_demo(folder / f"demo-{language}.atelier", language))
    window.controller.set_current_card(CARD)
    window.controller.execute(RevealInject(CARD))
    QApplication.processEvents()  # let layouts settle before grabbing
    path = HERE / f"console-1024x768-{language}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path.relative_to(HERE.parents[1])}")
    window.close()


def main() -> int:
    app = make_application()
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        for language in ("fr", "en"):
            shoot(app, language, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
