"""The projector shows the room what it may see, and never the facilitator's notes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ui.presenter.vote_bar import VoteBar
from ui.presenter.window import PresenterWindow
from ui.services.controller import SessionController
from ui.services.timer import CardTimer
from workshop.commands import (
    RecordDecision,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetOptionsShown,
    SetVotesRevealed,
)
from workshop.content import Content
from workshop.local.settings import Settings
from workshop.model import AgendaItem, Decision, Votes

ON_SCREENS = "ATELIER_TEST_ON_SCREENS"  # as in conftest: the process with virtual screens


@pytest.fixture
def timer(controller: SessionController) -> CardTimer:
    return CardTimer(controller)


def _presenter(qtbot, controller, timer, settings: Settings, size=(1280, 720)) -> PresenterWindow:
    window = PresenterWindow(controller, timer, settings=settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


@pytest.fixture
def presenter(qtbot, controller, timer, tmp_path: Path) -> PresenterWindow:
    return _presenter(qtbot, controller, timer, Settings(tmp_path / "settings.json"))


def _plain(text: str) -> str:
    """French typesetting puts no-break spaces in: compare words, not spacing."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def every_text(window: QWidget) -> str:
    """All text the window holds, shown or not: what could ever reach the projector."""
    return _plain("\n".join(label.text() for label in window.findChildren(QLabel)))


def shown_text(window: QWidget) -> str:
    """The text a participant can read right now."""
    labels = window.findChildren(QLabel)
    return _plain("\n".join(label.text() for label in labels if label.isVisibleTo(window)))


def _reveal_everything(controller: SessionController, card_id: str) -> None:
    card = controller.require().content.deck.card(card_id)
    for _ in card.injects:
        controller.execute(RevealInject(card_id))
    controller.execute(SetOptionsShown(card_id, True))
    controller.execute(RecordVotes(card_id, Votes(5, 2, 1)))
    controller.execute(SetVotesRevealed(card_id, True))


def test_welcome_slide_before_any_card(presenter: PresenterWindow) -> None:
    text = shown_text(presenter)
    assert "Maison Test" in text
    assert "2026" in text and "novembre" in text  # the session is in French
    assert "Ana Facilitatrice" in text


def test_card_slide_shows_title_situation_and_prompts(presenter, controller) -> None:
    controller.set_current_card("journalist")
    text = shown_text(presenter)
    for expected in ("Un journaliste appelle", "Un journaliste appelle Léa.", "Que fait Léa ?"):
        assert expected in text
    assert "Il rappelle." not in every_text(presenter)  # no inject revealed yet


def test_injects_appear_one_at_a_time_newest_highlighted(presenter, controller) -> None:
    controller.set_current_card("journalist")
    controller.execute(RevealInject("journalist"))
    assert "Il rappelle." in shown_text(presenter)
    assert "L'article paraît." not in every_text(presenter)
    controller.execute(RevealInject("journalist"))
    assert "L'article paraît." in shown_text(presenter)
    panels = {
        panel.findChildren(QLabel)[-1].text(): panel.property("newest")
        for panel in presenter.findChildren(QFrame, "panel")
        if panel.isVisibleTo(presenter)
    }
    assert panels == {"Il rappelle.": False, "L'article paraît.": True}


@pytest.mark.parametrize("card_id", ["journalist", "training-card"])
def test_facilitator_notes_never_reach_the_projector(
    presenter, controller, small_content: Content, card_id: str
) -> None:
    controller.set_current_card(card_id)
    card = small_content.deck.card(card_id)
    _reveal_everything(controller, card_id)
    controller.execute(
        RecordDecision(Decision(card_id, "2026-11-23T10:00", option_id=card.options[0].id))
    )
    controller.set_current_card(card_id)
    text = every_text(presenter) + presenter.windowTitle()
    for note in small_content.deck.card("journalist").notes:
        assert note.fr not in text and note.en not in text


def test_no_built_in_card_ever_projects_its_notes(qtbot, tmp_path, info) -> None:
    """Every card of the real deck, fully revealed, then decided."""
    real = SessionController()
    real.create(tmp_path / "real.atelier", info)
    deck = real.require().content.deck
    assert len(deck.cards) > 2  # the built-in deck, not the test one
    real.execute(SetAgenda(tuple(AgendaItem(c.id, c.timebox_minutes) for c in deck.cards)))
    window = _presenter(qtbot, real, CardTimer(real), Settings(tmp_path / "s.json"))
    for card in deck.cards:
        real.set_current_card(card.id)
        _reveal_everything(real, card.id)
        revealed = every_text(window)
        real.execute(RecordDecision(Decision(card.id, "", option_id=card.options[0].id)))
        text = revealed + every_text(window)
        assert _plain(card.title.fr) in text
        for note in card.notes:
            assert _plain(note.fr) not in text and _plain(note.en) not in text, card.id
    real.close()


def test_options_only_once_put_to_the_group(presenter, controller) -> None:
    controller.set_current_card("journalist")
    assert "Rediriger" not in every_text(presenter)
    controller.execute(SetOptionsShown("journalist", True))
    text = shown_text(presenter)
    assert "Rediriger" in text and "Ne rien noter" in text
    controller.execute(SetOptionsShown("journalist", False))
    assert "Rediriger" not in every_text(presenter)


def test_votes_only_once_revealed(presenter, controller) -> None:
    controller.set_current_card("journalist")
    controller.execute(RecordVotes("journalist", Votes(7, 3, 2)))
    assert "Pour" not in every_text(presenter) and "Contre" not in every_text(presenter)
    assert not presenter.findChild(VoteBar).isVisibleTo(presenter)
    controller.execute(SetVotesRevealed("journalist", True))
    text = shown_text(presenter)
    assert "Pour : 7" in text and "Contre : 3" in text and "Abstention : 2" in text
    controller.execute(SetVotesRevealed("journalist", False))
    assert "Pour" not in every_text(presenter)


def test_decision_summary_once_decided(presenter, controller) -> None:
    controller.set_current_card("journalist")
    decision = Decision("journalist", "2026-11-23T10:00", option_id="redirect", rationale="Vite.")
    controller.execute(RecordDecision(decision))
    text = shown_text(presenter)
    assert "Décision D1" in text and "Rediriger" in text and "Vite." in text
    assert "Ne rien noter" not in every_text(presenter)  # the options not chosen are gone


def test_follows_the_console(presenter, controller, timer) -> None:
    controller.set_current_card("journalist")
    assert "Un journaliste appelle" in shown_text(presenter)
    controller.step_card(1)
    text = shown_text(presenter)
    assert "Formation" in text and "Un journaliste appelle" not in text
    assert "Scénario 2 sur 2" in text
    timer.load("training-card", 6 * 60 + 5, 5 * 60)
    clock = next(x for x in presenter.findChildren(QLabel) if x.property("role") == "timer")
    assert clock.isVisibleTo(presenter)
    assert clock.text() == "06:05 / 05:00" and clock.property("over") is True
    controller.set_current_card("")
    assert "Maison Test" in shown_text(presenter)


def test_blank_toggles_with_b_and_full_stop(presenter, qtbot) -> None:
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.is_blank and shown_text(presenter) == ""
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert not presenter.is_blank and "Maison Test" in shown_text(presenter)
    presenter.toggle_blank()
    assert presenter.is_blank


@pytest.mark.parametrize(
    ("key", "offset"),
    [
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Down, 1),
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_PageUp, -1),
        (Qt.Key.Key_Left, -1),
        (Qt.Key.Key_Up, -1),
    ],
)
def test_clicker_keys_step_through_the_agenda(
    presenter, controller, qtbot, monkeypatch, key, offset
):
    steps: list[int] = []
    monkeypatch.setattr(controller, "step_card", steps.append)
    qtbot.keyClick(presenter, key)
    assert steps == [offset]


def test_page_down_moves_to_the_next_card(presenter, controller, qtbot) -> None:
    controller.set_current_card("journalist")
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert controller.current_card_id == "training-card"
    assert "Formation" in shown_text(presenter)


def test_one_screen_f5_presents_full_screen_and_esc_returns_to_the_console(
    qtbot, controller, timer, tmp_path
) -> None:
    """A mirrored projector: the only screen shows the slide whole, Esc gives the console back."""
    assert len(QGuiApplication.screens()) == 1
    console = QWidget()
    qtbot.addWidget(console)
    console.show()
    window = PresenterWindow(controller, timer, console, settings=Settings(tmp_path / "s.json"))
    console.activateWindow()
    window.present()
    screen = QGuiApplication.primaryScreen()
    assert window.isFullScreen() and window.geometry() == screen.geometry()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()  # no small window is left behind
    qtbot.waitUntil(console.isActiveWindow)
    window.present()  # F5 again: full screen again, never a small window
    assert window.isFullScreen() and window.geometry() == screen.geometry()


def test_text_scales_with_the_window_and_the_setting(qtbot, controller, timer, tmp_path) -> None:
    controller.set_current_card("training-card")

    def title_size(size, scale: float) -> int:
        settings = Settings(tmp_path / f"settings-{scale}.json")
        settings.set("presenter_font_scale", scale)
        window = _presenter(qtbot, controller, timer, settings, size)
        title = next(x for x in window.findChildren(QLabel) if x.text() == "Formation")
        return title.font().pixelSize()

    small, large = title_size((960, 540), 1.0), title_size((1920, 1080), 1.0)
    assert large > small * 1.6
    assert title_size((960, 540), 1.4) > small * 1.3


def test_a_full_card_fits_in_a_small_window(qtbot, controller, timer, tmp_path) -> None:
    controller.set_current_card("journalist")
    _reveal_everything(controller, "journalist")
    window = _presenter(qtbot, controller, timer, Settings(tmp_path / "s.json"), (800, 450))
    qtbot.wait(50)  # let the layouts settle as they would on screen
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            bottom = label.mapTo(window, label.rect().bottomLeft()).y()
            assert bottom <= window.height(), label.text()


def test_present_goes_full_screen_on_the_second_screen(on_screens) -> None:
    screens = [("Laptop", 1600, 900), ("Projector", 1920, 1080)]
    on_screens(screens, f"{__file__}::two_screens_inner")


@pytest.mark.skipif(not os.environ.get(ON_SCREENS), reason="run by the two-screen test")
def test_two_screens_inner(presenter) -> None:
    screens = QGuiApplication.screens()
    assert [s.name() for s in screens] == ["Laptop", "Projector"]
    presenter.present()
    assert presenter.isFullScreen()
    assert presenter.screen() is screens[1]
    assert presenter.geometry() == screens[1].geometry()
    presenter.present(0)  # the facilitator's choice wins
    assert presenter.isFullScreen() and presenter.screen() is screens[0]


def test_the_vote_names_the_option_voted_on(presenter, controller) -> None:
    controller.set_current_card("journalist")
    controller.execute(RecordVotes("journalist", Votes(7, 3, 2)))
    controller.execute(SetVotesRevealed("journalist", True))
    assert "Sur l’option" not in shown_text(presenter)  # no option selected: none named
    controller.set_proposed_option("journalist", "drop-log")  # chosen in the decision form
    assert "Sur l’option B : Ne rien noter" in shown_text(presenter)
    controller.set_proposed_option("journalist", "redirect")
    text = shown_text(presenter)
    assert "Sur l’option A : Rediriger" in text and "Ne rien noter" not in text


def test_the_room_sees_the_awareness_question_being_asked(presenter, controller, qtbot) -> None:
    controller.set_current_card("journalist")
    questions = controller.require().content.awareness
    controller.set_awareness_question(questions[1].id)
    text = shown_text(presenter)
    assert _plain(questions[1].text.fr) in text and "Question 2 sur 2" in text
    assert "Un journaliste appelle" not in text
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)  # a clicker goes through the questions
    assert controller.awareness_question == questions[0].id
    assert controller.current_card_id == "journalist"
    controller.set_awareness_question("")  # the warm-up is over: back to the card
    assert "Un journaliste appelle" in shown_text(presenter)


def test_blanking_is_announced(presenter) -> None:
    states: list[bool] = []
    presenter.blankChanged.connect(states.append)
    presenter.toggle_blank()
    presenter.close()  # closing brings the slide back for next time
    assert states == [True, False] and not presenter.is_blank


def test_the_title_names_the_app_once(qtbot, controller, timer, tmp_path) -> None:
    """Qt adds the application's display name ("Atelier") to a window title that lacks it, so
    the title itself leaves it out: "Presenter view — Atelier", never "Atelier — … — Atelier"."""
    window = PresenterWindow(controller, timer, settings=Settings(tmp_path / "s.json"))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Presenter view"
    assert "Atelier" not in window.windowTitle()
