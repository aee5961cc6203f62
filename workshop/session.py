"""An open workshop session: the one path by which state changes, and the drafts it produces.

A caller asks for a command; it is checked against a copy of the state, committed to the session
file, and only then becomes the state, after which every listener is told once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.commands import Command, CommandError, command_from_plain
from workshop.content import Content, builtin_content
from workshop.draft import Draft, build_draft, decision_effects, superseded_by
from workshop.errors import NotASessionError
from workshop.model import Decision, SessionInfo, SessionState
from workshop.plain import from_plain, to_plain
from workshop.storage import SessionFile, StoredExport

Listener = Callable[[], None]


@dataclass(frozen=True, slots=True)
class ExportedVersion:
    label: str  # v0.1, v0.2 …
    created_at: str
    revision: int
    content_hash: str
    draft: Draft

    @staticmethod
    def from_stored(stored: StoredExport) -> ExportedVersion:
        return ExportedVersion(
            stored.label,
            stored.created_at,
            stored.revision,
            stored.content_hash,
            Draft.from_plain(stored.snapshot),
        )


class Session:
    def __init__(self, file: SessionFile, content: Content) -> None:
        self.file = file
        self.content = content
        self._listeners: list[Listener] = []
        self._initial = self._initial_info()
        self._drafts: dict[int, Draft] = {}
        self._state = self._replay()

    # -- lifecycle --------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, info: SessionInfo, content: Content | None = None) -> Session:
        content = content or builtin_content()
        initial = json.dumps(to_plain(info), ensure_ascii=False)
        return cls._opened(SessionFile.create(path, {"info": initial}), content)

    @classmethod
    def open(cls, path: Path, content: Content | None = None) -> Session:
        return cls._opened(SessionFile.open(path), content or builtin_content())

    @classmethod
    def _opened(cls, file: SessionFile, content: Content) -> Session:
        try:
            return cls(file, content)
        except BaseException:
            file.close()
            raise

    def close(self) -> None:
        self.file.close()

    @property
    def path(self) -> Path:
        return self.file.path

    # -- state ------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def execute(self, command: Command) -> None:
        """Check, commit, then adopt: a command that fails or cannot be saved changes nothing."""
        candidate = self._state.copy()
        command.apply(candidate, self.content)
        self.file.append(command.kind, command.to_plain(), undoable=command.undoable)
        self._adopt(candidate)

    def undo(self) -> bool:
        if not self.file.undo():
            return False
        self._adopt(self._replay())
        return True

    def redo(self) -> bool:
        if not self.file.redo():
            return False
        self._adopt(self._replay())
        return True

    def can_undo(self) -> bool:
        return self.file.can_undo()

    def can_redo(self) -> bool:
        return self.file.can_redo()

    def _adopt(self, state: SessionState) -> None:
        self._state = state
        self._drafts.clear()
        for listener in list(self._listeners):
            listener()

    def _initial_info(self) -> SessionInfo:
        try:
            return from_plain(SessionInfo, json.loads(self.file.meta()["info"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise NotASessionError(
                f"{self.file.path.name}: session details unreadable ({exc})"
            ) from exc

    def _replay(self) -> SessionState:
        state = SessionState(info=self._initial)
        for stored in self.file.active_commands():
            try:
                command_from_plain(stored.kind, stored.payload).apply(state, self.content)
            except (CommandError, ValueError, TypeError, KeyError) as exc:
                raise NotASessionError(
                    f"{self.file.path.name}: change #{stored.seq} ({stored.kind}) no longer fits "
                    f"this version's content: {exc}. The file was not changed."
                ) from exc
        return state

    # -- drafts -----------------------------------------------------------------------------

    def _build(self, decisions: list[Decision]) -> Draft:
        return build_draft(self.content.template, self.content.deck, decisions, self._state.info)

    def draft(self, revision: int | None = None) -> Draft:
        """Revision k is the draft after the first k decisions; 0 is the baseline template.

        Built on demand and kept until the state changes: exports and the live draft pane ask
        for the same few revisions many times."""
        decisions = self._state.decisions
        k = len(decisions) if revision is None else revision
        if not 0 <= k <= len(decisions):
            raise IndexError(f"no revision {k}: the session has {len(decisions) + 1}")
        if k not in self._drafts:
            self._drafts[k] = self._build(decisions[:k])
        return self._drafts[k]

    def revision_count(self) -> int:
        return len(self._state.decisions) + 1

    def superseded(self) -> dict[int, int]:
        return superseded_by(self._state.decisions, self.content.deck)

    def last_changed_clauses(self) -> set[str]:
        """Clauses the latest decision set, added or removed: what the live draft highlights."""
        decisions = self._state.decisions
        return set(self.decision_clause_ids(decisions[-1])) if decisions else set()

    # -- exported versions ------------------------------------------------------------------

    def versions(self) -> list[ExportedVersion]:
        return [ExportedVersion.from_stored(s) for s in self.file.exports()]

    def version(self, label: str) -> ExportedVersion:
        for version in self.versions():
            if version.label == label:
                return version
        known = ", ".join(v.label for v in self.versions()) or "none yet"
        raise KeyError(f"no exported version {label!r} (exported: {known})")

    def next_version_label(self) -> str:
        """The number the current draft gets when exported: the same content keeps its number."""
        versions = self.versions()
        if versions and versions[-1].content_hash == self.draft().content_hash():
            return versions[-1].label
        return f"v0.{len(versions) + 1}"

    def record_export(self) -> ExportedVersion:
        """Record the current draft as exported, once an export file has been written."""
        label = self.next_version_label()
        versions = self.versions()
        if versions and versions[-1].label == label:
            return versions[-1]
        draft = self.draft()
        self.file.add_export(label, draft.revision, draft.content_hash(), draft.to_plain())
        for listener in list(self._listeners):
            listener()
        return self.versions()[-1]

    def default_since(self) -> str:
        """Track changes since the last exported version with other content, else the baseline."""
        digest = self.draft().content_hash()
        earlier = [v for v in self.versions() if v.content_hash != digest]
        return earlier[-1].label if earlier else "baseline"

    def has_changes_since_export(self) -> bool:
        versions = self.versions()
        return not versions or versions[-1].content_hash != self.draft().content_hash()

    def diff_base(self, since: str) -> Draft:
        """The draft that changes are shown against: "baseline" or an exported version's label."""
        return self.draft(0) if since == "baseline" else self.version(since).draft

    def decision_clause_ids(self, decision: Decision) -> list[str]:
        return [e.clause_id for e in decision_effects(decision, self.content.deck)]

    def last_decision_on(self, clause_id: str) -> Decision | None:
        """The latest decision that changed this clause: the author and date of its change."""
        for decision in reversed(self._state.decisions):
            if clause_id in self.decision_clause_ids(decision):
                return decision
        return None
