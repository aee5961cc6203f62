"""Screenshots of the facilitator console and the presenter, in French and English.

    .venv/bin/python docs/screenshots/make_screenshots.py

Opens the sample session (`python main.py demo`) offscreen at 1600x900, moves to the first card
still open, as the room sees it mid-discussion (an inject revealed, the options put to the group,
the vote shown), and saves console-<lang>.png and presenter-<lang>.png beside this script.

Then the projector at the resolutions projectors have, with the longest built-in card fully
revealed, voted on and decided: room-<lang>-<width>x<height>-<page>.png, one per page the room
is shown (the 4K one halved, to keep the file small).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QRadioButton
from shots import run, save

from ui.presenter.window import PresenterWindow
from ui.shell.main_window import MainWindow
from workshop.commands import (
    RecordDecision,
    RecordTimeUsed,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetOptionsShown,
    SetVotesRevealed,
)
from workshop.demo import write_demo
from workshop.local.settings import Settings
from workshop.model import ActionItem, AgendaItem, CardStatus, Decision, Votes

SIZE = QSize(1600, 900)
ELAPSED = 11 * 60 + 40  # a clock well into the discussion
# the projector resolutions shot, per language, and whether every page is (else the decision's)
ROOM_SIZES = {
    "fr": [((1024, 768), True), ((1280, 720), False), ((1920, 1080), True)],
    "en": [((1024, 768), True), ((1280, 800), False), ((1920, 1080), True), ((3840, 2160), False)],
}
RATIONALE = {
    "fr": "Une réponse rapide, coordonnée avec la communication : un long silence laisserait "
    "la rumeur s'installer, et chacun doit savoir vers qui se tourner.",
    "en": "A quick answer, coordinated with communications: a long silence would let the "
    "rumour settle, and everyone needs to know whom to turn to.",
}
ACTIONS = {
    "fr": (ActionItem("Prévenir les managers et l'accueil", "Communication", "2026-12-01"),),
    "en": (
        ActionItem("Brief the managers and the reception desk", "Communications", "2026-12-01"),
    ),
}


def _mid_discussion(window: MainWindow) -> None:
    """The first card neither decided nor parked, as it looks when the vote comes in."""
    controller = window.controller
    state = controller.require().state
    open_cards = [
        item
        for item in state.agenda
        if state.card_status(item.card_id) not in (CardStatus.DECIDED, CardStatus.PARKED)
    ]
    item = open_cards[0]
    controller.set_current_card("")  # the session reopened on it: leave, to come back
    controller.execute(RecordTimeUsed(item.card_id, ELAPSED))
    controller.set_current_card(item.card_id)  # the clock follows, from the time recorded
    controller.execute(RevealInject(item.card_id))
    controller.execute(SetOptionsShown(item.card_id, True))
    controller.execute(RecordVotes(item.card_id, Votes(6, 2, 1)))
    controller.execute(SetVotesRevealed(item.card_id, True))
    # the option put to the vote, selected in the decision form: the projector names it
    second = controller.require().content.deck.card(item.card_id).options[1].id
    radio = next(
        r for r in window.decision.findChildren(QRadioButton) if r.property("optionId") == second
    )
    radio.click()


def _decided_longest(window: MainWindow, language: str) -> None:
    """The built-in card with the most text for the room, everything out and decided."""
    controller = window.controller
    session = controller.require()

    def length(card) -> int:
        texts = [card.situation, *card.prompts, *card.injects, *(o.label for o in card.options)]
        return sum(len(text.get(language)) for text in texts)

    card = max(session.content.deck.cards, key=length)
    agenda = session.state.agenda
    if card.id not in [item.card_id for item in agenda]:  # the room sees "Scenario n of m"
        controller.execute(SetAgenda((*agenda, AgendaItem(card.id, card.timebox_minutes))))
    controller.set_current_card(card.id)
    for _ in range(len(card.injects) - session.state.revealed_injects.get(card.id, 0)):
        controller.execute(RevealInject(card.id))
    controller.execute(SetOptionsShown(card.id, True))
    controller.execute(RecordVotes(card.id, Votes(9, 4, 2)))
    controller.execute(SetVotesRevealed(card.id, True))
    option = max(card.options, key=lambda o: len(o.label.get(language)))
    decision = Decision(
        card.id,
        "",
        option_id=option.id,
        rationale=RATIONALE[language],
        votes=Votes(9, 4, 2),
        actions=ACTIONS[language],
    )
    controller.execute(RecordDecision(decision))


def _shoot_room(window: MainWindow, language: str, folder: Path) -> None:
    """Every page of the decided card at each projector size."""
    room = PresenterWindow(
        window.controller, window.timer, settings=Settings(folder / f"room-{language}.json")
    )
    room.show()
    for (width, height), every_page in ROOM_SIZES[language]:
        room.resize(width, height)
        QApplication.processEvents()
        count = room.page[1]
        room.step(-room.page[0] if every_page else count - 1 - room.page[0])
        for page in range(room.page[0], count):
            scale = 0.5 if width > 1920 else 1.0  # 4K halved: the file stays small
            save(room, f"room-{language}-{width}x{height}-{page + 1}.png", scale)
            if page + 1 < count:
                room.step(1)
    room.resize(1280, 720)  # the warm-up question, as the room sees it
    questions = window.controller.require().content.awareness
    window.controller.set_awareness_question(questions[2].id)
    save(room, f"room-{language}-warmup-1280x720.png")
    window.controller.set_awareness_question("")
    room.close()
    room.deleteLater()


def shoot(app: QApplication, language: str, folder: Path) -> None:
    window = MainWindow(Settings(folder / f"settings-{language}.json"), language)
    window.resize(SIZE)
    window.show()
    window.sessions.open(write_demo(folder / f"demo-{language}.atelier", language))
    _mid_discussion(window)
    window.present()  # one offscreen screen: full screen; shown below like a 1600x900 projector
    window.presenter.showNormal()
    window.presenter.resize(SIZE)
    page, count = window.presenter.page
    window.presenter.step(count - 1 - page)  # the page with the vote, as the room sees it
    save(window, f"console-{language}.png")
    save(window.presenter, f"presenter-{language}.png")
    window.presenter.close()
    _decided_longest(window, language)
    _shoot_room(window, language, folder)
    window.close()


if __name__ == "__main__":
    sys.exit(run(shoot))
