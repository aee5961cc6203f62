"""The session lock: one writer per file whatever its name, and a clear word when the folder
cannot lock files at all."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from workshop.commands import RecordTimeUsed
from workshop.errors import LockUnsupportedError, SessionLockedError, SessionReadOnlyError
from workshop.local.lock import SessionLock, lock_path
from workshop.session import Session


@pytest.fixture
def saved(tmp_path: Path, info, small_content) -> Path:
    Session.create(tmp_path / "saved.atelier", info, small_content).close()
    return tmp_path / "saved.atelier"


def test_the_lock_is_keyed_on_the_file_not_its_name(saved: Path) -> None:
    link = saved.with_name("other-name.atelier")
    link.symlink_to(saved)
    assert lock_path(link) == lock_path(saved)
    renamed = saved.with_name("renamed.atelier")
    before = lock_path(saved)
    saved.rename(renamed)
    assert lock_path(renamed) == before
    first = SessionLock(renamed)
    first.acquire()
    try:
        with pytest.raises(SessionLockedError):
            SessionLock(renamed).acquire()
    finally:
        first.release()


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.EIO, errno.ENOSYS, errno.EOPNOTSUPP])
def test_a_folder_without_locks_says_so_and_opens_read_only(
    saved: Path, small_content, monkeypatch, code: int
) -> None:
    def no_locks(fd: int, operation: int) -> None:
        raise OSError(code, "Function not implemented")

    monkeypatch.setattr("fcntl.flock", no_locks)
    with pytest.raises(LockUnsupportedError) as caught:
        Session.open(saved, small_content)
    assert "cannot lock files" in caught.value.text("en")
    assert "read-only" in caught.value.text("en") and "lecture seule" in caught.value.text("fr")
    assert "already open" not in caught.value.text("en")
    session = Session.open(saved, small_content, read_only=True)
    try:
        assert session.read_only
        with pytest.raises(SessionReadOnlyError):
            session.execute(RecordTimeUsed("journalist", 5))
    finally:
        session.close()
