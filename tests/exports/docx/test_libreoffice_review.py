"""Legal's client, scripted: LibreOffice itself accepts or rejects every tracked change (UNO).

Needs LibreOffice's Python bridge (Debian: python3-uno, libreoffice-script-provider-python) for
the system Python; skipped cleanly where it is missing. Each run starts its own office (~2 s).

Comments are taken out of the copy LibreOffice opens: Debian's libreoffice-writer-nogui lacks
the dialog file a shown comment needs and aborts. They are anchors, not text, so the clause
text is the same; where comments sit is checked on the XML (test_redline.py).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from exports.api import export_session
from exports.document import ExportOptions
from tests.exports.docx.redline import numbered, reviewed
from tests.exports.docx.test_redline import export, later_decision
from workshop.session import Session

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("uno_review.py")
_COMMENT_MARKS = re.compile(
    r"<w:commentRange(?:Start|End) [^>]*/>|<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/>"
    r"</w:rPr><w:commentReference [^>]*/></w:r>"
)


@pytest.fixture(scope="module")
def office() -> None:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).exists():
        pytest.skip("LibreOffice is not installed here")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("LibreOffice's Python bridge is missing (python3-uno)")


def without_comments(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                data = _COMMENT_MARKS.sub("", data.decode()).encode()
                assert b"commentRangeStart" not in data and b"commentReference" not in data
            elif item.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb"<Relationship [^>]*comments[^>]*/>", b"", data)
            new.writestr(item, data)
    return target


def libreoffice(path: Path, verb: str, tmp_path: Path) -> list[str]:
    """The clause paragraphs once LibreOffice has accepted (or rejected) every change."""
    copy = without_comments(path, tmp_path / f"{path.stem}-{verb}.docx")
    done = subprocess.run(
        [SYSTEM_PYTHON, str(SCRIPT), str(copy), verb, str(tmp_path / f"profile-{verb}")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["clauses"]


def test_libreoffice_reject_all_gives_the_baseline(
    office: None, decided: Session, tmp_path: Path
) -> None:
    out = tmp_path / "baseline.docx"
    export(decided, out, since="baseline")
    assert libreoffice(out, "reject", tmp_path) == numbered(decided.view().draft(0), "fr")


def test_libreoffice_since_a_version_rejects_to_it_and_accepts_to_the_clean_copy(
    office: None, decided: Session, tmp_path: Path
) -> None:
    first = tmp_path / "v0.1.docx"
    export_session(decided, ExportOptions("docx", "fr", since="baseline"), first)
    later_decision(decided)
    out, clean = tmp_path / "since.docx", tmp_path / "clean.docx"
    export(decided, out, since="v0.1")
    export(decided, clean, since="none")
    assert libreoffice(out, "reject", tmp_path) == reviewed(first, accept=True)
    accepted = libreoffice(out, "accept", tmp_path)
    assert accepted == reviewed(clean, accept=True)
    assert "1.2\t[Supprimé]" in accepted


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_libreoffice_on_the_demo(
    office: None, demo_session: Session, tmp_path: Path, lang: str
) -> None:
    out, clean = tmp_path / "demo.docx", tmp_path / "clean.docx"
    export(demo_session, out, language=lang, since="baseline")
    export(demo_session, clean, language=lang, since="none")
    baseline = numbered(demo_session.view().draft(0), lang)
    assert libreoffice(out, "reject", tmp_path) == baseline
    assert libreoffice(out, "accept", tmp_path) == reviewed(clean, accept=True)
