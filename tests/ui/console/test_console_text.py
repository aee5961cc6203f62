"""Nothing the facilitator reads is cut: the card and the options wrap whole, and are laid out
before they are first painted, not a few event-loop passes later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QRadioButton, QScrollArea, QWidget

from ui.shell.main_window import MainWindow
from ui.widgets.two_line_delegate import SUBTITLE
from workshop.commands import RevealInject

CARD = "fake-recruiter"  # the headhunter: the demo's longest situation


def _open(window: MainWindow, demo_path: Path, card_id: str = CARD) -> None:
    window.sessions.open(demo_path)
    window.controller.set_current_card(card_id)
    window.controller.execute(RevealInject(card_id))


def _whole(label: QLabel) -> bool:
    """As tall as its text needs at its width, and inside every box around it up to the page
    its scroll area scrolls."""
    if label.height() < label.heightForWidth(label.width()):
        return False
    widget = label
    while not isinstance(widget.parentWidget().parentWidget(), QScrollArea):
        if not widget.parentWidget().rect().contains(widget.geometry()):
            return False
        widget = widget.parentWidget()
    return True


def _label(parent: QWidget, text: str) -> QLabel:
    found = [x for x in parent.findChildren(QLabel) if x.text() == text and x.isVisibleTo(parent)]
    assert len(found) == 1, text
    return found[0]


def test_the_situation_and_the_notes_are_whole_in_the_scroll_area(
    window: MainWindow, demo_path: Path, find
) -> None:
    _open(window, demo_path)
    card = window.controller.require().content.deck.card(CARD)
    scroll = window.card.findChild(QScrollArea)  # looked at before any event is processed
    page = scroll.widget()
    assert scroll.accessibleName() == "Scenario card" and scroll.widgetResizable()
    assert page.height() >= page.heightForWidth(page.width())
    assert scroll.verticalScrollBar().maximum() > 0  # longer than a 1366 × 768 window: it scrolls
    situation = _label(page, card.situation.en)
    assert situation.wordWrap() and _whole(situation)

    [notes] = [x for x in find.shown(page, QFrame) if x.objectName() == "facilitatorNotes"]
    assert "background" in notes.styleSheet()  # the tint that sets them apart
    heading = _label(notes, "Facilitator notes — console only, never projected")
    lines = [_label(notes, f"•  {note.en}") for note in card.notes]
    for upper, lower in zip([heading, *lines], lines, strict=False):
        assert upper.geometry().bottom() < lower.geometry().top()  # no overlap
    assert all(_whole(line) for line in lines)

    scroll.ensureWidgetVisible(notes, 0, 0)
    top_left = notes.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(top_left)
    assert top_left.y() + notes.height() <= scroll.viewport().height()


def test_another_card_starts_at_its_title_and_an_inject_keeps_the_place(
    window: MainWindow, demo_path: Path, find
) -> None:
    _open(window, demo_path)
    bar = find.one(window.card, QScrollArea, "Scenario card").verticalScrollBar()
    bar.setValue(bar.maximum())
    window.controller.execute(RevealInject(CARD))
    assert bar.value() > 0
    window.controller.set_current_card("journalist-call")
    assert bar.value() == 0


def test_options_wrap_whole_and_a_click_anywhere_on_one_picks_it(
    qtbot, window: MainWindow, demo_path: Path, find
) -> None:
    _open(window, demo_path)
    card = window.controller.require().content.deck.card(CARD)
    radios = find.shown(window.decision, QRadioButton)
    assert [r.accessibleName() for r in radios[:-1]] == [
        f"{letter}.  {o.label.en}" for letter, o in zip("ABCD", card.options, strict=False)
    ]
    for radio in radios:
        text = radio.parentWidget().findChild(QLabel)
        assert text.text() == radio.accessibleName() and text.wordWrap()
        assert _whole(text), text.text()
    labels = [r.parentWidget().findChild(QLabel) for r in radios]
    assert any(x.height() >= 2 * x.fontMetrics().lineSpacing() for x in labels)  # wrapped

    second = radios[1].parentWidget()
    qtbot.mouseClick(second.findChild(QLabel), Qt.MouseButton.LeftButton)
    assert radios[1].isChecked()
    qtbot.mouseClick(radios[0].parentWidget(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert radios[0].isChecked()  # the row's margin too


def test_options_are_picked_with_the_keyboard(
    qtbot, window: MainWindow, demo_path: Path, find
) -> None:
    _open(window, demo_path)
    radios = find.shown(window.decision, QRadioButton)
    with qtbot.waitActive(window):
        window.activateWindow()
    radios[0].setFocus()
    qtbot.keyClick(radios[0], Qt.Key.Key_Space)
    assert radios[0].isChecked()
    qtbot.keyClick(radios[0], Qt.Key.Key_Down)
    assert radios[1].isChecked() and radios[1].hasFocus()
    rows = [r.parentWidget().styleSheet() for r in radios[:2]]
    assert "background" not in rows[0] and "background" in rows[1]  # where the keyboard is


def test_agenda_rows_show_their_whole_title_status_and_time_on_hover(
    window: MainWindow, demo_path: Path, find
) -> None:
    window.sessions.open(demo_path)
    rows = find.one(window.agenda, QListWidget, "Agenda cards")
    state = window.controller.require().state
    for number, item in enumerate(state.agenda, start=1):
        row = rows.item(number - 1)
        title = window.controller.require().content.deck.card(item.card_id).title.en
        status, used = row.data(SUBTITLE).split(" · ")
        assert row.toolTip().splitlines() == [f"{number}. {title}", f"{status} · {used}"]
        assert status in ("Not started", "In discussion", "Decided", "Parked") and "min" in used
