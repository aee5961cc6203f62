"""A generated workshop of any size: the built-in clause texts repeated into N clauses, one card
per section, and one decision per card, so large exports have real tracked changes and notes."""

from __future__ import annotations

from pathlib import Path

from workshop.commands import RecordDecision, SetAgenda
from workshop.content import Content, builtin_content
from workshop.deck import Card, ClauseEffect, Deck, EffectAction, Option
from workshop.model import ActionItem, AgendaItem, Decision, OpenQuestion, SessionInfo, Votes
from workshop.session import Session
from workshop.template import PolicyTemplate, TemplateClause, TemplateSection
from workshop.text import Bilingual

CLAUSES_PER_SECTION = 40


def generated_content(clauses: int) -> Content:
    base = builtin_content()
    texts = [c.text for s in base.template.sections for c in s.clauses]
    sections = []
    for s_index in range(0, clauses, CLAUSES_PER_SECTION):
        section_id = f"s{s_index // CLAUSES_PER_SECTION:03d}"
        count = min(CLAUSES_PER_SECTION, clauses - s_index)
        sections.append(
            TemplateSection(
                section_id,
                Bilingual(f"Section {section_id}", f"Section {section_id}"),
                tuple(
                    TemplateClause(f"{section_id}.c{i:02d}", texts[(s_index + i) % len(texts)])
                    for i in range(count)
                ),
            )
        )
    template = PolicyTemplate(base.template.title, tuple(sections))
    cards = tuple(
        _card(section, base.deck.cards[i % len(base.deck.cards)])
        for i, section in enumerate(sections)
    )
    return Content(Deck(base.deck.title, cards), template, base.awareness)


def _card(section: TemplateSection, model: Card) -> Card:
    """A card shaped like a real one, whose options rewrite, add and remove clauses."""
    first, second, third = (c.id for c in section.clauses[:3])
    rewritten = Bilingual(
        fr=section.clauses[0].text.fr.replace(".", ", sauf décision contraire du comité.", 1),
        en=section.clauses[0].text.en.replace(".", ", unless the committee decides otherwise.", 1),
    )
    other_text = model.options[0].effects[0].text or rewritten
    added_text = model.options[1].effects[0].text or rewritten
    set_two = (
        ClauseEffect(EffectAction.SET, first, rewritten),
        ClauseEffect(EffectAction.SET, second, other_text),
    )
    add_and_remove = (
        ClauseEffect(EffectAction.ADD, f"{section.id}.added", added_text),
        ClauseEffect(EffectAction.REMOVE, third, None),
    )
    options = (
        Option("a", model.options[0].label, set_two),
        Option("b", model.options[1].label, add_and_remove),
    )
    return Card(
        id=f"card-{section.id}",
        title=model.title,
        situation=model.situation,
        prompts=model.prompts,
        notes=model.notes,
        injects=model.injects,
        options=options,
        sections=(section.id,),
        timebox_minutes=model.timebox_minutes,
    )


def write_generated(path: Path, clauses: int) -> tuple[Session, Content]:
    """Create and fill the session; the caller closes it."""
    content = generated_content(clauses)
    info = SessionInfo("Norelia", "Claire Dubois", "2026-11-23", "fr", "com@norelia.example", 1)
    session = Session.create(path, info, content)
    session.execute(SetAgenda(tuple(AgendaItem(c.id, 15) for c in content.deck.cards)))
    for index, card in enumerate(content.deck.cards):
        session.execute(
            RecordDecision(
                Decision(
                    card.id,
                    f"2026-11-23T{9 + index // 60:02d}:{index % 60:02d}:00+01:00",
                    option_id="ab"[index % 2],
                    rationale="Le groupe retient cette option après un débat nourri.",
                    votes=Votes(6, 2, 1),
                    dissent="Deux participants auraient préféré l'autre option.",
                    actions=(
                        ActionItem("Mettre à jour la procédure", "Sophie Marchand", "2026-12-15"),
                    ),
                    questions=(
                        OpenQuestion(
                            "Cette clause est-elle opposable ?",
                            card.options[0].effects[0].clause_id,
                        ),
                    ),
                )
            )
        )
    return session, content
