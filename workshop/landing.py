"""Where a card's clause lands when the session's baseline is the organisation's own policy.

Cards name the built-in template's clauses (`media.requests`). On an imported policy a decision
must change THEIR clauses, so the session keeps a Landing, made once when it is created: each
built-in clause that one of their clauses says → that clause's id; each built-in section their
policy covers → their section, where a clause with no counterpart is added at the end. It is
plain data kept with the session's template, so replaying the decisions always lands them on the
same clauses.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Landing:
    clauses: tuple[tuple[str, str], ...] = ()  # built-in clause id → their clause id
    sections: tuple[tuple[str, str], ...] = ()  # built-in section id → their section id

    _clauses: dict[str, str] = field(init=False, repr=False, compare=False)
    _sections: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_clauses", dict(self.clauses))
        object.__setattr__(self, "_sections", dict(self.sections))

    def target(self, clause_id: str) -> str:
        """The id a decision on `clause_id` changes: their clause that says it, else a new clause
        at the end of their section on that topic, else the id itself (their own clauses, and
        topics their policy lacks, which get a section of their own)."""
        if clause_id in self._clauses:
            return self._clauses[clause_id]
        section = self._sections.get(clause_id.split(".", 1)[0])
        return f"{section}.{clause_id}" if section else clause_id
