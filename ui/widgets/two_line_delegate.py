"""List rows with a bold first line and a quieter second one (and the item's icon, if any):
the agenda and the recent sessions read title first, details after."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

SUBTITLE = Qt.ItemDataRole.UserRole + 1  # the second line; the display text is the first
ICON_SIZE = 22
PADDING = 10

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = option.fontMetrics.lineSpacing() * 2 + 4
        return QSize(option.rect.width(), lines + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        title, option.text = option.text, ""
        option.icon = QIcon()  # drawn below, level with the title
        style = option.widget.style() if option.widget else None
        if style is not None:  # the row's background: selection, hover, focus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and not icon.isNull():
            icon.paint(painter, QRect(rect.left(), rect.top() + 1, ICON_SIZE, ICON_SIZE))
            rect = rect.adjusted(ICON_SIZE + PADDING, 0, 0, 0)
        painter.save()
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        metrics = painter.fontMetrics()
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        second = rect.adjusted(0, metrics.lineSpacing() + 4, 0, 0)
        subtitle = painter.fontMetrics().elidedText(
            str(index.data(SUBTITLE) or ""), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft, subtitle)
        painter.restore()
