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


def check_language(value: str) -> Language:
    """Validate a language code coming from a file, the CLI or settings."""
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}: expected one of {', '.join(LANGUAGES)}")
    return value  # type: ignore[return-value]
