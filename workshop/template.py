"""The baseline policy: sections and clauses every social media policy starts from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from workshop.content_file import ContentError, Place, read_toml
from workshop.errors import NotFoundError
from workshop.landing import Landing
from workshop.local.paths import RESOURCES
from workshop.model import JURISDICTIONS, Jurisdiction
from workshop.text import Bilingual, guillemets

TEMPLATE_PATH = RESOURCES / "policy" / "template.toml"


@dataclass(frozen=True, slots=True)
class TemplateClause:
    id: str
    text: Bilingual  # the EU-generic wording, used where no variant is written
    variants: dict[Jurisdiction, Bilingual] = field(default_factory=dict)

    @property
    def section_id(self) -> str:
        return section_of(self.id)

    def text_for(self, jurisdiction: Jurisdiction) -> Bilingual:
        """The wording that is lawful in `jurisdiction`: its variant, else the common text."""
        return self.variants.get(jurisdiction, self.text)


@dataclass(frozen=True, slots=True)
class TemplateSection:
    id: str
    title: Bilingual
    clauses: tuple[TemplateClause, ...]


@dataclass(frozen=True, slots=True)
class PolicyTemplate:
    title: Bilingual
    sections: tuple[TemplateSection, ...]
    legal_checked: str = ""  # ISO date the legal references were last checked
    landing: Landing | None = None  # on an imported policy: where built-in clauses land

    def landed(self, clause_id: str, moved_to: str | None = None) -> str:
        """The clause of this template a decision naming `clause_id` changes: where it lands
        by itself, or where the facilitator `moved_to` it (one of the clauses, or a section at
        whose end it is added)."""
        if moved_to and any(section.id == moved_to for section in self.sections):
            return f"{moved_to}.{clause_id}"
        if moved_to:
            return moved_to
        return clause_id if self.landing is None else self.landing.target(clause_id)

    def section(self, section_id: str) -> TemplateSection:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise NotFoundError(
            f"the policy template has no section {section_id!r}",
            fr=f"le modèle de politique n’a pas de section {guillemets(section_id)}",
        )

    def clause_ids(self) -> set[str]:
        return {c.id for s in self.sections for c in s.clauses}

    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]


def section_of(clause_id: str) -> str:
    """Clause ids are `section.name`, so a clause always knows its section."""
    return clause_id.split(".", 1)[0]


def load_template(path: Path) -> PolicyTemplate:
    data = read_toml(path)
    place = Place(path)
    head = place.table(data.get("template", {}), "template")
    title = place.bilingual_field(head, "title")
    legal_checked = place.string(head, "legal_checked") if "legal_checked" in head else ""
    sections: list[TemplateSection] = []
    seen_clauses: set[str] = set()
    for index, raw in enumerate(place.items(data, "sections")):
        raw = place.table(raw, f"sections[{index}]")
        section_id = place.string(raw, "id")
        where = place.within(f"section {section_id!r}")
        if any(s.id == section_id for s in sections):
            raise _error(where, "id", "used twice", "utilisé deux fois")
        clauses = []
        for c_index, raw_clause in enumerate(where.items(raw, "clauses")):
            raw_clause = where.table(raw_clause, f"clauses[{c_index}]")
            clause_id = where.string(raw_clause, "id")
            if section_of(clause_id) != section_id or "." not in clause_id:
                raise _error(
                    where,
                    f"clauses[{c_index}].id",
                    f"must start with '{section_id}.'",
                    f"doit commencer par {guillemets(section_id + '.')}",
                )
            if clause_id in seen_clauses:
                raise _error(
                    where,
                    f"clauses[{c_index}].id",
                    f"{clause_id!r} used twice",
                    f"{guillemets(clause_id)} utilisé deux fois",
                )
            seen_clauses.add(clause_id)
            text = where.bilingual_field(raw_clause, "text")
            variants = parse_variants(where.within(f"clause {clause_id!r}"), raw_clause)
            clauses.append(TemplateClause(clause_id, text, variants))
        sections.append(
            TemplateSection(section_id, where.bilingual_field(raw, "title"), tuple(clauses))
        )
    if not sections:
        raise _error(
            place, "sections", "the template has no section", "le modèle n’a aucune section"
        )
    return PolicyTemplate(title, tuple(sections), legal_checked)


def parse_variants(place: Place, raw: dict[str, Any]) -> dict[Jurisdiction, Bilingual]:
    """`[variants.us] text = {fr, en}`: the wording one jurisdiction's law requires instead."""
    table = place.table(raw.get("variants", {}), "variants")
    variants: dict[Jurisdiction, Bilingual] = {}
    for code, value in table.items():
        if code not in JURISDICTIONS:
            known = ", ".join(JURISDICTIONS)
            raise _error(
                place, f"variants.{code}", f"expected one of {known}", f"attendu l’une de {known}"
            )
        variant = place.table(value, f"variants.{code}")
        variants[code] = place.bilingual_field(variant, "text", f"variants.{code}.text")
    return variants


def _error(place: Place, field: str, en: str, fr: str) -> ContentError:
    """A content error at `place` in both languages: the place is named the same in each."""
    return ContentError(str(place.error(field, en)), fr=str(place.error(field, fr)))


@cache
def builtin_template() -> PolicyTemplate:
    return load_template(TEMPLATE_PATH)
