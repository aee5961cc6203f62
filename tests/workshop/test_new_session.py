"""A new session on the built-in cards and the facilitator's decks: checked whole before anything
is written, every refusal naming file, card and field in both languages."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from workshop.commands import CommandError, SetAgenda
from workshop.content import builtin_content
from workshop.content_file import ContentError
from workshop.errors import AtelierError, SessionFileError
from workshop.model import AgendaItem, Participant, SessionInfo
from workshop.new_session import agenda_of, create_session, read_decks, with_decks
from workshop.session import Session

FIXTURES = Path(__file__).parents[1] / "fixtures"

# A deck of the facilitator's own, in French only, against the built-in policy template.
OWN_DECK = """
[deck]
title = { fr = "Nos cartes" }

[[cards]]
id = "chantier-lyon"
sections = ["purpose"]
timebox_minutes = 12
title = { fr = "Le chantier de Lyon" }
situation = { fr = "Un chef de chantier publie une photo du site de Lyon." }
prompts = [{ fr = "Que fait-on\u202f?" }]

[[cards.options]]
id = "rappeler"
label = { fr = "Rappeler la règle" }
[[cards.options.effects]]
action = "set"
clause = "purpose.aim"
text = { fr = "La présente charte protège nos chantiers." }

[[cards.options]]
id = "ajouter"
label = { fr = "Écrire une règle" }
[[cards.options.effects]]
action = "add"
clause = "purpose.sites"
text = { fr = "Aucune photo de chantier sans accord." }
"""


def _deck(tmp_path: Path, text: str = OWN_DECK, name: str = "nos-cartes.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _info(language: str = "fr") -> SessionInfo:
    return SessionInfo("Bâtir SA", "Ana", "2026-11-23", language=language)  # type: ignore[arg-type]


def test_a_session_on_built_in_and_own_cards(tmp_path: Path) -> None:
    decks = read_decks([_deck(tmp_path)])
    content = with_decks(builtin_content(), decks)
    agenda = agenda_of(content, ["chantier-lyon", "journalist-call"])
    assert agenda == (AgendaItem("chantier-lyon", 12), AgendaItem("journalist-call", 15))
    out = tmp_path / "s.atelier"
    session = create_session(out, _info(), decks, agenda, (Participant("Léa"),))
    session.close()
    reopened = Session.open(out)
    assert reopened.content.deck.card_ids()[-1] == "chantier-lyon"
    assert len(reopened.content.deck.cards) == len(builtin_content().deck.cards) + 1
    assert [i.card_id for i in reopened.state.agenda] == ["chantier-lyon", "journalist-call"]
    assert reopened.state.participants == (Participant("Léa"),)
    assert not reopened.can_undo()  # setting up is where the session starts
    reopened.close()


def _refused(tmp_path: Path, call, match: str) -> AtelierError:
    """`call` raises an error in both languages matching `match`, and writes nothing."""
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(AtelierError, match=match) as caught:
        call()
    assert sorted(os.listdir(tmp_path)) == before
    error = caught.value
    assert error.text("fr") and error.text("fr") != error.text("en")
    return error


BAD_DECKS = [
    ("not toml", lambda d: d + "\n[cards\n", r"nos-cartes\.toml: not valid TOML"),
    ("huge", lambda d: d + "\n# " + "x" * 2_100_000, "larger than 2 MB"),
    ("nested", lambda d: d + "\nx = " + "[" * 5_000 + "]" * 5_000, "nested or dotted"),
    (
        "duplicate ids",
        lambda d: d + d.split("[deck]")[1].split('title = { fr = "Nos cartes" }')[1],
        "card 'chantier-lyon': id: used by another card",
    ),
    (
        "built-in id",
        lambda d: d.replace('"chantier-lyon"', '"journalist-call"'),
        "card 'journalist-call': id: already used by a built-in card",
    ),
    (
        "missing clause",
        lambda d: d.replace('"purpose.aim"', '"purpose.nowhere"'),
        "card 'chantier-lyon': option 'rappeler': clause 'purpose.nowhere': not in the template",
    ),
    (
        "missing field",
        lambda d: d.replace('prompts = [{ fr = "Que fait-on\u202f?" }]', ""),
        "card 'chantier-lyon': prompts: missing",
    ),
]


@pytest.mark.parametrize(("problem", "change", "match"), BAD_DECKS, ids=[b[0] for b in BAD_DECKS])
def test_a_bad_deck_is_refused_naming_file_card_and_field(
    tmp_path: Path, problem, change, match
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    path = _deck(folder, change(OWN_DECK))
    out = tmp_path / "out"
    out.mkdir()

    def create() -> None:
        decks = read_decks([path])
        create_session(out / "s.atelier", _info(), decks)

    error = _refused(out, create, match)
    assert str(error).startswith("nos-cartes.toml")
    assert error.text("fr").startswith("nos-cartes.toml :")


def test_two_decks_sharing_an_id_name_both_files(tmp_path: Path) -> None:
    decks = read_decks([_deck(tmp_path), _deck(tmp_path, name="copie.toml")])
    error = _refused(tmp_path, lambda: with_decks(builtin_content(), decks), "copie.toml")
    assert "a card of nos-cartes.toml" in str(error)


def test_an_unknown_or_repeated_card_is_refused(tmp_path: Path) -> None:
    content = builtin_content()
    _refused(
        tmp_path, lambda: agenda_of(content, ["journalist-call", "nope"]), "unknown card id: nope"
    )
    _refused(
        tmp_path,
        lambda: agenda_of(content, ["journalist-call", "journalist-call"]),
        "named twice",
    )
    agenda = (AgendaItem("nope", 10),)
    _refused(tmp_path, lambda: create_session(tmp_path / "s.atelier", _info(), (), agenda), "nope")
    bad_time = (AgendaItem("journalist-call", 0),)
    _refused(
        tmp_path,
        lambda: create_session(tmp_path / "s.atelier", _info(), (), bad_time),
        "timebox",
    )


def test_a_language_some_cards_lack_is_refused_naming_them(tmp_path: Path) -> None:
    decks = read_decks([_deck(tmp_path)])
    agenda = (AgendaItem("journalist-call", 15), AgendaItem("chantier-lyon", 12))
    error = _refused(
        tmp_path,
        lambda: create_session(tmp_path / "s.atelier", _info("en"), decks, agenda),
        re.escape("not written in English: chantier-lyon (Le chantier de Lyon)"),
    )
    assert "pas écrites en anglais" in error.text("fr")
    english = create_session(tmp_path / "en.atelier", _info("en"), decks, agenda[:1])
    assert "chantier-lyon" in english.content.deck.card_ids()  # stored, just not played
    with pytest.raises(CommandError, match="not written in English: chantier-lyon"):
        english.execute(SetAgenda((AgendaItem("chantier-lyon", 12),)))
    english.close()


@pytest.mark.parametrize("kind", ["file", "fifo"])
def test_an_existing_out_is_never_replaced(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "taken.atelier"
    if kind == "fifo":
        os.mkfifo(out)
    else:
        out.write_bytes(b"someone else's")
    with pytest.raises(SessionFileError, match="already exists"):
        create_session(out, _info(), (), (AgendaItem("journalist-call", 15),))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.atelier"]


def test_a_deck_that_fails_leaves_no_session_and_no_change(tmp_path: Path) -> None:
    """Adding a deck to a session in progress is AddCards: refused as a whole, nothing saved."""
    from workshop.commands import AddCards

    session = Session.create(tmp_path / "s.atelier", _info())
    before = session.state
    deck = read_decks([_deck(tmp_path, OWN_DECK.replace('"purpose.aim"', '"purpose.ghost"'))])
    with pytest.raises(CommandError, match=r"purpose\.ghost"):
        session.execute(AddCards(deck[0][1].cards))
    assert session.state == before and not session.can_undo()
    with pytest.raises(ContentError):
        read_decks([FIXTURES / "missing.toml"])
    session.close()


def test_a_pipe_given_as_a_deck_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "deck.toml"
    os.mkfifo(pipe)  # no writer: reading it would wait forever
    _refused(tmp_path, lambda: read_decks([pipe]), "not a regular file")
