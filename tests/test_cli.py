"""The headless CLI: help, the demo session, deck validation."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.model import CardStatus
from workshop.session import Session
from workshop.storage import backup_path

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_the_commands() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    for command in (
        "demo",
        "new",
        "check-deck",
        "check-policy",
        "export",
        "restore",
        "recover",
        "SESSION.atelier",
    ):
        assert command in result.stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_demo_writes_a_realistic_session_that_reopens(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"demo-{lang}.atelier"
    result = _cli("demo", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    session = Session.open(out)
    try:
        state = session.state
        assert state.info.language == lang
        decided = [c for c, s in state.status.items() if s is CardStatus.DECIDED]
        assert len(decided) >= 6
        assert list(state.status.values()).count(CardStatus.PARKED) == 1
        assert session.superseded(), "one decision is superseded"
        assert all(d.rationale and d.votes.total for d in state.decisions)
        assert any(d.dissent for d in state.decisions)
        assert any(d.actions for d in state.decisions)
        assert any(d.questions for d in state.decisions)
        assert len(state.awareness) == 4 and len(state.awareness_notes) == 2  # 2 open questions
        assert state.info.jurisdiction == "fr" and len(state.participants) >= 5
        assert any(d.custom_text for d in state.decisions)
        decided_texts = [c.text.get(lang) for c in session.draft().clauses() if c.provenance]
        assert len(decided_texts) >= 10
    finally:
        session.close()


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "keep.atelier"
    out.write_text("mine")
    result = _cli("demo", str(out))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert out.read_text() == "mine"


def test_check_deck_accepts_the_built_in_decks() -> None:
    for path in sorted((ROOT / "resources" / "decks").glob("*.toml")):
        result = _cli("check-deck", str(path))
        assert result.returncode == 0, result.stderr
        assert "all valid" in result.stdout


def test_check_deck_names_file_card_and_field(tmp_path: Path) -> None:
    source = (ROOT / "tests" / "fixtures" / "deck.toml").read_text(encoding="utf-8")
    bad = tmp_path / "mine.toml"
    bad.write_text(source.replace('clause = "media.requests"', 'clause = "media.ghost"'))
    result = _cli("check-deck", str(bad))
    assert result.returncode == 1
    assert "mine.toml: card 'journalist': option 'redirect': clause 'media.ghost'" in result.stderr
    bad.write_text(source.replace('prompts = [{ fr = "Que fait Léa ?"', 'prompts = [{ fr = ""'))
    result = _cli("check-deck", str(bad))
    assert result.returncode == 2
    assert "mine.toml: card 'journalist': prompts[0].fr: missing or empty text" in result.stderr


def _french_only_deck(tmp_path: Path) -> Path:
    """The fixture deck, in French only, with ids of its own and the built-in template's clauses."""
    source = (ROOT / "tests" / "fixtures" / "deck.toml").read_text(encoding="utf-8")
    source = re.sub(r',\s*en = "[^"]*"', "", source)
    for old, new in (
        ('"journalist"', '"appel-presse"'),
        ('"training-card"', '"formation"'),
        ('"media"', '"spokespersons"'),
        ('"training"', '"purpose"'),
        ("media.requests", "spokespersons.who"),
        ("media.record", "spokespersons.who"),
        ("media.spokesperson", "spokespersons.backup"),
        ("training.review_cycle", "purpose.aim"),
    ):
        source = source.replace(old, new)
    path = tmp_path / "nos-cartes.toml"
    path.write_text(source, encoding="utf-8")
    return path


def test_check_deck_says_which_languages_a_deck_has(tmp_path: Path) -> None:
    result = _cli("check-deck", str(_french_only_deck(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "2 cards, all valid, written in French only" in result.stdout
    core = _cli("check-deck", str(ROOT / "resources" / "decks" / "10-core.toml"))
    assert "written in French and English" in core.stdout


def test_check_deck_refuses_ids_of_built_in_cards(tmp_path: Path) -> None:
    deck = _french_only_deck(tmp_path)
    deck.write_text(deck.read_text(encoding="utf-8").replace('"formation"', '"journalist-call"'))
    result = _cli("check-deck", str(deck))
    assert result.returncode == 1
    assert "nos-cartes.toml: card 'journalist-call': id: already used by a built-in card" in (
        result.stderr
    )


def test_new_creates_a_session_on_built_in_and_own_cards(tmp_path: Path) -> None:
    out = tmp_path / "atelier.atelier"
    deck = _french_only_deck(tmp_path)
    result = _cli(
        "new", str(out), "--organisation", "Bâtir SA", "--facilitator", "Ana", "--language",
        "fr", "--jurisdiction", "fr", "--deck", str(deck), "--cards",
        "appel-presse,journalist-call", "--contact", "com@batir.fr", "--date", "2026-12-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 cards on the agenda" in result.stdout
    session = Session.open(out)
    info = session.state.info
    assert (info.organisation, info.facilitator, info.language, info.jurisdiction) == (
        "Bâtir SA",
        "Ana",
        "fr",
        "fr",
    )
    assert (info.contact, info.date) == ("com@batir.fr", "2026-12-01")
    agenda = [(i.card_id, i.timebox_minutes) for i in session.state.agenda]
    assert agenda == [("appel-presse", 10), ("journalist-call", 15)]
    assert session.content.deck.card("formation").languages() == ("fr",)
    session.close()
    without_cards = tmp_path / "deck-only.atelier"
    result = _cli(
        "new", str(without_cards), "--organisation", "B", "--facilitator", "A", "--language",
        "fr", "--deck", str(deck),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    session = Session.open(without_cards)
    assert [i.card_id for i in session.state.agenda] == ["appel-presse", "formation"]
    session.close()


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--cards", "journalist-call,nope"], "unknown card id: nope"),
        (["--cards", "appel-presse"], "not written in English: appel-presse"),
        ([], "name the cards to play with --cards"),
        (["--cards", "journalist-call", "--date", "1/12/2026"], "expected a date"),
        (["--cards", "journalist-call", "--deck", "missing.toml"], "missing.toml: cannot read"),
    ],
)
def test_new_refuses_with_one_clear_line_and_writes_nothing(
    tmp_path: Path, extra: list[str], expected: str
) -> None:
    deck = _french_only_deck(tmp_path)
    out = tmp_path / "out.atelier"
    args = ["new", str(out), "--organisation", "B", "--facilitator", "A", "--language", "en"]
    if "appel-presse" in extra:
        args += ["--deck", str(deck)]
    result = _cli(*args, *extra, env={"LANG": "C", "LC_ALL": ""})
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    french = _cli(*args, *extra, env={"LANG": "fr_FR.UTF-8", "LC_ALL": ""})
    assert french.returncode == 2 and french.stderr != result.stderr


def test_new_never_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "taken.atelier"
    out.write_bytes(b"mine")
    result = _cli(
        "new", str(out), "--organisation", "B", "--facilitator", "A", "--language", "fr",
        "--cards", "journalist-call",
    )  # fmt: skip
    assert result.returncode == 2 and "already exists" in result.stderr
    assert out.read_bytes() == b"mine"


def test_export_refuses_to_write_over_the_session(tmp_path: Path) -> None:
    """`--out` naming the session once replaced it with the document, printing "Wrote"."""
    session = tmp_path / "s.atelier"
    assert _cli("demo", str(session)).returncode == 0
    before = session.read_bytes()
    link = tmp_path / "policy.docx"
    link.symlink_to(session)
    for out in (session, link, session.with_name("s.atelier.bak")):
        result = _cli("export", str(session), "--format", "docx", "--out", str(out))
        assert result.returncode == 2 and "Wrote" not in result.stdout
        assert "is the session file or one of its backups" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert session.read_bytes() == before and link.is_symlink()
    assert session.with_name("s.atelier.bak").read_bytes().startswith(b"SQLite format 3")


def test_export_refuses_an_extension_of_another_format_in_the_user_s_language(
    tmp_path: Path,
) -> None:
    session = tmp_path / "s.atelier"
    assert _cli("demo", str(session)).returncode == 0
    out = tmp_path / "x.docx"
    args = ("export", str(session), "--format", "pdf", "--out", str(out))
    english = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"},
    )
    assert english.returncode == 2
    assert "x.docx does not end in .pdf" in english.stderr
    french = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "fr_FR.UTF-8"},
    )
    assert french.returncode == 2
    assert "x.docx ne se termine pas par .pdf" in french.stderr
    assert not out.exists()


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """The demo, opened once (so it has a backup), then damaged as a bad disk would."""
    path = tmp_path / "damaged.atelier"
    assert _cli("demo", str(path), "--lang", "en").returncode == 0
    Session.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE commands SET payload = '{' WHERE seq = 3")
    db.close()
    return path


@pytest.mark.parametrize(
    ("setting", "lang", "expected"),
    [
        ("", "fr_FR.UTF-8", "est endommagé"),
        ("", "C", "is damaged"),
        ("en", "fr_FR.UTF-8", "is damaged"),
    ],
)
def test_a_damaged_session_is_one_clear_line_in_the_interface_language(
    tmp_path: Path, damaged: Path, setting: str, lang: str, expected: str
) -> None:
    config = tmp_path / "config"
    (config / "Atelier").mkdir(parents=True)
    (config / "Atelier" / "settings.json").write_text(json.dumps({"ui_language": setting}))
    before = damaged.read_bytes()
    env = {"XDG_CONFIG_HOME": str(config), "LANG": lang, "LC_ALL": ""}
    result = _cli(
        "export", str(damaged), "--format", "pdf", "--out", str(tmp_path / "x.pdf"), env=env
    )
    assert result.returncode == 2
    assert expected in result.stderr and "atelier restore" in result.stderr
    assert "Traceback" not in result.stderr
    assert damaged.read_bytes() == before


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(damaged: Path) -> None:
    before = damaged.read_bytes()
    result = _cli("restore", str(damaged))
    assert result.returncode == 0, result.stderr
    kept = [p for p in damaged.parent.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept] == [before]
    assert kept[0].name in result.stdout
    Session.open(damaged).close()
    missing = _cli("restore", str(damaged), "--from", "3")
    assert missing.returncode == 2 and backup_path(damaged, 3).name in missing.stderr


def test_recover_copies_the_changes_before_the_damage(damaged: Path) -> None:
    result = _cli("recover", str(damaged))
    assert result.returncode == 0, result.stderr
    assert "the first 2 changes" in result.stdout
    recovered = Session.open(damaged.with_name("damaged (recovered).atelier"))
    recovered.close()


def _policy_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Social Media Policy", style="Title")
    for title, clauses in (
        ("Purpose", ["This policy applies to all staff and contractors."]),
        ("Media relations", ["Only the press office answers journalists.", "Redirect calls."]),
        ("Use of AI tools", ["Never paste confidential data into a chatbot."]),
        ("Miscellaneous", ["Thank you for reading."]),
    ):
        document.add_paragraph(title, style="Heading 1")
        for clause in clauses:
            document.add_paragraph(clause)
    document.save(str(path))
    return path


def test_check_policy_prints_sections_topics_and_gaps(tmp_path: Path) -> None:
    result = _cli("check-policy", str(_policy_docx(tmp_path / "ours.docx")))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Social Media Policy: 4 sections, 5 clauses")
    assert "Media relations (2 clauses) → Media and PR requests" in out
    assert "Use of AI tools (1 clause) → Generative AI content" in out
    assert "Miscellaneous (1 clause) → no topic" in out
    missing = out.split("Topics missing:")[1]
    assert "Spokespersons" in missing and "Media and PR requests" not in missing
    thin = out.split("Topics covered thinly:")[1].split("Topics missing:")[0]
    assert "Generative AI content" in thin
    french = _cli("check-policy", str(tmp_path / "ours.docx"), "--lang", "fr")
    assert "Thèmes absents\u00a0:" in french.stdout and "Porte-parole" in french.stdout


def test_check_policy_refuses_a_legacy_doc_with_a_clear_message(tmp_path: Path) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    result = _cli("check-policy", str(old))
    assert result.returncode == 2
    assert "old.doc: this is an old Word (.doc) file" in result.stderr
    assert "Traceback" not in result.stderr
    french = _cli("check-policy", str(old), env={"LC_ALL": "fr_FR.UTF-8"})
    assert "ancien fichier Word" in french.stderr and french.returncode == 2


def test_new_on_their_policy_reviews_it_and_redlines_their_file(tmp_path: Path) -> None:
    from tests.exports.original.test_demo_on_policy import _charter

    charter = _charter(tmp_path / "charte.docx")
    out = tmp_path / "theirs.atelier"
    args = ["new", str(out), "--organisation", "Norelia", "--facilitator", "Ana"]
    result = _cli(*args, "--language", "fr", "--policy", str(charter), "--cards", "journalist-call")
    assert result.returncode == 0, result.stderr
    session = Session.open(out)
    try:
        assert session.content.original is not None  # their file, kept for the redline
        assert session.content.original.data == charter.read_bytes()
    finally:
        session.close()
    redlined = tmp_path / "charte-revue.docx"
    exported = _cli(
        "export", str(out), "--format", "docx", "--layout", "original", "--out", str(redlined)
    )
    assert exported.returncode == 0, exported.stderr
    assert redlined.exists() and (tmp_path / "charte-revue-annexes.docx").exists()
    missing = tmp_path / "missing.docx"
    other = tmp_path / "other.atelier"
    refused = _cli("new", str(other), *args[2:], "--language", "fr", "--policy", str(missing))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert not other.exists()  # a refused policy file leaves no session behind
