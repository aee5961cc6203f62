"""Commands are the one path that changes a session: checked, committed, replayed, undone."""

from pathlib import Path

import pytest

from workshop.changes import Changes
from workshop.commands import (
    CommandError,
    RecordAwarenessAnswer,
    RecordDecision,
    RecordTimeUsed,
    RevealInject,
    SetAgenda,
    SetCardStatus,
)
from workshop.errors import SessionReadOnlyError
from workshop.model import AgendaItem, Answer, CardStatus, Decision, OpenQuestion, Votes
from workshop.session import Session
from workshop.storage import backups
from workshop.text import Bilingual


def _decide(option: str = "redirect", **extra) -> RecordDecision:
    return RecordDecision(
        Decision("journalist", "2026-11-23T10:00:00+01:00", option_id=option, **extra)
    )


def test_every_change_survives_reopening(session: Session, small_content) -> None:
    session.execute(SetAgenda((AgendaItem("journalist", 12), AgendaItem("training-card", 8))))
    session.execute(RevealInject("journalist"))
    session.execute(_decide(votes=Votes(5, 2, 1), rationale="Clair « et » net"))
    session.execute(RecordAwarenessAnswer("first-impression", Answer.UNSURE))
    path = session.path
    session.close()
    reopened = Session.open(path, small_content)
    try:
        state = reopened.state
        assert [a.card_id for a in state.agenda] == ["journalist", "training-card"]
        assert state.revealed_injects == {"journalist": 1}
        assert state.decisions[0].rationale == "Clair « et » net"
        assert state.decisions[0].votes.total == 8
        assert state.card_status("journalist") is CardStatus.DECIDED
        assert state.awareness["first-impression"].unsure == 1
    finally:
        reopened.close()


def test_a_refused_command_changes_nothing(session: Session) -> None:
    session.execute(RevealInject("journalist"))
    session.execute(RevealInject("journalist"))
    before = session.file.active_commands()
    with pytest.raises(CommandError, match="every inject is already revealed"):
        session.execute(RevealInject("journalist"))
    with pytest.raises(CommandError, match="no option"):
        session.execute(_decide("not-an-option"))
    with pytest.raises(CommandError, match="unknown clause"):
        session.execute(_decide(questions=(OpenQuestion("?", "nowhere.at_all"),)))
    with pytest.raises(CommandError, match="twice"):
        session.execute(SetAgenda((AgendaItem("journalist", 5), AgendaItem("journalist", 5))))
    assert session.file.active_commands() == before
    assert session.state.revealed_injects == {"journalist": 2}


def test_custom_wording_must_replace_one_of_the_cards_clauses(session: Session) -> None:
    with pytest.raises(CommandError, match="one of the card's clauses"):
        session.execute(
            RecordDecision(
                Decision(
                    "journalist",
                    "2026-11-23T10:00:00+01:00",
                    custom_text=Bilingual.single("fr", "Texte"),
                    custom_clause_id="training.review_cycle",
                )
            )
        )


def test_undo_and_redo_replay_commands_and_are_saved(session: Session, small_content) -> None:
    session.execute(SetCardStatus("journalist", CardStatus.IN_DISCUSSION))
    session.execute(_decide())
    assert session.undo()
    assert session.state.decisions == []
    assert session.state.card_status("journalist") is CardStatus.IN_DISCUSSION
    assert session.can_redo()
    assert session.redo()
    assert session.state.decisions[0].label == "D1"
    assert session.undo()
    session.execute(RecordTimeUsed("journalist", 90))  # bookkeeping keeps the redo history
    assert session.can_redo()
    session.execute(SetCardStatus("journalist", CardStatus.PARKED))  # an edit drops it
    assert not session.can_redo()
    assert session.undo()
    assert session.state.time_used == {"journalist": 90}  # bookkeeping is never undone


def test_listeners_hear_each_change_once_with_what_changed(session: Session) -> None:
    heard: list[tuple[int, Changes]] = []
    session.subscribe(lambda changes: heard.append((len(session.state.decisions), changes)))
    decided = Changes.DECISIONS | Changes.CARD_STATUS | Changes.HISTORY
    assert session.execute(_decide()) == decided
    assert session.undo() == decided
    assert session.redo() == decided
    assert heard == [(1, decided), (0, decided), (1, decided)]


def test_awareness_tallies_can_be_corrected(session: Session) -> None:
    for _ in range(3):
        session.execute(RecordAwarenessAnswer("private-not-private", Answer.YES))
    session.execute(RecordAwarenessAnswer("private-not-private", Answer.YES, delta=-1))
    assert session.state.awareness["private-not-private"].yes == 2
    with pytest.raises(CommandError):
        session.execute(RecordAwarenessAnswer("unknown-question", Answer.NO))


def test_revisions_and_superseded_decisions(session: Session) -> None:
    session.execute(_decide("redirect"))
    session.execute(_decide("drop-log"))
    session.execute(_decide("redirect"))
    assert session.revision_count() == 4
    assert session.superseded() == {1: 3}
    assert session.draft(1).clause("media.requests").provenance.decision_number == 1
    assert session.draft(3).clause("media.requests").provenance.decision_number == 3
    assert session.last_changed_clauses() == {"media.requests"}
    assert "media.record" not in {c.id for c in session.draft().clauses()}


def test_each_clause_is_dated_by_the_latest_decision_that_changed_it(session: Session) -> None:
    session.execute(_decide("redirect", rationale="first"))
    session.execute(_decide("drop-log", rationale="second"))
    session.execute(_decide("redirect", rationale="third"))
    view = session.view()
    changed_by = {
        clause_id: view.last_decision_on(clause_id).rationale
        for decision in session.state.decisions
        for clause_id in view.decision_clause_ids(decision)
    }
    assert changed_by["media.requests"] == "third"
    assert "second" in changed_by.values()  # drop-log's clauses, untouched since
    untouched = next(c.id for c in session.draft().clauses() if c.id not in changed_by)
    assert view.last_decision_on(untouched) is None


def test_exported_versions_are_numbered_and_keep_their_snapshot(session: Session) -> None:
    assert session.default_since() == "baseline"
    assert session.next_version_label() == "v0.1"
    first = session.record_export()
    assert (first.label, first.revision) == ("v0.1", 0)
    assert session.record_export().label == "v0.1"  # same content, same number
    assert not session.has_changes_since_export()
    session.execute(_decide())
    assert session.has_changes_since_export()
    assert session.default_since() == "v0.1"
    second = session.record_export()
    assert second.label == "v0.2"
    assert second.content_hash == session.draft().content_hash()
    assert session.default_since() == "v0.1"
    session.undo()  # the snapshot of v0.2 does not depend on the decisions still existing
    assert session.version("v0.2").draft.clause("media.requests").provenance is not None
    with pytest.raises(KeyError, match=r"v0\.9"):
        session.version("v0.9")


def test_creating_over_an_existing_file_is_refused(tmp_path: Path, info, small_content) -> None:
    target = tmp_path / "exists.atelier"
    target.write_text("precious")
    from workshop.errors import SessionFileError

    with pytest.raises(SessionFileError, match="already exists"):
        Session.create(target, info, small_content)
    assert target.read_text() == "precious"


def test_state_copy_shares_no_mutable_container(session: Session) -> None:
    import dataclasses

    original = session.state
    copied = original.copy()
    for field in dataclasses.fields(original):
        value = getattr(original, field.name)
        assert getattr(copied, field.name) == value
        if isinstance(value, dict | list | set):
            assert getattr(copied, field.name) is not value, field.name


def test_a_session_needs_valid_details_before_any_file_is_written(
    tmp_path: Path, info, small_content
) -> None:
    import dataclasses

    for wrong, message in (
        ({"organisation": "  "}, "organisation"),
        ({"review_month": 13}, "review month"),
        ({"language": "de"}, "unknown language"),
    ):
        target = tmp_path / "new.atelier"
        with pytest.raises(CommandError, match=message):
            Session.create(target, dataclasses.replace(info, **wrong), small_content)
        assert not target.exists()


def test_a_read_only_session_file_opens_read_only_and_refuses_changes_at_once(
    tmp_path: Path, info, small_content, monkeypatch
) -> None:
    path = tmp_path / "read-only.atelier"
    Session.create(path, info, small_content).close()
    for backup in backups(path):
        backup.unlink()
    monkeypatch.setattr("workshop.storage.writable", lambda path: False)  # tests run as root
    before = path.read_bytes()
    session = Session.open(path, small_content)
    try:
        assert session.read_only
        with pytest.raises(SessionReadOnlyError) as caught:
            session.execute(RecordTimeUsed("journalist", 5))
        assert "read-only" in caught.value.text("en")
        assert "lecture seule" in caught.value.text("fr")
        assert session.state.time_used == {}
    finally:
        session.close()
    assert path.read_bytes() == before
    assert backups(path) == []  # nothing written beside it either
