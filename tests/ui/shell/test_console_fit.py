"""The console on a small laptop and with the keyboard alone: it fits 1024×768 and 1280×720
without sideways scrolling, every control of the decision form is on screen or scrolled to, Tab
goes through the console in reading order, and the wheel over a vote count scrolls the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QWidget,
)

from ui.i18n.language import install_translations
from ui.shell.main_window import MainWindow
from ui.theme import status_colour
from workshop.changes import Changes
from workshop.commands import SetCardStatus
from workshop.demo import write_demo
from workshop.model import CardStatus

CARD = "fake-recruiter"  # in discussion in the sample, injects still to reveal
OWN_WORDING = "Our own wording for one of the card's clauses"


@pytest.fixture
def french(qapp):
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")


def _console(window: MainWindow, path: Path, width: int, height: int) -> None:
    window.resize(width, height)
    window.sessions.open(path)
    window.controller.set_current_card(CARD)
    window.tabs.setCurrentWidget(window.decision)
    QApplication.processEvents()


def _sideways(window: MainWindow) -> list[str]:
    return [
        area.accessibleName() or type(area).__name__
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def _inside_window(window: MainWindow, widget: QWidget) -> bool:
    corner = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(corner) and window.rect().contains(
        corner + QPoint(widget.width() - 1, widget.height() - 1)
    )


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_console_fits_a_small_screen(window: MainWindow, demo_path: Path, size, find) -> None:
    _console(window, demo_path, *size)
    assert (window.width(), window.height()) == size
    assert window.minimumSizeHint().width() <= 1024
    assert _sideways(window) == []
    for name in ("Record the decision", "Park or resume this card"):
        assert _inside_window(window, find.button(window.decision, name)), name


def test_the_french_console_fits_1024(
    qtbot, settings, tmp_path: Path, french, messages, sessions_dir: Path
) -> None:
    """French words are longer: the console still fits."""
    fresh = MainWindow(settings, "fr")
    qtbot.addWidget(fresh)
    try:
        fresh.show()
        _console(fresh, write_demo(tmp_path / "fr.atelier", "fr"), 1024, 768)
        assert fresh.width() == 1024
        assert _sideways(fresh) == []
        record = next(b for b in fresh.decision.findChildren(QPushButton) if b.isDefault())
        assert record.text() == "Enregistrer la décision"
        assert _inside_window(fresh, record)
    finally:
        fresh.close()


def test_twelve_cards_fit_the_agenda_without_sideways_scrolling(
    window: MainWindow, tmp_path: Path
) -> None:
    from workshop.commands import SetAgenda
    from workshop.model import AgendaItem

    path = write_demo(tmp_path / "twelve.atelier", "en")
    _console(window, path, 1024, 768)
    deck = window.controller.require().content.deck
    agenda = tuple(AgendaItem(card.id, 15) for card in deck.cards[:12])
    window.controller.execute(SetAgenda(agenda))
    QApplication.processEvents()
    assert len(agenda) == 12
    assert _sideways(window) == []


def _walk_tab(window: MainWindow, start: QWidget, steps: int = 60) -> list[QWidget]:
    """The widgets Tab visits from `start`, until it comes back to it."""
    start.setFocus()
    visited = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back: {[w.accessibleName() for w in visited]}")


def test_tab_goes_through_the_console_in_reading_order(
    window: MainWindow, demo_path: Path, find
) -> None:
    _console(window, demo_path, 1024, 768)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    find.one(window.decision, QRadioButton, OWN_WORDING).click()  # the whole form shows
    agenda = window.agenda.findChildren(QAbstractScrollArea)[0]
    visited = _walk_tab(window, agenda)
    names = [
        "tab bar"
        if isinstance(w, QTabBar)
        else "option"
        if isinstance(w, QRadioButton)
        else w.accessibleName()
        for w in visited
    ]
    assert names == [
        "Agenda cards",
        "Previous card",
        "Start or pause the timer",
        "Reset the timer to zero",
        "Scenario card",
        "Reveal the next inject",
        "tab bar",
        "option",  # one stop for the options: the arrows move between them
        "Clause the group rewrites",
        "The group's own wording",
        "Votes: For",
        "Votes: Against",
        "Votes: Abstain",
        "Record the votes",
        "Show the options on the projector",
        "Reveal the votes on the projector",
        "Rationale",
        "Dissent",
        "Actions",
        "Add action",
        "Remove the selected row",
        "Open questions for legal",
        "Add question",
        "Remove the selected row",
        "Discard the decision being prepared",
        "Park or resume this card",
        "Record the decision",
    ]
    # every control of the decision form is reached (the options through the one chosen)
    form = [
        w
        for w in window.decision.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (isinstance(w, QRadioButton) and not w.isChecked())
        and not isinstance(w, QScrollArea)
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), QSpinBox)
    ]
    missing = [w.accessibleName() or type(w).__name__ for w in form if w not in visited]
    assert missing == []


def test_text_boxes_let_tab_through(window: MainWindow, demo_path: Path) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    _console(window, demo_path, 1024, 768)
    boxes = window.decision.findChildren(QPlainTextEdit)
    assert boxes and all(box.tabChangesFocus() for box in boxes)


def test_the_wheel_over_a_vote_count_scrolls_the_form(
    window: MainWindow, demo_path: Path, find
) -> None:
    _console(window, demo_path, 1024, 768)
    spin = find.one(window.decision, QSpinBox, "Votes: For")
    spin.setValue(4)
    scroll = find.one(window.decision, QScrollArea, "Decision form")
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 3)
    before = bar.value()
    centre = QPointF(spin.rect().center())
    down = QWheelEvent(
        centre,
        QPointF(spin.mapToGlobal(spin.rect().center())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, down)
    assert spin.value() == 4  # the count is untouched
    assert bar.value() > before  # the form moved instead
    spin.setFocus()
    QApplication.sendEvent(spin, down)
    assert spin.value() == 3  # once focused, the wheel sets the count, as expected


def test_a_decided_card_says_which_option_was_chosen(window: MainWindow, demo_path: Path) -> None:
    _console(window, demo_path, 1024, 768)
    window.controller.set_current_card("journalist-call")  # decided in the sample
    session = window.controller.require()
    decision = session.state.decisions_for("journalist-call")[-1]
    option = session.content.deck.card("journalist-call").option(decision.option_id)
    banner = [
        label.text()
        for label in window.decision.findChildren(QLabel)
        if label.text().startswith("Decided as")
    ]
    assert len(banner) == 1
    assert option.label.get("en") in banner[0] and decision.label in banner[0]


def test_the_form_opens_at_the_top_for_another_card(window: MainWindow, demo_path: Path) -> None:
    _console(window, demo_path, 1024, 768)
    bar = window.decision.findChildren(QScrollArea)[0].verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.controller.step_card(-1)
    assert bar.value() == 0


def _contrast(a, b) -> float:
    def luminance(colour) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_status_banners_keep_their_contrast_after_refreshes(
    window: MainWindow, demo_path: Path
) -> None:
    import re

    from PySide6.QtGui import QColor

    _console(window, demo_path, 1024, 768)
    window.controller.execute(SetCardStatus(CARD, CardStatus.PARKED))
    banner = next(
        label for label in window.decision.findChildren(QLabel) if label.text().startswith("Parked")
    )
    first = banner.styleSheet()
    for _ in range(5):
        window.decision.refresh(Changes.CARD_STATUS)
    assert banner.styleSheet() == first  # not tinted again and again
    background = QColor(re.search(r"background: (#[0-9a-f]{6})", first).group(1))
    text = banner.palette().color(banner.foregroundRole())
    assert _contrast(text, background) >= 4.5
    assert status_colour(CardStatus.PARKED, False).name() in first


def test_the_frequent_actions_have_keys(window: MainWindow, demo_path: Path, qtbot) -> None:
    """A button's key presses it the way a click does, shown pressed for a moment first."""
    _console(window, demo_path, 1024, 768)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)

    def state():  # read anew: each change makes a new state
        return window.controller.require().state

    control = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window, Qt.Key.Key_I, control)
    qtbot.waitUntil(lambda: state().revealed_injects.get(CARD, 0) == 1)
    QTest.keyClick(window, Qt.Key.Key_T, control)
    qtbot.waitUntil(lambda: window.timer.running)
    QTest.keyClick(window, Qt.Key.Key_P, control | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: state().card_status(CARD) is CardStatus.PARKED)
    assert not window.timer.running  # parking the card stops its clock
