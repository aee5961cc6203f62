"""Session files: bad input gets a clear message, and nothing is ever overwritten or lost."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.commands import RecordTimeUsed, RevealInject
from workshop.errors import (
    NewerVersionError,
    NotASessionError,
    SessionFileError,
    SessionLockedError,
    SessionSaveError,
)
from workshop.session import Session
from workshop.storage import SCHEMA_VERSION, backup_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def saved(tmp_path: Path, info, small_content) -> Path:
    session = Session.create(tmp_path / "saved.atelier", info, small_content)
    session.execute(RevealInject("journalist"))
    session.close()
    return session.path


def test_opening_keeps_a_backup_of_the_previous_state(saved: Path, small_content) -> None:
    session = Session.open(saved, small_content)
    session.execute(RevealInject("journalist"))
    session.close()
    backup = Session.open(backup_path(saved), small_content)
    try:
        assert backup.state.revealed_injects == {"journalist": 1}
    finally:
        backup.close()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, small_content) -> None:
    path = tmp_path / "notes.atelier"
    path.write_bytes(b"Meeting notes, not a session\n" * 10)
    before = path.read_bytes()
    with pytest.raises(NotASessionError, match="not an Atelier session"):
        Session.open(path, small_content)
    assert path.read_bytes() == before


def test_another_sqlite_database_is_refused(tmp_path, small_content) -> None:
    path = tmp_path / "other.atelier"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotASessionError, match="not an Atelier session"):
        Session.open(path, small_content)


def test_a_damaged_session_is_refused_and_left_as_it_was(saved: Path, small_content) -> None:
    data = bytearray(saved.read_bytes())
    page = 4096
    data[page : page * 3] = b"\xde\xad\xbe\xef" * (page // 2)
    saved.write_bytes(bytes(data))
    with pytest.raises(NotASessionError) as caught:
        Session.open(saved, small_content)
    assert "not changed" in str(caught.value)
    assert saved.read_bytes() == bytes(data)


def test_a_file_from_a_newer_version_is_refused(saved: Path, small_content) -> None:
    with sqlite3.connect(saved) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    before = saved.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version of Atelier"):
        Session.open(saved, small_content)
    assert saved.read_bytes() == before


def test_a_second_opening_is_refused_with_who_holds_it(saved: Path, small_content) -> None:
    first = Session.open(saved, small_content)
    try:
        with pytest.raises(SessionLockedError, match=r"already open by .* \(process \d+"):
            Session.open(saved, small_content)
        other = subprocess.run(
            [sys.executable, "-c", _OPEN_IN_CHILD, str(saved)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert other.returncode == 3, other.stderr
        assert "already open" in other.stdout
    finally:
        first.close()
    Session.open(saved, small_content).close()  # released on close


_OPEN_IN_CHILD = """
import sys
from pathlib import Path
from workshop.errors import SessionLockedError
from workshop.storage import SessionFile
try:
    SessionFile.open(Path(sys.argv[1]))
except SessionLockedError as exc:
    print(exc)
    sys.exit(3)
"""


def test_a_lock_left_by_a_killed_process_is_taken_back(saved: Path, small_content) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD_IN_CHILD, str(saved)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    with pytest.raises(SessionLockedError):
        Session.open(saved, small_content)
    child.kill()
    child.wait()
    Session.open(saved, small_content).close()


_HOLD_IN_CHILD = """
import sys, time
from pathlib import Path
from workshop.storage import SessionFile
SessionFile.open(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""


def test_a_full_disk_is_reported_and_the_session_stays_as_it_was(saved, small_content) -> None:
    session = Session.open(saved, small_content)
    try:
        pages = session.file._db.execute("PRAGMA page_count").fetchone()[0]
        session.file._db.execute(f"PRAGMA max_page_count={pages + 1}")  # a nearly full disk
        with pytest.raises(SessionSaveError, match="disk is full"):
            for seconds in range(1, 5000):
                state_before = dict(session.state.time_used)
                commands_before = len(session.file.active_commands())
                session.execute(RecordTimeUsed("journalist", seconds))
        assert session.state.time_used == state_before
        assert len(session.file.active_commands()) == commands_before
        session.file._db.execute("PRAGMA max_page_count=1000000")  # space freed
        session.execute(RecordTimeUsed("journalist", 7))  # nothing left half-open
        assert session.state.time_used["journalist"] == 7
    finally:
        session.close()
    Session.open(saved, small_content).close()  # still a healthy session


def test_missing_file_and_folder_are_clear_errors(tmp_path: Path, small_content) -> None:
    with pytest.raises(SessionFileError, match="does not exist"):
        Session.open(tmp_path / "missing.atelier", small_content)
    with pytest.raises(SessionFileError, match="is a folder"):
        Session.open(tmp_path, small_content)


def test_a_sqlite_header_followed_by_garbage_reads_as_damaged(tmp_path, small_content) -> None:
    path = tmp_path / "garbled.atelier"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    before = path.read_bytes()
    with pytest.raises(NotASessionError, match="damaged"):
        Session.open(path, small_content)
    assert path.read_bytes() == before
