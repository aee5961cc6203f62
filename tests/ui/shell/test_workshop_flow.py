"""A whole workshop, driven the way a facilitator drives it: through the console's widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from ui.dialogs.awareness_dialog import AwarenessDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.shell.main_window import MainWindow
from workshop.commands import RecordTimeUsed
from workshop.model import CardStatus

AGENDA = ["journalist-call", "reposted-photo", "angry-customer", "confidential-leak"]


def fill(table: QTableWidget, row: int, values: tuple[str, ...]) -> None:
    """Type into a row as a user would: text cells edited, choice cells picked."""
    for column, value in enumerate(values):
        combo = table.cellWidget(row, column)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(value))
        else:
            table.setItem(row, column, QTableWidgetItem(value))


def click(qtbot, widget: QAbstractButton) -> None:
    assert widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def create_session(qtbot, find, window: MainWindow, sessions_dir: Path) -> None:
    window.menu.new.trigger()
    dialog = window.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.folder.text()) == sessions_dir
    qtbot.keyClicks(dialog.organisation, "Maison Test")
    qtbot.keyClicks(dialog.facilitator, "Ana")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.keyClicks(dialog.contact, "the communications team (com@test.example)")
    dialog.review_month.setCurrentIndex(2)
    dialog.tabs.setCurrentIndex(1)
    people = find.one(dialog, QTableWidget, "Participants")
    for row, values in enumerate((("Sophie", "HR"), ("", "Legal"))):  # anonymous is fine
        click(qtbot, find.button(dialog, "Add participant"))
        fill(people, row, values)
    dialog.tabs.setCurrentIndex(2)
    for card_id in [AGENDA[0], *AGENDA[2:], AGENDA[1]]:  # ticked in another order than played
        dialog.agenda.cards.set_checked(card_id, True)
    table = dialog.agenda.table
    ids = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert table.item(0, 0).text() == "A journalist calls the site"  # the session's language
    table.setCurrentCell(ids.index("reposted-photo"), 0)
    for _ in range(ids.index("reposted-photo") - 1):  # up to second place
        click(qtbot, find.button(dialog.agenda, "Move the selected card up"))
    spin = table.cellWidget(1, 1)
    assert isinstance(spin, QSpinBox)
    spin.setValue(12)
    click(qtbot, dialog.create_button)


def test_a_whole_workshop(qtbot, find, window: MainWindow, sessions_dir: Path, messages) -> None:
    create_session(qtbot, find, window, sessions_dir)
    session = window.controller.require()
    state = session.state
    assert session.path == sessions_dir / f"Maison Test {state.info.date}.atelier"
    assert [i.card_id for i in state.agenda] == AGENDA
    assert state.agenda[1].timebox_minutes == 12
    assert [(p.name, p.role) for p in state.participants] == [
        ("Sophie", "HR"),
        ("Participant 2", "Legal"),
    ]
    assert window.controller.current_card_id == "journalist-call"
    assert state.card_status("journalist-call") is CardStatus.PENDING
    assert not session.can_undo()  # setting up is where the session starts, not an edit
    assert not window.menu.undo.isEnabled() and window.menu.undo.text() == "Undo"
    assert "Maison Test" in window.windowTitle() and window.isWindowModified()

    # -- the warm-up ----------------------------------------------------------------------
    window.menu.awareness.trigger()
    warm_up = window.findChild(AwarenessDialog)
    assert warm_up is not None
    yes = find.all(warm_up, QAbstractButton, "Yes")
    closed = [q for q in session.content.awareness if not q.open]
    assert len(yes) == len(closed) == 4 and len(session.content.awareness) == 6
    for _ in range(3):
        click(qtbot, yes[0])
    click(qtbot, find.all(warm_up, QAbstractButton, "No")[0])
    click(qtbot, find.all(warm_up, QAbstractButton, "Take back one “Yes”")[0])
    first = session.content.awareness[0].id
    tally = session.state.awareness[first]
    assert (tally.yes, tally.no, tally.unsure) == (2, 1, 0)
    assert yes[0].text().endswith("2")
    answers = find.all(warm_up, QPlainTextEdit, "The group's answer")
    assert len(answers) == 2
    answers[0].setPlainText("Fake recruiters")
    click(qtbot, find.all(warm_up, QAbstractButton, "Record the group's answer")[0])
    assert session.state.awareness_notes == {"biggest-challenges": "Fake recruiters"}
    warm_up.reject()

    # -- the projector: it follows the console, and never shows facilitator notes ----------
    window.menu.present.trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    assert "A journalist calls the site" in room_text(presenter)

    # -- card 1: an inject, votes revealed, an option with its effect shown first ----------
    click(qtbot, find.button(window.clock, "Start or pause the timer"))
    assert window.timer.running
    assert session.state.card_status("journalist-call") is CardStatus.IN_DISCUSSION
    click(qtbot, find.button(window.card, "Reveal the next inject"))
    assert session.state.revealed_injects["journalist-call"] == 1
    decide(qtbot, find, window, choice="b", votes=(5, 2, 1), rationale="Facts first, then comms.")
    assert window.tabs.currentWidget() is window.draft
    decision = session.state.decisions[-1]
    assert (decision.option_id, decision.votes.in_favour, decision.rationale) == (
        "b",
        5,
        "Facts first, then comms.",
    )
    assert decision.actions[0].what == "Brief site managers"
    assert decision.questions[0].clause_id == "media.requests"
    assert "journalist-call" in session.state.votes_revealed
    browser = find.one(window.draft, QTextBrowser, "Policy draft")
    assert "first-change" in browser.toHtml() and "D1" in browser.toHtml()
    browser.anchorClicked.emit(QUrl("clause:media.requests"))  # where does this clause come from?
    assert "Decision D1 on “A journalist calls the site”: option B" in room_text(window.draft)
    assert "sections addressed" in room_text(window.coverage)

    # -- card 2: the group's own wording for one clause (reached with Page Down) ------------
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.agenda, Qt.Key.Key_PageDown)
    assert window.controller.current_card_id == "reposted-photo"
    assert session.state.card_status("reposted-photo") is CardStatus.IN_DISCUSSION
    assert not window.timer.running  # the clock stopped with the card it was timing
    window.tabs.setCurrentWidget(window.decision)
    click(qtbot, option(find, window.decision, "__custom__"))
    wording = find.one(window.decision, QPlainTextEdit, "The group's own wording")
    wording.setPlainText("Ask before you repost anyone's photo.")
    assert "Ask before you repost" in preview_text(find, window)
    click(qtbot, find.button(window.decision, "Record the decision"))
    decision = session.state.decisions[-1]
    assert decision.option_id is None and decision.custom_text.en.startswith("Ask before")

    assert "A photo" in room_text(presenter) or "photo" in room_text(presenter).lower()

    # -- card 3: parked -------------------------------------------------------------------
    window.menu.next_card.trigger()
    click(qtbot, find.button(window.decision, "Park or resume this card"))
    assert session.state.card_status("angry-customer") is CardStatus.PARKED
    assert find.button(window.decision, "Park or resume this card").text() == "Resume discussion"

    # -- card 4: decided, undone, redone --------------------------------------------------
    next_card(window)
    decide(qtbot, find, window, choice="a", votes=(4, 0, 0), rationale="")
    assert len(session.state.decisions) == 3
    window.menu.undo.trigger()
    assert len(session.state.decisions) == 2
    assert session.state.card_status("confidential-leak") is CardStatus.IN_DISCUSSION
    window.menu.redo.trigger()
    assert len(session.state.decisions) == 3
    assert session.state.card_status("confidential-leak") is CardStatus.DECIDED
    statuses = [row_subtitle(find, window, r) for r in range(4)]
    assert "Parked" in statuses[2] and "Decided" in statuses[3]

    deck = session.content.deck
    for card_id in AGENDA:
        window.controller.set_current_card(card_id)
        on_screen = room_text(presenter)
        assert deck.card(card_id).title.en in on_screen
        for note in deck.card(card_id).notes:
            assert note.en not in on_screen and note.en[:40] not in on_screen

    # -- PgUp goes back -------------------------------------------------------------------
    window.menu.previous_card.trigger()
    assert window.controller.current_card_id == "angry-customer"


def next_card(window: MainWindow) -> None:
    """PgDn until the next card: a card the projector shows a page at a time is paged first."""
    card_id = window.controller.current_card_id
    pages = window.presenter.page[1]
    for page in range(1, pages):
        window.menu.next_card.trigger()
        assert window.controller.current_card_id == card_id
        assert window.presenter.page == (page, pages)
    window.menu.next_card.trigger()
    assert window.controller.current_card_id != card_id


def decide(
    qtbot, find, window: MainWindow, *, choice: str, votes: tuple[int, int, int], rationale: str
) -> None:
    panel = window.decision
    window.tabs.setCurrentWidget(panel)
    click(qtbot, find.button(panel, "Show the options on the projector"))
    click(qtbot, option(find, panel, choice))
    assert "Rewrites" in preview_text(find, window) or "Adds" in preview_text(find, window)
    for answer, value in zip(("For", "Against", "Abstain"), votes, strict=True):
        find.one(panel, QSpinBox, f"Votes: {answer}").setValue(value)
    click(qtbot, find.button(panel, "Reveal the votes on the projector"))
    card_id = window.controller.current_card_id
    recorded = window.controller.require().state.pending_votes[card_id]
    assert (recorded.in_favour, recorded.against, recorded.abstain) == votes
    if rationale:
        find.one(panel, QPlainTextEdit, "Rationale").setPlainText(rationale)
        click(qtbot, find.button(panel, "Add action"))
        fill(
            find.one(panel, QTableWidget, "Actions"),
            0,
            ("Brief site managers", "Comms", "2026-12-15"),
        )
        click(qtbot, find.button(panel, "Add question"))
        questions = find.one(panel, QTableWidget, "Open questions for legal")
        fill(questions, 0, ("Is a holding statement a commitment?", "media.requests"))
    click(qtbot, find.button(panel, "Record the decision"))


def option(find, panel: QWidget, option_id: str) -> QRadioButton:
    return next(r for r in find.shown(panel, QRadioButton) if r.property("optionId") == option_id)


def preview_text(find, window: MainWindow) -> str:
    return find.one(window.decision, QLabel, "Effect on the policy").text()


def row_subtitle(find, window: MainWindow, row: int) -> str:
    agenda = find.one(window.agenda, QListWidget, "Agenda cards")
    return agenda.item(row).data(Qt.ItemDataRole.AccessibleTextRole)


def room_text(widget: QWidget) -> str:
    """Every label's text in a window or panel, hidden ones included."""
    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_saving_time_used_never_wipes_a_decision_being_written(
    qtbot, find, window: MainWindow, demo_path: Path
) -> None:
    assert window.sessions.open(demo_path)
    window.controller.set_current_card("fake-recruiter")
    panel = window.decision
    radio = option(find, panel, "a")
    click(qtbot, radio)
    rationale = find.one(panel, QPlainTextEdit, "Rationale")
    rationale.setPlainText("Half-way through a sentence")
    find.one(panel, QSpinBox, "Votes: For").setValue(3)
    window.controller.execute(RecordTimeUsed("fake-recruiter", 30))  # the timer's 30 s save
    assert rationale.toPlainText() == "Half-way through a sentence"
    assert radio.isChecked() and find.one(panel, QSpinBox, "Votes: For").value() == 3
