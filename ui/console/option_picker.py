"""Choosing what the group decided: one of the card's options or wording of its own for one of
its clauses, with the effect on the policy shown before anything is confirmed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.console.policy_html import effects_html
from ui.widgets.factories import clear_layout, lay_out_now, named, text_label, tint
from ui.widgets.wheel_guard import scroll_past
from workshop.deck import Card, EffectAction
from workshop.draft import decision_effects
from workshop.labels import clause_numbers, clause_reference, option_letters
from workshop.model import CUSTOM_CHOICE, Decision
from workshop.session import Session
from workshop.template import section_of
from workshop.text import Bilingual


@dataclass(frozen=True, slots=True)
class Choice:
    option_id: str | None
    custom_clause_id: str | None = None
    custom_text: Bilingual | None = None
    landing: tuple[tuple[str, str], ...] = ()  # on their policy: the card's clauses moved


class _OptionRow(QFrame):
    """One option: its radio button beside its whole text, wrapped, never cut to one line; a
    click anywhere on the row picks it, as on the radio button itself."""

    def __init__(self, radio: QRadioButton, text: str) -> None:
        super().__init__()
        self.setObjectName("optionRow")
        self._radio = radio
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        radio.toggled.connect(self._restyle)
        radio.installEventFilter(self)
        self._restyle()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click, not a press: moving off the row before letting go picks nothing."""
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self._radio.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._restyle()
        return False

    def _restyle(self) -> None:
        """Outlined in the highlight colour once chosen, tinted while the keyboard is on it: a
        radio button without text of its own has no focus frame to show."""
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        window = palette.color(QPalette.ColorRole.Window)
        # unchosen: halfway to the muted text, so the outline shows on the dark theme too
        border = highlight if self._radio.isChecked() else tint(muted, window, 0.5)
        background = tint(highlight, palette.color(QPalette.ColorRole.Base), 0.15)
        fill = f" background: {background.name()};" if self._radio.hasFocus() else ""
        self.setStyleSheet(
            f"#optionRow {{ border: 2px solid {border.name()}; border-radius: 6px;{fill} }}"
        )


class OptionPicker(QWidget):
    choiceChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._card: Card | None = None
        self._group = QButtonGroup(self)
        self._options = QVBoxLayout()
        self._options.setSpacing(6)
        self._clause = scroll_past(named(QComboBox(), self.tr("Clause the group rewrites")))
        self._wording = named(QPlainTextEdit(), self.tr("The group's own wording"))
        self._wording.setPlaceholderText(self.tr("The clause as the group wants it to read"))
        self._wording.setMinimumHeight(110)
        self._wording.setTabChangesFocus(True)  # Tab moves on; Ctrl+Tab types a tab
        self._custom = QWidget()
        custom = QVBoxLayout(self._custom)
        custom.setContentsMargins(28, 0, 0, 0)
        custom.addWidget(self._clause)
        custom.addWidget(self._wording)
        # On their own policy: where each clause of the chosen option goes, changeable
        self._moves_heading = text_label(self.tr("Where it goes in their policy"), "subheading")
        self._moves = QVBoxLayout()
        self._moves_for: str | None = None  # the option the boxes were made for
        self._move_boxes: dict[str, QComboBox] = {}
        self._moves_heading.hide()
        self._preview_heading = text_label(self.tr("Effect on the policy"), "subheading")
        self._preview = QLabel()
        self._preview.setWordWrap(True)
        self._preview.setTextFormat(Qt.TextFormat.RichText)
        self._preview.setAccessibleName(self.tr("Effect on the policy"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._options)
        layout.addWidget(self._custom)
        layout.addWidget(self._moves_heading)
        layout.addLayout(self._moves)
        layout.addWidget(self._preview_heading)
        layout.addWidget(self._preview)
        self._group.buttonClicked.connect(self._changed)
        self._clause.currentIndexChanged.connect(self._prefill)
        self._wording.textChanged.connect(self._changed)

    def load(self, session: Session, card: Card) -> None:
        """Show another card's options, nothing chosen."""
        self._session, self._card = session, card
        self._moves_for = ""  # boxes of another card: made again for this one
        lang = session.state.info.language
        clear_layout(self._options)
        for button in self._group.buttons():
            self._group.removeButton(button)
        letters = option_letters(card.options)
        for option in card.options:
            self._add_row(option.id, f"{letters[option.id]}.  {option.label.get(lang)}")
        self._add_row(CUSTOM_CHOICE, self.tr("Our own wording for one of the card's clauses"))
        numbers = clause_numbers(session.draft())
        titles = {s.id: s.title.get(lang) for s in session.content.template.sections}
        self._clause.blockSignals(True)
        self._clause.clear()
        template = session.content.template
        targets = [template.landed(clause_id) for clause_id in card.clause_ids()]
        if template.landing is not None:  # their own policy: any of its clauses too
            targets += [c.id for section in template.sections for c in section.clauses]
        for clause_id in dict.fromkeys(targets):
            where = clause_reference(numbers.get(clause_id, self.tr("new")))
            self._clause.addItem(f"{where} · {titles.get(section_of(clause_id), '')}", clause_id)
        self._clause.blockSignals(False)
        self._prefill()
        self._changed()

    def choice(self) -> Choice | None:
        button = self._group.checkedButton()
        if button is None:
            return None
        option_id = button.property("optionId")
        if option_id != CUSTOM_CHOICE:
            return Choice(option_id, landing=self.moved())
        text = self._wording.toPlainText().strip()
        if not text or self._session is None:
            return None
        lang = self._session.state.info.language
        return Choice(None, self._clause.currentData(), Bilingual.single(lang, text))

    def focus_chain(self) -> list[QWidget]:
        """The options (one Tab stop: arrows move between them), then the group's wording."""
        return [*self._group.buttons(), self._clause, self._wording]

    def chosen(self) -> tuple[str, str, str]:
        """What the form holds, finished or not, for the draft: the option's id (or
        CUSTOM_CHOICE, or "" before any choice), and the clause and wording of the group's own."""
        button = self._group.checkedButton()
        option_id = button.property("optionId") if button is not None else ""
        if option_id != CUSTOM_CHOICE:
            return option_id, "", ""
        return option_id, self._clause.currentData() or "", self._wording.toPlainText()

    def moved(self) -> tuple[tuple[str, str], ...]:
        """Where the facilitator moved the chosen option's clauses in their policy, if anywhere."""
        return tuple(
            (clause_id, box.currentData())
            for clause_id, box in self._move_boxes.items()
            if box.currentData()
        )

    def restore_moves(self, landing: tuple[tuple[str, str], ...]) -> None:
        """Show a saved draft's moves again (the chosen option's boxes are made by now)."""
        for clause_id, place in landing:
            box = self._move_boxes.get(clause_id)
            if box is not None and box.findData(place) >= 0:
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(place))
                box.blockSignals(False)
        self._changed()

    def restore(self, option_id: str, clause_id: str, wording: str) -> None:
        """Show a saved draft's choice again, with the group's wording as it was typed."""
        for button in self._group.buttons():
            if button.property("optionId") == option_id:
                button.setChecked(True)
        if option_id == CUSTOM_CHOICE:
            self._clause.blockSignals(True)
            self._clause.setCurrentIndex(max(0, self._clause.findData(clause_id)))
            self._clause.blockSignals(False)
            self._wording.setPlainText(wording)
        self._changed()

    def _add_row(self, option_id: str, text: str) -> None:
        radio = named(QRadioButton(), text)
        radio.setProperty("optionId", option_id)
        self._group.addButton(radio)
        self._options.addWidget(_OptionRow(radio, text))

    def _prefill(self) -> None:
        """Start the custom wording from the clause's current text: groups amend, not rewrite."""
        if self._session is None:
            return
        clause_id = self._clause.currentData()
        lang = self._session.state.info.language
        draft = self._session.draft()
        current = {c.id: c.text.get(lang) for c in draft.clauses()}
        self._wording.setPlainText(current.get(clause_id, ""))

    def _show_moves(self, option_id: str | None) -> None:
        """On their own policy, one box per clause the chosen option changes: where it lands
        by itself first, then any of their clauses, then the end of any of their sections."""
        if option_id == self._moves_for:
            return
        self._moves_for = option_id
        clear_layout(self._moves)
        self._move_boxes = {}
        session, card = self._session, self._card
        template = session.content.template if session is not None else None
        on_theirs = template is not None and template.landing is not None
        shown = on_theirs and bool(option_id) and option_id != CUSTOM_CHOICE
        self._moves_heading.setVisible(shown)
        if not shown or session is None or card is None or template is None:
            return
        lang = session.state.info.language
        numbers = clause_numbers(session.draft())
        titles = {s.id: s.title.get(lang) for s in template.sections}
        for effect in card.option(str(option_id)).effects:
            box = scroll_past(
                named(QComboBox(), self.tr("Where {clause} goes").format(clause=effect.clause_id))
            )
            landed = template.landed(effect.clause_id)
            where = numbers.get(landed)
            box.addItem(
                self.tr("Where it lands: {where}").format(
                    where=f"{clause_reference(where)} · {titles.get(section_of(landed), '')}"
                    if where
                    else self.tr("end of “{section}”").format(
                        section=titles.get(section_of(landed), "")
                    )
                ),
                "",
            )
            for section in template.sections:
                for clause in section.clauses:
                    if clause.id in numbers and clause.id != landed:
                        box.addItem(
                            f"{clause_reference(numbers[clause.id])} · {titles[section.id]}",
                            clause.id,
                        )
                if effect.action is not EffectAction.REMOVE and section.id in {
                    section_of(c) for c in numbers
                }:
                    box.addItem(
                        self.tr("New clause at the end of “{section}”").format(
                            section=titles[section.id]
                        ),
                        section.id,
                    )
            box.currentIndexChanged.connect(self._changed)
            self._moves.addWidget(box)
            self._move_boxes[effect.clause_id] = box

    def _changed(self) -> None:
        checked = self._group.checkedButton()
        self._show_moves(checked.property("optionId") if checked is not None else None)
        choice = self.choice()
        custom = checked is not None and checked.property("optionId") == CUSTOM_CHOICE
        self._custom.setVisible(custom)
        if choice is None or self._session is None or self._card is None:
            self._preview.setText(self.tr("Choose an option to see what it changes."))
        else:
            provisional = Decision(
                self._card.id,
                decided_at="",
                option_id=choice.option_id,
                custom_text=choice.custom_text,
                custom_clause_id=choice.custom_clause_id,
                landing=choice.landing,
            )
            effects = decision_effects(provisional, self._session.content.deck)
            moved = dict(choice.landing)
            self._preview.setText(effects_html(self._session, effects, custom, moved))
        lay_out_now(self)
        self.choiceChanged.emit()
