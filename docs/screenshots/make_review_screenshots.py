"""Screenshots of File › Import legal's review…, in French and English.

    .venv/bin/python docs/screenshots/make_review_screenshots.py

Writes the sample session, exports it as v0.1 (DOCX, tracked since the baseline), plays legal's
review on the file as Word saves it (one change accepted, one rejected, a clause retyped without
Track Changes, a question answered) and saves review-<lang>.png beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots import run, save

from exports.api import export_session
from exports.document import ExportOptions
from tests.exports.docx.word_review import WordReview
from ui.dialogs.review_dialog import ReviewDialog
from ui.services.controller import SessionController
from workshop.demo import write_demo
from workshop.legal_review.report import read_review

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
    save(dialog, f"review-{language}.png")
    dialog.close()
    controller.close()


if __name__ == "__main__":
    sys.exit(run(shoot))
