"""One stacked bar for a vote: the room sees the balance at a glance, the legend gives counts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.model import Votes


class VoteBar(QWidget):
    def __init__(self, colours: dict[str, QColor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self._votes = Votes()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_votes(self, votes: Votes) -> None:
        self._votes = votes
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, self.height() or 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        painter.setClipPath(track)
        painter.fillRect(rect, QColor(255, 255, 255, 28))
        total = self._votes.total
        if total:
            x = rect.left()
            for name, colour in self._colours.items():  # Votes field name → colour, in order
                width = rect.width() * getattr(self._votes, name) / total
                painter.fillRect(QRectF(x, rect.top(), width, rect.height()), colour)
                x += width
        painter.end()
