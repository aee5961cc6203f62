"""The presenter's own wording, in the session's language rather than the console's.

The room reads the projector: a French workshop gets French headings even when the facilitator's
console is in English. Strings are marked with QT_TRANSLATE_NOOP("Presenter", …) so lupdate
collects them with the rest, and are looked up here in a translator of their own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTranslator

from ui.i18n.language import atelier_translator
from workshop.text import Language

CONTEXT = "Presenter"
# French puts a space before : ; ? ! » % and after «; a plain one lets the mark start a line
_SPACE_BEFORE = re.compile(r" ([:;?!»%])")
_SPACE_AFTER = re.compile(r"« ")


class RoomText(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language: Language = "en"
        self._translator: QTranslator | None = None

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        if language == self._language:
            return
        if self._translator is not None:
            self._translator.deleteLater()
        self._translator = atelier_translator(language, self)
        self._language = language

    def __call__(self, source: str) -> str:
        """`source` (English, marked for translation in the Presenter context) for the room."""
        if self._translator is None:
            return source
        return self._translator.translate(CONTEXT, source) or source

    def content(self, text: str) -> str:
        """Card text as the room reads it: in French, no line starting with "»" or "?"."""
        if self._language != "fr":
            return text
        return _SPACE_AFTER.sub("«\u00a0", _SPACE_BEFORE.sub("\u00a0\\1", text))

    def long_date(self, iso: str) -> str:
        """An ISO date as it is said in the room: "lundi 23 novembre 2026"."""
        return self._format(iso, None)

    def day(self, iso: str) -> str:
        """A due date, shorter: "1 décembre 2026"."""
        return self._format(iso, "d MMMM yyyy")

    def _format(self, iso: str, pattern: str | None) -> str:
        date = QDate.fromString(iso, Qt.DateFormat.ISODate)
        if not date.isValid():
            return iso
        language = QLocale.Language.French if self._language == "fr" else QLocale.Language.English
        locale = QLocale(language)
        if pattern is None:
            return locale.toString(date, QLocale.FormatType.LongFormat)
        return locale.toString(date, pattern)
