"""Why a policy file cannot be imported, in words a facilitator can act on (French and English).

A subclass of ContentError, so every caller that already reports content problems (the CLI, the
error dialog) reports these too.
"""

from __future__ import annotations

from workshop.content_file import ContentError

MAX_BYTES = 20 * 1024 * 1024


class PolicyImportError(ContentError):
    """The file cannot be read as a policy; nothing was imported or written."""


def not_a_regular_file(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: not a regular file. Choose a .docx, .md or .txt document.",
        fr=f"{name} : ce n'est pas un fichier ordinaire. Choisissez un document .docx, .md "
        "ou .txt.",
    )


def unreadable(name: str, reason: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: cannot read the file ({reason}).",
        fr=f"{name} : impossible de lire le fichier ({reason}).",
    )


def too_large(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the file is over 20 MB. Save the policy without its images and try again.",
        fr=f"{name} : le fichier dépasse 20 Mo. Enregistrez la politique sans ses images et "
        "réessayez.",
    )


def legacy_doc(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: this is an old Word (.doc) file. Open it in Word or LibreOffice and save it "
        "as .docx, then import the .docx.",
        fr=f"{name} : c'est un ancien fichier Word (.doc). Ouvrez-le dans Word ou LibreOffice, "
        "enregistrez-le au format .docx, puis importez le .docx.",
    )


def encrypted(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the document is protected by a password. Remove the password in Word "
        "(File › Info › Protect Document) and import it again.",
        fr=f"{name} : le document est protégé par un mot de passe. Retirez le mot de passe dans "
        "Word (Fichier › Informations › Protéger le document) et importez-le à nouveau.",
    )


def corrupted(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the file is damaged and cannot be read. Open it in Word or LibreOffice, save "
        "a new copy and import that copy.",
        fr=f"{name} : le fichier est endommagé et ne peut pas être lu. Ouvrez-le dans Word ou "
        "LibreOffice, enregistrez-en une nouvelle copie et importez cette copie.",
    )


def not_word(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: this is not a Word document. Save the policy as .docx, .md or .txt.",
        fr=f"{name} : ce n'est pas un document Word. Enregistrez la politique au format .docx, "
        ".md ou .txt.",
    )


def unsupported(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: Atelier reads .docx, .md and .txt files. Save the policy in one of them.",
        fr=f"{name} : Atelier lit les fichiers .docx, .md et .txt. Enregistrez la politique dans "
        "l'un de ces formats.",
    )


def too_big_inside(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the document expands to far more text than a policy holds; it was not read.",
        fr=f"{name} : le document contient bien plus de texte qu'une politique ; il n'a pas été "
        "lu.",
    )


def empty(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the document has no text.",
        fr=f"{name} : le document ne contient aucun texte.",
    )


def images_only(name: str) -> PolicyImportError:
    return PolicyImportError(
        f"{name}: the document holds only images (a scan?). Atelier needs the policy's text: "
        "import the original Word file, or a copy with recognised text.",
        fr=f"{name} : le document ne contient que des images (un scan ?). Atelier a besoin du "
        "texte de la politique : importez le fichier Word d'origine ou une copie avec le texte "
        "reconnu.",
    )
