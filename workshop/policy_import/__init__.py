"""Bringing an organisation's own policy into Atelier: reading its .docx/.md/.txt into sections
and clauses that remember where they came from, fixing that structure, and finding its gaps
against the built-in topics.

Pure Python (zipfile + ElementTree): the domain never imports python-docx, so reading a policy
stays fast and dependency-free.
"""

from workshop.policy_import.errors import PolicyImportError
from workshop.policy_import.model import (
    CellPosition,
    ImportedClause,
    ImportedPolicy,
    ImportedSection,
    Origin,
)
from workshop.policy_import.reader import import_policy

__all__ = [
    "CellPosition",
    "ImportedClause",
    "ImportedPolicy",
    "ImportedSection",
    "Origin",
    "PolicyImportError",
    "import_policy",
]
