"""The import preview: the structure found in their file, fixed before anything is saved, and
each section's topic."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QComboBox, QInputDialog

from ui.dialogs.policy_preview import PolicyPreviewDialog
from workshop.policy_import import import_policy


def _policy(tmp_path: Path):  # type: ignore[no-untyped-def]
    document = docx.Document()
    document.add_paragraph("Relations avec la presse", style="Heading 1")
    document.add_paragraph("Les journalistes sont redirigés vers la communication.")
    document.add_paragraph("Confidentialité")
    document.add_paragraph("Rien de confidentiel n’est publié. Les mots de passe restent secrets.")
    path = tmp_path / "charte.docx"
    document.save(str(path))
    return import_policy(path)


def _titles(dialog: PolicyPreviewDialog) -> list[str]:
    return [s.title for s in dialog.policy.sections]


def test_a_line_made_a_heading_then_a_clause_again(qtbot, tmp_path: Path) -> None:
    dialog = PolicyPreviewDialog(_policy(tmp_path), "fr")
    qtbot.addWidget(dialog)
    assert _titles(dialog) == ["Relations avec la presse"]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(1))  # "Confidentialité"
    dialog.heading.click()
    assert _titles(dialog) == ["Relations avec la presse", "Confidentialité"]
    assert dialog.tree.topLevelItemCount() == 2
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    dialog.clause.click()
    assert _titles(dialog) == ["Relations avec la presse"]


def test_clauses_split_at_the_cursor_and_merged_back(qtbot, tmp_path: Path) -> None:
    dialog = PolicyPreviewDialog(_policy(tmp_path), "fr")
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(2))
    text = dialog.text.toPlainText()
    cursor = dialog.text.textCursor()
    cursor.setPosition(text.index("Les mots"))
    dialog.text.setTextCursor(cursor)
    dialog.split.click()
    clauses = [c.text for c in dialog.policy.sections[0].clauses]
    assert clauses[2:] == [
        "Rien de confidentiel n’est publié.",
        "Les mots de passe restent secrets.",
    ]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(2))
    dialog.merge.click()
    assert len(dialog.policy.sections[0].clauses) == 3


def test_a_section_renamed_keeps_the_topic_chosen_for_it(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    dialog = PolicyPreviewDialog(_policy(tmp_path), "en")
    qtbot.addWidget(dialog)
    box = dialog.tree.itemWidget(dialog.tree.topLevelItem(0), 1)
    assert isinstance(box, QComboBox)
    assert box.currentData() == "media"  # suggested from the words
    box.setCurrentIndex(box.findData("security"))
    assert dialog.mapping.of(0) == ("security",)
    assert "Media" in dialog.gaps.text()  # now a topic their policy lacks
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Presse et sécurité", True))
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.rename.click()
    assert _titles(dialog) == ["Presse et sécurité"]
    assert dialog.mapping.of(0) == ("security",)
