"""What every screenshot script shares: the offscreen application in the light theme, each
interface language in turn with a scratch folder, and a widget's picture saved beside the
scripts. Importing it puts the project on the path, so the scripts run from a checkout."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import make_application  # noqa: E402
from ui.i18n.language import install_translations  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

Shoot = Callable[[QApplication, str, Path], None]


def save(widget: QWidget, name: str, scale: float = 1.0) -> None:
    """`widget` as it is on screen, once its layouts have settled, as docs/screenshots/NAME."""
    QApplication.processEvents()
    path = HERE / name
    image = widget.grab()
    if scale != 1.0:
        image = image.scaledToWidth(
            round(image.width() * scale), Qt.TransformationMode.SmoothTransformation
        )
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path.relative_to(HERE.parents[1])}")


def run(shoot: Shoot) -> int:
    """`shoot` in French, then in English, the interface translated, in a scratch folder."""
    app = make_application()
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        for language in ("fr", "en"):
            install_translations(app, language)
            shoot(app, language, Path(folder))
    return 0
