"""Atelier's start-up as a user gets it: the console shown with a session loaded, then quit."""

import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer

from ui.app import make_application, start
from workshop.local.settings import Settings

app = make_application()
settings = Settings(Path(tempfile.mkdtemp()) / "settings.json")  # no crash-recovery prompt
window = start(settings, Path(sys.argv[1]))
QTimer.singleShot(0, app.quit)
app.exec()
window.sessions.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
