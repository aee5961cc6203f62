"""Every error the domain raises for a person to read has its French wording, set as French is:
a non-breaking space before : ; ! ? and inside « »."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.commands import (
    CommandError,
    RecordAwarenessAnswer,
    RecordTimeUsed,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetCardStatus,
    SetParticipants,
    check_info,
    command_from_plain,
)
from workshop.content_file import ContentError
from workshop.errors import AtelierError, InvalidValueError, NotFoundError
from workshop.model import AgendaItem, Answer, CardStatus, Participant, SessionInfo, Votes
from workshop.plain import from_plain
from workshop.session import Session
from workshop.template import load_template
from workshop.text import check_language

_BAD_FRENCH = re.compile(r"[^\u00a0][:;!?»]|«[^\u00a0]|'[^']*'")  # plain space, or 'quotes'


def _assert_french(error: AtelierError) -> None:
    french = error.text("fr")
    assert french and french != error.text("en"), error.text("en")
    # repr()'d Python values ('…') belong to English messages; French quotes with « »
    assert not _BAD_FRENCH.search(french.replace("\u00a0:", "").replace("\u00a0;", "")), french


def _raised(action: Callable[[], object], kind: type[AtelierError] = AtelierError) -> AtelierError:
    with pytest.raises(kind) as raised:
        action()
    return raised.value


def test_command_errors_are_bilingual(session: Session, info: SessionInfo) -> None:
    twice = (AgendaItem("journalist", 10), AgendaItem("journalist", 10))
    commands = [
        SetParticipants((Participant(" "),)),
        SetAgenda(twice),
        SetAgenda((AgendaItem("journalist", 500),)),
        SetCardStatus("nope", CardStatus.PARKED),
        RecordVotes("journalist", Votes(-1, 0, 0)),
        RecordAwarenessAnswer("nope", Answer.YES),
        RecordTimeUsed("journalist", -1),
    ]
    for command in commands:
        _assert_french(_raised(lambda c=command: session.execute(c), CommandError))
    card = session.content.deck.card("journalist")
    for _ in card.injects:
        session.execute(RevealInject("journalist"))
    _assert_french(_raised(lambda: session.execute(RevealInject("journalist")), CommandError))
    for bad in (replace(info, organisation=" "), replace(info, review_month=13)):
        _assert_french(_raised(lambda b=bad: check_info(b), CommandError))
    _assert_french(_raised(lambda: check_info(replace(info, language="de")), CommandError))
    _assert_french(_raised(lambda: command_from_plain("fly", {}), CommandError))


def test_an_unknown_card_is_named_in_both_languages(session: Session) -> None:
    error = _raised(lambda: session.execute(SetCardStatus("nope", CardStatus.PARKED)))
    assert error.text("en") == "there is no card 'nope' in the deck"
    assert error.text("fr") == "le jeu n’a pas de carte «\u00a0nope\u00a0»"


def test_values_and_lookups_are_bilingual(session: Session) -> None:
    _assert_french(_raised(lambda: check_language("de"), InvalidValueError))
    _assert_french(_raised(lambda: from_plain(Votes, {"in_favour": "three"}), InvalidValueError))
    _assert_french(_raised(lambda: from_plain(CardStatus, "lost"), InvalidValueError))
    view = session.view()
    lookups = (
        lambda: view.version("v0.9"),
        lambda: view.draft(5),
        lambda: view.draft().clause("nowhere.at_all"),
        lambda: session.content.template.section("nowhere"),
    )
    for lookup in lookups:
        error = _raised(lookup, NotFoundError)
        assert isinstance(error, KeyError) and str(error) == error.text("en")
        _assert_french(error)


def test_value_errors_stay_value_errors() -> None:
    """Callers that catch ValueError (the CLI, settings) still catch them."""
    with pytest.raises(ValueError, match="unknown language 'de'"):
        check_language("de")


def test_template_errors_are_bilingual(tmp_path: Path) -> None:
    path = tmp_path / "template.toml"
    path.write_text(
        '[template]\ntitle = { fr = "T", en = "T" }\n'
        '[[sections]]\nid = "media"\ntitle = { fr = "M", en = "M" }\n'
        '[[sections.clauses]]\nid = "other.rule"\ntext = { fr = "x", en = "x" }\n',
        encoding="utf-8",
    )
    error = _raised(lambda: load_template(path), ContentError)
    assert "must start with 'media.'" in error.text("en")
    assert "doit commencer par «\u00a0media.\u00a0»" in error.text("fr")
