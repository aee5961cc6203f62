"""The policy draft: a pure function of template, deck and decisions; clauses know their origin."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from workshop.deck import ClauseEffect, Deck, EffectAction
from workshop.digest import sha256
from workshop.errors import NotFoundError
from workshop.labels import decision_label
from workshop.model import Decision, LegalReview, SessionInfo
from workshop.template import PolicyTemplate, section_of
from workshop.text import Bilingual, guillemets

MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_PLACEHOLDER = re.compile(r"\{(organisation|contact|review_month)\}")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which decision set a clause: how legal traces every clause back to the room."""

    card_id: str
    decision_number: int
    decided_at: str
    option_id: str | None

    @property
    def decision_label(self) -> str:
        return decision_label(self.decision_number)


@dataclass(frozen=True, slots=True)
class DraftClause:
    id: str
    text: Bilingual
    provenance: Provenance | None = None  # None: baseline template text
    reviewed_in: str = ""  # "v0.2": the text legal's review of that version set


@dataclass(frozen=True, slots=True)
class DraftSection:
    id: str
    title: Bilingual
    clauses: tuple[DraftClause, ...]


@dataclass(frozen=True)
class Draft:
    title: Bilingual
    sections: tuple[DraftSection, ...]
    revision: int  # how many decisions it includes; 0 is the baseline

    def clauses(self) -> Iterator[DraftClause]:
        for section in self.sections:
            yield from section.clauses

    def clause(self, clause_id: str) -> DraftClause:
        for clause in self.clauses():
            if clause.id == clause_id:
                return clause
        raise NotFoundError(
            f"the draft has no clause {clause_id!r}",
            fr=f"le projet n’a pas de clause {guillemets(clause_id)}",
        )

    def content_hash(self) -> str:
        return self._content_hash

    @cached_property
    def _content_hash(self) -> str:
        """SHA-256 of the policy's words (both languages), not of when or how it was made."""
        content = [
            [s.id, s.title.to_plain(), [[c.id, c.text.to_plain()] for c in s.clauses]]
            for s in self.sections
        ]
        canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return sha256(canonical.encode()).hexdigest()

    def to_snapshot(self) -> str:
        """Compact JSON of the draft, stored with each exported version. Kept once made, so an
        export can prepare it on its worker and recording the version stays quick."""
        return self._snapshot

    @cached_property
    def _snapshot(self) -> str:
        sections = [
            [s.id, s.title.fr, s.title.en, [_clause_row(c) for c in s.clauses]]
            for s in self.sections
        ]
        data = {"title": [self.title.fr, self.title.en], "revision": self.revision}
        data["sections"] = sections
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def from_snapshot(text: str) -> Draft:
        data = json.loads(text)
        sections = tuple(
            DraftSection(sid, Bilingual(fr, en), tuple(_clause_from_row(r) for r in rows))
            for sid, fr, en, rows in data["sections"]
        )
        return Draft(Bilingual(*data["title"]), sections, data["revision"])


def _clause_row(clause: DraftClause) -> list:
    origin = clause.provenance
    provenance = (
        [origin.card_id, origin.decision_number, origin.decided_at, origin.option_id]
        if origin
        else None
    )
    row = [clause.id, clause.text.fr, clause.text.en, provenance]
    return [*row, clause.reviewed_in] if clause.reviewed_in else row


def _clause_from_row(row: list) -> DraftClause:
    clause_id, fr, en, provenance, *reviewed = row
    return DraftClause(
        clause_id,
        Bilingual(fr, en),
        Provenance(*provenance) if provenance else None,
        *reviewed,
    )


def decision_effects(decision: Decision, deck: Deck) -> tuple[ClauseEffect, ...]:
    """What a decision does to the policy: its option's effects, or its custom wording."""
    if decision.option_id is not None:
        return deck.card(decision.card_id).option(decision.option_id).effects
    assert decision.custom_clause_id is not None and decision.custom_text is not None
    return (ClauseEffect(EffectAction.SET, decision.custom_clause_id, decision.custom_text),)


def fill_placeholders(text: Bilingual, info: SessionInfo) -> Bilingual:
    """Fill {organisation}, {contact}, {review_month} once; the values are never re-scanned."""

    def filled(lang: str, value: str) -> str:
        if "{" not in value:
            return value
        values = {
            "organisation": info.organisation,
            "contact": info.contact or info.organisation,
            "review_month": MONTHS[lang][info.review_month - 1],
        }
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], value)

    return Bilingual(fr=filled("fr", text.fr), en=filled("en", text.en))


def build_draft(
    template: PolicyTemplate,
    deck: Deck,
    decisions: Sequence[Decision],
    info: SessionInfo,
    reviews: Sequence[LegalReview] = (),
) -> Draft:
    """Apply decisions in order to the template. Custom wording is kept exactly as typed.
    Legal's applied reviews come in where they were applied: after the decisions before them."""
    order: dict[str, list[str]] = {s.id: [c.id for c in s.clauses] for s in template.sections}
    present: dict[str, DraftClause] = {
        c.id: DraftClause(c.id, fill_placeholders(c.text_for(info.jurisdiction), info))
        for s in template.sections
        for c in s.clauses
    }
    for index, decision in enumerate(decisions):
        _apply_reviews([r for r in reviews if r.after_revision == index], order, present)
        provenance = Provenance(
            decision.card_id, decision.number, decision.decided_at, decision.option_id
        )
        moved = dict(decision.landing)
        for effect in decision_effects(decision, deck):
            clause_id = template.landed(effect.clause_id, moved.get(effect.clause_id))
            section_order = order[section_of(clause_id)]
            if effect.action is EffectAction.REMOVE:
                present.pop(clause_id, None)
                continue
            if clause_id not in section_order:
                section_order.append(clause_id)
            wording = effect.text_for(info.jurisdiction)
            assert wording is not None
            text = wording if decision.option_id is None else fill_placeholders(wording, info)
            present[clause_id] = DraftClause(clause_id, text, provenance)
    _apply_reviews([r for r in reviews if r.after_revision == len(decisions)], order, present)
    sections = (
        DraftSection(s.id, s.title, tuple(present[cid] for cid in order[s.id] if cid in present))
        for s in template.sections
    )
    # A topic an imported policy lacks is a section with no clause until a decision fills it.
    kept = tuple(s for s in sections if s.clauses or template.landing is None)
    return Draft(template.title, kept, revision=len(decisions))


def landed_clause_ids(decision: Decision, deck: Deck, template: PolicyTemplate) -> list[str]:
    """The clauses of the session's policy a decision changes."""
    moved = dict(decision.landing)
    effects = decision_effects(decision, deck)
    return [template.landed(e.clause_id, moved.get(e.clause_id)) for e in effects]


def _apply_reviews(
    reviews: Sequence[LegalReview],
    order: dict[str, list[str]],
    present: dict[str, DraftClause],
) -> None:
    for review in reviews:
        for edit in review.edits:
            if edit.text is None:
                present.pop(edit.clause_id, None)
                continue
            section_order = order[section_of(edit.clause_id)]
            if edit.clause_id not in section_order:
                at = section_order.index(edit.after) + 1 if edit.after in section_order else None
                section_order.insert(len(section_order) if at is None else at, edit.clause_id)
            present[edit.clause_id] = DraftClause(
                edit.clause_id, edit.text, reviewed_in=review.version
            )


def superseded_by(
    decisions: Sequence[Decision], deck: Deck, template: PolicyTemplate
) -> dict[int, int]:
    """Decision number → the later decision that changed one of the same clauses."""
    result: dict[int, int] = {}
    last_on_clause: dict[str, int] = {}
    for decision in decisions:
        for clause_id in landed_clause_ids(decision, deck, template):
            earlier = last_on_clause.get(clause_id)
            if earlier is not None and earlier != decision.number:
                result[earlier] = decision.number
            last_on_clause[clause_id] = decision.number
    return result
