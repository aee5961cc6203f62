"""How a card's status looks in the console: a name, a glyph and a colour, never colour alone,
so the agenda reads the same for colour-blind facilitators and on a washed-out screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

from ui.theme import is_dark, status_colour
from workshop.model import CardStatus

GLYPHS: dict[CardStatus, str] = {
    CardStatus.PENDING: "",
    CardStatus.IN_DISCUSSION: "…",
    CardStatus.DECIDED: "✓",
    CardStatus.PARKED: "‖",
}


def status_name(status: CardStatus) -> str:
    names = {
        CardStatus.PENDING: QCoreApplication.translate("CardStatus", "Not started"),
        CardStatus.IN_DISCUSSION: QCoreApplication.translate("CardStatus", "In discussion"),
        CardStatus.DECIDED: QCoreApplication.translate("CardStatus", "Decided"),
        CardStatus.PARKED: QCoreApplication.translate("CardStatus", "Parked"),
    }
    return names[status]


def status_icon(status: CardStatus, size: int = 20) -> QIcon:
    """A disc in the status colour (a ring while not started) with the status glyph."""
    colour = status_colour(status, is_dark())
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRectF(1.5, 1.5, size - 3, size - 3)
    if status is CardStatus.PENDING:
        pen = painter.pen()
        pen.setColor(colour)
        pen.setWidthF(2)
        painter.setPen(pen)
        painter.drawEllipse(disc)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(disc)
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white if not is_dark() else Qt.GlobalColor.black)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, GLYPHS[status])
    painter.end()
    return QIcon(pixmap)


def minutes_text(seconds: int, timebox_minutes: int) -> str:
    """ "12 of 20 min": whole minutes used so far against the card's timebox."""
    text = QCoreApplication.translate("CardStatus", "{used} of {total} min")
    return text.format(used=seconds // 60, total=timebox_minutes)
