"""Values as exported text reads them: dates, votes, the colon; and OOXML's UTC timestamps.

Kept apart from any one writer so the DOCX and the PDF can word things the same way.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from workshop.diff import ChangeKind
from workshop.draft import MONTHS
from workshop.model import Votes
from workshop.text import Language


def long_date(iso: str, lang: Language) -> str:
    """French "1er décembre 2026", English "1 December 2026"; a non-date is shown as it is."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {MONTHS[lang][day.month - 1]} {day.year}"


def long_date_time(iso: str, lang: Language) -> str:
    """The date and the wall-clock time the room saw, without converting time zones."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{long_date(iso, lang)}, {moment:%H:%M}"


def ooxml_utc(iso: str) -> str | None:
    """ISO-8601 in UTC as Word writes it (`2026-11-23T08:52:00Z`); None when there is no time.

    A time without an offset is taken as local time, as the session recorded it.
    """
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def colon(lang: Language) -> str:
    """French sets a (non-breaking) space before a colon; English does not."""
    return "\u00a0: " if lang == "fr" else ": "


def votes_text(labels: dict[str, str], votes: Votes) -> str:
    """The show of hands, or that there was none: never "For 0 · Against 0 · Abstain 0"."""
    if not votes.total:
        return labels["no_vote"]
    return labels["votes_line"].format(
        **{"for": votes.in_favour, "against": votes.against, "abstain": votes.abstain}
    )


# Quotation marks inside a quotation: French nests “…” inside « … », English ‘…’ inside “…”.
_INNER_QUOTES = {
    "fr": str.maketrans({"«": "“", "»": "”"}),
    "en": str.maketrans({"“": "‘", "”": "’"}),
}
_SPACE_IN_GUILLEMETS = re.compile("(?<=«)[ \u00a0\u202f]+|[ \u00a0\u202f]+(?=»)")


def inner_quotes(text: str, lang: Language) -> str:
    """`text` as it reads quoted inside a label's own quotation marks: « « Privé » … » becomes
    « “Privé” … », “ “Private” … ” becomes “ ‘Private’ … ”."""
    if lang == "fr":
        text = _SPACE_IN_GUILLEMETS.sub("", text)
    return text.translate(_INNER_QUOTES[lang])


def summary_change(labels: dict[str, str], change: ChangeKind) -> str:
    """The change summary's word for a clause's change."""
    return labels[f"change_{'none' if change is ChangeKind.UNCHANGED else change.value}"]


def summary_questions(questions: tuple[str, ...]) -> str:
    return "\n".join(f"• {q}" for q in questions) if len(questions) > 1 else "".join(questions)
