"""`atelier check-policy`: the sections found, the topic each matches, the topics missing or thin,
as plain text in the policy's language (guessed from its words)."""

from __future__ import annotations

import re

from workshop.policy_import.coverage import Coverage, coverage, suggest_mapping
from workshop.policy_import.model import ImportedPolicy
from workshop.template import builtin_template
from workshop.text import Language

_FRENCH = {"le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "au", "aux"}
_ENGLISH = {"the", "and", "of", "to", "is", "for", "in", "on", "with", "be", "are", "an", "or"}

_WORDS = {
    "en": {
        "sections": "Sections found",
        "clauses": ("clause", "clauses"),
        "none": "no topic",
        "thin": "Topics covered thinly",
        "missing": "Topics missing",
        "complete": "none",
        "untitled": "(before the first heading)",
        "colon": ":",
    },
    "fr": {
        "sections": "Sections trouvées",
        "clauses": ("clause", "clauses"),
        "none": "aucun thème",
        "thin": "Thèmes peu couverts",
        "missing": "Thèmes absents",
        "complete": "aucun",
        "untitled": "(avant le premier titre)",
        "colon": "\u00a0:",  # French typography: a no-break space before the colon
    },
}


def language_of(policy: ImportedPolicy) -> Language:
    """French or English, whichever has more of its small words in the policy."""
    text = " ".join(c.text for s in policy.sections for c in s.clauses).lower()
    words = re.findall(r"[a-zà-ÿ]+", text)
    french = sum(w in _FRENCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > french else "fr"


def check_policy_report(policy: ImportedPolicy, language: Language) -> str:
    words = _WORDS[language]
    template = builtin_template()
    titles = {s.id: s.title.get(language) for s in template.sections}
    mapping = suggest_mapping(policy)
    total = policy.clause_count()
    colon = words["colon"]
    name = policy.title or policy.source
    lines = [f"{name}{colon} {len(policy.sections)} sections, {total} clauses"]
    lines += ["", f"{words['sections']}{colon}"]
    for index, section in enumerate(policy.sections):
        count = len(section.clauses)
        noun = words["clauses"][count != 1]
        name = " ".join(filter(None, (section.label, section.title))) or str(words["untitled"])
        topics = ", ".join(titles[t] for t in mapping.of(index)) or words["none"]
        lines.append(f"  {index + 1:>2}. {name} ({count} {noun}) → {topics}")
    statuses = coverage(policy, mapping)
    for status, heading in ((Coverage.THIN, words["thin"]), (Coverage.MISSING, words["missing"])):
        found = [titles[c.topic] for c in statuses if c.status is status]
        lines += ["", f"{heading}{colon}"]
        lines += [f"  - {title}" for title in found] or [f"  {words['complete']}"]
    return "\n".join(lines)
