"""Start-up: the session named on the command line, or the one a crash left open, is reopened;
a clean close leaves nothing to recover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from ui.app import start
from workshop.commands import RecordTimeUsed
from workshop.local.settings import Settings
from workshop.model import CardStatus


def test_a_session_left_open_is_offered_back(
    qtbot, settings: Settings, demo_path: Path, messages
) -> None:
    settings.set("open_session", str(demo_path))  # the last run never closed it
    window = start(settings, None)
    qtbot.addWidget(window)
    assert messages.headings() == ["Reopen your session?"]
    assert window.controller.require().path == demo_path
    window.close()
    assert settings.get("open_session") == ""
    assert settings.recent_sessions() == [demo_path.resolve()]


def test_declining_the_offer_forgets_it(
    qtbot, settings: Settings, demo_path: Path, messages
) -> None:
    settings.set("open_session", str(demo_path))
    messages.answer = QMessageBox.StandardButton.No
    window = start(settings, None)
    qtbot.addWidget(window)
    assert window.controller.session is None
    assert settings.get("open_session") == ""
    window.close()


def test_the_command_line_wins_and_marks_the_session_open(
    qtbot, settings: Settings, demo_path: Path, messages
) -> None:
    window = start(settings, demo_path)
    qtbot.addWidget(window)
    assert messages.shown == []
    assert settings.get("open_session") == str(demo_path.resolve())
    assert "demo" in window.windowTitle()
    window.close()


def test_starting_into_a_session_builds_no_welcome_page_until_one_is_needed(
    qtbot, settings: Settings, demo_path: Path
) -> None:
    window = start(settings, demo_path)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window._welcome is None  # never shown, so never built
    labels = [label for label in window.card.findChildren(QLabel) if label.isVisible()]
    assert len(labels) > 5  # filled while hidden …
    for label in labels:  # … and laid out by the show: no wrapped text clipped
        assert label.height() >= label.heightForWidth(label.width()) > 0
    window.close_session()
    assert window.centralWidget().currentWidget() is window.welcome
    window.close()


def test_starting_with_no_session_shows_the_welcome_page(qtbot, settings: Settings) -> None:
    window = start(settings, None)  # nothing left open: no recovery offer
    qtbot.addWidget(window)
    assert window.centralWidget().currentWidget() is window.welcome
    assert window.welcome.isVisible()
    window.close()


def test_the_sample_workshop_opens_from_the_welcome_page(
    qtbot, window, sessions_dir: Path, find
) -> None:
    find.button(window.welcome, "Open a sample session to rehearse with").click()
    session = window.controller.require()
    assert session.path.parent == sessions_dir
    assert len(session.state.decisions) > 0


def test_the_interface_language_applies_at_next_start(window, settings: Settings, messages) -> None:
    french = next(a for a in window.menu.languages.actions() if a.data() == "fr")
    french.trigger()
    assert settings.get("ui_language") == "fr"
    assert messages.headings() == ["Interface language"]


def test_recent_sessions_reopen_from_the_file_menu(window, demo_path: Path) -> None:
    assert window.sessions.open(demo_path)
    window.sessions.close()
    assert window.controller.session is None
    file_menu = window.menuBar().actions()[0].menu()
    recent = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    recent.aboutToShow.emit()
    entries = [a for a in recent.actions() if a.isEnabled()]
    assert [a.text() for a in entries] == ["demo"]
    entries[0].trigger()
    assert window.controller.require().path == demo_path


def test_each_view_is_built_once_per_opened_session_and_per_card_moved_to(
    window, demo_path: Path, monkeypatch
) -> None:
    built: list[str] = []
    monkeypatch.setattr(window.card, "_build", lambda *args: built.append("card"))
    monkeypatch.setattr(window.decision, "_load", lambda *args: built.append("decision"))
    window.sessions.open(demo_path)
    assert sorted(built) == ["card", "decision"]
    state = window.controller.require().state
    pending = next(
        i.card_id for i in state.agenda if state.card_status(i.card_id) is CardStatus.PENDING
    )
    assert window.controller.current_card_id == pending  # reopened where the room left off
    window.controller.set_current_card(state.agenda[0].card_id)  # away, to come back to it
    built.clear()
    window.controller.set_current_card(pending)  # opening it is a command …
    assert window.controller.require().state.card_status(pending) is CardStatus.IN_DISCUSSION
    assert sorted(built) == ["card", "decision"]  # … and the card is shown once


def test_a_time_save_redraws_only_the_agenda(window, demo_path: Path, monkeypatch) -> None:
    window.sessions.open(demo_path)
    window.draft  # noqa: B018 - built, so it is one of the views told
    window.coverage  # noqa: B018
    redrawn: list[str] = []
    for name in ("agenda", "card", "decision", "draft", "coverage"):
        view = getattr(window, name)
        original = view.refresh
        monkeypatch.setattr(
            view, "refresh", lambda changes, o=original, n=name: (redrawn.append(n), o(changes))
        )
    monkeypatch.setattr(window.draft._browser, "setHtml", lambda html: redrawn.append("html"))
    monkeypatch.setattr(window.card, "_build", lambda *args: redrawn.append("card page"))
    monkeypatch.setattr(window.decision, "_load", lambda *args: redrawn.append("form"))
    card_id = window.controller.current_card_id
    window.controller.execute(RecordTimeUsed(card_id, 4242))
    # every view is told; none rebuilds its page, its form or the draft
    assert sorted(redrawn) == ["agenda", "card", "coverage", "decision", "draft"]
    assert "70 of" in window.agenda._list.currentItem().toolTip()  # the agenda shows it
