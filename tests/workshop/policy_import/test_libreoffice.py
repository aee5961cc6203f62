"""A policy saved by LibreOffice imports with the same structure as the Word file it came from:
LibreOffice rewrites styles, numbering and runs its own way. Skipped where soffice is missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.workshop.policy_import.policies import bold_line, french_heading_style, outline
from workshop.policy_import import import_policy


def _build(document) -> None:
    style = french_heading_style(document)
    document.add_paragraph("Charte d’utilisation des réseaux sociaux", style="Title")
    document.sections[0].header.paragraphs[0].text = "Confidentiel"
    document.add_paragraph("Objet", style="Heading 1")
    document.add_paragraph("La charte s’applique à tous les collaborateurs\u00a0: « tous ».")
    document.add_paragraph("Relations avec la presse", style=style)
    document.add_paragraph("Rediriger les journalistes.", style="List Bullet")
    document.add_paragraph("Ne jamais commenter.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for r, (left, right) in enumerate([("Appel", "Rediriger"), ("Message", "Ignorer")]):
        table.cell(r, 0).text, table.cell(r, 1).text = left, right
    document.add_paragraph("Sécurité", style="Heading 1")
    bold_line(document, "Mots de passe")
    document.add_paragraph("Un gestionnaire de mots de passe, toujours.")


def test_a_libreoffice_saved_copy_imports_the_same_structure(write_docx, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it and runs this")
    original = write_docx(_build)
    out = tmp_path / "saved-by-libreoffice"
    done = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(original),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = out / original.name
    assert done.returncode == 0 and converted.exists(), done.stderr + done.stdout
    assert converted.read_bytes() != original.read_bytes()
    expected = import_policy(original)
    saved = import_policy(converted)
    assert saved.title == expected.title == "Charte d’utilisation des réseaux sociaux"
    assert outline(saved) == outline(expected)
    assert outline(expected) == [
        ("Objet", ["La charte s’applique à tous les collaborateurs\u00a0: « tous »."]),
        (
            "Relations avec la presse",
            [
                "Rediriger les journalistes.",
                "Ne jamais commenter.",
                "Appel\nRediriger",
                "Message\nIgnorer",
            ],
        ),
        ("Sécurité", ["Mots de passe", "Un gestionnaire de mots de passe, toujours."]),
    ]
