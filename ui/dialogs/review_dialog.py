"""File › Import legal's review…: the report first, in the interface language; Apply runs the
one command that takes legal's review in (and Undo takes it back). Also the approve-version
dialog, which marks a version legal approved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.error_dialog import execute_or_report
from ui.services.controller import SessionController
from ui.widgets.factories import text_label
from workshop.commands import ApproveVersion
from workshop.legal_review.apply import review_command
from workshop.legal_review.report import OUTCOME_WORDS, LegalReviewReport, Outcome
from workshop.storage import now_iso
from workshop.text import Language


class ReviewDialog(QDialog):
    """What legal did, clause by clause, and their answers; nothing changes until Apply."""

    def __init__(
        self,
        controller: SessionController,
        report: LegalReviewReport,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._report = report
        self._tables: list[QTableWidget] = []
        self.setWindowTitle(self.tr("Legal's review of {version}").format(version=report.version))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        heading = self.tr("Legal's review of {version} ({file})")
        layout.addWidget(
            text_label(heading.format(version=report.version, file=report.file_name), "heading")
        )
        for warning in report.warnings:
            layout.addWidget(text_label(warning.get(language), muted=True))
        counts = report.counts()
        summary = ", ".join(
            self.tr("{what}: {count}").format(
                what=OUTCOME_WORDS[outcome].get(language), count=count
            )
            for outcome, count in counts.items()
            if count and outcome is not Outcome.UNCHANGED
        )
        layout.addWidget(text_label(summary or self.tr("Legal changed no clause.")))
        self.clauses = self._table(
            [self.tr("Clause"), self.tr("What legal did"), self.tr("Text now")],
            [
                (
                    c.number or "+",
                    OUTCOME_WORDS[c.outcome].get(language),
                    c.reads(report.language) or self.tr("(no longer in the policy)"),
                )
                for c in report.changed()
            ],
        )
        layout.addWidget(self.clauses, 2)
        layout.addWidget(text_label(self.tr("Answers to the open questions"), "heading"))
        self.replies = self._table(
            [self.tr("Question"), self.tr("Answered by"), self.tr("Answer")],
            [(r.question, r.author, r.text) for r in report.replies],
            stretch=(0, 2),
        )
        layout.addWidget(self.replies, 1)
        if report.new_comments:
            layout.addWidget(text_label(self.tr("New comments from legal"), "heading"))
            layout.addWidget(
                self._table(
                    [self.tr("Clause"), self.tr("Author"), self.tr("Comment")],
                    [(c.number, c.author, c.text) for c in report.new_comments],
                ),
                1,
            )
        self.resolve = QCheckBox(self.tr("Mark the answered questions resolved"))
        self.resolve.setChecked(True)
        layout.addWidget(self.resolve)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setToolTip(self.tr("Take legal's review into the draft: one step Undo reverses"))
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(
        self, headers: list[str], rows: list[tuple[str, str, str]], stretch: tuple[int, ...] = (2,)
    ) -> QTableWidget:
        """A read-only table whose `stretch` columns share the width, the others fit."""
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        for column in range(len(headers)):
            fits = column not in stretch
            mode = (
                QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        # rows fit their wrapped text once the columns have their width, and again on resizing
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self._tables.append(table)
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for table in self._tables:
            table.resizeRowsToContents()

    def _apply(self) -> None:
        command = review_command(self._report, resolve=self.resolve.isChecked())
        if execute_or_report(self, self._controller, command):
            self.accept()


class ApproveDialog(QDialog):
    """Which version legal approved, by whom, and the approval's reference."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Approve a version"))
        session = controller.require()
        approved = {a.version for a in session.state.approvals}
        form = QFormLayout(self)
        self.version = QComboBox()
        for version in reversed(session.versions()):
            if version.label not in approved:
                self.version.addItem(version.label)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("Name and role"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Optional: minutes, ticket…"))
        form.addRow(self.tr("&Version"), self.version)
        form.addRow(self.tr("Approved &by"), self.by)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(
            text_label(self.tr("An approved version is locked: later changes make a new version."))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._approve)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _approve(self) -> None:
        command = ApproveVersion(
            self.version.currentText(), self.by.text(), now_iso(), self.reference.text()
        )
        if execute_or_report(self, self._controller, command):
            self.accept()
