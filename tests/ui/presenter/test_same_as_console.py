"""The facilitator and the room read the same labels: a deck whose option ids are words still
gets options A and B on both screens, and both clocks read alike past an hour."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtWidgets import QLabel, QRadioButton

from ui.console.option_picker import OptionPicker
from ui.console.timer_widget import TimerWidget
from ui.presenter.window import PresenterWindow
from ui.services.controller import SessionController
from ui.services.timer import CardTimer
from workshop.commands import SetOptionsShown
from workshop.local.settings import Settings

CARD = "journalist"


def _presenter(qtbot, controller: SessionController, timer: CardTimer, tmp_path: Path):
    window = PresenterWindow(controller, timer, settings=Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def test_console_and_projector_give_options_the_same_letters(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    session = controller.require()
    card = session.content.deck.card(CARD)
    assert [o.id for o in card.options] == ["redirect", "drop-log"]  # words, not letters
    presenter = _presenter(qtbot, controller, CardTimer(controller), tmp_path)
    controller.set_current_card(CARD)
    controller.execute(SetOptionsShown(CARD, True))

    picker = OptionPicker()
    qtbot.addWidget(picker)
    picker.load(session, card)
    radios = [
        r for r in picker.findChildren(QRadioButton) if r.property("optionId") != "__custom__"
    ]
    console = [r.accessibleName().split(".")[0] for r in radios]

    labels = presenter.findChildren(QLabel)
    texts = [x.text() for x in labels if x.isVisibleTo(presenter)]
    projector = [
        text
        for text, following in pairwise(texts)
        if following in {o.label.fr for o in card.options}
    ]
    assert console == projector == ["A", "B"]


def test_console_and_projector_clocks_agree_past_an_hour(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    timer = CardTimer(controller)
    presenter = _presenter(qtbot, controller, timer, tmp_path)
    console = TimerWidget(timer)
    qtbot.addWidget(console)
    controller.set_current_card(CARD)
    timer.load(CARD, 3909, 10 * 60)

    [console_clock] = [
        x for x in console.findChildren(QLabel) if x.accessibleName() == "Time on this card"
    ]
    [projector_clock] = [x for x in presenter.findChildren(QLabel) if x.property("role") == "timer"]
    assert console_clock.text() == "1:05:09"
    assert projector_clock.text() == "1:05:09 / 10:00"
    [warning] = [x for x in console.findChildren(QLabel) if "Over time" in x.text()]
    assert warning.text().endswith(" 55:09")  # 1:05:09 used of a 10:00 timebox, same format
