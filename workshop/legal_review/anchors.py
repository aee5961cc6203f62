"""The invisible marks an exported DOCX carries so the file legal sends back can be read again.

Word and LibreOffice keep bookmarks and custom document properties through any number of saves,
while they rewrite runs, ids and styles freely: so a clause is found by a bookmark named after
its id, a question by a bookmark named after its number, and the file's session and version by
two custom properties. Shared by the DOCX writer (exports) and the review reader (here).
"""

from __future__ import annotations

import json

from workshop.digest import sha256
from workshop.model import SessionInfo
from workshop.plain import to_plain

CLAUSE_PREFIX = "atl_c_"
QUESTION_PREFIX = "atl_q_"
SESSION_PROPERTY = "AtelierSession"
VERSION_PROPERTY = "AtelierVersion"
SINCE_PROPERTY = "AtelierSince"  # what the tracked changes are measured against
LANGUAGE_PROPERTY = "AtelierLanguage"
HASH_PROPERTY = "AtelierContentHash"  # the exported draft's fingerprint


def clause_anchor(clause_id: str) -> str:
    """A bookmark name Word accepts (letters, digits, underscores, at most 40 characters)."""
    return CLAUSE_PREFIX + sha256(clause_id.encode()).hexdigest()[:16]


def question_anchor(number: int) -> str:
    return f"{QUESTION_PREFIX}{number}"


def question_number(anchor: str) -> int | None:
    """The question's number from its bookmark's name; None for any other bookmark."""
    digits = anchor.removeprefix(QUESTION_PREFIX)
    return int(digits) if anchor.startswith(QUESTION_PREFIX) and digits.isdigit() else None


def session_fingerprint(info: SessionInfo) -> str:
    """What tells one session's files from another's: its details as created, hashed."""
    canonical = json.dumps(to_plain(info), ensure_ascii=False, sort_keys=True)
    return sha256(canonical.encode()).hexdigest()[:20]
