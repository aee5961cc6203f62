"""The console tells the facilitator what the room sees: black, or which page of a long card, and
a reopened session picks up at the card in discussion on both screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from ui.dialogs.awareness_dialog import AwarenessDialog
from ui.shell.main_window import MainWindow
from workshop.commands import RevealInject, SetCardStatus
from workshop.model import CardStatus


def projector_state(window: MainWindow) -> QLabel:
    return window.findChild(QLabel, "projectorState")


def test_blank_is_checked_in_the_menu_and_shown_in_the_status_bar(
    window: MainWindow, demo_path: Path
) -> None:
    window.sessions.open(demo_path)
    window.menu.present.trigger()
    assert window.menu.blank.isCheckable() and not window.menu.blank.isChecked()
    assert "blanked" not in projector_state(window).text()
    window.menu.blank.trigger()
    assert window.presenter.is_blank and window.menu.blank.isChecked()
    indicator = projector_state(window)
    assert indicator.isVisibleTo(window) and "blanked" in indicator.text()
    window.presenter.toggle_blank()  # B pressed on the projector itself
    assert not window.menu.blank.isChecked() and "blanked" not in indicator.text()


def test_the_console_shows_which_page_the_room_sees(window: MainWindow, demo_path: Path) -> None:
    window.sessions.open(demo_path)
    controller = window.controller
    card = max(
        controller.require().content.deck.cards,
        key=lambda c: len(c.situation.en) + sum(len(i.en) for i in c.injects),
    )
    window.menu.present.trigger()  # full screen on the offscreen platform's only screen
    controller.set_current_card(card.id)
    for _ in card.injects:
        controller.execute(RevealInject(card.id))
    page, count = window.presenter.page
    assert count > 1, "the card fits: this test needs one that the room sees in parts"
    indicator = projector_state(window)
    assert indicator.text() == f"Projector: part {page + 1} of {count}"
    window.menu.previous_card.trigger()  # PgUp: the previous page, not the previous card
    assert controller.current_card_id == card.id
    assert indicator.text() == f"Projector: part {page} of {count}"


def test_reopening_lands_on_the_card_in_discussion(window: MainWindow, demo_path: Path) -> None:
    window.sessions.open(demo_path)
    controller = window.controller
    agenda = [item.card_id for item in controller.require().state.agenda]
    for card_id in agenda[:3]:
        status = CardStatus.IN_DISCUSSION if card_id == agenda[2] else CardStatus.DECIDED
        controller.execute(SetCardStatus(card_id, status))
    window.sessions.close()
    window.sessions.open(demo_path)
    window.menu.present.trigger()
    assert controller.current_card_id == agenda[2]
    title = controller.require().content.deck.card(agenda[2]).title.en
    assert any(label.text() == title for label in window.presenter.findChildren(QLabel))


def test_no_projector_state_once_the_presentation_ends(window: MainWindow, demo_path: Path) -> None:
    window.sessions.open(demo_path)
    window.menu.present.trigger()
    window.menu.blank.trigger()
    assert projector_state(window).isVisibleTo(window)
    window.presenter.close()  # Esc
    assert not projector_state(window).isVisibleTo(window)
    assert not window.menu.blank.isChecked()


def test_the_warm_up_puts_its_question_on_the_projector(
    qtbot, find, window: MainWindow, demo_path: Path
) -> None:
    window.sessions.open(demo_path)
    window.menu.present.trigger()
    questions = window.controller.require().content.awareness
    window.menu.awareness.trigger()
    dialog = window.findChild(AwarenessDialog)
    assert window.controller.awareness_question == questions[0].id  # the first, to start

    def on_projector() -> str:
        labels = window.presenter.findChildren(QLabel)
        return "\n".join(x.text() for x in labels if x.isVisibleTo(window.presenter))

    assert questions[0].text.en in on_projector()
    qtbot.mouseClick(
        find.button(dialog, "Show question 3 on the projector"), Qt.MouseButton.LeftButton
    )
    assert questions[2].text.en in on_projector()
    tallied = [index for index, question in enumerate(questions) if not question.open]
    last = tallied[-1]  # questions 4 and 5 are answered in words: no "No" button
    qtbot.mouseClick(find.all(dialog, QAbstractButton, "No")[-1], Qt.MouseButton.LeftButton)
    assert questions[last].text.en in on_projector()  # a hand counted: that question is asked
    assert find.button(dialog, f"Show question {last + 1} on the projector").isChecked()
    assert "Raise your hand" in on_projector()
    qtbot.mouseClick(
        find.button(dialog, "Show question 4 on the projector"), Qt.MouseButton.LeftButton
    )
    assert questions[3].open and "Answer in a few words" in on_projector()
    dialog.reject()  # the warm-up is over: the room sees the card again
    assert window.controller.awareness_question == ""
    assert questions[3].text.en not in on_projector()
