"""The awareness warm-up: six questions put to the room. Closed questions are answered by a show
of hands that the facilitator tallies with one click per hand (and −1 for a miscount); open ones
by the group's answer in words, typed in and recorded."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.error_dialog import execute_or_report
from ui.services.controller import SessionController
from ui.widgets.factories import named, text_label
from workshop.changes import Changes
from workshop.commands import RecordAwarenessAnswer, RecordAwarenessNote
from workshop.model import Answer, Tally


class AwarenessDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Awareness warm-up"))
        self.setAccessibleName(self.tr("Awareness warm-up"))
        self.resize(980, 600)
        self._controller = controller
        self._names = {
            Answer.YES: self.tr("Yes"),
            Answer.NO: self.tr("No"),
            Answer.UNSURE: self.tr("Unsure"),
        }
        self._buttons: dict[tuple[str, Answer], tuple[QPushButton, QToolButton]] = {}
        self._notes: dict[str, QPlainTextEdit] = {}
        session = controller.require()
        lang = session.state.info.language
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        # the question the projector shows: the one last shown or answered, the first at start
        self._on_screen = QButtonGroup(self)
        self._question_ids = [question.id for question in session.content.awareness]
        for row, question in enumerate(session.content.awareness):
            grid.addWidget(self._show_button(row, question.id), row, 0)
            grid.addWidget(text_label(f"{row + 1}. {question.text.get(lang)}"), row, 1)
            if question.open:
                grid.addWidget(self._note_box(question.id), row, 2, 1, len(Answer))
                continue
            for column, answer in enumerate(Answer):
                grid.addWidget(self._answer_buttons(question.id, answer), row, column + 2)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(text_label(self.tr("Awareness warm-up"), "title"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Read each question aloud; click once per raised hand. −1 corrects a "
                    "miscount. ▶ shows a question on the projector."
                ),
                muted=True,
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(self.reject)  # its session is gone
        controller.roomPromptChanged.connect(self._show_asked)
        self.finished.connect(lambda _result: controller.set_awareness_question(""))
        if self._question_ids:
            controller.set_awareness_question(self._question_ids[0])
        self._show_asked()
        self._refresh()

    def _show_button(self, row: int, question_id: str) -> QToolButton:
        show = named(
            QToolButton(),
            self.tr("Show question {number} on the projector").format(number=row + 1),
        )
        show.setText("▶")
        show.setCheckable(True)
        show.clicked.connect(lambda: self._controller.set_awareness_question(question_id))
        self._on_screen.addButton(show, row)
        return show

    def _show_asked(self) -> None:
        """Check the ▶ of the question the room sees."""
        asked = self._controller.awareness_question
        if asked in self._question_ids:
            self._on_screen.button(self._question_ids.index(asked)).setChecked(True)

    def _answer_buttons(self, question_id: str, answer: Answer) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        add = named(QPushButton(), self._names[answer])
        add.setMinimumWidth(96)
        add.setMinimumHeight(34)
        add.clicked.connect(lambda: self._record(question_id, answer, 1))
        undo = named(
            QToolButton(),
            self.tr("Take back one “{answer}”").format(answer=self._names[answer]),
            self.tr("Correct a miscount"),
        )
        undo.setText("−1")
        undo.setMinimumHeight(add.sizeHint().height())
        undo.clicked.connect(lambda: self._record(question_id, answer, -1))
        layout.addWidget(add)
        layout.addWidget(undo)
        self._buttons[question_id, answer] = (add, undo)
        return box

    def _note_box(self, question_id: str) -> QWidget:
        """An open question: the group's answer in words, recorded when the facilitator says so."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        editor = named(QPlainTextEdit(), self.tr("The group's answer"))
        editor.setPlaceholderText(self.tr("The group's answer, in its own words"))
        editor.setMaximumHeight(72)
        record = named(QPushButton(self.tr("Record")), self.tr("Record the group's answer"))
        record.clicked.connect(lambda: self._record_note(question_id))
        layout.addWidget(editor, 1)
        layout.addWidget(record)
        self._notes[question_id] = editor
        return box

    def _record_note(self, question_id: str) -> None:
        self._controller.set_awareness_question(question_id)  # the question being answered
        command = RecordAwarenessNote(question_id, self._notes[question_id].toPlainText())
        execute_or_report(self, self._controller, command)

    def _record(self, question_id: str, answer: Answer, delta: int) -> None:
        self._controller.set_awareness_question(question_id)  # hands up for this question
        command = RecordAwarenessAnswer(question_id, answer, delta)
        execute_or_report(self, self._controller, command)

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.AWARENESS:
            self._refresh()

    def _refresh(self) -> None:
        session = self._controller.session
        if session is None:
            return
        for (question_id, answer), (add, undo) in self._buttons.items():
            count = getattr(session.state.awareness.get(question_id, Tally()), answer.value)
            add.setText(f"{self._names[answer]}   {count}")
            add.setAccessibleDescription(str(count))
            undo.setEnabled(count > 0)
        for question_id, editor in self._notes.items():
            recorded = session.state.awareness_notes.get(question_id, "")
            if not editor.hasFocus() and editor.toPlainText() != recorded:
                editor.setPlainText(recorded)
