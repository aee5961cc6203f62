"""Screenshots of File › Import legal's review…, in French and English.

    .venv/bin/python docs/screenshots/make_review_screenshots.py

Writes the sample session, exports it as v0.1 (DOCX, tracked since the baseline), plays legal's
review on the file as Word saves it (one change accepted, one rejected, a clause retyped without
Track Changes, a question answered) and saves review-<lang>.png beside this script.
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

from exports.api import export_session  # noqa: E402
from exports.document import ExportOptions  # noqa: E402
from tests.exports.docx.word_review import WordReview  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.dialogs.review_dialog import ReviewDialog  # noqa: E402
from ui.i18n.language import install_translations  # noqa: E402
from ui.services.controller import SessionController  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from workshop.demo import write_demo  # noqa: E402
from workshop.legal_review.report import read_review  # noqa: E402

SCOPE = {
    "fr": "La présente politique s’applique à tout le personnel, stagiaires et intérimaires "
    "compris, sur tout compte qui mentionne l’organisation.",
    "en": "This policy applies to all staff, interns and temporary workers included, on any "
    "account that mentions the organisation.",
}
REPLY = {
    "fr": "Oui, sous réserve de l’article 12 du règlement intérieur ; nous le modifierons.",
    "en": "Yes, subject to article 12 of the staff rules; we will amend them.",
}


def shoot(app: QApplication, language: str, folder: Path) -> None:
    install_translations(app, language)
    controller = SessionController()
    controller.open(write_demo(folder / f"demo-{language}.atelier", language))
    session = controller.require()
    exported = folder / f"policy-{language}.docx"
    export_session(session, ExportOptions("docx", language, since="baseline"), exported)
    question = session.state.decisions[2].questions[0].text
    review = WordReview(exported)
    review.accept("spokespersons.who")
    review.reject("media.press_duty")
    review.retype("purpose.scope", SCOPE[language])
    review.reply(question[:40], "Me Dupont", REPLY[language])
    returned = review.save(folder / f"policy-{language}-reviewed.docx")
    dialog = ReviewDialog(controller, read_review(session.view(), returned), language)
    dialog.resize(1100, 640)
    dialog.show()
    QApplication.processEvents()
    path = HERE / f"review-{language}.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path.relative_to(HERE.parents[1])}")
    dialog.close()
    controller.close()


def main() -> int:
    app = make_application()
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        for language in ("fr", "en"):
            shoot(app, language, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
