"""French or English: Qt's strings and ours, installed on the application and switchable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n.language import grammatical_number, install_translations, resolve_language
from ui.presenter.room_text import RoomText


@pytest.fixture
def app(qapp) -> Iterator[QCoreApplication]:
    yield qapp
    install_translations(qapp, "en")


def test_french_translates_our_strings_and_qts(app) -> None:
    assert install_translations(app, "fr") == "fr"
    assert QCoreApplication.translate("ScreenPicker", "Presenter screen") == "Écran de présentation"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # qtbase_fr.qm


def test_counts_take_french_plural_forms(app) -> None:
    install_translations(app, "fr")
    writing = "Writing files (%n)…"
    assert QCoreApplication.translate("ExportDialog", writing, "", 1) == "Écriture de 1 fichier…"
    assert QCoreApplication.translate("ExportDialog", writing, "", 2) == "Écriture de 2 fichiers…"
    install_translations(app, "en")  # English needs no plural forms: the source reads for any n
    assert QCoreApplication.translate("ExportDialog", writing, "", 2) == "Writing files (2)…"


def test_switching_language_replaces_the_translators(app) -> None:
    install_translations(app, "fr")
    install_translations(app, "fr")
    assert len(app.findChildren(QTranslator, "atelier-installed-translator")) == 2
    assert install_translations(app, "en") == "en"
    assert QCoreApplication.translate("ScreenPicker", "Presenter screen") == "Presenter screen"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("asked", "system", "expected"),
    [("", "fr_FR", "fr"), ("", "fr_CA", "fr"), ("", "de_DE", "en"), ("en", "fr_FR", "en")],
)
def test_language_follows_the_system_unless_chosen(asked, system, expected) -> None:
    assert resolve_language(asked, system) == expected


def test_the_projector_speaks_the_session_language_whatever_the_console(app) -> None:
    install_translations(app, "en")
    room = RoomText()
    room.set_language("fr")
    assert room("To discuss") == "À discuter"
    assert room.long_date("2026-11-23") == "lundi 23 novembre 2026"
    room.set_language("en")
    assert room("To discuss") == "To discuss"


def test_french_card_text_keeps_its_punctuation_on_the_line(qapp) -> None:
    room = RoomText()
    room.set_language("fr")
    assert room.content("« off » : 40 % ?") == "«\u00a0off\u00a0»\u00a0: 40\u00a0%\u00a0?"
    room.set_language("en")
    assert room.content("Why? 40 %") == "Why? 40 %"


def test_french_counts_zero_and_one_as_singular(app) -> None:
    install_translations(app, "fr")
    assert [grammatical_number(n) for n in (0, 1, 2)] == ["one", "one", "many"]
    summary = "{addressed} of {total} sections addressed · {planned} more on the agenda"
    one = QCoreApplication.translate("CoverageView", summary, "one")
    many = QCoreApplication.translate("CoverageView", summary, "many")
    assert one.format(addressed=1, total=9, planned=0).startswith("1 section traitée sur 9")
    assert many.format(addressed=2, total=9, planned=0).startswith("2 sections traitées sur 9")
    cards = QCoreApplication.translate("AgendaEditor", "{cards} card · {hours} h {minutes:02d}")
    assert cards.format(cards=1, hours=0, minutes=15) == "1 carte · 0 h 15"
    install_translations(app, "en")
    assert [grammatical_number(n) for n in (0, 1, 2)] == ["many", "one", "many"]
