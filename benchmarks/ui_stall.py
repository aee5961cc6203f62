"""The longest event-loop stall while the console exports a large session (DOCX and PDF).

`ui_stall.py CLAUSES` opens a generated session of that size in the main window, starts an
export from the export dialog, and prints the longest gap (ms) between ticks of a 5 ms timer,
from the click until the files are written and recorded.
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generated import write_generated
from PySide6.QtCore import QTimer

from ui.app import make_application, start
from ui.dialogs.export_dialog import ExportDialog
from workshop.local.settings import Settings


def main() -> None:
    clauses = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path(tempfile.mkdtemp())
    session, content = write_generated(folder / "large.atelier", clauses)
    session.close()
    app = make_application()
    settings = Settings(folder / "settings.json")
    window = start(settings, None)
    window.controller.open(folder / "large.atelier", content)
    dialog = ExportDialog(window.controller, settings, "en", window)
    dialog.folder.setText(str(folder))
    dialog.formats["pdf"].setChecked(True)
    dialog.show()

    last = [time.perf_counter()]
    longest = [0.0]
    started = [False]

    def tick() -> None:
        now = time.perf_counter()
        if started[0]:
            longest[0] = max(longest[0], now - last[0])
        last[0] = now
        if started[0] and not dialog.running:
            app.quit()

    def begin() -> None:
        started[0] = True
        last[0] = time.perf_counter()
        dialog.start()

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    QTimer.singleShot(300, begin)  # let the window settle first
    app.exec()
    window.sessions.close()
    print(longest[0] * 1000)


if __name__ == "__main__":
    main()
