"""Damaged, foreign and odd session files: each is a clear SessionFileError in both languages,
the file is never written, the backups never replaced, and what was good can be got back."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.commands import RecordTimeUsed, RevealInject
from workshop.content import Content, builtin_content
from workshop.demo import write_demo
from workshop.errors import (
    DamagedSessionError,
    NotASessionError,
    SessionFileError,
    SessionLockedError,
)
from workshop.recovery import recover_until_damage, restore_backup
from workshop.session import Session
from workshop.storage import (
    _CHECKED,
    BACKUPS,
    SCHEMA_VERSION,
    backup_path,
    backups,
    row_checksum,
)

FLIPS = 240


@pytest.fixture
def saved(tmp_path: Path, info, small_content) -> Path:
    session = Session.create(tmp_path / "saved.atelier", info, small_content)
    session.execute(RevealInject("journalist"))
    session.execute(RecordTimeUsed("journalist", 30))
    session.record_export()
    session.close()
    return session.path


def _edit(path: Path, sql: str, params: tuple = (), *, rechecksum: bool = False) -> None:
    """Change a closed session behind Atelier's back; `rechecksum` hides it from the checksums
    (what a bug, rather than a bad disk, would leave)."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute(sql, params)
        if rechecksum:
            for table, columns in _CHECKED.items():
                for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall():
                    db.execute(
                        f"UPDATE {table} SET checksum = ? WHERE {columns[0]} = ?",
                        (row_checksum(tuple(row)), row[0]),
                    )
    finally:
        db.close()


def _refused(path: Path, content: Content, kind: type[SessionFileError] = NotASessionError):
    """Opening `path` is refused with `kind`, in both languages, and writes nothing."""
    before, beside = path.read_bytes(), sorted(os.listdir(path.parent))
    with pytest.raises(kind) as caught:
        Session.open(path, content)
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == beside  # no -wal, -shm or backup left behind
    error = caught.value
    assert error.text("en") and error.text("fr") and error.text("fr") != error.text("en")
    return error


# -- the byte-flip campaign -------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[tuple[bytes, Content]]:
    """The demo session, with two exported versions and an undone change: a realistic file."""
    content = builtin_content()
    folder = tmp_path_factory.mktemp("demo")
    path = write_demo(folder / "demo.atelier", "en", content=content)
    session = Session.open(path, content)
    first = session.record_export()
    while session.draft().content_hash() == first.content_hash:
        session.undo()  # back to the last decision
    session.record_export()
    session.undo()
    assert len(session.versions()) == 2 and session.can_redo()
    session.close()
    yield path.read_bytes(), content


def test_every_single_byte_flip_opens_identically_or_is_refused(tmp_path: Path, demo) -> None:
    data, content = demo
    reference_path = tmp_path / "reference.atelier"
    reference_path.write_bytes(data)
    reference = Session.open(reference_path, content, read_only=True)
    state, versions = reference.state, reference.versions()
    redo = reference.can_redo()
    reference.close()
    path = tmp_path / "flipped.atelier"
    good_backup = data
    backup_path(path).write_bytes(good_backup)
    rng = random.Random(15)
    outcomes = {"identical": 0, "refused": 0}
    header = [(offset, 1 << offset % 8) for offset in range(100)]  # SQLite's own header, each byte
    anywhere = [(rng.randrange(len(data)), 1 << rng.randrange(8)) for _ in range(FLIPS)]
    for offset, bit in header + anywhere:
        flipped = bytearray(data)
        flipped[offset] ^= bit
        path.write_bytes(bytes(flipped))
        try:
            session = Session.open(path, content)
        except SessionFileError as error:
            assert error.text("fr") and error.text("en"), offset
            outcomes["refused"] += 1
        else:
            same = (session.state, session.versions(), session.can_redo()) == (
                state,
                versions,
                redo,
            )
            session.close()
            assert same, f"byte {offset} bit {bit}: opened with different content"
            outcomes["identical"] += 1
        assert backup_path(path).read_bytes() == good_backup, f"byte {offset}: backup replaced"
        assert backups(path) == [backup_path(path)]
    assert outcomes["identical"] > 0 and outcomes["refused"] > 0, outcomes


# -- backups ----------------------------------------------------------------------------------


def test_a_file_that_fails_replay_never_replaces_the_backup(saved: Path, small_content) -> None:
    Session.open(saved, small_content).close()
    good = {p: p.read_bytes() for p in backups(saved)}
    _edit(saved, "UPDATE commands SET kind = 'no-such-change' WHERE seq = 1", rechecksum=True)
    error = _refused(saved, small_content)
    assert "no-such-change" in error.text("en")
    assert {p: p.read_bytes() for p in backups(saved)} == good


def test_the_last_three_distinct_good_states_are_kept(saved: Path, small_content) -> None:
    seen = []
    for seconds in range(1, 6):
        session = Session.open(saved, small_content)
        seen.append(dict(session.state.time_used))
        session.execute(RecordTimeUsed("journalist", seconds))
        session.close()
        Session.open(saved, small_content).close()  # the same state again: no new backup
    kept = []
    for generation in range(1, BACKUPS + 1):
        backup = Session.open(backup_path(saved, generation), small_content, read_only=True)
        kept.append(backup.state.time_used["journalist"])
        backup.close()
    assert kept == [5, 4, 3]  # newest first, each the state at one opening
    assert not backup_path(saved, BACKUPS + 1).exists()


def test_restore_puts_a_backup_back_and_keeps_the_damaged_file(saved: Path, small_content) -> None:
    Session.open(saved, small_content).close()
    _edit(saved, "UPDATE commands SET payload = '{}' WHERE seq = 1")
    damaged = saved.read_bytes()
    error = _refused(saved, small_content, DamagedSessionError)
    assert "atelier restore" in error.text("en") and "atelier restore" in error.text("fr")
    aside = restore_backup(saved, 1, small_content)
    assert aside.read_bytes() == damaged
    session = Session.open(saved, small_content)
    assert session.state.revealed_injects == {"journalist": 1}
    session.close()


def test_a_silently_changed_row_names_the_first_damaged_change(saved: Path, small_content) -> None:
    _edit(saved, "UPDATE commands SET payload = replace(payload, '30', '31') WHERE seq = 2")
    error = _refused(saved, small_content, DamagedSessionError)
    assert error.first_damaged == 2
    assert "before #2" in error.text("en") and "atelier recover" in error.text("fr")
    recovered, kept = recover_until_damage(saved, small_content)
    assert kept == 1
    session = Session.open(recovered, small_content)
    assert session.state.revealed_injects == {"journalist": 1} and not session.state.time_used
    assert session.versions() == []  # recorded after the damaged change, so not recovered
    session.close()


def test_a_damaged_export_snapshot_is_refused(saved: Path, small_content) -> None:
    """A version's snapshot no longer matching its hash, its checksum hiding it (a bug, not a
    disk): the version check still refuses it."""
    with sqlite3.connect(saved) as db:
        (payload,) = db.execute(
            "SELECT payload FROM commands WHERE kind = 'record_export'"
        ).fetchone()
    db.close()
    recorded = json.loads(payload)
    recorded["snapshot"] = recorded["snapshot"].replace("a", "b")
    damaged = json.dumps(recorded, ensure_ascii=False)
    sql = "UPDATE commands SET payload = ? WHERE kind = 'record_export'"
    _edit(saved, sql, (damaged,), rechecksum=True)
    error = _refused(saved, small_content)
    assert "v0.1" in error.text("en")


@pytest.mark.parametrize(
    "payload",
    [
        "{not json",  # JSONDecodeError
        "[" * 100_000 + "]" * 100_000,  # RecursionError
        b'{"card_id": "\xff\xfe"}',  # not UTF-8: sqlite3.OperationalError on reading
    ],
)
def test_an_unreadable_change_is_a_clear_refusal(saved: Path, small_content, payload) -> None:
    _edit(saved, "UPDATE commands SET payload = ? WHERE seq = 1", (payload,), rechecksum=True)
    _refused(saved, small_content)


@pytest.mark.parametrize("version", [0, -1])
def test_a_format_without_a_migration_is_a_clear_refusal(saved, small_content, version) -> None:
    _edit(saved, f"PRAGMA user_version={version}")
    _refused(saved, small_content)


def test_unreadable_session_details_are_a_clear_refusal(saved: Path, small_content) -> None:
    _edit(saved, "UPDATE meta SET value = '{' WHERE key = 'info'", rechecksum=True)
    _refused(saved, small_content)


def _downgrade(path: Path, version: int) -> None:
    """Make `path` a file as format `version` wrote it: no stored content (2), no checksums (1)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("DROP TABLE content")
    if version == 1:
        for table in ("meta", "commands", "exports"):
            db.execute(f"ALTER TABLE {table} DROP COLUMN checksum")
    db.execute(f"PRAGMA user_version={version}")
    db.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_session_is_migrated_after_it_replayed(saved, small_content, version) -> None:
    _downgrade(saved, version)
    session = Session.open(saved, small_content)
    assert session.state.time_used == {"journalist": 30}
    assert session.content == small_content  # the content it was opened with, now its own
    assert session.notice is not None and "earlier version" in session.notice.en
    assert session.notice.fr != session.notice.en
    session.execute(RecordTimeUsed("journalist", 40))
    session.close()
    db = sqlite3.connect(saved)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert db.execute("SELECT count(*) FROM commands WHERE checksum = ''").fetchone()[0] == 0
    assert {part for (part,) in db.execute("SELECT part FROM content")} == {
        "deck",
        "template",
        "awareness",
    }
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'content_adopted'").fetchone()[0]
    db.close()
    backup = sqlite3.connect(backup_path(saved))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version  # the state as it was
    backup.close()
    again = Session.open(saved, builtin_content())  # its own content now, whatever is offered
    assert again.notice is None and again.content == small_content
    assert again.state.time_used == {"journalist": 40}
    again.close()


def test_an_older_session_opened_read_only_is_not_changed(saved, small_content) -> None:
    _downgrade(saved, 2)
    before = saved.read_bytes()
    session = Session.open(saved, small_content, read_only=True)
    assert session.notice is not None and "read-only" in session.notice.en
    session.close()
    assert saved.read_bytes() == before


def test_damaged_stored_content_is_a_clear_refusal(saved: Path, small_content) -> None:
    _edit(saved, "UPDATE content SET value = replace(value, 'journalist', 'journalisT')")
    error = _refused(saved, small_content, DamagedSessionError)
    assert "content" in error.text("en")
    _edit(saved, "DELETE FROM content WHERE part = 'template'", rechecksum=True)
    _refused(saved, small_content)


def test_recovering_keeps_the_sessions_own_content(saved: Path, small_content) -> None:
    _edit(saved, "UPDATE commands SET payload = replace(payload, '30', '31') WHERE seq = 2")
    recovered, _ = recover_until_damage(saved, builtin_content())
    session = Session.open(recovered)
    assert session.content == small_content and session.notice is None
    session.close()


# -- one writer, one file -----------------------------------------------------------------------


def test_a_symlink_to_an_open_session_is_refused(saved: Path, small_content) -> None:
    link = saved.with_name("link.atelier")
    link.symlink_to(saved)
    first = Session.open(saved, small_content)
    try:
        with pytest.raises(SessionLockedError):
            Session.open(link, small_content)
    finally:
        first.close()
    through_link = Session.open(link, small_content)
    try:
        assert through_link.path == saved  # the real file, whatever name it was opened by
        with pytest.raises(SessionLockedError):
            Session.open(saved, small_content)
    finally:
        through_link.close()


def test_a_session_with_a_second_hard_link_is_refused(saved: Path, small_content) -> None:
    os.link(saved, saved.with_name("second-name.atelier"))
    for name in (saved, saved.with_name("second-name.atelier")):
        error = _refused(name, small_content, SessionFileError)
        assert "hard link" in error.text("en") and "liens physiques" in error.text("fr")


def test_a_foreign_wal_is_never_written_into_the_session(saved: Path, small_content) -> None:
    other = saved.with_name("other.db")
    db = sqlite3.connect(other, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE notes (text)")
    db.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 50)
    shutil.copyfile(other.with_name("other.db-wal"), saved.with_name(saved.name + "-wal"))
    db.close()
    before, wal = saved.read_bytes(), saved.with_name(saved.name + "-wal").read_bytes()
    with pytest.raises(NotASessionError, match="not an Atelier session"):
        Session.open(saved, small_content)
    assert saved.read_bytes() == before  # read through the -wal, never checkpointed into it
    assert saved.with_name(saved.name + "-wal").read_bytes() == wal
    os.remove(saved.with_name(saved.name + "-wal"))
    Session.open(saved, small_content).close()  # the session itself was never touched


def test_a_foreign_shm_alone_is_ignored(saved: Path, small_content) -> None:
    shm = saved.with_name(saved.name + "-shm")
    shm.write_bytes(bytes(range(256)) * 128)  # another database's shared memory, or garbage
    before = saved.read_bytes()
    session = Session.open(saved, small_content)
    try:
        assert session.state.time_used == {"journalist": 30}
        session.execute(RecordTimeUsed("journalist", 45))
    finally:
        session.close()
    assert saved.read_bytes() != before
    session = Session.open(saved, small_content)
    assert session.state.time_used == {"journalist": 45}
    session.close()


# -- not a file, no locks, read-only ---------------------------------------------------------------


def _refused_at_once(path: Path, content: Content) -> BaseException | None:
    """Open `path` on a thread: a FIFO that is read would block it forever."""
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            Session.open(path, content)
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert outcome, "opening hung"
    return outcome[0]


def test_a_fifo_or_a_device_is_refused_without_reading(tmp_path: Path, small_content) -> None:
    fifo = tmp_path / "pipe.atelier"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        error = _refused_at_once(path, small_content)
        assert isinstance(error, NotASessionError) and "not a regular file" in str(error)


def test_an_interrupted_creation_does_not_block_creating_it_again(
    tmp_path: Path, info, small_content, monkeypatch
) -> None:
    path = tmp_path / "new.atelier"

    def interrupted(temp: Path, target: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("workshop.storage._link_new", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Session.create(path, info, small_content)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    Session.create(path, info, small_content).close()
    Session.open(path, small_content).close()


def test_creating_never_replaces_a_file_that_appeared(tmp_path, info, small_content) -> None:
    path = tmp_path / "taken.atelier"
    path.write_bytes(b"someone else's")
    with pytest.raises(SessionFileError, match="already exists"):
        Session.create(path, info, small_content)
    assert path.read_bytes() == b"someone else's"
