"""Interface language: Qt's own strings and ours, in French or English.

Source strings are English, so English needs no translator. The translators are children of the
application object: Qt keeps them alive as long as they are installed, and switching language
finds and replaces them there, with no module-level state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from workshop.local.paths import RESOURCES
from workshop.text import Language

TRANSLATIONS_DIR = RESOURCES / "translations"
_INSTALLED = "atelier-installed-translator"


def resolve_language(language: str, system_locale: str | None = None) -> Language:
    """The language to use: "fr" or "en" as asked, else the system's when it is French."""
    if language in ("fr", "en"):
        return language  # type: ignore[return-value]
    system = QLocale.system().name() if system_locale is None else system_locale
    return "fr" if system.lower().startswith("fr") else "en"


def interface_language() -> Language:
    """The language the interface speaks now, for the domain's bilingual messages: the default
    locale follows it (see install_translations)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def grammatical_number(count: int) -> str:
    """ "one" or "many", for choosing between a string's singular and plural in the interface
    language: French counts 0 and 1 as singular ("0 carte", "1 section traitée"), English only 1.
    The two forms are two source strings (or one with two disambiguations), each translated."""
    singular = count < 2 if interface_language() == "fr" else count == 1
    return "one" if singular else "many"


def atelier_translator(language: Language, parent: QObject) -> QTranslator | None:
    """Our own strings in `language`; None for English, the language they are written in.

    The presenter uses one of these directly, to speak the session's language to the room
    whatever language the facilitator's console is in."""
    if language == "en":
        return None
    translator = QTranslator(parent)
    if not translator.load(str(TRANSLATIONS_DIR / f"atelier_{language}.qm")):
        raise FileNotFoundError(f"{TRANSLATIONS_DIR}: atelier_{language}.qm is missing")
    return translator


def _qt_translator(language: Language, parent: QObject) -> QTranslator | None:
    """Qt's own strings (standard buttons, dialogs), shipped with PySide6."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_translations(app: QCoreApplication, language: str) -> Language:
    """Install the interface translations for `language` ("" = the system's); return it."""
    resolved = resolve_language(language)
    for old in app.findChildren(QTranslator, _INSTALLED):
        app.removeTranslator(old)
        old.setParent(None)  # Python's now, and gone with the last reference
    if resolved != "en":
        for translator in (_qt_translator(resolved, app), atelier_translator(resolved, app)):
            if translator is not None:
                translator.setObjectName(_INSTALLED)
                app.installTranslator(translator)
    QLocale.setDefault(_formatting_locale(resolved))
    return resolved


def _formatting_locale(language: Language) -> QLocale:
    """Dates and numbers in the interface language, in the user's own variant when it matches
    (en_GB stays en_GB, fr_CA stays fr_CA)."""
    system = QLocale.system()
    if system.name().lower().startswith(language):
        return system
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
