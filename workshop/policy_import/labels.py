"""The numbers people type before headings and clauses ("3.", "3.1", "Article 4", "I.", "A)",
"-"), and what rank each kind has in a policy's outline."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower rank = higher in the outline. Parts ("Chapitre 2") sit above sections, sub-numbers
# ("3.1") and letters below them; bullets never make a heading.
RANKS = {"part": 0, "roman": 1, "article": 2, "decimal": 3, "sub": 4, "letter": 5, "bullet": 6}

_UPPER = "A-ZÀ-ÖØ-Þ"
_LABEL = re.compile(
    rf"""^\s*(?:
      (?P<part>(?i:chapitre|chapter|partie|part|titre|section)\s+(?:\d+|[IVXLC]+)(?![\w]))
    | (?P<article>(?i:article|art\.)\s*\d+(?:er|st)?(?![\w]))
    | (?P<sub>\d+(?:\.\d+)+\.?)
    | (?P<decimal>\d{{1,3}}[.)](?!\d)|\d{{1,2}}(?=\s*[-–—]\s)|\d{{1,2}}(?=\s+[{_UPPER}]))
    | (?P<roman>[IVXLC]{{1,6}}[.)])
    | (?P<letter>[A-Za-z][.)])
    | (?P<bullet>[-*+•–·▪◦●○➢►✓](?=\s))
    )(?P<gap>\s*[-–—:]\s+|\s*[.:]\s*$|\s+|$)""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # a key of RANKS
    text: str  # as typed, e.g. "Article 4" or "3.1"
    end: int  # where the labelled text starts in the line


def find_label(line: str) -> Label | None:
    match = _LABEL.match(line)
    if match is None or match.lastgroup is None:
        return None
    kind = next(k for k in RANKS if match.group(k))
    return Label(kind, match.group(kind).strip(), match.end())
