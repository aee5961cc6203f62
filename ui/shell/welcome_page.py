"""What the console shows with no session open: the three ways in (new, open, the sample
workshop to rehearse with) and the sessions opened lately."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.factories import named, text_label
from ui.widgets.two_line_delegate import SUBTITLE, TwoLineDelegate
from workshop.local.settings import Settings

PATH = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        new = named(QPushButton(self.tr("New session…")), self.tr("Create a new workshop session"))
        new.setDefault(True)
        open_ = named(QPushButton(self.tr("Open session…")), self.tr("Open a session file"))
        demo = named(
            QPushButton(self.tr("Try the sample workshop")),
            self.tr("Open a sample session to rehearse with"),
        )
        for button in (new, open_, demo):
            button.setMinimumHeight(44)
            button.setMinimumWidth(200)
        self._recent = named(QListWidget(), self.tr("Recent sessions"))
        self._recent.setItemDelegate(TwoLineDelegate(self._recent))
        new.clicked.connect(self.newRequested)
        open_.clicked.connect(self.openRequested)
        demo.clicked.connect(self.demoRequested)
        self._recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(PATH)))

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (new, open_, demo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(text_label(self.tr("Atelier"), "clock"))
        column.addWidget(
            text_label(
                self.tr(
                    "Run your social media policy workshop from scenario cards, and leave the "
                    "room with a draft legal can review, every clause traced to the decision "
                    "behind it."
                )
            )
        )
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(24)
        self._recent_heading = text_label(self.tr("Recent sessions"), "heading")
        column.addWidget(self._recent_heading)
        column.addWidget(self._recent)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def refresh(self) -> None:
        self._recent.clear()
        for path in self._settings.recent_sessions():
            if path.exists():
                item = QListWidgetItem(path.stem)
                item.setData(SUBTITLE, str(path.parent))
                item.setData(PATH, path)
                item.setToolTip(str(path))
                self._recent.addItem(item)
        rows = min(self._recent.count(), 6)
        self._recent.setFixedHeight(rows * self._recent.sizeHintForRow(0) + 4 if rows else 0)
        has_recent = rows > 0
        self._recent.setVisible(has_recent)
        self._recent_heading.setVisible(has_recent)
