"""Export fixtures: the demo session, a small session with every kind of change, LibreOffice."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from exports.document import DocSection, PolicyDocument
from workshop.commands import RecordDecision, SetParticipants
from workshop.content import Content
from workshop.demo import write_demo
from workshop.model import Decision, OpenQuestion, Participant, SessionInfo, Votes
from workshop.session import Session
from workshop.text import Bilingual

Convert = Callable[[Path, str], Path]


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("demo") / "demo.atelier", "fr")


@pytest.fixture
def demo_session(demo_file: Path, tmp_path: Path) -> Iterator[Session]:
    """A fresh copy of the demo per test: exporting records a version in the file."""
    copy = tmp_path / "demo.atelier"
    shutil.copyfile(demo_file, copy)
    session = Session.open(copy)
    yield session
    session.close()


@pytest.fixture
def decided(session: Session) -> Session:
    """The small session after decisions that change, remove and add clauses, with questions."""
    session.execute(SetParticipants((Participant("Léa Martin", "Juriste"),)))
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T10:00:00+01:00",
                option_id="drop-log",
                questions=(OpenQuestion("Qui est porte-parole ?", "media.spokesperson"),),
            )
        )
    )
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T10:30:00+01:00",
                option_id="redirect",
                votes=Votes(5, 2, 1),
                dissent="Paul préfère « attendre »",
                questions=(
                    OpenQuestion("Le délai d’une heure est-il tenable ?", "media.requests"),
                ),
            )
        )
    )
    session.execute(
        RecordDecision(Decision("training-card", "2026-11-23T11:00:00+01:00", option_id="never"))
    )
    return session


@pytest.fixture
def hostile(tmp_path: Path, small_content: Content) -> Iterator[Session]:
    """Text that breaks naive writers, everywhere a user can type; ~10,000 characters of wording.

    Its clause 1.1 reads `HOSTILE_CLAUSE` (control characters included, as typed).
    """
    info = SessionInfo("Maison <b>Test</b> & Fils {{ x }} %s", "Zoë « Animatrice »", "2026-11-23")
    session = Session.create(tmp_path / "hostile.atelier", info, small_content)
    session.execute(SetParticipants((Participant(HOSTILE),)))
    session.execute(
        RecordDecision(
            Decision(
                "journalist",
                "2026-11-23T10:00:00",
                custom_text=Bilingual.single("fr", HOSTILE_CLAUSE),
                custom_clause_id="media.requests",
                rationale=HOSTILE,
                dissent=HOSTILE,
                questions=(OpenQuestion(HOSTILE, "media.requests"),),
            )
        )
    )
    yield session
    session.close()


HOSTILE = (
    "« Guillemets » l’apostrophe, 🎉👩‍⚖️, <b>gras</b> &amp; {{ x }} %s %(x)s {0}"
    "\x07\x0b\x1f fin\ttab\nligne"
)
HOSTILE_CLAUSE = HOSTILE + "Clause très longue, « citée ». " * 330


@pytest.fixture(scope="session")
def convert(tmp_path_factory: pytest.TempPathFactory) -> Convert:
    """`convert(docx, "pdf" | "fodt")` with headless LibreOffice and a private profile."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it and runs these")
    profile = tmp_path_factory.mktemp("lo-profile").as_uri()

    def run(source: Path, fmt: str) -> Path:
        out = source.parent / f"{fmt}-out"
        done = subprocess.run(
            [
                soffice,
                "--headless",
                "--norestore",
                f"-env:UserInstallation={profile}",
                "--convert-to",
                fmt,
                "--outdir",
                str(out),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
        result = out / f"{source.stem}.{fmt}"
        assert done.returncode == 0 and result.exists(), done.stderr + done.stdout
        return result

    return run


def _repeat_clauses(document: PolicyDocument, count: int) -> PolicyDocument:
    """The document's clauses repeated into `count` clauses, changes and notes included."""
    clauses = [c for s in document.sections for c in s.clauses]
    sections = []
    for index in range(count // 50):
        repeated = [
            dataclasses.replace(clauses[(index * 50 + j) % len(clauses)], number=f"{index}.{j}")
            for j in range(50)
        ]
        sections.append(DocSection(index + 1, f"s{index}", f"Section {index}", tuple(repeated)))
    return dataclasses.replace(document, sections=tuple(sections))


@pytest.fixture
def thousand_clauses() -> Callable[[PolicyDocument, int], PolicyDocument]:
    return _repeat_clauses
