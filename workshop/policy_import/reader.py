"""Importing a policy file: check it, read it by kind, find its structure."""

from __future__ import annotations

from pathlib import Path

from workshop.policy_import import errors
from workshop.policy_import.docx_reader import read_docx
from workshop.policy_import.model import ImportedPolicy
from workshop.policy_import.plain_text import read_text
from workshop.policy_import.source import decode_text, kind_of, read_source
from workshop.policy_import.structure import build_policy


def import_policy(path: Path) -> ImportedPolicy:
    """The policy in `path` (.docx, .md, .txt); raises PolicyImportError, writing nothing."""
    name = path.name
    data = read_source(path)
    kind = kind_of(name, data)
    if kind == "docx":
        lines = read_docx(name, data)
    else:
        lines = read_text(decode_text(name, data), markdown=kind == "md")
        if not lines:
            raise errors.empty(name)
    policy = build_policy(lines, name, kind)
    if not policy.sections:  # a title, and nothing under it
        raise errors.empty(name)
    return policy
