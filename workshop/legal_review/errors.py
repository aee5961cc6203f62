"""Why a returned file cannot be read as legal's review of this session, in French and English.
Nothing is changed when one of these is raised."""

from __future__ import annotations

from workshop.errors import AtelierError


class LegalReviewError(AtelierError, ValueError):
    """The file is not legal's review of this session's exported version."""


def not_docx(name: str) -> LegalReviewError:
    return LegalReviewError(
        f"{name}: not a Word document (.docx). Choose the file legal sent back.",
        fr=f"{name} : ce n'est pas un document Word (.docx). Choisissez le fichier renvoyé par "
        "le service juridique.",
    )


def other_session(name: str) -> LegalReviewError:
    return LegalReviewError(
        f"{name} was exported from another session. Open that session to import it.",
        fr=f"{name} a été exporté depuis une autre session. Ouvrez cette session pour l'importer.",
    )


def unknown_version(name: str, label: str) -> LegalReviewError:
    return LegalReviewError(
        f"{name} is version {label}, which this session never exported (or whose export was "
        "undone). Import the file of a version this session lists.",
        fr=f"{name} est la version {label}, que cette session n'a jamais exportée (ou dont "
        "l'export a été annulé). Importez le fichier d'une version que cette session liste.",
    )


def no_clauses(name: str) -> LegalReviewError:
    return LegalReviewError(
        f"{name}: no clause of the policy found (no Atelier anchors and no matching clause "
        "numbers). Is it the policy Atelier exported?",
        fr=f"{name} : aucune clause de la politique trouvée (ni repères Atelier ni numéros de "
        "clause correspondants). Est-ce bien la politique exportée par Atelier ?",
    )


def no_version(name: str) -> LegalReviewError:
    return LegalReviewError(
        f"{name}: this session has no exported version to compare the file with.",
        fr=f"{name} : cette session n'a aucune version exportée à laquelle comparer le fichier.",
    )
