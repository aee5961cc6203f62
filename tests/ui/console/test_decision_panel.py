"""The decision panel asks the domain what a decision lacks: "Record decision" is enabled only
when nothing blocks, and the form says why not, in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QRadioButton, QTableWidget, QTableWidgetItem

from ui.shell.main_window import MainWindow

CARD = "fake-recruiter"


def _open(window: MainWindow, demo_path: Path) -> None:
    window.sessions.open(demo_path)
    window.controller.set_current_card(CARD)
    window.tabs.setCurrentWidget(window.decision)


def _problems(window: MainWindow) -> str:
    shown = [x for x in window.decision.findChildren(QLabel) if x.isVisibleTo(window.decision)]
    return "\n".join(x.text() for x in shown)


def _add_action(window: MainWindow, find, values: tuple[str, str, str]) -> None:
    find.button(window.decision, "Add action").click()
    table = find.one(window.decision, QTableWidget, "Actions")
    for column, value in enumerate(values):
        table.setItem(table.rowCount() - 1, column, QTableWidgetItem(value))


def test_record_waits_for_a_choice_and_says_so(window: MainWindow, demo_path: Path, find) -> None:
    _open(window, demo_path)
    record = find.one(window.decision, QAbstractButton, "Record the decision")
    assert not record.isEnabled()
    assert "Choose one of the card's options, or write the group's own wording" in _problems(window)
    find.shown(window.decision, QRadioButton)[0].click()
    assert record.isEnabled()
    assert "Choose one of" not in _problems(window)


def test_a_bad_due_date_blocks_and_a_missing_owner_only_warns(
    window: MainWindow, demo_path: Path, find
) -> None:
    _open(window, demo_path)
    record = find.one(window.decision, QAbstractButton, "Record the decision")
    find.shown(window.decision, QRadioButton)[0].click()
    _add_action(window, find, ("Brief the recruiters", "", "31/03/2027"))
    assert not record.isEnabled()
    text = _problems(window)
    assert "Write due dates as YYYY-MM-DD, for example 2026-03-31: 31/03/2027" in text
    assert "No one owns “Brief the recruiters”" in text

    table = find.one(window.decision, QTableWidget, "Actions")
    table.item(0, 2).setText("2027-03-31")
    assert record.isEnabled()  # an owner-less action is worth a word, not a refusal
    assert "YYYY-MM-DD" not in _problems(window) and "No one owns" in _problems(window)


def test_the_panel_speaks_the_interface_language(window: MainWindow, demo_path: Path, find) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))  # what a French interface sets
    try:
        _open(window, demo_path)
        assert "Choisissez une des options de la carte" in _problems(window)
    finally:
        QLocale.setDefault(previous)
