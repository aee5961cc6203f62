"""A text the facilitator writes in French, English or both: one field per language, the ones
not chosen hidden, so a French-only card shows French fields only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from ui.widgets.factories import named
from workshop.text import LANGUAGES, Bilingual, Language

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class LanguageFields(QWidget):
    """One text in each language; `lines` makes it a list, one entry per non-empty line."""

    changed = Signal()

    def __init__(self, name: str, *, multiline: bool = False, lines: bool = False) -> None:
        super().__init__()
        self._lines = lines
        self.fields: dict[Language, QLineEdit | QPlainTextEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for lang in LANGUAGES:
            field = QPlainTextEdit() if multiline or lines else QLineEdit()
            named(field, f"{name} ({LANGUAGE_NAMES[lang]})")
            field.setPlaceholderText(LANGUAGE_NAMES[lang])
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)
                field.setMaximumHeight(90)
            field.textChanged.connect(self.changed)
            self.fields[lang] = field
            layout.addWidget(field)

    def set_languages(self, languages: tuple[Language, ...]) -> None:
        for lang, field in self.fields.items():
            field.setVisible(lang in languages)

    def set_text(self, text: Bilingual) -> None:
        for lang, field in self.fields.items():
            _set(field, getattr(text, lang))

    def set_list(self, texts: tuple[Bilingual, ...]) -> None:
        for lang, field in self.fields.items():
            _set(field, "\n".join(getattr(t, lang) for t in texts))

    def text(self, languages: tuple[Language, ...]) -> Bilingual:
        """The text in the chosen languages, trimmed as the deck loader reads it."""
        return Bilingual(**{lang: _get(self.fields[lang]).strip() for lang in languages})

    def texts(self, languages: tuple[Language, ...]) -> tuple[Bilingual, ...]:
        """One text per line; line n in one language goes with line n in the other."""
        columns = {
            lang: [line.strip() for line in _get(self.fields[lang]).splitlines() if line.strip()]
            for lang in languages
        }
        count = max((len(lines) for lines in columns.values()), default=0)
        return tuple(
            Bilingual(
                **{lang: lines[i] if i < len(lines) else "" for lang, lines in columns.items()}
            )
            for i in range(count)
        )


def _get(field: QLineEdit | QPlainTextEdit) -> str:
    """The text as typed: toPlainText() would turn French no-break spaces into plain ones."""
    if isinstance(field, QPlainTextEdit):
        return field.document().toRawText().replace("\u2029", "\n")
    return field.text()


def _set(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)
        field.setCursorPosition(0)  # a long label is read from its start
