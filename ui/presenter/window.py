"""The projector window: what participants see, following the facilitator's console live.

It only reads the session and never changes it; the one thing it can do is move to the next or
previous card (navigation, not an edit), so a presentation clicker works. What is shown of a card
is decided in ui.presenter.slides; facilitator notes are never on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from ui.presenter.room_text import RoomText
from ui.presenter.screens import presentation_screen
from ui.presenter.slides import AwarenessSlide, CardSlide, FittedSlide, WelcomeSlide
from ui.presenter.style import STYLE_SHEET, smallest_body_factor
from ui.services.controller import SessionController
from ui.shell import shortcuts
from workshop.changes import Changes
from workshop.local.settings import Settings
from workshop.room import room_card

if TYPE_CHECKING:
    from ui.services.timer import CardTimer

# what presentation clickers and people at a laptop press to move on or back
_NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
_PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up}
# base text size as a fraction of the window: 1080 px high gives 49 px body text, about the
# 28 pt that slide templates use, readable from the back of a meeting room
_BASE_PER_HEIGHT = 1 / 22
_BASE_PER_WIDTH = 1 / 39
# running text never gets smaller than this share of the height, what still reads from the back
# of a room: a card that does not fit at that size is shown a page at a time
FLOOR_PER_HEIGHT = 1 / 30
_MARGIN = 0.055  # of the smaller side
# what the room sees of a session; time used, awareness tallies and versions stay off the wall
_SHOWN = (
    Changes.PARTICIPANTS
    | Changes.AGENDA
    | Changes.CARD_STATUS
    | Changes.INJECTS
    | Changes.VOTES
    | Changes.OPTIONS_SHOWN
    | Changes.DECISIONS
)
_LAST_PAGE = 10**6  # a page number past any card's last: clamped to it


class PresenterWindow(QWidget):
    blankChanged = Signal(bool)
    presentingChanged = Signal(bool)  # shown to the room, or closed
    pageChanged = Signal(int, int)  # the page of the card the room sees (from 0), the count

    def __init__(
        self,
        controller: SessionController,
        timer: CardTimer,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window even with the console as parent
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE_SHEET)
        # Qt adds " — Atelier" (the application's name) to a title that lacks it: once only
        self.setWindowTitle(self.tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(480, 270))
        self._controller = controller
        self._timer = timer
        self._settings = settings if settings is not None else Settings()
        self._room = RoomText(self)
        self._blanked = False
        self._presenting = False
        self._screen_index: int | None = None
        self._page = 0
        self._announced = (0, 1)  # the page last told to the console
        self._shown: tuple[str, list[str]] = ("", [])  # the card on screen and its parts
        self._newest = ""  # a part just revealed: the room is shown the page that has it
        self._back_to_last_page = False  # PgUp into the previous card lands on its last page
        self._welcome = WelcomeSlide(self._room)
        self._card = CardSlide(self._room)
        self._awareness = AwarenessSlide(self._room)
        self._blank = QWidget()
        self._blank.setObjectName("blank")
        self._blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        for page in (self._welcome, self._card, self._awareness, self._blank):
            page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            self._stack.addWidget(page)
        controller.changed.connect(self._changed)
        controller.currentCardChanged.connect(self._refresh)  # also follows every open and close
        controller.roomPromptChanged.connect(self._refresh)
        timer.ticked.connect(self._show_timer)
        self._refresh()

    # -- what the room sees -----------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        return self._blanked

    @property
    def page(self) -> tuple[int, int]:
        """The page of the current card the room sees (from 0), and how many it has; (0, 1)
        while another slide is shown."""
        if self._current_slide() is not self._card:
            return 0, 1
        return self._card.page, self._card.page_count

    def toggle_blank(self) -> None:
        """Black out the projector (B or ".", as in slide software), or bring the slide back."""
        self._set_blank(not self._blanked)

    def _set_blank(self, blanked: bool) -> None:
        if blanked != self._blanked:
            self._blanked = blanked
            self._show_page()
            self.blankChanged.emit(blanked)

    def _current_slide(self) -> FittedSlide:
        session = self._controller.session
        if session is None:
            return self._welcome
        if self._question() is not None:
            return self._awareness
        card_id = self._controller.current_card_id
        return self._card if card_id in session.content.deck.card_ids() else self._welcome

    def _changed(self, changes: Changes) -> None:
        if changes & _SHOWN:
            self._refresh()

    def _refresh(self) -> None:
        session = self._controller.session
        slide = self._current_slide()
        if session is not None:
            self._room.set_language(session.state.info.language)
        if slide is self._awareness and session is not None:
            questions = session.content.awareness
            number = self._question()
            assert number is not None  # _current_slide shows the warm-up only with a question
            asked = questions[number]
            self._awareness.show_question(number + 1, len(questions), asked.text, open=asked.open)
        elif slide is self._card and session is not None:
            card_id = self._controller.current_card_id
            proposed = self._controller.proposed_option(card_id)
            self._card.show_card(room_card(session.state, session.content, card_id, proposed))
            self._choose_page(card_id, self._card.parts)
            self._show_timer(self._timer.elapsed, self._timer.timebox)
        else:
            self._shown = ("", [])
            self._welcome.show_session(session)
        self._show_page()
        self._fit(slide)

    def _question(self) -> int | None:
        """The index of the awareness question put to the room, if any."""
        session = self._controller.session
        asked = self._controller.awareness_question
        ids = [q.id for q in session.content.awareness] if session is not None else []
        return ids.index(asked) if asked in ids else None

    def _choose_page(self, card_id: str, parts: list[str]) -> None:
        """A card moved to opens on its first page (its last when stepping back); something
        newly revealed brings the room to the page that shows it."""
        shown_card, shown_parts = self._shown
        if card_id != shown_card:
            self._page = _LAST_PAGE if self._back_to_last_page else 0
        elif new := [part for part in parts if part not in shown_parts]:
            self._newest = new[-1]
        self._back_to_last_page = False
        self._shown = (card_id, parts)

    def _show_timer(self, elapsed: int, timebox: int) -> None:
        """The card's clock, shown while the console's timer is the one of the card on screen."""
        card_id = self._controller.current_card_id
        self._card.set_timer(elapsed, timebox, bool(card_id) and self._timer.card_id == card_id)

    def _show_page(self) -> None:
        self._stack.setCurrentWidget(self._blank if self._blanked else self._current_slide())

    # -- sizing -----------------------------------------------------------------------------

    def _fit(self, slide: FittedSlide) -> None:
        scale = min(3.0, max(0.5, self._settings.get("presenter_font_scale")))
        width, height = self.width(), self.height()
        margin = round(min(width, height) * _MARGIN)
        floor = height * FLOOR_PER_HEIGHT / smallest_body_factor()
        base = max(floor, min(height * _BASE_PER_HEIGHT, width * _BASE_PER_WIDTH) * scale)
        area = QSize(width - 2 * margin, height - 2 * margin)
        layout = slide.layout()
        assert layout is not None  # every slide lays out its own content
        layout.setContentsMargins(0, 0, 0, 0)  # measured within `area`
        if slide is self._card:
            self._card.fit(base, floor, area, self._page, self._newest)
            self._newest = ""
            self._page = self._card.page
        else:
            slide.fit(base, floor, area)
        layout.setContentsMargins(margin, margin, margin, margin)
        if self.page != self._announced:
            self._announced = self.page
            self.pageChanged.emit(*self._announced)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self._current_slide())

    # -- where it is shown ------------------------------------------------------------------

    def present(self, screen_index: int | None = None) -> None:
        """Full screen on `screen_index` (its index in QGuiApplication.screens(); out of range or
        None means automatic), else on the second screen if any, else on the only screen (a
        mirrored projector): Esc brings the console back."""
        self._screen_index = screen_index
        screen = presentation_screen(screen_index) or QGuiApplication.primaryScreen()
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self._presenting = True
        self.presentingChanged.emit(True)

    def _leave(self) -> None:
        """Esc: the presentation ends, as in slide software, and the console is in front."""
        self.close()
        console = self.parentWidget()
        if console is not None:
            console.raise_()
            console.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._presenting = False
        self._set_blank(False)
        super().closeEvent(event)
        self.presentingChanged.emit(False)

    @property
    def is_presenting(self) -> bool:
        """Shown to the room (F5), until Esc or closed."""
        return self._presenting

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        pressed = QKeySequence(event.keyCombination())
        if key == Qt.Key.Key_Escape:
            self._leave()
        elif pressed in shortcuts.keys("blank"):
            self.toggle_blank()
        elif pressed in shortcuts.keys("present"):
            self.present(self._screen_index)
        elif key in _NEXT_KEYS or pressed in shortcuts.keys("next_card"):
            self.step(1)
        elif key in _PREVIOUS_KEYS or pressed in shortcuts.keys("previous_card"):
            self.step(-1)
        else:
            super().keyPressEvent(event)

    def step(self, offset: int) -> None:
        """Next (+1) or previous (-1) page of the card on screen, past its last (or first) page
        the next (previous) card; during the warm-up, the next (previous) question. Clickers and
        PgDn/PgUp on either window go through here."""
        if self._controller.session is None:
            return
        if self._blanked:  # moving on brings the slide back, as in slide software
            self._set_blank(False)
        question = self._question()
        if question is not None:  # the warm-up: its questions, one after the other
            ids = [q.id for q in self._controller.require().content.awareness]
            self._controller.set_awareness_question(
                ids[max(0, min(len(ids) - 1, question + offset))]
            )
            return
        page, count = self.page
        if self._current_slide() is self._card and 0 <= page + offset < count:
            self._page = page + offset
            self._fit(self._card)
            return
        self._back_to_last_page = offset < 0
        self._controller.step_card(offset)
        self._back_to_last_page = False
