"""Screenshots of a review of the organisation's own policy, in French and English.

    .venv/bin/python docs/screenshots/make_policy_screenshots.py

Writes a policy as people write them (a Word file with Heading styles, a numbered clause, a list
and a table), opens it in the import preview (*New session › Start from our policy…*) and, once
it is a session's baseline, the coverage view with the topics it lacks or covers thinly:
policy-preview-<lang>.png and policy-coverage-<lang>.png beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from shots import run, save

from ui.console.coverage_view import CoverageView
from ui.dialogs.policy_preview import PolicyPreviewDialog
from ui.services.controller import SessionController
from workshop.changes import Changes
from workshop.content import builtin_content
from workshop.model import SessionInfo
from workshop.policy_import import import_policy
from workshop.policy_import.baseline import imported_content
from workshop.policy_import.coverage import suggest_mapping

POLICIES = {
    "fr": (
        "Charte d’utilisation des réseaux sociaux",
        [
            ("Objet", ["La présente charte s’applique à tous les collaborateurs de Norelia."]),
            (
                "Relations avec la presse",
                [
                    "Toute sollicitation d’un journaliste, d’un blogueur ou d’un influenceur est "
                    "transmise sans délai au service communication, seul habilité à répondre.",
                    "Aucun commentaire « officieux » n’est fait au nom de l’entreprise.",
                ],
            ),
            (
                "Comptes personnels",
                [
                    "Les collaborateurs peuvent mentionner leur employeur sur leurs profils.",
                    "Ils précisent que leurs opinions n’engagent qu’eux.",
                ],
            ),
            ("Sécurité", ["Les mots de passe des comptes officiels ne sont jamais partagés."]),
        ],
    ),
    "en": (
        "Social media policy",
        [
            ("Purpose", ["This policy applies to every employee of Norelia."]),
            (
                "Media relations",
                [
                    "Any request from a journalist, blogger or influencer is passed without delay "
                    "to the communications team, the only one entitled to answer.",
                    "No “off the record” comment is ever made on the company's behalf.",
                ],
            ),
            (
                "Personal accounts",
                [
                    "Employees may name their employer on their profiles.",
                    "They make clear that their opinions are their own.",
                ],
            ),
            ("Security", ["Passwords of official accounts are never shared."]),
        ],
    ),
}


def write_policy(path: Path, language: str) -> Path:
    title, sections = POLICIES[language]
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    for number, (heading, clauses) in enumerate(sections, start=1):
        document.add_paragraph(f"{number}. {heading}", style="Heading 1")
        for index, clause in enumerate(clauses, start=1):
            document.add_paragraph(f"{number}.{index} {clause}")
    document.save(str(path))
    return path


def shoot(app: QApplication, language: str, folder: Path) -> None:
    policy = import_policy(write_policy(folder / f"policy-{language}.docx", language))
    preview = PolicyPreviewDialog(policy, language)  # type: ignore[arg-type]
    preview.resize(QSize(1000, 680))
    preview.show()
    preview.tree.setCurrentItem(preview.tree.topLevelItem(1).child(0))
    save(preview, f"policy-preview-{language}.png")
    preview.close()
    content = imported_content(builtin_content(), policy, suggest_mapping(policy))
    info = SessionInfo(
        organisation="Norelia", facilitator="Ana", date="2026-11-30", language=language
    )  # type: ignore[arg-type]
    controller = SessionController()
    controller.create(folder / f"session-{language}.atelier", info, content)
    view = CoverageView(controller)
    view.resize(QSize(1000, 840))
    view.show()
    view.refresh(Changes.DECISIONS)
    save(view, f"policy-coverage-{language}.png")
    view.close()
    controller.close()


if __name__ == "__main__":
    sys.exit(run(shoot))
