"""One option of a card in the card editor: its label and what it does to the policy, each
effect a clause set, added or removed, chosen from the template with the clause's text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.factories import named
from ui.widgets.language_fields import LanguageFields
from workshop.deck import ClauseEffect, EffectAction, Option
from workshop.template import PolicyTemplate
from workshop.text import Bilingual, Language


class EffectEditor(QWidget):
    """Set, add or remove one clause; the text the option writes (none for remove)."""

    changed = Signal()
    removeRequested = Signal()

    def __init__(self, template: PolicyTemplate, language: Language, effect: ClauseEffect) -> None:
        super().__init__()
        self._template = template
        self._variants = effect.variants  # jurisdiction wordings of a copied card, kept as they are
        self.action = named(QComboBox(), self.tr("What the option does to the clause"))
        for action, text in (
            (EffectAction.SET, self.tr("Set the clause's text")),
            (EffectAction.ADD, self.tr("Add a new clause")),
            (EffectAction.REMOVE, self.tr("Remove the clause")),
        ):
            self.action.addItem(text, action.value)
        self.action.setCurrentIndex(self.action.findData(effect.action.value))
        self.clause = named(QComboBox(), self.tr("Clause"))
        self.clause.setEditable(True)  # a new clause's id is typed: section id, dot, name
        for section in template.sections:
            for clause in section.clauses:
                self.clause.addItem(clause.id, clause.id)
                self.clause.setItemData(
                    self.clause.count() - 1, clause.text.get(language), Qt.ItemDataRole.ToolTipRole
                )
        self.clause.setEditText(effect.clause_id)
        self.text = LanguageFields(self.tr("Clause text"), multiline=True)
        self.text.set_text(effect.text or Bilingual())
        remove = named(QPushButton(self.tr("Remove effect")), self.tr("Remove this effect"))
        remove.setAutoDefault(False)  # Enter saves the card, it never removes an effect
        remove.clicked.connect(self.removeRequested)
        row = QHBoxLayout()
        row.addWidget(self.action)
        row.addWidget(self.clause, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.clause.currentTextChanged.connect(self._clause_changed)
        self.text.changed.connect(self.changed)
        self._action_changed()

    def effect(self, languages: tuple[Language, ...]) -> ClauseEffect:
        action = EffectAction(self.action.currentData())
        text = None if action is EffectAction.REMOVE else self.text.text(languages)
        return ClauseEffect(action, self.clause.currentText().strip(), text, self._variants)

    def set_languages(self, languages: tuple[Language, ...]) -> None:
        self.text.set_languages(languages)

    def _action_changed(self) -> None:
        self.text.setEnabled(self.action.currentData() != EffectAction.REMOVE.value)
        self.changed.emit()

    def _clause_changed(self, clause_id: str) -> None:
        """A clause chosen to be set starts from the template's wording, to adapt."""
        known = {c.id: c for s in self._template.sections for c in s.clauses}
        if clause_id in known and not any(self.text.text(("fr", "en")).to_plain().values()):
            self.text.set_text(known[clause_id].text)
        self.changed.emit()


class OptionEditor(QGroupBox):
    """An option's label and its effects on the policy (one or more)."""

    changed = Signal()
    removeRequested = Signal()

    def __init__(
        self, template: PolicyTemplate, language: Language, option: Option, number: int
    ) -> None:
        super().__init__(self.tr("Option {n}").format(n=number))
        self._template = template
        self._language = language
        self._languages: tuple[Language, ...] = ("fr", "en")
        self.option_id = option.id
        self.label = LanguageFields(self.tr("Option label"))
        self.label.set_text(option.label)
        self.label.changed.connect(self.changed)
        self.effects: list[EffectEditor] = []
        self._effects_box = QVBoxLayout()
        add = named(QPushButton(self.tr("Add effect")), self.tr("Add an effect on a clause"))
        add.clicked.connect(lambda: self.add_effect(_blank_effect()))
        remove = named(QPushButton(self.tr("Remove option")), self.tr("Remove this option"))
        remove.clicked.connect(self.removeRequested)
        for button in (add, remove):
            button.setAutoDefault(False)  # Enter saves the card
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._effects_box)
        layout.addLayout(buttons)
        for effect in option.effects:
            self.add_effect(effect)

    def add_effect(self, effect: ClauseEffect) -> None:
        editor = EffectEditor(self._template, self._language, effect)
        editor.set_languages(self._languages)
        editor.changed.connect(self.changed)
        editor.removeRequested.connect(lambda: self._remove_effect(editor))
        self.effects.append(editor)
        self._effects_box.addWidget(editor)
        self.changed.emit()

    def option(self, languages: tuple[Language, ...]) -> Option:
        effects = tuple(e.effect(languages) for e in self.effects)
        return Option(self.option_id, self.label.text(languages), effects)

    def set_languages(self, languages: tuple[Language, ...]) -> None:
        self._languages = languages
        self.label.set_languages(languages)
        for effect in self.effects:
            effect.set_languages(languages)

    def _remove_effect(self, editor: EffectEditor) -> None:
        self.effects.remove(editor)
        editor.deleteLater()
        self.changed.emit()


def blank_option(option_id: str) -> Option:
    """A new option: no label yet, one effect to fill."""
    return Option(option_id, Bilingual(), (_blank_effect(),))


def _blank_effect() -> ClauseEffect:
    return ClauseEffect(EffectAction.SET, "", Bilingual())
