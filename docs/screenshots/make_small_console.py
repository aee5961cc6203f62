"""Screenshots of the facilitator console on a small laptop screen (1024×768), in both languages.

    .venv/bin/python docs/screenshots/make_small_console.py

Opens the sample session offscreen, on its card still in discussion with an inject revealed, and
saves console-1024x768-<lang>.png beside this script:
nothing runs off the right edge, and "Record decision" is on screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots import run, save

from ui.shell.main_window import MainWindow
from workshop.commands import RevealInject
from workshop.demo import write_demo
from workshop.local.settings import Settings

CARD = "fake-recruiter"  # the sample's card still in discussion


def shoot(app: QApplication, language: str, folder: Path) -> None:
    window = MainWindow(Settings(folder / f"settings-{language}.json"), language)
    window.resize(1024, 768)
    window.show()
    window.sessions.open(write_demo(folder / f"demo-{language}.atelier", language))
    window.controller.set_current_card(CARD)
    window.controller.execute(RevealInject(CARD))
    save(window, f"console-1024x768-{language}.png")
    window.close()


if __name__ == "__main__":
    sys.exit(run(shoot))
