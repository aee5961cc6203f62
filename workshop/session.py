"""An open workshop session: the one path by which state changes, and the drafts it produces.

A caller asks for a command; it is checked against a copy of the state, committed to the session
file, and only then becomes the state, after which every listener is told once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from workshop.commands import Command, CommandError, check_info, command_from_plain
from workshop.content import Content, builtin_content
from workshop.draft import Draft
from workshop.errors import NotASessionError
from workshop.model import Decision, SessionInfo, SessionState
from workshop.plain import from_plain, to_plain
from workshop.storage import SessionFile, damaged
from workshop.view import ExportedVersion, SessionView

Listener = Callable[[], None]
# What a damaged command payload, session details or export snapshot raises while replayed.
_DAMAGE = (CommandError, ValueError, TypeError, KeyError, IndexError, RecursionError, sqlite3.Error)


class Session:
    def __init__(self, file: SessionFile, content: Content) -> None:
        self.file = file
        self.content = content
        self._listeners: list[Listener] = []
        self._initial = self._initial_info()
        self._view: SessionView | None = None
        self._state = self._replay()

    # -- lifecycle --------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, info: SessionInfo, content: Content | None = None) -> Session:
        check_info(info)
        content = content or builtin_content()
        initial = json.dumps(to_plain(info), ensure_ascii=False)
        return cls._opened(SessionFile.create(path, {"info": initial}), content)

    @classmethod
    def open(
        cls, path: Path, content: Content | None = None, *, read_only: bool = False
    ) -> Session:
        """Check and replay a session before anything is written: only one that replays cleanly
        is backed up and made writable; any damage is a SessionFileError, the file untouched."""
        session = cls._opened(SessionFile.open(path, read_only=read_only), content)
        try:
            session.file.accept()
        except BaseException:
            session.close()
            raise
        return session

    @classmethod
    def _opened(cls, file: SessionFile, content: Content | None) -> Session:
        try:
            try:
                session = cls(file, content or builtin_content())
                session._check_versions()
            except _DAMAGE as exc:
                raise damaged(file.path, exc) from exc
        except BaseException:
            file.close()
            raise
        return session

    def close(self) -> None:
        self.file.close()

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        """Opened read-only (read-only file or folder, no file locks): every change is refused."""
        return self.file.read_only

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

    def _adopt(self, state: SessionState, view: SessionView | None = None) -> None:
        self._state = state
        self._view = view
        for listener in list(self._listeners):
            listener()

    def _initial_info(self) -> SessionInfo:
        try:
            return from_plain(SessionInfo, json.loads(self.file.meta()["info"]))
        except (KeyError, ValueError, TypeError, RecursionError) as exc:
            raise damaged(self.file.path, exc) from exc

    def _replay(self) -> SessionState:
        state = SessionState(info=self._initial)
        for stored in self.file.active_commands():
            try:
                command_from_plain(stored.kind, stored.payload).apply(state, self.content)
            except (CommandError, ValueError, TypeError, KeyError) as exc:
                name = self.file.path.name
                raise NotASessionError(
                    f"{name}: change #{stored.seq} ({stored.kind}) no longer fits this version's "
                    f"content: {exc}. The file was not changed.",
                    fr=f"{name} : la modification n° {stored.seq} ({stored.kind}) ne correspond "
                    f"plus au contenu de cette version : {exc}. Le fichier n'a pas été modifié.",
                ) from exc
        return state

    def _check_versions(self) -> None:
        """Each exported version still holds the draft it was exported with: a damaged snapshot
        would show phantom changes in the next export's "since" comparison."""
        for version in self.view().versions:
            if version.draft.content_hash() != version.content_hash:
                problem = ValueError(f"exported version {version.label} is not as it was saved")
                raise damaged(self.path, problem)

    # -- reading: through an immutable view of the current state ----------------------------

    def view(self) -> SessionView:
        """The session as it stands; safe to hand to another thread."""
        if self._view is None:
            self._view = SessionView(self._state, self.content, self._read_versions())
        return self._view

    def _read_versions(self) -> tuple[ExportedVersion, ...]:
        return tuple(ExportedVersion.from_stored(s) for s in self.file.exports())

    def draft(self, revision: int | None = None) -> Draft:
        return self.view().draft(revision)

    def revision_count(self) -> int:
        return self.view().revision_count()

    def superseded(self) -> dict[int, int]:
        return self.view().superseded()

    def decision_clause_ids(self, decision: Decision) -> list[str]:
        return self.view().decision_clause_ids(decision)

    def last_changed_clauses(self) -> set[str]:
        return self.view().last_changed_clauses()

    def versions(self) -> list[ExportedVersion]:
        return list(self.view().versions)

    def version(self, label: str) -> ExportedVersion:
        return self.view().version(label)

    def next_version_label(self) -> str:
        return self.view().next_version_label()

    def has_changes_since_export(self) -> bool:
        return self.view().has_changes_since_export()

    def default_since(self) -> str:
        return self.view().default_since()

    # -- exported versions ------------------------------------------------------------------

    def record_export(self, draft: Draft | None = None) -> ExportedVersion:
        """Record `draft` (default: the current one) as exported, once its file is written.

        The same content keeps its number, so a DOCX and a PDF of one draft share a version."""
        draft = draft or self.draft()
        versions = self.view().versions
        if versions and versions[-1].content_hash == draft.content_hash():
            return versions[-1]
        label = f"v0.{len(versions) + 1}"
        self.file.add_export(label, draft.revision, draft.content_hash(), draft.to_snapshot())
        built = self.view()._drafts  # same state: the drafts already built still hold
        self._adopt(
            self._state, SessionView(self._state, self.content, self._read_versions(), built)
        )
        return self.view().versions[-1]
