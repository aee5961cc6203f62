"""Policies kept as Markdown or plain text: copied from an intranet page, a wiki or a PDF."""

from __future__ import annotations

from pathlib import Path

from tests.workshop.policy_import.policies import outline
from workshop.policy_import import import_policy

MARKDOWN = """\
# Politique d’utilisation des réseaux sociaux

## Sommaire

1. Objet ........ 1
2. Presse ........ 2

## 1. Objet

La présente politique s’applique à tous les collaborateurs,
qu’ils soient salariés ou prestataires.

## 2. Relations avec la presse

- Seul le **porte-parole** répond aux journalistes.
- Les demandes vont à la communication\u00a0: « sans délai ».

| Situation | Réponse |
|-----------|---------|
| Appel d’un journaliste | Rediriger |

**Comptes personnels**

Chacun s’exprime en son nom.
"""

TEXT = """\
SOCIAL MEDIA POLICY

1. Purpose
This policy sets out how staff use social media, whether at work or at home, and applies
to every employee and contractor.
Page 1 of 2
ACME Ltd — Confidential

2. Use of AI tools
Never paste confidential information into a chatbot.
Page 2 of 2
ACME Ltd — Confidential

3. Security
Use a password manager.
ACME Ltd — Confidential
"""


def test_markdown_headings_lists_tables_and_bold_lines(tmp_path: Path) -> None:
    path = tmp_path / "politique.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    policy = import_policy(path)
    assert policy.kind == "md"
    assert policy.title == "Politique d’utilisation des réseaux sociaux"
    assert outline(policy) == [
        (
            "Objet",
            [
                "La présente politique s’applique à tous les collaborateurs, "
                "qu’ils soient salariés ou prestataires."
            ],
        ),
        (
            "Relations avec la presse",
            [
                "Seul le porte-parole répond aux journalistes.",
                "Les demandes vont à la communication\u00a0: « sans délai ».",
                "Appel d’un journaliste\tRediriger",
                "Comptes personnels",
                "Chacun s’exprime en son nom.",
            ],
        ),
    ]
    assert policy.sections[1].clauses[0].label == "-"
    assert policy.sections[1].clauses[0].origins[0].paragraph == 15  # its line in the file


def test_plain_text_with_numbered_headings_wrapped_lines_and_page_furniture(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(TEXT, encoding="utf-8")
    policy = import_policy(path)
    assert policy.title == "SOCIAL MEDIA POLICY"
    assert outline(policy) == [
        (
            "Purpose",
            [
                "This policy sets out how staff use social media, whether at work or at home, "
                "and applies to every employee and contractor."
            ],
        ),
        ("Use of AI tools", ["Never paste confidential information into a chatbot."]),
        ("Security", ["Use a password manager."]),
    ]


def test_windows_encoded_text_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "charte.txt"
    path.write_bytes("Sécurité\n\nUn mot de passe fort, toujours.\n".encode("cp1252"))
    policy = import_policy(path)
    assert [c.text for s in policy.sections for c in s.clauses] == [
        "Sécurité",
        "Un mot de passe fort, toujours.",
    ]


def test_utf8_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "charte.md"
    path.write_bytes("\ufeff## Presse\n\nNe répondez pas\u202f!\n".encode())
    assert outline(import_policy(path)) == [("Presse", ["Ne répondez pas\u202f!"])]
