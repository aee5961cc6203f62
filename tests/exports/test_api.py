"""The export API: a failed or killed export harms nothing, and only a written file is recorded."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from exports import api
from exports.api import (
    ExportError,
    ExportOptions,
    export_session,
    prepare_document,
    record_export,
    write_document,
)
from exports.document import PolicyDocument
from workshop.commands import RecordDecision
from workshop.local.lock import lock_path
from workshop.model import Decision
from workshop.session import Session

ROOT = Path(__file__).parents[2]
DOCX = ExportOptions("docx", "fr")
PREVIOUS = b"the previous export, which must survive"


def half_then(error: BaseException):
    """A writer that gets halfway through the file, then fails."""

    def write(document: PolicyDocument, path: Path) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a document")
        raise error

    return write


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    out = tmp_path / "policy.docx"
    out.write_bytes(PREVIOUS)
    return out


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_export_records_the_version_after_writing(demo_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "policy.docx"
    result = export_session(demo_session, DOCX, out)
    assert result == api.ExportResult(out, "v0.1")
    assert out.read_bytes().startswith(b"PK")
    assert [v.label for v in demo_session.versions()] == ["v0.1"]
    assert export_session(demo_session, DOCX, out).version == "v0.1"  # same content, same label
    assert leftovers(tmp_path) == []


def test_exported_file_gets_the_usual_permissions(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "policy.docx"
    export_session(session, DOCX, out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unknown_since_lists_the_known_versions(session: Session, tmp_path: Path) -> None:
    export_session(session, DOCX, tmp_path / "first.docx")
    with pytest.raises(ExportError, match=r"'v9\.9'.*baseline, none, v0\.1"):
        prepare_document(session, ExportOptions("docx", "fr", since="v9.9"))
    for since in ("baseline", "none", "v0.1", None):
        assert prepare_document(session, ExportOptions("docx", "fr", since=since)).version


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (PermissionError(errno.EACCES, "Permission denied"), "read-only"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_a_failed_write_keeps_the_previous_file_and_the_session(
    session: Session,
    previous: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    message: str,
) -> None:
    monkeypatch.setattr(api, "writer_for", lambda fmt: half_then(error))
    with pytest.raises(ExportError, match=message):
        export_session(session, DOCX, previous)
    assert previous.read_bytes() == PREVIOUS
    assert leftovers(previous.parent) == []
    assert session.versions() == []
    assert session.next_version_label() == "v0.1"


def test_a_bug_in_a_writer_is_not_disguised(
    session: Session, previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "writer_for", lambda fmt: half_then(RuntimeError("bug")))
    with pytest.raises(RuntimeError, match="bug"):
        export_session(session, DOCX, previous)
    assert previous.read_bytes() == PREVIOUS and leftovers(previous.parent) == []


def test_a_file_held_open_elsewhere_is_named(
    session: Session, previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file Word has open: os.replace raises PermissionError."""

    def locked(source: Path, target: Path) -> None:
        raise PermissionError(errno.EACCES, "Access is denied", str(target))

    monkeypatch.setattr(api.os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        export_session(session, DOCX, previous)
    assert previous.read_bytes() == PREVIOUS
    assert leftovers(previous.parent) == []
    assert session.versions() == []


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod cannot make a folder read-only (simulated above instead)",
)
def test_a_read_only_folder(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="read-only"):
            export_session(session, DOCX, folder / "policy.docx")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == [] and session.versions() == []


def test_a_folder_or_a_missing_folder_as_destination(session: Session, tmp_path: Path) -> None:
    document = prepare_document(session, DOCX)
    with pytest.raises(ExportError, match="is a folder"):
        write_document(document, "docx", tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        write_document(document, "docx", tmp_path / "nowhere" / "policy.docx")
    with pytest.raises(ExportError, match="unknown export format"):
        write_document(document, "odt", tmp_path / "policy.odt")
    assert session.versions() == []


def kill_while_writing(out: Path) -> None:
    """Export to `out` in a process that is killed halfway through writing the file."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from exports import api

        def killed(document, path):
            Path(path).write_bytes(b"half")
            os.kill(os.getpid(), signal.SIGKILL)

        api.writer_for = lambda fmt: killed
        api.write_document(None, "docx", Path({str(out)!r}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert done.returncode == -9, done.stderr


@pytest.mark.skipif(os.name != "posix", reason="kills the exporting process with SIGKILL")
def test_a_killed_export_leaves_the_previous_file_whole(previous: Path) -> None:
    kill_while_writing(previous)
    assert previous.read_bytes() == PREVIOUS


@pytest.mark.skipif(os.name != "posix", reason="kills the exporting process with SIGKILL")
def test_the_next_export_cleans_what_a_killed_one_left(session: Session, previous: Path) -> None:
    kill_while_writing(previous)
    (left,) = leftovers(previous.parent)
    assert left.startswith(api.TEMP_PREFIX)
    stamp = previous.stat().st_mtime - api.STALE_SECONDS
    os.utime(previous.parent / left, (stamp, stamp))
    export_session(session, DOCX, previous.with_name("other.docx"))
    assert leftovers(previous.parent) == [] and previous.read_bytes() == PREVIOUS


def test_a_change_during_the_write_is_not_recorded_as_this_export(
    session: Session, tmp_path: Path
) -> None:
    """The UI writes on a worker thread; a decision taken meanwhile is not in the file, so the
    version recorded is the draft that was built and written, not the one that stands now."""
    out = tmp_path / "policy.docx"
    view = session.view()
    document = prepare_document(view, DOCX)
    write_document(document, "docx", out)
    session.execute(
        RecordDecision(Decision("training-card", "2026-11-23T11:00:00", option_id="never"))
    )
    result = record_export(session, view, out)
    (version,) = session.versions()
    assert result.version == version.label == document.version == "v0.1"
    assert version.content_hash == document.content_hash != session.draft().content_hash()
    assert version.revision == 0
    assert version.draft.to_snapshot() == view.draft().to_snapshot()
    assert session.has_changes_since_export()


def test_export_modules_stay_out_of_start_up() -> None:
    code = "import sys, exports.api; print(sorted({'docx', 'reportlab'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_exports_the_demo(demo_file: Path, tmp_path: Path) -> None:
    session = tmp_path / "demo.atelier"
    session.write_bytes(demo_file.read_bytes())
    out = tmp_path / "policy.docx"
    done = run_cli("export", str(session), "--format", "docx", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote {out} (v0.1)"
    assert out.read_bytes().startswith(b"PK")

    bad = run_cli("export", str(session), "--format", "docx", "--out", str(out), "--since", "v7")
    assert bad.returncode == 2
    assert "baseline, none, v0.1" in bad.stderr and "Traceback" not in bad.stderr


def test_decision_log_lists_clause_numbers_in_reading_order(demo_session: Session) -> None:
    document = prepare_document(demo_session, DOCX)
    for entry in document.decisions:
        numbers = [tuple(map(int, n.split("."))) for n in entry.clause_numbers]
        assert numbers == sorted(numbers), entry.label
    assert any(len(entry.clause_numbers) > 1 for entry in document.decisions)


def session_files(session: Session) -> dict[str, bytes]:
    folder = session.path.parent
    return {
        p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith(session.path.name)
    }


@pytest.mark.parametrize(
    "side", ["", ".bak", "-wal", "-shm", ".lock", ".bak.2", ".bak3", ".damaged-20261130-1200"]
)
def test_out_naming_the_session_or_a_side_file_is_refused(session: Session, side: str) -> None:
    target = session.path.with_name(session.path.name + side)
    if not target.exists():
        target.write_bytes(b"side file")
    before = session_files(session)
    for fmt in ("docx", "pdf"):
        with pytest.raises(ExportError, match="session file or one of its backups") as refused:
            export_session(session, ExportOptions(fmt, "fr"), target)
        assert "remplacerait la session" in refused.value.text("fr")
    assert session_files(session) == before
    assert session.versions() == []


def test_out_naming_the_session_s_lock_is_refused(session: Session) -> None:
    """The lock is named after the session's device and inode, not after its name."""
    lock = lock_path(session.path)
    assert lock.exists() and not lock.name.startswith(session.path.name)
    for fmt in ("docx", "pdf"):
        with pytest.raises(ExportError, match="session file or one of its backups"):
            export_session(session, ExportOptions(fmt, "fr"), lock)
    assert lock.exists()


@pytest.mark.skipif(os.name != "posix", reason="symlinks and hard links as POSIX makes them")
def test_out_reaching_the_session_through_a_link_is_refused(
    session: Session, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    backup = session.path.with_name(session.path.name + ".bak")
    backup.write_bytes(b"the good backup")
    links = {
        "symlink.docx": lambda link: link.symlink_to(session.path),
        "symlink-to-bak.docx": lambda link: link.symlink_to(backup),
        "hardlink.docx": lambda link: os.link(session.path, link),
        "hardlink-to-bak.docx": lambda link: os.link(backup, link),
    }
    for name, make in links.items():
        make(elsewhere / name)
    before = session_files(session)
    for name in links:
        with pytest.raises(ExportError, match="session file"):
            export_session(session, DOCX, elsewhere / name)
    assert session_files(session) == before and session.versions() == []
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(session.path.parent)
    with pytest.raises(ExportError, match="session file"):
        export_session(session, DOCX, folder_link / session.path.name)
    assert session_files(session) == before


def test_a_file_named_like_the_session_but_not_its_own_is_accepted(
    session: Session, tmp_path: Path
) -> None:
    out = session.path.with_name(session.path.stem + " policy.docx")
    assert export_session(session, DOCX, out).version == "v0.1"


@pytest.mark.parametrize(("fmt", "name"), [("pdf", "x.docx"), ("docx", "x.pdf"), ("docx", "x")])
def test_out_with_another_format_s_extension_is_refused(
    session: Session, tmp_path: Path, fmt: str, name: str
) -> None:
    with pytest.raises(ExportError, match="does not end in") as refused:
        export_session(session, ExportOptions(fmt, "fr"), tmp_path / name)
    assert "ne se termine pas" in refused.value.text("fr")
    assert not (tmp_path / name).exists() and session.versions() == []
    assert export_session(session, DOCX, tmp_path / "UPPER.DOCX").version == "v0.1"


def test_temporary_names_stay_short_and_a_249_character_name_exports(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temporaries: list[str] = []
    write = api.writer_for("docx")

    def noting(document: PolicyDocument, path: Path) -> None:
        temporaries.append(Path(path).name)
        write(document, path)

    monkeypatch.setattr(api, "writer_for", lambda fmt: noting)
    out = tmp_path / ("n" * 244 + ".docx")
    assert len(out.name) == 249
    export_session(session, DOCX, out)
    assert out.read_bytes().startswith(b"PK")
    assert len(temporaries) == 1 and len(temporaries[0]) <= 20
    assert temporaries[0].startswith(api.TEMP_PREFIX) and leftovers(tmp_path) == []


def leftover(path: Path, seconds_old: float) -> Path:
    """A half-written temporary file, as if last written `seconds_old` ago."""
    path.write_bytes(b"half")
    stamp = path.stat().st_mtime - seconds_old
    os.utime(path, (stamp, stamp))
    return path


def test_leftovers_of_killed_exports_are_cleaned_on_the_next_export(
    session: Session, tmp_path: Path
) -> None:
    leftover(tmp_path / ".atl-0123abcd.tmp", 60)
    leftover(tmp_path / ".policy.docx.89abcdef.tmp", 60)  # named as earlier versions did
    kept = [
        leftover(tmp_path / ".atl-fedcba98.tmp", 0),  # another export may be writing it now
        leftover(tmp_path / ".someone-else.tmp", 60),  # not ours
        leftover(tmp_path / ".notes.txt.0123abcd.tmp", 60),  # not an export's
    ]
    export_session(session, DOCX, tmp_path / "policy.docx")
    assert leftovers(tmp_path) == sorted(p.name for p in kept)


@pytest.mark.skipif(os.name != "posix", reason="the lock a writing export holds is POSIX flock")
def test_a_leftover_another_export_is_writing_is_left_alone(
    session: Session, tmp_path: Path
) -> None:
    import fcntl

    busy = leftover(tmp_path / ".atl-00000000.tmp", 60)
    with open(busy, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        export_session(session, DOCX, tmp_path / "policy.docx")
        assert busy.exists()
    export_session(session, DOCX, tmp_path / "again.docx")
    assert not busy.exists()


def test_every_export_error_is_worded_in_both_languages(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = prepare_document(session, DOCX)
    errors = []
    for attempt in (
        lambda: prepare_document(session, ExportOptions("docx", "fr", since="v9")),
        lambda: write_document(document, "odt", tmp_path / "p.odt"),
        lambda: write_document(document, "docx", tmp_path),
        lambda: write_document(document, "docx", tmp_path / "no" / "p.docx"),
    ):
        with pytest.raises(ExportError) as caught:
            attempt()
        errors.append(caught.value)
    for code in (errno.ENOSPC, errno.EROFS, errno.EIO):
        monkeypatch.setattr(api, "writer_for", lambda fmt, c=code: half_then(OSError(c, "x")))
        with pytest.raises(ExportError) as caught:
            write_document(document, "docx", tmp_path / "p.docx")
        errors.append(caught.value)
    for error in errors:
        assert error.message.fr and error.message.en and error.message.fr != error.message.en
