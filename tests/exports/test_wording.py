"""Values as exports word them, the same in the DOCX and the PDF."""

from exports.labels import labels
from exports.wording import (
    colon,
    inner_quotes,
    long_date,
    long_date_time,
    ooxml_utc,
    votes_text,
)
from workshop.model import Votes


def test_dates_read_as_people_write_them() -> None:
    assert long_date("2026-12-01", "fr") == "1er décembre 2026"
    assert long_date("2026-12-01", "en") == "1 December 2026"
    assert long_date("2026-11-23T09:52:00+01:00", "fr") == "23 novembre 2026"
    assert long_date_time("2026-11-23T09:52:00+01:00", "en") == "23 November 2026, 09:52"
    assert long_date("not a date", "fr") == "not a date"


def test_ooxml_dates_are_utc_with_a_z() -> None:
    assert ooxml_utc("2026-11-23T10:30:00+01:00") == "2026-11-23T09:30:00Z"
    assert ooxml_utc("2026-11-23T09:30:00Z") == "2026-11-23T09:30:00Z"
    assert ooxml_utc("") is None and ooxml_utc("soon") is None


def test_colon_and_votes_follow_the_language() -> None:
    assert colon("fr") == "\u00a0: " and colon("en") == ": "
    assert votes_text(labels("en"), Votes(5, 2, 1)) == "For 5 · Against 2 · Abstain 1"


def test_inner_quotes_follow_each_language() -> None:
    assert inner_quotes("« Privé » ne veut rien dire", "fr") == "“Privé” ne veut rien dire"
    assert inner_quotes("“Private” doesn't mean private", "en") == "‘Private’ doesn't mean private"
    assert inner_quotes("Sans guillemets", "fr") == "Sans guillemets"
