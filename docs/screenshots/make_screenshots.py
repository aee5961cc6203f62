"""Screenshots of the facilitator console and the presenter, in French and English.

    .venv/bin/python docs/screenshots/make_screenshots.py

Opens the sample session (`python main.py demo`) offscreen at 1600x900, moves to the first card
still open, as the room sees it mid-discussion (an inject revealed, the options put to the group,
the vote shown), and saves console-<lang>.png and presenter-<lang>.png beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import make_application  # noqa: E402
from ui.i18n.language import install_translations  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from workshop.commands import (  # noqa: E402
    RecordTimeUsed,
    RecordVotes,
    RevealInject,
    SetOptionsShown,
    SetVotesRevealed,
)
from workshop.demo import write_demo  # noqa: E402
from workshop.local.settings import Settings  # noqa: E402
from workshop.model import CardStatus, Votes  # noqa: E402

SIZE = QSize(1600, 900)
ELAPSED = 11 * 60 + 40  # a clock well into the discussion


def _mid_discussion(window: MainWindow) -> None:
    """The first card neither decided nor parked, as it looks when the vote comes in."""
    controller = window.controller
    state = controller.require().state
    open_cards = [
        item
        for item in state.agenda
        if state.card_status(item.card_id) not in (CardStatus.DECIDED, CardStatus.PARKED)
    ]
    item = open_cards[0]
    controller.execute(RecordTimeUsed(item.card_id, ELAPSED))
    controller.set_current_card(item.card_id)  # the clock follows, from the time recorded
    controller.execute(RevealInject(item.card_id))
    controller.execute(SetOptionsShown(item.card_id, True))
    controller.execute(RecordVotes(item.card_id, Votes(6, 2, 1)))
    controller.execute(SetVotesRevealed(item.card_id, True))


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()  # let layouts settle before grabbing
    path = HERE / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path.relative_to(HERE.parents[1])}")


def shoot(app: QApplication, language: str, folder: Path) -> None:
    install_translations(app, language)
    window = MainWindow(Settings(folder / f"settings-{language}.json"), language)
    window.resize(SIZE)
    window.show()
    window.sessions.open(write_demo(folder / f"demo-{language}.atelier", language))
    _mid_discussion(window)
    window.present()  # one offscreen screen: a window, sized below like a 1600x900 projector
    window.presenter.resize(SIZE)
    _save(window, f"console-{language}.png")
    _save(window.presenter, f"presenter-{language}.png")
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
