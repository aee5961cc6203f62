"""Next year's review starts from this year's approved policy: a new session whose baseline
template is the approved version's text, naming the earlier session and keeping its decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from workshop.commands import StartFromEarlierReview
from workshop.content import Content
from workshop.draft import Draft
from workshop.errors import AtelierError
from workshop.labels import decision_label
from workshop.model import EarlierReview
from workshop.session import Session
from workshop.template import PolicyTemplate, TemplateClause, TemplateSection


class NoApprovedVersionError(AtelierError, ValueError):
    """The earlier session has no approved version to start from; nothing was created."""


def approved_template(draft: Draft, earlier: PolicyTemplate) -> PolicyTemplate:
    """The approved draft as a template: its text is final, so no jurisdiction variants."""
    sections = tuple(
        TemplateSection(s.id, s.title, tuple(TemplateClause(c.id, c.text) for c in s.clauses))
        for s in draft.sections
    )
    return PolicyTemplate(draft.title, sections, earlier.legal_checked)


def decision_history(old: Session) -> tuple[str, ...]:
    """ "D3 — card title: option" lines, in the session's language: the earlier review's log."""
    lang = old.state.info.language
    deck = old.content.deck
    lines = []
    for decision in old.state.decisions:
        card = deck.card(decision.card_id)
        choice = (
            card.option(decision.option_id).label.get(lang)
            if decision.option_id is not None
            else (decision.custom_text.get(lang) if decision.custom_text else "")
        )
        lines.append(f"{decision_label(decision.number)} — {card.title.get(lang)}: {choice}")
    return tuple(lines)


def new_review(old: Session, path: Path, today: str | None = None) -> Session:
    """Create the next review at `path` from `old`'s latest approved version."""
    view = old.view()
    version = view.approved_version()
    if version is None:
        raise NoApprovedVersionError(
            f"{old.path.name} has no approved version yet: mark the version legal approved "
            "first (File › Approve version…).",
            fr=f"{old.path.name} n’a pas encore de version approuvée : marquez d’abord la "
            "version approuvée par le juridique (Fichier › Approuver une version…).",
        )
    approval = view.approval(version.label)
    assert approval is not None
    template = approved_template(version.draft, old.content.template)
    content = Content(old.content.deck, template, old.content.awareness)
    info = replace(old.state.info, date=today or date.today().isoformat())
    session = Session.create(path, info, content)
    earlier = EarlierReview(
        old.path.name,
        version.label,
        approval.by,
        approval.approved_at,
        approval.reference,
        decision_history(old),
    )
    try:
        session.execute(StartFromEarlierReview(earlier))
    except BaseException:
        session.close()
        raise
    return session
