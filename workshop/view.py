"""A session as it stood at one moment: the drafts, diffs bases and versions read from it.

A view never changes once made (commands replace the state, they never mutate it), so an
export can build its document from a view on a worker thread while the workshop goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from workshop.content import Content
from workshop.draft import Draft, build_draft, landed_clause_ids, superseded_by
from workshop.errors import NotFoundError
from workshop.labels import version_label
from workshop.model import Approval, Decision, SessionState
from workshop.storage import StoredExport
from workshop.text import guillemets


@dataclass(frozen=True)
class ExportedVersion:
    label: str  # v0.1, v0.2 …
    created_at: str
    revision: int
    content_hash: str
    snapshot: str = field(repr=False)

    @cached_property
    def draft(self) -> Draft:
        """The draft exactly as exported, independent of what was undone or decided since."""
        return Draft.from_snapshot(self.snapshot)

    @staticmethod
    def from_stored(stored: StoredExport) -> ExportedVersion:
        """A version recorded in the exports table, as Atelier did before exports became
        commands: such files still open with their versions."""
        return ExportedVersion(
            stored.label, stored.created_at, stored.revision, stored.content_hash, stored.snapshot
        )


def next_version_label(versions: tuple[ExportedVersion, ...]) -> str:
    """v0.1, v0.2 …: the number the next recorded version gets."""
    return version_label(len(versions) + 1)


@dataclass(frozen=True)
class SessionView:
    state: SessionState
    content: Content
    _drafts: dict[int, Draft] = field(default_factory=dict, repr=False, compare=False)

    @property
    def versions(self) -> tuple[ExportedVersion, ...]:
        return self.state.versions

    def draft(self, revision: int | None = None) -> Draft:
        """Revision k is the draft after the first k decisions; 0 is the baseline template.

        Built on demand and kept with the view: exports and the live draft pane ask for the
        same few revisions many times."""
        decisions = self.state.decisions
        k = len(decisions) if revision is None else revision
        if not 0 <= k <= len(decisions):
            count = len(decisions) + 1
            raise NotFoundError(
                f"no revision {k}: the session has {count}",
                fr=f"pas de révision {k}\u00a0: la session en compte {count}",
            )
        if k not in self._drafts:
            template, deck = self.content.template, self.content.deck
            info, reviews = self.state.info, self.state.legal_reviews
            self._drafts[k] = build_draft(template, deck, decisions[:k], info, reviews)
        return self._drafts[k]

    def revision_count(self) -> int:
        return len(self.state.decisions) + 1

    def superseded(self) -> dict[int, int]:
        return superseded_by(self.state.decisions, self.content.deck, self.content.template)

    def decision_clause_ids(self, decision: Decision) -> list[str]:
        return landed_clause_ids(decision, self.content.deck, self.content.template)

    def last_changed_clauses(self) -> set[str]:
        """Clauses the latest decision set, added or removed: what the live draft highlights."""
        decisions = self.state.decisions
        return set(self.decision_clause_ids(decisions[-1])) if decisions else set()

    def last_decision_on(self, clause_id: str) -> Decision | None:
        """The latest decision that changed this clause: the author and date of its change."""
        return self._latest_decisions.get(clause_id)

    @cached_property
    def _latest_decisions(self) -> dict[str, Decision]:
        """Each changed clause's latest decision, found in one pass: an export asks for every
        clause, and scanning the decisions for each made big policies quadratic."""
        latest: dict[str, Decision] = {}
        for decision in self.state.decisions:
            for clause_id in self.decision_clause_ids(decision):
                latest[clause_id] = decision
        return latest

    def version(self, label: str) -> ExportedVersion:
        for version in self.versions:
            if version.label == label:
                return version
        known = ", ".join(v.label for v in self.versions)
        raise NotFoundError(
            f"no exported version {label!r} (exported: {known or 'none yet'})",
            fr=f"aucune version exportée {guillemets(label)} "
            f"(exportées\u00a0: {known or 'aucune pour l’instant'})",
        )

    def approval(self, label: str) -> Approval | None:
        """The approval of version `label`; None while it is not approved."""
        return next((a for a in self.state.approvals if a.version == label), None)

    def approved_version(self) -> ExportedVersion | None:
        """The latest approved version: the policy as published."""
        if not self.state.approvals:
            return None
        return self.version(self.state.approvals[-1].version)

    def next_version_label(self) -> str:
        """The number the current draft gets when exported: the same content keeps its number."""
        if not self.has_changes_since_export():
            return self.versions[-1].label
        return next_version_label(self.versions)

    def has_changes_since_export(self) -> bool:
        return not self.versions or self.versions[-1].content_hash != self.draft().content_hash()

    def default_since(self) -> str:
        """Track changes since the last exported version with other content, else the baseline."""
        digest = self.draft().content_hash()
        earlier = [v for v in self.versions if v.content_hash != digest]
        return earlier[-1].label if earlier else "baseline"

    def diff_base(self, since: str) -> Draft:
        """The draft that changes are shown against: "baseline" or an exported version's label."""
        return self.draft(0) if since == "baseline" else self.version(since).draft
