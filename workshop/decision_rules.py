"""What a decision must hold before it is recorded, checked by the domain for every caller.

The console asks these rules to enable "Record decision" and to say what is missing; recording
checks them again, so the CLI, a replayed session file and the console agree on one set of rules.
A rule that only advises (an action nobody owns) never blocks: sessions recorded before it was
written must still replay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workshop.content import Content
from workshop.deck import Card
from workshop.model import ActionItem, Decision, OpenQuestion
from workshop.text import Bilingual, guillemets

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a decision lacks, said in both languages for the console and the CLI."""

    message: Bilingual
    blocking: bool = True  # False: worth saying, but the decision may still be recorded


def _problem(en: str, fr: str, *, blocking: bool = True) -> Problem:
    return Problem(Bilingual(fr=fr, en=en), blocking)


def decision_problems(decision: Decision, content: Content) -> tuple[Problem, ...]:
    """Every problem with `decision`, blocking ones first; empty when it may be recorded."""
    try:
        card = content.deck.card(decision.card_id)
    except KeyError:
        return (
            _problem(
                f"there is no card {decision.card_id!r} in the deck",
                f"le jeu n’a pas de carte {guillemets(decision.card_id)}",
            ),
        )
    problems = [
        *_choice_problems(decision, card, content),
        *_landing_problems(decision, card, content),
        *_question_problems(decision.questions, card, content),
        *_action_problems(decision.actions),
    ]
    return tuple(sorted(problems, key=lambda p: not p.blocking))


def _landing_problems(decision: Decision, card: Card, content: Content) -> list[Problem]:
    """A card's clause moved elsewhere: only on their own policy, only the card's clauses, and
    only to one of their clauses or sections."""
    if not decision.landing:
        return []
    template = content.template
    if template.landing is None:
        return [
            _problem(
                "a clause can be moved only on the organisation's own policy",
                "une clause ne peut être déplacée que dans la politique de l’organisation",
            )
        ]
    places = {s.id for s in template.sections} | {
        c.id for s in template.sections for c in s.clauses
    }
    problems = []
    for clause_id, place in decision.landing:
        if clause_id not in card.clause_ids() or place not in places:
            problems.append(
                _problem(
                    f"{clause_id!r} cannot be moved to {place!r}: move one of the card's "
                    "clauses to one of the policy's clauses or sections",
                    f"{guillemets(clause_id)} ne peut pas aller en {guillemets(place)} : "
                    "déplacez une clause de la carte vers une clause ou une section de la "
                    "politique",
                )
            )
    return problems


def blocking(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.blocking)


def _choice_problems(decision: Decision, card: Card, content: Content) -> list[Problem]:
    if decision.option_id is not None:
        if decision.option_id in {o.id for o in card.options}:
            return []
        return [
            _problem(
                f"card {card.id!r} has no option {decision.option_id!r}",
                f"la carte {guillemets(card.id)} n’a pas d’option {guillemets(decision.option_id)}",
            )
        ]
    if decision.custom_text is None:
        return [
            _problem(
                "choose one of the card's options, or write the group's own wording",
                "choisissez une des options de la carte, ou écrivez la formulation du groupe",
            )
        ]
    problems = []
    if not decision.custom_text.get("fr").strip():
        problems.append(
            _problem(
                "a custom decision needs its wording",
                "une décision sur mesure a besoin de sa formulation",
            )
        )
    allowed = card.clause_ids()
    template = content.template
    if template.landing is not None:  # their own policy: where the card lands, or any clause
        allowed = [*allowed, *(template.landed(c) for c in allowed)]
        allowed += [c.id for s in template.sections for c in s.clauses]
    if decision.custom_clause_id not in allowed:
        problems.append(
            _problem(
                f"custom wording must replace one of the card's clauses: {', '.join(allowed)}",
                "la formulation du groupe doit remplacer une des clauses de la carte\u00a0: "
                + ", ".join(allowed),
            )
        )
    return problems


def _question_problems(
    questions: tuple[OpenQuestion, ...], card: Card, content: Content
) -> list[Problem]:
    known = set(card.clause_ids()) | set(content.template.clause_ids())
    problems = []
    if any(not q.text.strip() for q in questions):
        problems.append(
            _problem(
                "an open question cannot be empty",
                "une question ouverte ne peut pas être vide",
            )
        )
    for question in questions:
        if question.clause_id not in known:
            problems.append(
                _problem(
                    f"open question on unknown clause {question.clause_id!r}",
                    "question ouverte sur une clause inconnue\u00a0: "
                    + guillemets(question.clause_id),
                )
            )
    return problems


def _action_problems(actions: tuple[ActionItem, ...]) -> list[Problem]:
    problems = []
    if any(not a.what.strip() for a in actions):
        problems.append(
            _problem(
                "an action needs to say what is to be done",
                "une action doit dire ce qui est à faire",
            )
        )
    bad = [a.due for a in actions if a.due and not is_iso_day(a.due)]
    if bad:
        problems.append(
            _problem(
                "write due dates as YYYY-MM-DD, for example 2026-03-31: " + ", ".join(bad),
                "écrivez les échéances au format AAAA-MM-JJ, par exemple 2026-03-31\u00a0: "
                + ", ".join(bad),
            )
        )
    unowned = [a.what.strip() for a in actions if a.what.strip() and not a.owner.strip()]
    if unowned:
        quoted = ", ".join(f"“{what}”" for what in unowned)
        quoted_fr = ", ".join(guillemets(what) for what in unowned)
        problems.append(
            _problem(
                f"no one owns {quoted}: name who will follow it up",
                f"personne n’est chargé de {quoted_fr}\u00a0: nommez qui s’en occupe",
                blocking=False,
            )
        )
    return problems


def is_iso_day(text: str) -> bool:
    """A calendar day written YYYY-MM-DD (not 2026-02-30, not 20260331)."""
    if not _ISO_DAY.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
