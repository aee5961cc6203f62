"""One undo history, the session file's: it survives reopening, names each command in both
languages, says what each change changed, and stays fast by replaying from checkpoints."""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop import history
from workshop.changes import Changes
from workshop.commands import (
    Command,
    CommandError,
    RecordAwarenessAnswer,
    RecordDecision,
    RecordExport,
    RecordTimeUsed,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetCardStatus,
    SetOptionsShown,
    SetVotesRevealed,
    StartSession,
    command_from_plain,
)
from workshop.content import Content
from workshop.model import (
    AgendaItem,
    Answer,
    CardStatus,
    Decision,
    Participant,
    SessionInfo,
    SessionState,
    Votes,
)
from workshop.session import Session
from workshop.storage import SessionFile
from workshop.text import Bilingual


def _decide(card_id: str = "journalist", option: str = "redirect") -> RecordDecision:
    return RecordDecision(Decision(card_id, "2026-11-23T10:00:00+01:00", option_id=option))


def _reopened(session: Session, content: Content) -> Session:
    path = session.path
    session.close()
    return Session.open(path, content)


# -- what each change changed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "changes"),
    [
        (StartSession((Participant("Ana"),), ()), Changes.PARTICIPANTS | Changes.AGENDA),
        (SetAgenda((AgendaItem("journalist", 10),)), Changes.AGENDA | Changes.HISTORY),
        (SetCardStatus("journalist", CardStatus.PARKED), Changes.CARD_STATUS | Changes.HISTORY),
        (RevealInject("journalist"), Changes.INJECTS | Changes.HISTORY),
        (RecordVotes("journalist", Votes(1, 2, 3)), Changes.VOTES | Changes.HISTORY),
        (SetVotesRevealed("journalist", True), Changes.VOTES | Changes.HISTORY),
        (SetOptionsShown("journalist", True), Changes.OPTIONS_SHOWN | Changes.HISTORY),
        (_decide(), Changes.DECISIONS | Changes.CARD_STATUS | Changes.HISTORY),
        (RecordAwarenessAnswer("first-impression", Answer.NO), Changes.AWARENESS | Changes.HISTORY),
        (RecordTimeUsed("journalist", 60), Changes.TIME_USED),
    ],
)
def test_each_command_says_what_it_changed_done_undone_and_redone(
    session: Session, command: Command, changes: Changes
) -> None:
    assert session.execute(command) == changes
    if command.undoable:
        assert session.undo() == changes
        assert session.redo() == changes
    else:
        assert session.undo() == Changes.NONE  # bookkeeping is not undone


def test_an_export_is_a_versions_change_in_the_command_log(session: Session, small_content):
    heard: list[Changes] = []
    session.subscribe(heard.append)
    version = session.record_export()
    assert heard == [Changes.VERSIONS]
    assert [c.kind for c in session.file.active_commands()] == ["record_export"]
    assert session.file.exports() == []  # the one write path: the command log only
    reopened = _reopened(session, small_content)
    try:
        assert reopened.versions() == [version]
        assert not reopened.can_undo()  # an export is bookkeeping: not an edit to take back
    finally:
        reopened.close()


def test_recording_the_same_draft_twice_is_refused_by_the_command(session: Session) -> None:
    draft = session.draft()
    session.record_export(draft)
    with pytest.raises(CommandError, match=r"already exported as v0\.1"):
        session.execute(
            RecordExport("now", draft.revision, draft.content_hash(), draft.to_snapshot())
        )


def test_the_version_recorded_is_the_draft_written_not_the_one_standing(session: Session):
    built = session.view()  # the export builds its document from this view …
    session.execute(_decide())  # … the room decides while the file is written …
    version = session.record_export(built.draft())  # … and the written draft is recorded
    assert version.content_hash == built.draft().content_hash() != session.draft().content_hash()
    assert version.revision == 0
    assert session.has_changes_since_export()


def test_versions_stored_by_older_files_still_open(
    tmp_path: Path, info: SessionInfo, small_content: Content
) -> None:
    session = Session.create(tmp_path / "old.atelier", info, small_content)
    draft = session.draft()
    session.file.add_export("v0.1", 0, draft.content_hash(), draft.to_snapshot())  # the old way
    session.execute(_decide())
    reopened = _reopened(session, small_content)
    try:
        assert [v.label for v in reopened.versions()] == ["v0.1"]
        assert reopened.record_export().label == "v0.2"  # numbering goes on from the table
        assert reopened.default_since() == "v0.1"
    finally:
        reopened.close()


# -- undo and redo survive reopening, with their names ------------------------------------------


def test_undo_and_redo_after_reopening(session: Session, small_content: Content) -> None:
    session.execute(SetCardStatus("journalist", CardStatus.IN_DISCUSSION))
    session.execute(_decide())
    session.execute(RecordTimeUsed("journalist", 300))
    session = _reopened(session, small_content)
    try:
        assert session.undo_description() == Bilingual(
            fr="enregistrer la décision D1", en="record decision D1"
        )
        assert session.undo() == Changes.DECISIONS | Changes.CARD_STATUS | Changes.HISTORY
        assert session.state.decisions == []
        assert session.state.time_used == {"journalist": 300}  # bookkeeping stays
        session = _reopened(session, small_content)
        assert session.state.decisions == []  # the undo was saved
        assert session.can_redo()
        assert session.redo_description() is None  # undone before this opening: not yet read
        assert session.redo()
        assert session.state.decisions[0].label == "D1"
        assert session.redo_description() is None and not session.can_redo()
        session = _reopened(session, small_content)
        assert session.state.decisions[0].label == "D1"  # the redo was saved
        assert session.undo_description() is not None
    finally:
        session.close()


def test_redo_names_what_it_brings_back(session: Session) -> None:
    session.execute(RevealInject("journalist"))
    session.execute(RevealInject("journalist"))
    session.undo()
    assert session.redo_description() == Bilingual(
        fr="révéler le rebondissement 2 de «\u00a0Un journaliste appelle\u00a0»",
        en="reveal inject 2 of “A journalist calls”",
    )
    assert session.undo_description() == Bilingual(
        fr="révéler le rebondissement 1 de «\u00a0Un journaliste appelle\u00a0»",
        en="reveal inject 1 of “A journalist calls”",
    )


def test_setting_up_a_session_is_not_undone(session: Session) -> None:
    session.execute(StartSession((Participant("Ana", "RH"),), (AgendaItem("journalist", 10),)))
    assert not session.can_undo() and session.undo_description() is None
    assert session.undo() == Changes.NONE
    assert [p.name for p in session.state.participants] == ["Ana"]


def test_every_stored_command_describes_itself_in_both_languages(
    tmp_path: Path, small_content: Content, info: SessionInfo
) -> None:
    """Descriptions come from what the file stores, so commands of earlier runs are named."""
    session = Session.create(tmp_path / "all.atelier", info, small_content)
    for command in (
        StartSession((), (AgendaItem("journalist", 10),)),
        SetAgenda((AgendaItem("journalist", 10), AgendaItem("training-card", 5))),
        *(SetCardStatus("journalist", status) for status in CardStatus),
        RevealInject("journalist"),
        RecordVotes("journalist", Votes(3, 1, 0)),
        SetVotesRevealed("journalist", True),
        SetVotesRevealed("journalist", False),
        SetOptionsShown("journalist", True),
        SetOptionsShown("journalist", False),
        _decide(),
        RecordAwarenessAnswer("first-impression", Answer.UNSURE),
        RecordAwarenessAnswer("first-impression", Answer.UNSURE, delta=-1),
        RecordTimeUsed("journalist", 30),
    ):
        session.execute(command)
    session.record_export()
    stored = session.file.active_commands()
    descriptions = []
    before = SessionState(info=info, content=small_content)
    for entry in stored:
        command = command_from_plain(entry.kind, entry.payload)
        description = command.describe(before, small_content)
        descriptions.append(description)
        command.apply(before, small_content)
    session.close()
    assert {type(command_from_plain(s.kind, s.payload)).__name__ for s in stored} >= {
        "StartSession",
        "RecordExport",
        "RecordDecision",
    }
    for description in descriptions:
        assert description.fr and description.en and description.fr != description.en
    assert len(set(descriptions)) == len(descriptions)  # each says what it does
    assert Bilingual(fr="enregistrer la version v0.1", en="record version v0.1") in descriptions


# -- checkpoints: the same state as replaying everything ----------------------------------------

_POOL: list[Command] = [
    SetCardStatus("journalist", CardStatus.IN_DISCUSSION),
    SetCardStatus("training-card", CardStatus.PARKED),
    RevealInject("journalist"),
    RecordVotes("journalist", Votes(4, 1, 0)),
    RecordVotes("training-card", Votes(0, 2, 2)),
    SetOptionsShown("journalist", True),
    SetVotesRevealed("training-card", True),
    _decide(),
    _decide("training-card", "yearly"),
    RecordAwarenessAnswer("first-impression", Answer.YES),
    RecordTimeUsed("journalist", 42),
    RecordTimeUsed("training-card", 7),
]
_STEPS = st.lists(
    st.one_of(
        st.sampled_from(_POOL),
        st.sampled_from(["undo", "undo", "redo", "reopen"]),
    ),
    max_size=40,
)
_names = itertools.count()


def _replayed(session: Session, content: Content) -> SessionState:
    """The state by the old rule: every command in effect, replayed from the start."""
    state = SessionState(info=session.state.info, content=content)
    for stored in session.file.active_commands():
        command_from_plain(stored.kind, stored.payload).apply(state, content)
    return state


@given(steps=_STEPS)
def test_checkpointed_undo_and_redo_equal_replaying_everything(
    tmp_path: Path,
    small_content: Content,
    info: SessionInfo,
    monkeypatch: pytest.MonkeyPatch,
    steps: list,
) -> None:
    monkeypatch.setattr(history, "CHECKPOINT_EVERY", 3)  # many checkpoints in a short log
    session = Session.create(tmp_path / f"h{next(_names)}.atelier", info, small_content)
    try:
        for step in steps:
            if step == "undo":
                session.undo()
            elif step == "redo":
                session.redo()
            elif step == "reopen":
                session = _reopened(session, small_content)
            else:
                with contextlib.suppress(CommandError):  # every inject revealed: refused
                    session.execute(step)
            assert session.state == _replayed(session, small_content)
            assert session.can_undo() == session.file.can_undo()
    finally:
        session.close()


def test_a_refused_redo_leaves_the_file_and_the_state_as_they_were(
    tmp_path: Path, info: SessionInfo, small_content: Content
) -> None:
    """A command that no longer applies (content changed between runs) is not redone."""
    session = Session.create(tmp_path / "r.atelier", info, small_content)
    session.execute(RevealInject("journalist"))
    session.undo()
    path = session.path
    session.close()
    file = SessionFile.open(path)
    file.accept()
    file.append("reveal_inject", {"card_id": "journalist"}, undoable=False)
    file.append("reveal_inject", {"card_id": "journalist"}, undoable=False)  # all revealed now
    file.close()
    session = Session.open(path, small_content)
    try:
        with pytest.raises(CommandError, match="can no longer be redone"):
            session.redo()
        assert session.state.revealed_injects == {"journalist": 2}
        assert session.can_redo()  # the file still holds it, undone
    finally:
        session.close()
