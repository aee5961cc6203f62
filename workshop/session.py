"""An open workshop session: the one path by which state changes, and the drafts it produces.

A caller asks for a command; it is checked against a copy of the state, committed to the session
file, and only then becomes the state, after which every listener is told once what changed.
Undo and redo are the session file's own, so they survive closing, reopening and crashes.

A session runs on the content stored in its file when it was created (its cards, the policy
template, the awareness questions), changed only by its own commands: an app update never
changes an existing session's drafts, exports or undo history.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from workshop.changes import Changes
from workshop.commands import Command, CommandError, RecordExport, check_info, command_from_plain
from workshop.content import Content, builtin_content, content_from_stored, content_to_stored
from workshop.draft import Draft
from workshop.errors import NotASessionError
from workshop.history import Entry, History, ReplayError
from workshop.model import Decision, SessionInfo, SessionState
from workshop.plain import from_plain, to_plain
from workshop.storage import SessionFile, StoredCommand, damaged, now_iso
from workshop.text import Bilingual
from workshop.view import ExportedVersion, SessionView

Listener = Callable[[Changes], None]
# What a damaged command payload, session details or export snapshot raises while replayed.
_DAMAGE = (CommandError, ValueError, TypeError, KeyError, IndexError, RecursionError, sqlite3.Error)


# Said once, when a file saved before sessions kept their content takes this version's.
_ADOPTED = Bilingual(
    en="This session was saved by an earlier version of Atelier, which did not keep the cards "
    "and the policy template in the session file. It now runs on this version's content, kept "
    "in the file from now on, so later updates will not change it.",
    fr="Cette séance a été enregistrée par une version antérieure d’Atelier, qui ne gardait pas "
    "les cartes et le modèle de politique dans le fichier de séance. Elle utilise désormais le "
    "contenu de cette version, conservé dans le fichier : les prochaines mises à jour ne le "
    "changeront plus.",
)
_ADOPTED_READ_ONLY = Bilingual(
    en="This session was saved by an earlier version of Atelier, which did not keep the cards "
    "and the policy template in the session file. Opened read-only, it runs on this version's "
    "content without keeping it.",
    fr="Cette séance a été enregistrée par une version antérieure d’Atelier, qui ne gardait pas "
    "les cartes et le modèle de politique dans le fichier de séance. Ouverte en lecture seule, "
    "elle utilise le contenu de cette version sans le conserver.",
)


class Session:
    def __init__(self, file: SessionFile, content: Content) -> None:
        self.file = file
        # Something to tell the facilitator once about this opening (shown by the UI), or None.
        self.notice: Bilingual | None = None
        self._listeners: list[Listener] = []
        self._view: SessionView | None = None
        initial = SessionState(
            info=self._initial_info(),
            content=content,
            versions=tuple(ExportedVersion.from_stored(s) for s in file.exports()),
        )
        try:
            entries = [self._entry(stored) for stored in file.active_commands()]
            self._history = History(initial, entries)
        except ReplayError as error:
            raise self._unfit(error.entry.seq, error.entry.command.kind, error.cause) from error

    # -- lifecycle --------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, info: SessionInfo, content: Content | None = None) -> Session:
        """A new session file holding `content` (default: the built-in content), which it runs
        on from then on."""
        check_info(info)
        content = content or builtin_content()
        initial = json.dumps(to_plain(info), ensure_ascii=False)
        file = SessionFile.create(path, {"info": initial}, content_to_stored(content))
        return cls._opened(file, content)

    @classmethod
    def open(
        cls, path: Path, content: Content | None = None, *, read_only: bool = False
    ) -> Session:
        """Check and replay a session before anything is written: only one that replays cleanly
        is backed up and made writable; any damage is a SessionFileError, the file untouched.

        The session runs on the content stored in it. `content` (default: the built-in content)
        is only for a file saved before sessions kept theirs: it takes that content, keeps it
        from then on, and `notice` says so."""
        file = SessionFile.open(path, read_only=read_only)
        stored = file.content()
        if stored is not None:
            session = cls._opened(file, None, stored)
            adopted = None
        else:
            content = content or builtin_content()
            session = cls._opened(file, content)
            session.notice = _ADOPTED_READ_ONLY if file.read_only else _ADOPTED
            adopted = None if file.read_only else content_to_stored(content)
        try:
            session.file.accept(content=adopted)
        except BaseException:
            session.close()
            raise
        return session

    @classmethod
    def _opened(
        cls, file: SessionFile, content: Content | None, stored: dict[str, str] | None = None
    ) -> Session:
        """The session of `file`, on `content` or else on the `stored` one it holds."""
        try:
            try:
                session = cls(file, content or content_from_stored(stored or {}))
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
        return self._history.state

    @property
    def content(self) -> Content:
        """The content the session runs on now: the stored one, with its cards added or edited."""
        return self._history.state.content

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def execute(self, command: Command) -> Changes:
        """Check, commit, then adopt: a command that fails or cannot be saved changes nothing."""
        candidate = self.state.copy()
        command.apply(candidate, candidate.content)
        seq = self.file.append(command.kind, command.to_plain(), undoable=command.undoable)
        self._history.add(Entry(seq, command), candidate)
        history = Changes.HISTORY if command.undoable else Changes.NONE
        return self._adopt(command.changes | history)

    def undo(self) -> Changes:
        """Take back the latest undoable command; Changes.NONE when there is none."""
        if self._history.undo_position() is None or not self.file.undo():
            return Changes.NONE
        entry = self._history.undo()
        return self._adopt(entry.command.changes | Changes.HISTORY)

    def redo(self) -> Changes:
        """Bring back the command undone last, even one undone before the file was reopened."""
        entry = self._history.next_redo()
        if not self.file.redo():
            return Changes.NONE
        if entry is None:  # undone in an earlier run: only the file knows it
            entry = self._redone_in_file()
        try:
            self._history.redo(entry)
        except ReplayError as error:
            self.file.undo()
            raise CommandError(
                f"change #{entry.seq} ({entry.command.kind}) can no longer be redone: "
                f"{error.cause}",
                fr=f"la modification n° {entry.seq} ({entry.command.kind}) ne peut plus être "
                f"rétablie\u00a0: {error.cause}",
            ) from error
        return self._adopt(entry.command.changes | Changes.HISTORY)

    def can_undo(self) -> bool:
        return self._history.undo_position() is not None

    def can_redo(self) -> bool:
        return self.file.can_redo()

    def undo_description(self) -> Bilingual | None:
        """What Undo would take back ("record decision D3"), or None when nothing."""
        index = self._history.undo_position()
        if index is None:
            return None
        entry = self._history.entry(index)
        before = self._history.state_before(index)
        return entry.command.describe(before, before.content)

    def redo_description(self) -> Bilingual | None:
        """What Redo would bring back; None when nothing, or when it was undone before this
        file was opened (the file keeps its command, read only when it is redone)."""
        entry = self._history.next_redo()
        if entry is None:
            return None
        before = self._history.state_before(self._history.insertion_point(entry))
        return entry.command.describe(before, before.content)

    def _adopt(self, changes: Changes) -> Changes:
        """A new state is in place: a new view (its drafts kept while the decisions are the
        same and the content too), then every listener, told what changed."""
        if self._view is not None and not changes & (Changes.DECISIONS | Changes.CONTENT):
            self._view = SessionView(self.state, self.content, self._view._drafts)
        else:
            self._view = None
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _initial_info(self) -> SessionInfo:
        try:
            return from_plain(SessionInfo, json.loads(self.file.meta()["info"]))
        except (KeyError, ValueError, TypeError, RecursionError) as exc:
            raise damaged(self.file.path, exc) from exc

    def _entry(self, stored: StoredCommand) -> Entry:
        try:
            return Entry(stored.seq, command_from_plain(stored.kind, stored.payload))
        except (ValueError, TypeError, KeyError) as exc:
            raise self._unfit(stored.seq, stored.kind, exc) from exc

    def _redone_in_file(self) -> Entry:
        for stored in self.file.active_commands():
            if not self._history.has_command(stored.seq):
                return self._entry(stored)
        raise RuntimeError("the session file redid a command it does not list")

    def _unfit(self, seq: int, kind: str, exc: Exception) -> NotASessionError:
        """A stored change that cannot be replayed: the file is damaged from that change on,
        and every change before it can be recovered into a copy."""
        return damaged(self.file.path, ValueError(f"change #{seq} ({kind}): {exc}"), seq)

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
            self._view = SessionView(self.state, self.content)
        return self._view

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
        """Record `draft` — the one a writer used, default the current one — as exported, once
        its file is written; a command like any other change, kept in the command log.

        The same content keeps its number, so a DOCX and a PDF of one draft share a version."""
        draft = draft or self.draft()
        versions = self.state.versions
        if versions and versions[-1].content_hash == draft.content_hash():
            return versions[-1]
        self.execute(
            RecordExport(now_iso(), draft.revision, draft.content_hash(), draft.to_snapshot())
        )
        return self.state.versions[-1]
