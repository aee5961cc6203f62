"""The current card's timebox clock, shared by the console and the projector.

Time used is bookkeeping the facilitator must not lose to a crash, so it is saved through the
controller (a non-undoable RecordTimeUsed) on pause, on card change and every few seconds while
running, so a crash costs at most that much: a save is a small bookkeeping command (~0.5 ms to
commit) plus one refresh of the views.
Elapsed time comes from a monotonic clock, not from counting ticks, so a busy event loop cannot
make the timer slow.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from ui.services.controller import SessionController
from workshop.changes import Changes
from workshop.commands import RecordTimeUsed
from workshop.errors import SessionFileError
from workshop.model import CardStatus

SAVE_EVERY_SECONDS = 5
SETTLED = (CardStatus.DECIDED, CardStatus.PARKED)  # the discussion is over: the clock stops


class CardTimer(QObject):
    ticked = Signal(int, int)  # elapsed_seconds, timebox_seconds
    overrun = Signal()  # once, when elapsed passes the timebox
    started = Signal()  # the facilitator started the clock: the card is under discussion
    saveFailed = Signal(object)  # the SessionFileError, for the window to report

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._card_id = ""
        self._base = 0  # seconds counted before the current run
        self._timebox = 0
        self._saved = 0  # the value the session holds, so unchanged time is not re-saved
        self._overrun_sent = False
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._settled: tuple[CardStatus, int] | None = None  # the card's status, decisions seen
        controller.currentCardChanged.connect(self._follow_card)
        controller.sessionChanged.connect(self._drop_card)
        controller.changed.connect(self._changed)
        if controller.current_card_id:  # made for a session already open: its card's clock
            self._follow_card(controller.current_card_id)

    # -- state ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    @property
    def elapsed(self) -> int:
        extra = self._clock.elapsed() // 1000 if self.running else 0
        return self._base + int(extra)

    @property
    def timebox(self) -> int:
        return self._timebox

    @property
    def card_id(self) -> str:
        return self._card_id

    # -- control ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.running or not self._card_id:
            return
        self._clock.start()
        self._ticker.start()
        self._emit()
        self.started.emit()

    def pause(self) -> None:
        if self.running:
            self._base = self.elapsed
            self._ticker.stop()
        self._save()
        self._emit()

    def reset(self) -> None:
        """Start the card's count again from zero (a rehearsal, a false start)."""
        was_running = self.running
        self._ticker.stop()
        self._base = 0
        self._overrun_sent = False
        self._save()
        if was_running:
            self.start()
        else:
            self._emit()

    def load(self, card_id: str, elapsed_seconds: int, timebox_seconds: int) -> None:
        """Show another card's clock, stopped; time already past the timebox raises no alarm."""
        self._ticker.stop()
        self._card_id = card_id
        self._base = self._saved = elapsed_seconds
        self._timebox = timebox_seconds
        self._overrun_sent = elapsed_seconds > timebox_seconds
        self._settled = self._seen()
        self._emit()

    # -- internals --------------------------------------------------------------------------

    def _tick(self) -> None:
        elapsed = self.elapsed
        if elapsed - self._saved >= SAVE_EVERY_SECONDS:
            self._save()
        self._emit()
        if elapsed > self._timebox and not self._overrun_sent:
            self._overrun_sent = True
            self.overrun.emit()

    def _emit(self) -> None:
        self.ticked.emit(self.elapsed, self._timebox)

    def _save(self) -> None:
        session = self._controller.session
        elapsed = self.elapsed
        if session is None or not self._card_id or elapsed == self._saved:
            return
        try:
            self._controller.execute(RecordTimeUsed(self._card_id, elapsed))
        except SessionFileError as exc:
            self.saveFailed.emit(exc)
            return
        self._saved = elapsed

    def _changed(self, changes: Changes) -> None:
        """A new agenda (set, undone or redone) may give the card on the clock another
        timebox, the time counted staying; a card decided or parked stops its clock."""
        if changes & Changes.AGENDA:
            self._timebox = self._timebox_of(self._card_id)
            self._emit()
        if changes & (Changes.CARD_STATUS | Changes.DECISIONS):
            self._follow_status()

    def _timebox_of(self, card_id: str) -> int:
        session = self._controller.session
        agenda = session.state.agenda if session is not None else ()
        return next((i.timebox_minutes * 60 for i in agenda if i.card_id == card_id), 0)

    def _seen(self) -> tuple[CardStatus, int] | None:
        session = self._controller.session
        if session is None or not self._card_id:
            return None
        state = session.state
        return state.card_status(self._card_id), len(state.decisions_for(self._card_id))

    def _follow_status(self) -> None:
        """A card decided or parked since its clock was shown is no longer being discussed."""
        seen = self._seen()
        if seen is not None and seen != self._settled:
            self._settled = seen
            if seen[0] in SETTLED:
                self.pause()

    def _drop_card(self) -> None:
        """Another session: forget the old card unsaved (the window pauses before switching)."""
        self.load("", 0, 0)

    def _follow_card(self, card_id: str) -> None:
        """Save the card being left, then show the new one's clock from what the session holds."""
        self.pause()
        session = self._controller.session
        elapsed = session.state.time_used.get(card_id, 0) if session is not None else 0
        self.load(card_id, elapsed, self._timebox_of(card_id))
