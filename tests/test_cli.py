"""The headless CLI: help, the demo session, deck validation."""

import subprocess
import sys
from pathlib import Path

import pytest

from workshop.model import CardStatus
from workshop.session import Session

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_help_lists_the_commands() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    for command in ("demo", "check-deck", "check-policy", "export", "SESSION.atelier"):
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
        assert len(state.awareness) == 6 and len(state.participants) >= 5
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
    assert "Thèmes absents:" in french.stdout and "Porte-parole" in french.stdout


def test_check_policy_refuses_a_legacy_doc_with_a_clear_message(tmp_path: Path) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    result = _cli("check-policy", str(old))
    assert result.returncode == 2
    assert "old.doc: this is an old Word (.doc) file" in result.stderr
    assert "Traceback" not in result.stderr
    french = _cli("check-policy", str(old), "--lang", "fr")
    assert "ancien fichier Word" in french.stderr and french.returncode == 2
