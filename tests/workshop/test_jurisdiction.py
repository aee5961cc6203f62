"""A jurisdiction picks the lawful wording; open awareness questions get answers in words."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.commands import CommandError, RecordAwarenessAnswer, RecordAwarenessNote
from workshop.content import builtin_content
from workshop.content_file import ContentError
from workshop.deck import load_deck
from workshop.draft import build_draft
from workshop.model import Answer, Decision, SessionInfo
from workshop.plain import from_plain
from workshop.session import Session
from workshop.template import load_template

TEMPLATE = """
[template]
title = { fr = "Politique", en = "Policy" }
legal_checked = "2026-11-30"

[[sections]]
id = "purpose"
title = { fr = "Objet", en = "Purpose" }

[[sections.clauses]]
id = "purpose.rights"
text = { fr = "Droits (UE)", en = "Rights (EU)" }
variants.us.text = { fr = "Article 7 du NLRA", en = "Section 7 of the NLRA" }
variants.fr.text = { fr = "Lanceurs d’alerte et CSE", en = "Whistleblowers and the CSE" }
"""

DECK = """
[deck]
title = { fr = "Jeu", en = "Deck" }

[[cards]]
id = "rights"
sections = ["purpose"]
title = { fr = "Droits", en = "Rights" }
situation = { fr = "Situation", en = "Situation" }
prompts = [{ fr = "Question ?", en = "Question?" }]
notes = [{ fr = "Note", en = "Note" }]
law.us = { fr = "Stericycle", en = "Stericycle" }

[[cards.options]]
id = "a"
label = { fr = "Option", en = "Option" }

[[cards.options.effects]]
action = "set"
clause = "purpose.rights"
text = { fr = "Choix (UE)", en = "Choice (EU)" }
variants.uk.text = { fr = "Choix (PIDA)", en = "Choice (PIDA)" }

[[cards.options]]
id = "b"
label = { fr = "Autre", en = "Other" }

[[cards.options.effects]]
action = "remove"
clause = "purpose.rights"
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    template, deck = tmp_path / "template.toml", tmp_path / "deck.toml"
    template.write_text(TEMPLATE, encoding="utf-8")
    deck.write_text(DECK, encoding="utf-8")
    return template, deck


def _info(jurisdiction: str) -> SessionInfo:
    return SessionInfo("Org", "", "2026-11-30", "en", "", 1, jurisdiction)  # type: ignore[arg-type]


def test_the_baseline_uses_the_sessions_jurisdiction_variant(files) -> None:
    template, deck = load_template(files[0]), load_deck(files[1])
    wording = {
        j: build_draft(template, deck, [], _info(j)).clause("purpose.rights").text.en
        for j in ("fr", "uk", "us", "other")
    }
    assert wording == {
        "fr": "Whistleblowers and the CSE",
        "uk": "Rights (EU)",
        "us": "Section 7 of the NLRA",
        "other": "Rights (EU)",
    }
    assert template.legal_checked == "2026-11-30"


def test_an_options_effect_uses_its_jurisdiction_variant(files) -> None:
    template, deck = load_template(files[0]), load_deck(files[1])
    decision = Decision("rights", "2026-11-30T10:00:00", "a", number=1)
    for jurisdiction, expected in (("uk", "Choice (PIDA)"), ("us", "Choice (EU)")):
        draft = build_draft(template, deck, [decision], _info(jurisdiction))
        assert draft.clause("purpose.rights").text.en == expected


def test_a_cards_notes_end_with_the_law_of_the_jurisdiction(files) -> None:
    card = load_deck(files[1]).card("rights")
    assert [n.en for n in card.notes_for("us")] == ["Note", "Stericycle"]
    assert [n.en for n in card.notes_for("fr")] == ["Note"]


def test_an_unknown_jurisdiction_in_a_content_file_is_refused(files) -> None:
    path = files[0]
    path.write_text(TEMPLATE.replace("variants.us.", "variants.de."), encoding="utf-8")
    with pytest.raises(ContentError, match=r"variants\.de"):
        load_template(path)


def test_sessions_saved_before_jurisdictions_open_as_other() -> None:
    stored = {"organisation": "Org", "facilitator": "", "date": "2026-01-01", "language": "fr"}
    assert from_plain(SessionInfo, json.loads(json.dumps(stored))).jurisdiction == "other"


def test_a_session_refuses_an_unknown_jurisdiction(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="jurisdiction"):
        Session.create(tmp_path / "x.atelier", replace(_info("us"), jurisdiction="de"))  # type: ignore[arg-type]
    assert not (tmp_path / "x.atelier").exists()


def test_open_questions_are_answered_in_words_and_undone_like_any_command(tmp_path: Path) -> None:
    content = builtin_content()
    open_ids = [q.id for q in content.awareness if q.open]
    assert open_ids == ["biggest-challenges", "what-they-post"]
    session = Session.create(tmp_path / "s.atelier", _info("fr"), content)
    try:
        session.execute(RecordAwarenessNote("biggest-challenges", "  Les faux profils  "))
        assert session.state.awareness_notes == {"biggest-challenges": "Les faux profils"}
        with pytest.raises(CommandError, match="in words"):
            session.execute(RecordAwarenessAnswer("biggest-challenges", Answer.YES))
        with pytest.raises(CommandError, match="show of hands"):
            session.execute(RecordAwarenessNote("private-not-private", "Oui"))
        session.execute(RecordAwarenessNote("biggest-challenges", ""))
        assert session.state.awareness_notes == {}
        assert session.undo()
        assert session.state.awareness_notes == {"biggest-challenges": "Les faux profils"}
        path = session.path
    finally:
        session.close()
    reopened = Session.open(path, content)
    try:
        assert reopened.state.awareness_notes == {"biggest-challenges": "Les faux profils"}
    finally:
        reopened.close()
