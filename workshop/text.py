"""Bilingual text: French and English are both first-class, so all content carries both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A text in French and English; custom wording typed in one language falls back to it."""

    fr: str = ""
    en: str = ""

    def get(self, lang: Language) -> str:
        """The text in `lang`, or in the other language when only that one was written."""
        own = self.fr if lang == "fr" else self.en
        return own or self.en or self.fr

    def is_complete(self) -> bool:
        return bool(self.fr.strip()) and bool(self.en.strip())

    @classmethod
    def single(cls, lang: Language, text: str) -> Bilingual:
        """Wording typed during a session, in the session's language only."""
        return cls(fr=text) if lang == "fr" else cls(en=text)

    def to_plain(self) -> dict[str, str]:
        return {"fr": self.fr, "en": self.en}


def guillemets(text: str) -> str:
    """« text », as French quotes it: the marks held to the words by non-breaking spaces."""
    return f"«\u00a0{text}\u00a0»"


def check_language(value: str) -> Language:
    """Validate a language code coming from a file, the CLI or settings."""
    if value not in LANGUAGES:
        from workshop.errors import InvalidValueError  # here: workshop.errors imports this module

        known = ", ".join(LANGUAGES)
        raise InvalidValueError(
            f"unknown language {value!r}: expected one of {known}",
            fr=f"langue inconnue {guillemets(value)}\u00a0: choisissez parmi {known}",
        )
    return value
