"""*Start from our policy…*: the structure found in their file, fixed by the facilitator before
anything is saved, and the topic each section covers.

Every fix is one call of the pure API in workshop/policy_import/edits.py; the dialog only shows
the result. Topics the facilitator chose stay with their section's title across later fixes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.error_dialog import show_error
from ui.i18n.language import grammatical_number
from ui.widgets.factories import named, text_label
from workshop.content import Content
from workshop.policy_import import ImportedPolicy, PolicyImportError, edits
from workshop.policy_import.baseline import imported_content, read_policy_file
from workshop.policy_import.coverage import Coverage, coverage, suggest_mapping
from workshop.template import builtin_template
from workshop.text import Language

PREVIEW_CHARACTERS = 140  # of each clause in the tree; the whole text shows below it
SECTION, CLAUSE = 0, 1


class PolicyPreviewDialog(QDialog):
    def __init__(
        self, policy: ImportedPolicy, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from our policy"))
        self.setAccessibleName(self.tr("Start from our policy"))
        self.resize(900, 640)
        self._language = language
        self.policy = policy
        self._chosen: dict[str, tuple[str, ...]] = {}  # section title → the facilitator's topics
        self.mapping = suggest_mapping(policy)
        self._topics = [(s.id, s.title.get(language)) for s in builtin_template().sections]
        self.tree = named(QTreeWidget(), self.tr("Sections and clauses found"))
        self.tree.setHeaderLabels([self.tr("Structure found"), self.tr("Topic")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._selected)
        self.text = named(QPlainTextEdit(), self.tr("The selected clause's text"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setMaximumHeight(110)
        self.gaps = text_label("", "small", muted=True)
        self.gaps.setWordWrap(True)
        self.buttons_row = QHBoxLayout()
        self.heading = self._button(self.tr("Make it a heading"), self._make_heading)
        self.clause = self._button(self.tr("Make it a clause"), self._make_clause)
        self.merge = self._button(self.tr("Merge with the next"), self._merge)
        self.split = self._button(self.tr("Split at the cursor"), self._split)
        self.rename = self._button(self.tr("Rename…"), self._rename)
        self.buttons_row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        use = buttons.button(QDialogButtonBox.StandardButton.Ok)
        use.setText(self.tr("Use this policy"))
        use.setAccessibleName(self.tr("Use this policy"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(
            text_label(self.tr("Their policy: {name}").format(name=policy.source), "title")
        )
        hint = self.tr(
            "Check the sections and clauses found before anything is saved: make a line a "
            "heading or not, merge or split clauses, rename a section, choose each section's topic."
        )
        hint_label = text_label(hint, muted=True)
        hint_label.setWordWrap(True)
        layout.addWidget(hint_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.text)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.gaps)
        layout.addWidget(buttons)
        self._show()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), text)
        button.clicked.connect(slot)
        self.buttons_row.addWidget(button)
        return button

    # -- showing ---------------------------------------------------------------------------

    def _show(self, keep: tuple[int, int] | None = None) -> None:
        self.tree.clear()
        for s_index, section in enumerate(self.policy.sections):
            title = section.title or self.tr("(before the first heading)")
            count = (
                self.tr("{n} clause", "one")
                if grammatical_number(len(section.clauses)) == "one"
                else self.tr("{n} clauses", "many")
            ).format(n=len(section.clauses))
            row = QTreeWidgetItem([f"{section.label} {title} — {count}".strip()])
            row.setData(0, Qt.ItemDataRole.UserRole, (SECTION, s_index, -1))
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)
            self.tree.addTopLevelItem(row)
            self.tree.setItemWidget(row, 1, self._topic_box(s_index))
            for c_index, clause in enumerate(section.clauses):
                text = " ".join(clause.text.split())
                if len(text) > PREVIEW_CHARACTERS:
                    text = text[: PREVIEW_CHARACTERS - 1] + "…"
                child = QTreeWidgetItem([f"{clause.label} {text}".strip()])
                child.setData(0, Qt.ItemDataRole.UserRole, (CLAUSE, s_index, c_index))
                row.addChild(child)
            row.setExpanded(True)
        self._select(keep)
        self._show_gaps()

    def _topic_box(self, section: int) -> QComboBox:
        box = named(QComboBox(), self.tr("Topic of the section"))
        box.addItem(self.tr("(no topic)"), "")
        for topic_id, title in self._topics:
            box.addItem(title, topic_id)
        topics = self.mapping.of(section)
        box.setCurrentIndex(box.findData(topics[0]) if topics else 0)
        box.currentIndexChanged.connect(lambda _: self._topic_chosen(section, box.currentData()))
        return box

    def _show_gaps(self) -> None:
        titles = dict(self._topics)
        found = coverage(self.policy, self.mapping)
        missing = [titles[c.topic] for c in found if c.status is Coverage.MISSING]
        thin = [titles[c.topic] for c in found if c.status is Coverage.THIN]
        lines = [
            self.tr("Topics their policy lacks: {topics}").format(topics=", ".join(missing) or "–")
        ]
        if thin:
            lines.append(self.tr("Covered thinly: {topics}").format(topics=", ".join(thin)))
        self.gaps.setText("\n".join(lines))

    def _select(self, keep: tuple[int, int] | None) -> None:
        if keep is None or not self.policy.sections:
            self._selected(None)
            return
        section = min(keep[0], len(self.policy.sections) - 1)
        row = self.tree.topLevelItem(section)
        if row is not None:
            child = row.child(keep[1]) if 0 <= keep[1] < row.childCount() else None
            self.tree.setCurrentItem(child or row)

    def _where(self) -> tuple[int, int, int] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _selected(self, *_: object) -> None:
        where = self._where()
        clause = where if where is not None and where[0] == CLAUSE else None
        is_clause = clause is not None
        self.text.setPlainText(
            "" if clause is None else self.policy.sections[clause[1]].clauses[clause[2]].text
        )
        last = clause is not None and clause[2] + 1 < len(self.policy.sections[clause[1]].clauses)
        self.heading.setEnabled(is_clause)
        self.merge.setEnabled(last)
        self.split.setEnabled(is_clause)
        self.clause.setEnabled(where is not None and where[0] == SECTION and where[1] > 0)
        self.rename.setEnabled(where is not None and where[0] == SECTION)

    # -- fixing ----------------------------------------------------------------------------

    def _changed(self, policy: ImportedPolicy, keep: tuple[int, int]) -> None:
        """A new structure: topics suggested again, the facilitator's choices kept by title."""
        self.policy = policy
        mapping = suggest_mapping(policy)
        for index, section in enumerate(policy.sections):
            if section.title in self._chosen:
                mapping = mapping.with_topics(index, self._chosen[section.title])
        self.mapping = mapping
        self._show(keep)

    def _topic_chosen(self, section: int, topic: str) -> None:
        topics = (topic,) if topic else ()
        self._chosen[self.policy.sections[section].title] = topics
        self.mapping = self.mapping.with_topics(section, topics)
        self._show_gaps()

    def _make_heading(self) -> None:
        where = self._where()
        if where and where[0] == CLAUSE:
            self._changed(edits.make_heading(self.policy, where[1], where[2]), (where[1] + 1, -1))

    def _make_clause(self) -> None:
        where = self._where()
        if where and where[0] == SECTION and where[1] > 0:
            self._changed(edits.make_clause(self.policy, where[1]), (where[1] - 1, -1))

    def _merge(self) -> None:
        where = self._where()
        if where and where[0] == CLAUSE:
            policy = edits.merge_clauses(self.policy, where[1], where[2])
            self._changed(policy, (where[1], where[2]))

    def _split(self) -> None:
        where = self._where()
        offset = self.text.textCursor().position()
        if where and where[0] == CLAUSE and 0 < offset < len(self.text.toPlainText()):
            policy = edits.split_clause(self.policy, where[1], where[2], offset)
            self._changed(policy, (where[1], where[2]))

    def _rename(self) -> None:
        where = self._where()
        if not where or where[0] != SECTION:
            return
        section = self.policy.sections[where[1]]
        title, ok = QInputDialog.getText(
            self, self.tr("Rename the section"), self.tr("Section title"), text=section.title
        )
        if ok and title.strip():
            if section.title in self._chosen:
                self._chosen[title.strip()] = self._chosen.pop(section.title)
            policy = edits.rename_section(self.policy, where[1], title.strip())
            self._changed(policy, (where[1], -1))


def start_from_policy(base: Content, language: Language, parent: QWidget) -> Content | None:
    """Ask for their file, read it, let the facilitator check it: the session's content on it,
    or None when they gave up or the file was refused (the reason shown, nothing written)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PolicyPreviewDialog", "Start from our policy"),
        str(Path.home()),
        QCoreApplication.translate("PolicyPreviewDialog", "Policies (*.docx *.md *.txt)"),
    )
    if not path:
        return None
    try:
        policy, data = read_policy_file(Path(path))
    except PolicyImportError as exc:
        show_error(parent, exc)
        return None
    dialog = PolicyPreviewDialog(policy, language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return imported_content(base, dialog.policy, dialog.mapping, data)
