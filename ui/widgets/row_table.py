"""A small editable table with Add / Remove buttons: participants, actions and open questions are
all short lists of a few fields, so they share one widget instead of three copies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.factories import named
from ui.widgets.wheel_guard import scroll_past

Choice = tuple[str, str]  # (value stored, label shown)


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    choices: tuple[Choice, ...] = ()  # empty: free text
    stretch: bool = False


class RowTable(QWidget):
    edited = Signal()  # a row was added, removed or changed (text or choice)

    def __init__(
        self, name: str, columns: Sequence[Column], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._table = named(QTableWidget(0, len(columns)), name)
        self._table.setHorizontalHeaderLabels([c.title for c in columns])
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # Tab leaves the table for the next control (arrows move between cells); while a cell
        # is being typed in, Tab still goes on to the next cell
        self._table.setTabKeyNavigation(False)
        header = self._table.horizontalHeader()
        for index, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
        self._add = named(QPushButton(add_text), add_text)
        self._remove = named(QPushButton(self.tr("Remove")), self.tr("Remove the selected row"))
        self._add.clicked.connect(self._add_row)
        self._remove.clicked.connect(self._remove_selected)
        model = self._table.model()
        for change in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            change.connect(self.edited)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table)
        layout.addLayout(buttons)

    @property
    def table(self) -> QTableWidget:
        return self._table

    def focus_chain(self) -> list[QWidget]:
        return [self._table, self._add, self._remove]

    def set_choices(self, column: int, choices: Sequence[Choice]) -> None:
        """New choices for a column (the clauses of another card); rows keep their text."""
        self._columns[column] = Column(
            self._columns[column].title, tuple(choices), self._columns[column].stretch
        )
        for row in range(self._table.rowCount()):
            self._table.setCellWidget(row, column, self._combo(column))

    def _add_row(self) -> None:
        """A blank row, its first cell ready for typing."""
        row = self._insert_row()
        self._table.setCurrentCell(row, 0)
        first = self._table.item(row, 0)
        if first is not None:  # a choice column holds a combo box, not an item
            self._table.editItem(first)

    def _insert_row(self) -> int:
        row = self._table.rowCount()
        self._table.insertRow(row)
        for index, column in enumerate(self._columns):
            if column.choices:
                self._table.setCellWidget(row, index, self._combo(index))
            else:
                self._table.setItem(row, index, QTableWidgetItem(""))
        return row

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show saved rows in place of the table's, choices picked by their stored value."""
        self.clear()
        for values in rows:
            row = self._insert_row()
            for index, value in enumerate(values):
                combo = self._table.cellWidget(row, index)
                if isinstance(combo, QComboBox):
                    combo.setCurrentIndex(max(0, combo.findData(value)))
                else:
                    item = self._table.item(row, index)
                    assert item is not None  # _insert_row gave each text cell an item
                    item.setText(value)

    def rows(self) -> list[list[str]]:
        """Each row's values; rows whose text cells are all blank are left out."""
        result = []
        for row in range(self._table.rowCount()):
            values = []
            for index, column in enumerate(self._columns):
                if column.choices:
                    combo = self._table.cellWidget(row, index)
                    values.append(combo.currentData() if isinstance(combo, QComboBox) else "")
                else:
                    item = self._table.item(row, index)
                    values.append(item.text().strip() if item else "")
            texts = [v for v, c in zip(values, self._columns, strict=True) if not c.choices]
            if any(texts):
                result.append(values)
        return result

    def finish_editing(self) -> None:
        """Commit the cell being typed in: moving off it is what hands its text to the table."""
        self._table.setCurrentIndex(QModelIndex())

    def clear(self) -> None:
        self._table.setRowCount(0)

    def _combo(self, column: int) -> QComboBox:
        combo = scroll_past(named(QComboBox(), self._columns[column].title))
        for value, label in self._columns[column].choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.edited)
        return combo

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self._table.selectedIndexes()}, reverse=True)
        for row in rows or [self._table.currentRow()]:
            if row >= 0:
                self._table.removeRow(row)
