"""The new-session dialog: the law the policy follows is chosen with the language."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.dialogs.session_dialog import SessionDialog
from workshop.deck_library import load_library
from workshop.template import builtin_template


@pytest.mark.parametrize(
    ("language", "start", "chosen"), [("fr", "fr", "us"), ("en", "other", "uk")]
)
def test_the_session_s_jurisdiction_is_chosen_with_its_language(
    qtbot, tmp_path: Path, language: str, start: str, chosen: str
) -> None:
    dialog = SessionDialog(load_library(), builtin_template(), tmp_path, language)
    qtbot.addWidget(dialog)
    assert dialog.jurisdiction.currentData() == start
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData(chosen))
    dialog.organisation.setText("Maison Test")
    dialog.agenda.cards.set_checked("journalist-call", True)
    dialog.accept()
    new = dialog.new_session()
    assert new is not None and new.info.jurisdiction == chosen
