"""Nothing typed into the decision form is lost: it is kept in the session as it is typed, comes
back on returning to the card, survives the process being killed, and goes once the decision is
recorded or the facilitator discards it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
)

from ui.shell.main_window import MainWindow
from workshop.model import CUSTOM_CHOICE, ActionItem, DecisionDraft
from workshop.session import Session

ROOT = Path(__file__).resolve().parents[3]
CHILD = "ATELIER_TYPE_AND_DIE"  # the session file the child types into, then is killed
CARD = "fake-recruiter"
OWN_WORDING = "Our own wording for one of the card's clauses"
TYPED = {
    "wording": " Recruiters never ask for passwords.",
    "rationale": "Fake recruiters target our engineers.",
    "dissent": "Sam: too strict for sales.",
    "action": ("Brief the recruiters", "HR", "2027-03-31"),
    "question": "Can we require a corporate account?",
}


def _type_into_cells(table: QTableWidget, texts: tuple[str, ...]) -> None:
    """Type each text into the cell editor the keyboard is in, Tab to the next, Enter at the end,
    as a facilitator does after pressing "Add …"."""
    for index, text in enumerate(texts):
        QTest.keyClicks(QApplication.focusWidget(), text)
        last = index == len(texts) - 1
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
    assert table.rowCount() == 1


def _type_a_decision(window: MainWindow, find) -> None:
    """The whole form, typed with the keyboard; the clause rewritten is the card's second."""
    panel = window.decision
    find.one(panel, QRadioButton, OWN_WORDING).click()
    find.one(panel, QComboBox, "Clause the group rewrites").setCurrentIndex(1)
    wording = find.one(panel, QPlainTextEdit, "The group's own wording")
    wording.setFocus()
    wording.moveCursor(wording.textCursor().MoveOperation.End)
    QTest.keyClicks(wording, TYPED["wording"])
    QTest.keyClicks(find.one(panel, QPlainTextEdit, "Rationale"), TYPED["rationale"])
    QTest.keyClicks(find.one(panel, QLineEdit, "Dissent"), TYPED["dissent"])
    find.button(panel, "Add action").click()
    _type_into_cells(find.one(panel, QTableWidget, "Actions"), TYPED["action"])
    find.button(panel, "Add question").click()
    _type_into_cells(
        find.one(panel, QTableWidget, "Open questions for legal"), (TYPED["question"],)
    )


def _form(window: MainWindow, find) -> dict[str, object]:
    panel = window.decision
    actions = find.one(panel, QTableWidget, "Actions")
    questions = find.one(panel, QTableWidget, "Open questions for legal")
    own = find.all(panel, QComboBox, "Clause the group rewrites")  # shown once chosen
    return {
        "own wording chosen": find.one(panel, QRadioButton, OWN_WORDING).isChecked(),
        "clause": [combo.currentIndex() for combo in own],
        "wording": [
            box.toPlainText() for box in find.all(panel, QPlainTextEdit, "The group's own wording")
        ],
        "rationale": find.one(panel, QPlainTextEdit, "Rationale").toPlainText(),
        "dissent": find.one(panel, QLineEdit, "Dissent").text(),
        "actions": [[actions.item(0, c).text() for c in range(3)]] if actions.rowCount() else [],
        "questions": [
            (questions.item(r, 0).text(), questions.cellWidget(r, 1).currentData())
            for r in range(questions.rowCount())
        ],
    }


def _open_on_card(window: MainWindow, path: Path) -> None:
    window.sessions.open(path)
    window.controller.set_current_card(CARD)
    window.tabs.setCurrentWidget(window.decision)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # keys go where the focus is


def test_a_typed_decision_survives_a_card_change_and_a_killed_process(
    window: MainWindow, demo_path: Path, tmp_path: Path, find
) -> None:
    typed = tmp_path / "typed"
    env = os.environ | {CHILD: str(demo_path), "ATELIER_TYPED_MARK": str(typed)}
    inner = [str(Path(__file__)), "-k", "type_then_get_killed", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *inner],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert typed.exists(), result.stdout + result.stderr  # it typed, then was killed:
    assert result.returncode == -signal.SIGKILL, result.stdout + result.stderr

    _open_on_card(window, demo_path)
    form = _form(window, find)
    assert form["own wording chosen"] and form["clause"] == [1]
    assert len(form["wording"]) == 1 and form["wording"][0].endswith(TYPED["wording"])
    assert form["rationale"] == TYPED["rationale"]
    assert form["dissent"] == TYPED["dissent"]
    assert form["actions"] == [list(TYPED["action"])]
    first_clause = window.controller.require().content.deck.card(CARD).clause_ids()[0]
    assert form["questions"] == [(TYPED["question"], first_clause)]


@pytest.mark.skipif(not os.environ.get(CHILD), reason="run by the kill-and-reopen test")
def test_type_then_get_killed(window: MainWindow, find) -> None:
    """The child: type a whole decision, move on like a stray PgDn, and die without closing."""
    _open_on_card(window, Path(os.environ[CHILD]))
    _type_a_decision(window, find)
    window.controller.step_card(-1)  # the sample's last card: the stray key is PgUp
    Path(os.environ["ATELIER_TYPED_MARK"]).touch()
    os.kill(os.getpid(), signal.SIGKILL)


def test_the_draft_is_saved_as_typed_and_comes_back_on_the_card(
    window: MainWindow, demo_path: Path, find, qtbot
) -> None:
    _open_on_card(window, demo_path)
    _type_a_decision(window, find)
    before = _form(window, find)
    session = window.controller.require()
    qtbot.waitUntil(lambda: CARD in session.state.decision_drafts)  # after the pause in typing
    draft = session.state.decision_drafts[CARD]
    assert draft.option_id == CUSTOM_CHOICE and draft.rationale == TYPED["rationale"]
    assert draft.actions == (ActionItem(*TYPED["action"]),)
    assert [q.text for q in draft.questions] == [TYPED["question"]]

    window.controller.step_card(-1)
    assert _form(window, find)["rationale"] == ""  # the other card's form is its own
    window.controller.step_card(1)
    assert _form(window, find) == before


def test_recording_the_decision_ends_its_draft(window: MainWindow, demo_path: Path, find) -> None:
    _open_on_card(window, demo_path)
    _type_a_decision(window, find)
    window.controller.step_card(-1)  # saved at once on leaving the card
    window.controller.step_card(1)
    session = window.controller.require()
    assert isinstance(session.state.decision_drafts.get(CARD), DecisionDraft)
    find.button(window.decision, "Record the decision").click()
    assert session.state.decisions_for(CARD)
    assert CARD not in session.state.decision_drafts
    assert _form(window, find)["rationale"] == ""


def test_discarding_the_draft_empties_the_form_and_the_session(
    window: MainWindow, demo_path: Path, find, messages
) -> None:
    _open_on_card(window, demo_path)
    QTest.keyClicks(find.one(window.decision, QPlainTextEdit, "Rationale"), "Half a thought")
    window.decision.save_draft()
    session = window.controller.require()
    assert session.state.decision_drafts[CARD].rationale == "Half a thought"
    messages.answer = messages.answer.Discard
    find.button(window.decision, "Discard the decision being prepared").click()
    assert CARD not in session.state.decision_drafts
    assert _form(window, find)["rationale"] == ""
    assert messages.headings() == ["Discard the draft?"]
    assert not find.button(window.decision, "Discard the decision being prepared").isEnabled()


def test_quitting_keeps_what_was_typed_a_moment_ago(
    window: MainWindow, demo_path: Path, find
) -> None:
    _open_on_card(window, demo_path)
    QTest.keyClicks(find.one(window.decision, QLineEdit, "Dissent"), "Ana disagrees")
    window.close()  # before the pause that saves it
    reopened = Session.open(demo_path)
    try:
        assert reopened.state.decision_drafts[CARD].dissent == "Ana disagrees"
    finally:
        reopened.close()
