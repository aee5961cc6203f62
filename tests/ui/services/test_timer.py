"""The card timer: it counts from a monotonic clock, warns once, and never loses time used."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QProgressBar

import ui.services.timer
from ui.console.timer_widget import OVER_TIME, TimerWidget
from ui.services.controller import SessionController
from ui.services.timer import CardTimer
from ui.theme import palette_for
from workshop.commands import SetAgenda, SetCardStatus
from workshop.model import AgendaItem, CardStatus


@pytest.fixture
def controller(qtbot, demo_path: Path):
    controller = SessionController()
    controller.open(demo_path)
    yield controller
    controller.close()


def test_load_shows_a_stopped_clock(controller: SessionController) -> None:
    timer = CardTimer(controller)
    ticks = []
    timer.ticked.connect(lambda elapsed, timebox: ticks.append((elapsed, timebox)))
    timer.load("fake-recruiter", 30, 600)
    assert (timer.card_id, timer.elapsed, timer.timebox, timer.running) == (
        "fake-recruiter",
        30,
        600,
        False,
    )
    assert ticks == [(30, 600)]


def test_follows_the_current_card_and_saves_the_card_it_leaves(
    qtbot, controller: SessionController
) -> None:
    timer = CardTimer(controller)
    last_edit = controller.require().undo_description()
    assert controller.current_card_id == "fake-recruiter"  # the demo's card in discussion
    controller.set_current_card("journalist-call")
    controller.set_current_card("fake-recruiter")
    assert (timer.card_id, timer.timebox) == ("fake-recruiter", 600)
    timer.start()
    with qtbot.waitSignal(timer.ticked, timeout=3000):
        pass
    qtbot.waitUntil(lambda: timer.elapsed >= 1, timeout=3000)
    controller.set_current_card("journalist-call")
    state = controller.require().state
    assert state.time_used["fake-recruiter"] >= 1
    assert not timer.running
    assert timer.elapsed == state.time_used["journalist-call"]
    # bookkeeping is not an edit to undo: Undo still names the last edit
    assert controller.require().undo_description() == last_edit


def test_overrun_is_signalled_once_and_pause_saves(qtbot, controller: SessionController) -> None:
    timer = CardTimer(controller)
    timer.load("fake-recruiter", 0, 1)
    overruns = []
    timer.overrun.connect(lambda: overruns.append(timer.elapsed))
    timer.start()
    qtbot.waitUntil(lambda: timer.elapsed >= 3, timeout=6000)
    timer.pause()
    assert len(overruns) == 1
    assert controller.require().state.time_used["fake-recruiter"] == timer.elapsed


def test_saves_periodically_while_running(
    qtbot, controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.services.timer, "SAVE_EVERY_SECONDS", 1)
    timer = CardTimer(controller)
    timer.load("fake-recruiter", 0, 600)
    timer.start()
    session = controller.require()
    qtbot.waitUntil(lambda: session.state.time_used.get("fake-recruiter", 0) >= 1, timeout=4000)
    assert timer.running


def test_reset_starts_the_count_again(controller: SessionController) -> None:
    timer = CardTimer(controller)
    timer.load("fake-recruiter", 125, 600)
    timer.reset()
    assert timer.elapsed == 0
    assert controller.require().state.time_used["fake-recruiter"] == 0


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    """The dark palette for one test; the light one back afterwards for the others."""
    palette = qapp.palette()
    qapp.setPalette(palette_for(True))
    yield
    qapp.setPalette(palette)


def _bar_colour(widget: TimerWidget) -> str:
    return widget.findChild(QProgressBar).palette().color(QPalette.ColorRole.Highlight).name()


def test_the_bar_turns_red_with_the_warning_once_over_time(
    qtbot, qapp, controller: SessionController
) -> None:
    timer = CardTimer(controller)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    timer.load("fake-recruiter", 600, 600)  # on the dot: not over yet
    assert _bar_colour(widget) == qapp.palette().color(QPalette.ColorRole.Highlight).name()
    timer.load("fake-recruiter", 601, 600)
    warning = next(x for x in widget.findChildren(QLabel) if x.text().startswith("⚠"))
    assert _bar_colour(widget) == OVER_TIME[False]
    assert OVER_TIME[False] in warning.styleSheet()
    timer.reset()
    assert _bar_colour(widget) == qapp.palette().color(QPalette.ColorRole.Highlight).name()


def test_over_time_red_follows_the_dark_theme(
    qtbot, qapp, controller: SessionController, dark: None
) -> None:
    timer = CardTimer(controller)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    timer.load("fake-recruiter", 700, 600)
    assert _bar_colour(widget) == OVER_TIME[True]


def test_over_time_red_changes_with_the_theme_while_paused(
    qtbot, qapp, controller: SessionController
) -> None:
    timer = CardTimer(controller)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    timer.load("fake-recruiter", 700, 600)
    light = qapp.palette()
    qapp.setPalette(palette_for(True))  # "auto" following the system into dark mode
    try:
        qtbot.waitUntil(lambda: _bar_colour(widget) == OVER_TIME[True], timeout=2000)
    finally:
        qapp.setPalette(light)


def test_a_new_agenda_gives_the_card_on_the_clock_its_timebox(
    controller: SessionController,
) -> None:
    timer = CardTimer(controller)
    controller.set_current_card("fake-recruiter")
    agenda = controller.require().state.agenda
    longer = tuple(
        AgendaItem(i.card_id, 45 if i.card_id == "fake-recruiter" else i.timebox_minutes)
        for i in agenda
    )
    controller.execute(SetAgenda(longer))
    assert (timer.card_id, timer.timebox) == ("fake-recruiter", 45 * 60)
    controller.undo()  # the agenda as it was
    assert timer.timebox == 600


def test_a_crash_costs_a_few_seconds_at_most(controller: SessionController) -> None:
    """While running, the time used is saved every few seconds, not every 30 s."""
    assert ui.services.timer.SAVE_EVERY_SECONDS <= 5
    timer = CardTimer(controller)
    timer.load("fake-recruiter", 100, 600)
    timer.start()
    timer._base = 100 + ui.services.timer.SAVE_EVERY_SECONDS  # as if that long had passed
    timer._tick()
    saved = controller.require().state.time_used["fake-recruiter"]
    assert saved == 100 + ui.services.timer.SAVE_EVERY_SECONDS
    assert timer.running


@pytest.mark.parametrize("status", [CardStatus.DECIDED, CardStatus.PARKED])
def test_the_clock_stops_when_the_card_is_decided_or_parked(
    controller: SessionController, status: CardStatus
) -> None:
    timer = CardTimer(controller)
    controller.set_current_card("fake-recruiter")
    timer.start()
    controller.execute(SetCardStatus("fake-recruiter", CardStatus.IN_DISCUSSION))
    assert timer.running  # other changes leave it running
    controller.execute(SetCardStatus("fake-recruiter", status))
    assert not timer.running


def test_a_clock_started_again_on_a_decided_card_keeps_running(
    controller: SessionController,
) -> None:
    timer = CardTimer(controller)
    timer.load("journalist-call", 0, 600)  # decided in the sample
    timer.start()
    controller.execute(SetCardStatus("fake-recruiter", CardStatus.PARKED))
    assert timer.running
