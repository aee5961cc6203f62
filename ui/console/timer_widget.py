"""The console's timebox strip: a large clock, how much of the timebox is gone, and a warning the
facilitator cannot miss once the card runs over."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.services.timer import CardTimer
from ui.shell.shortcuts import bind
from ui.theme import is_dark
from ui.widgets.factories import named, set_role, text_label
from workshop.labels import clock

OVER_TIME = ("#b3261e", "#f2837b")  # light, dark: red that stays readable on either base


class TimerWidget(QWidget):
    def __init__(self, timer: CardTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = timer
        self._clock = named(QLabel("00:00"), self.tr("Time on this card"))
        set_role(self._clock, "clock")
        self._timebox = text_label("", "small", muted=True)
        self._warning = text_label("", "subheading")
        self._bar = named(QProgressBar(), self.tr("Share of the timebox used"))
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(10)
        self._start = named(QPushButton(self.tr("Start")), self.tr("Start or pause the timer"))
        bind(self._start, "start_timer")
        self._reset = named(QPushButton(self.tr("Reset")), self.tr("Reset the timer to zero"))

        labels = QVBoxLayout()
        labels.setSpacing(2)
        labels.addWidget(self._timebox)
        labels.addWidget(self._warning)
        middle = QVBoxLayout()
        middle.addLayout(labels)
        middle.addWidget(self._bar)
        buttons = QVBoxLayout()  # stacked, within the clock's height: the warning keeps one line
        buttons.setSpacing(6)
        buttons.addWidget(self._start)
        buttons.addWidget(self._reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        layout.addWidget(self._clock)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        self._start.clicked.connect(self._toggle)
        self._reset.clicked.connect(timer.reset)
        timer.ticked.connect(self.show_time)
        self.show_time(timer.elapsed, timer.timebox)

    def focus_chain(self) -> list[QWidget]:
        return [self._start, self._reset]

    def show_time(self, elapsed: int, timebox: int) -> None:
        has_card = bool(self._timer.card_id)
        self._start.setEnabled(has_card)
        self._reset.setEnabled(has_card)
        self._start.setText(self.tr("Pause") if self._timer.running else self.tr("Start"))
        self._clock.setText(clock(elapsed))
        self._timebox.setText(self.tr("of {timebox} timebox").format(timebox=clock(timebox)))
        self._bar.setRange(0, max(timebox, 1))
        self._bar.setValue(min(elapsed, timebox))
        over = elapsed > timebox > 0
        colour = OVER_TIME[is_dark()] if over else ""
        self._clock.setStyleSheet(f"color: {colour};" if over else "")
        self._warning.setStyleSheet(f"color: {colour};" if over else "")
        bar = QPalette()  # nothing set: the theme's colours
        if over:  # the full bar turns red with the clock, not only the text beside it
            bar.setColor(QPalette.ColorRole.Highlight, QColor(colour))
        self._bar.setPalette(bar)
        self._warning.setText(
            self.tr("⚠ Over time by {over}").format(over=clock(elapsed - timebox)) if over else ""
        )
        self._warning.setVisible(over)

    def changeEvent(self, event: QEvent) -> None:
        """The theme changed ("auto" follows the system live): the red of the new variant."""
        if event.type() == QEvent.Type.PaletteChange:
            self.show_time(self._timer.elapsed, self._timer.timebox)
        super().changeEvent(event)

    def _toggle(self) -> None:
        if self._timer.running:
            self._timer.pause()
        else:
            self._timer.start()
