"""The projector window: what participants see, following the facilitator's console live.

It only reads the session and never changes it; the one thing it can do is move to the next or
previous card (navigation, not an edit), so a presentation clicker works. What is shown of a card
is decided in ui.presenter.slides; facilitator notes are never on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from ui.presenter.room_text import RoomText
from ui.presenter.screens import presentation_screen
from ui.presenter.slides import CardSlide, FittedSlide, WelcomeSlide
from ui.presenter.style import STYLE_SHEET
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
_MARGIN = 0.055  # of the smaller side
_WINDOWED = 0.6  # of the primary screen's width, when there is no second screen
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


class PresenterWindow(QWidget):
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
        self.setWindowTitle(self.tr("Atelier — Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(480, 270))
        self._controller = controller
        self._timer = timer
        self._settings = settings if settings is not None else Settings()
        self._room = RoomText(self)
        self._blanked = False
        self._screen_index: int | None = None
        self._welcome = WelcomeSlide(self._room)
        self._card = CardSlide(self._room)
        self._blank = QWidget()
        self._blank.setObjectName("blank")
        self._blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        for page in (self._welcome, self._card, self._blank):
            page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            self._stack.addWidget(page)
        controller.changed.connect(self._changed)
        controller.currentCardChanged.connect(self._refresh)  # also follows every open and close
        timer.ticked.connect(self._show_timer)
        self._refresh()

    # -- what the room sees -----------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        return self._blanked

    def toggle_blank(self) -> None:
        """Black out the projector (B or ".", as in slide software), or bring the slide back."""
        self._blanked = not self._blanked
        self._show_page()

    def _current_slide(self) -> FittedSlide:
        session = self._controller.session
        if session is None:
            return self._welcome
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
        if slide is self._card and session is not None:
            card_id = self._controller.current_card_id
            self._card.show_card(room_card(session.state, session.content, card_id))
            self._show_timer(self._timer.elapsed, self._timer.timebox)
        else:
            self._welcome.show_session(session)
        self._show_page()
        self._fit(slide)

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
        slide.layout().setContentsMargins(margin, margin, margin, margin)
        slide.fit(min(height * _BASE_PER_HEIGHT, width * _BASE_PER_WIDTH) * scale, self.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self._current_slide())

    # -- where it is shown ------------------------------------------------------------------

    def present(self, screen_index: int | None = None) -> None:
        """Full screen on `screen_index` (its index in QGuiApplication.screens(); out of range or
        None means automatic), else on the second screen if any, else a window on the primary."""
        self._screen_index = screen_index
        screen = presentation_screen(screen_index)
        if self.isFullScreen():
            self.showNormal()
        if screen is None:
            self._show_windowed(QGuiApplication.primaryScreen().availableGeometry().size())
        else:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _show_windowed(self, area: QSize) -> None:
        """A 16:9 window, centred on the screen it is on, that the facilitator can move."""
        width = round(area.width() * _WINDOWED)
        self.unsetCursor()
        self.resize(width, round(width * 9 / 16))
        screen = self.screen().availableGeometry()
        self.move(screen.center() - self.rect().center())
        self.showNormal()

    def _leave(self) -> None:
        """Esc: out of full screen first, then closed."""
        if self.isFullScreen():
            self._show_windowed(self.screen().availableGeometry().size())
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._blanked = False
        self._show_page()
        super().closeEvent(event)

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
            self._step(1)
        elif key in _PREVIOUS_KEYS or pressed in shortcuts.keys("previous_card"):
            self._step(-1)
        else:
            super().keyPressEvent(event)

    def _step(self, offset: int) -> None:
        if self._controller.session is None:
            return
        if self._blanked:  # moving on brings the slide back, as in slide software
            self.toggle_blank()
        self._controller.step_card(offset)
