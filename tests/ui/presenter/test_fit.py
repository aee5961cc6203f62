"""The room reads every word from the back: nothing clipped, running text above the floor, and a
card too long for the screen shown a page at a time, the facilitator stepping through."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ui.presenter.style import BODY_ROLES
from ui.presenter.window import FLOOR_PER_HEIGHT, PresenterWindow
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
from workshop.content import builtin_content
from workshop.deck import Card
from workshop.local.settings import Settings
from workshop.model import ActionItem, AgendaItem, Decision, SessionInfo, Votes
from workshop.text import Language

ON_SCREENS = "ATELIER_TEST_ON_SCREENS"  # as in conftest: the process with virtual screens
SIZES = [(1024, 768), (1280, 720), (1280, 800), (1920, 1080), (3840, 2160)]
RATIONALE = {
    "fr": "Le groupe préfère une réponse rapide et coordonnée avec la communication, parce "
    "qu'un silence prolongé laisserait la rumeur s'installer et que les salariés doivent savoir "
    "vers qui se tourner, sans pour autant commenter l'affaire à la place de l'entreprise.",
    "en": "The group prefers a quick answer coordinated with communications, because a long "
    "silence would let the rumour settle and staff need to know whom to turn to, without "
    "commenting on the matter on the company's behalf.",
}


def card_length(card: Card, language: Language) -> int:
    texts = [card.title, card.situation, *card.prompts, *card.injects]
    texts += [option.label for option in card.options]
    return sum(len(text.get(language)) for text in texts)


def longest_card(language: Language) -> Card:
    """The built-in card with the most text the room can be shown, in `language`."""
    return max(builtin_content().deck.cards, key=lambda card: card_length(card, language))


def decided_everything(
    tmp_path: Path, info: SessionInfo, language: Language, card: Card
) -> SessionController:
    """A session on the built-in deck, `card` fully revealed, voted on and decided."""
    controller = SessionController()
    controller.create(
        tmp_path / f"{language}.atelier", dataclasses.replace(info, language=language)
    )
    deck = controller.require().content.deck
    agenda = tuple(AgendaItem(c.id, c.timebox_minutes) for c in deck.cards)
    controller.execute(SetAgenda(agenda))
    controller.set_current_card(card.id)
    for _ in card.injects:
        controller.execute(RevealInject(card.id))
    controller.execute(SetOptionsShown(card.id, True))
    controller.execute(RecordVotes(card.id, Votes(9, 4, 2)))
    controller.execute(SetVotesRevealed(card.id, True))
    actions = (
        ActionItem("Brief the managers and the reception desk", "Communications", "2026-12-01"),
        ActionItem("Update the crisis contact sheet", "HR", "2026-12-15"),
    )
    longest_option = max(card.options, key=lambda o: len(o.label.get(language)))
    decision = Decision(
        card.id, "", option_id=longest_option.id, rationale=RATIONALE[language], actions=actions
    )
    controller.execute(RecordDecision(decision))
    return controller


def clipped(window: QWidget) -> list[str]:
    """Each shown label whose text needs more room than it has, or that lies outside the
    window: what a participant would not see whole."""
    problems = []
    inside = window.rect()
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        where = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        hint = label.sizeHint()
        needed = label.heightForWidth(label.width()) if label.wordWrap() else hint.height()
        if not inside.contains(where):
            problems.append(f"outside the window {where}: {label.text()[:40]}")
        if needed > label.height() or (not label.wordWrap() and hint.width() > label.width()):
            problems.append(f"needs {needed} in {label.height()} px: {label.text()[:40]}")
    return problems


def body_sizes(window: QWidget) -> list[int]:
    return [
        label.font().pixelSize()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text() and label.property("role") in BODY_ROLES
    ]


def show(qtbot, controller: SessionController, tmp_path: Path, size) -> PresenterWindow:
    window = PresenterWindow(controller, CardTimer(controller), settings=Settings(tmp_path / "s"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.wait(20)  # let the layouts settle as they would on screen
    return window


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_longest_card_is_never_clipped_nor_below_the_floor(
    qtbot, tmp_path, info, language, size
) -> None:
    card = longest_card(language)
    controller = decided_everything(tmp_path, info, language, card)
    window = show(qtbot, controller, tmp_path, size)
    floor = size[1] * FLOOR_PER_HEIGHT
    seen: set[str] = set()
    count = window.page[1]
    assert window.page == (0, count)  # a card is opened on its first page
    for number in range(count):
        qtbot.wait(5)
        assert window.page == (number, count)
        assert clipped(window) == [], (language, size, number)
        sizes = body_sizes(window)
        assert sizes and min(sizes) >= floor - 1, (min(sizes), floor)
        seen |= {label.text() for label in window.findChildren(QLabel) if label.isVisible()}
        window.step(1) if number < count - 1 else None
    assert controller.current_card_id == card.id  # paging never left the card
    text = "\n".join(seen)
    assert card.situation.get(language)[:30].replace(" ?", "\u00a0?") in text.replace(" ", " ")
    assert RATIONALE[language][-30:] in text  # the end of the rationale is shown, not cut
    controller.close()


def test_paging_then_the_next_card_then_back_to_the_last_page(qtbot, tmp_path, info) -> None:
    card = longest_card("fr")
    controller = decided_everything(tmp_path, info, "fr", card)
    window = show(qtbot, controller, tmp_path, (1024, 768))
    count = window.page[1]
    window.step(count - 1)
    assert count > 1 and window.page == (count - 1, count)
    pages: list[tuple[int, int]] = []
    window.pageChanged.connect(lambda *shown: pages.append(shown))
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.page == (count - 2, count) and pages[-1] == (count - 2, count)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.current_card_id == card.id
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # past the last page: the next card
    assert controller.current_card_id != card.id
    assert window.page[0] == 0
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # back: the card's last page, as left
    assert controller.current_card_id == card.id and window.page == (count - 1, count)
    controller.close()


def test_a_new_inject_brings_the_room_to_the_page_showing_it(qtbot, tmp_path, info) -> None:
    card = longest_card("fr")
    controller = decided_everything(tmp_path, info, "fr", card)
    window = show(qtbot, controller, tmp_path, (1024, 768))
    assert window.page[0] == 0
    controller.set_current_card("")
    controller.undo()  # the decision: undone, the votes on screen again
    controller.set_current_card(card.id)
    assert window.page[0] == 0
    controller.execute(RecordDecision(Decision(card.id, "", option_id=card.options[0].id)))
    assert window.page[0] == window.page[1] - 1
    controller.close()


def test_page_numbers_for_the_room_when_a_card_is_paged(qtbot, tmp_path, info) -> None:
    controller = decided_everything(tmp_path, info, "en", longest_card("en"))
    window = show(qtbot, controller, tmp_path, (1024, 768))
    page, count = window.page
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert any(f"Part {page + 1} of {count}" in text for text in texts)
    controller.close()


def test_paddings_grow_with_the_text_on_a_4k_projector(qtbot, tmp_path, info) -> None:
    """4K without OS scaling: margins inside the panels scale with the text, not stay at 10 px."""
    card = longest_card("en")
    controller = decided_everything(tmp_path, info, "en", card)
    window = show(qtbot, controller, tmp_path, (1920, 1080))
    window.step(1)  # the injects' page

    def padding_and_text() -> tuple[int, int]:
        panel = next(p for p in window.findChildren(QFrame, "panel") if p.isVisible())
        return panel.layout().contentsMargins().left(), panel.findChild(QLabel).font().pixelSize()

    padding, text = padding_and_text()
    window.resize(3840, 2160)
    qtbot.wait(20)
    padding_4k, text_4k = padding_and_text()
    assert text_4k >= 1.8 * text and padding_4k >= 1.8 * padding
    controller.close()


PROJECTORS = [
    (f"Projector {w}x{h}", w, h) for w, h in [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]
]


def test_full_screen_on_each_projector_nothing_clipped(on_screens) -> None:
    """On virtual screens, as in the room: a laptop beside projectors of each resolution."""
    on_screens([("Laptop", 1366, 768), *PROJECTORS], f"{__file__}::on_projectors_inner")


@pytest.mark.skipif(not os.environ.get(ON_SCREENS), reason="run by the virtual screens test")
def test_on_projectors_inner(qtbot, tmp_path, info) -> None:
    screens = QGuiApplication.screens()
    assert [(s.size().width(), s.size().height()) for s in screens[1:]] == [
        (w, h) for _name, w, h in PROJECTORS
    ]
    for language in ("fr", "en"):
        controller = decided_everything(tmp_path, info, language, longest_card(language))
        window = PresenterWindow(
            controller, CardTimer(controller), settings=Settings(tmp_path / "s")
        )
        qtbot.addWidget(window)
        for index, screen in enumerate(screens[1:], start=1):
            window.present(index)
            qtbot.wait(20)
            assert window.isFullScreen() and window.geometry() == screen.geometry()
            floor = screen.size().height() * FLOOR_PER_HEIGHT
            window.step(-window.page[0])  # the page shown is kept: back to the first
            for page in range(window.page[1]):
                qtbot.wait(5)  # the layout places the page's parts on the next turn
                assert window.page[0] == page
                assert clipped(window) == [], (language, screen.size(), page)
                assert min(body_sizes(window)) >= floor - 1
                window.step(1) if page + 1 < window.page[1] else None
        window.close()
        controller.close()


def test_the_vote_names_the_option_by_letter_and_short_title(qtbot, tmp_path, info) -> None:
    card = longest_card("en")
    controller = decided_everything(tmp_path, info, "en", card)
    window = show(qtbot, controller, tmp_path, (1920, 1080))
    chosen = max(card.options, key=lambda o: len(o.label.en))  # the option decided on
    letter = "ABCDEFGH"[card.options.index(chosen)]
    title = chosen.label.en.split(":")[0]
    assert ":" in chosen.label.en  # the long label has a short title before its colon
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert f"On option {letter}: {title}" in texts
    controller.close()
