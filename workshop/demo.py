"""The sample session: a fictional organisation's workshop, played through real commands.

Everything goes through Session.execute, so the demo is also an end-to-end check of the domain:
if a command or the content changes shape, writing the demo fails loudly.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from workshop.commands import (
    RecordAwarenessAnswer,
    RecordAwarenessNote,
    RecordDecision,
    RecordTimeUsed,
    RecordVotes,
    RevealInject,
    SetAgenda,
    SetCardStatus,
    SetOptionsShown,
    SetParticipants,
    SetVotesRevealed,
)
from workshop.content import Content, builtin_content
from workshop.content_file import Place, read_toml
from workshop.local.paths import RESOURCES
from workshop.model import (
    ActionItem,
    AgendaItem,
    Answer,
    CardStatus,
    Decision,
    OpenQuestion,
    Participant,
    SessionInfo,
    Votes,
    check_jurisdiction,
)
from workshop.session import Session
from workshop.text import Bilingual, Language, check_language

DEMO_PATH = RESOURCES / "demo.toml"
WORKSHOP_START = time(9, 30)


def write_demo(
    path: Path, lang: str = "fr", *, jurisdiction: str = "fr", content: Content | None = None
) -> Path:
    """Write the sample session to `path` (a new file) in `lang` under `jurisdiction`'s law (by
    default France's, where the fictional organisation is), and return its path."""
    language = check_language(lang)
    data = read_toml(DEMO_PATH)
    place = Place(DEMO_PATH)
    head = place.table(data["session"], "session")
    today = date.today()
    info = SessionInfo(
        organisation=head["organisation"],
        facilitator=head["facilitator"],
        date=today.isoformat(),
        language=language,
        contact=place.bilingual(head["contact"], "contact").get(language),
        review_month=head["review_month"],
        jurisdiction=check_jurisdiction(jurisdiction),
    )
    session = Session.create(Path(path), info, content or builtin_content())
    try:
        _play(session, data, place, language, today)
    finally:
        session.close()
    return Path(path)


def _play(session: Session, data: dict[str, Any], place: Place, lang: Language, day: date) -> None:
    def text(value: Any, field: str) -> str:
        return place.bilingual(value, field).get(lang) if value.get(lang) else ""

    session.execute(
        SetParticipants(
            tuple(Participant(p["name"], text(p["role"], "role")) for p in data["participants"])
        )
    )
    session.execute(SetAgenda(tuple(AgendaItem(a["card"], a["minutes"]) for a in data["agenda"])))
    for entry in data["awareness"]:
        if "answer" in entry:
            session.execute(RecordAwarenessNote(entry["question"], text(entry["answer"], "answer")))
            continue
        for answer, count in zip(Answer, entry["answers"], strict=True):
            for _ in range(count):
                session.execute(RecordAwarenessAnswer(entry["question"], answer))

    clock = datetime.combine(day, WORKSHOP_START).astimezone()
    for step in data["decisions"]:
        card_id = step["card"]
        _discuss(session, card_id, step)
        votes = Votes(*step["votes"])
        session.execute(SetOptionsShown(card_id, True))
        session.execute(RecordVotes(card_id, votes))
        session.execute(SetVotesRevealed(card_id, True))
        clock += timedelta(minutes=step["minutes_used"])
        custom = step.get("custom_text")
        session.execute(
            RecordDecision(
                Decision(
                    card_id=card_id,
                    decided_at=clock.isoformat(timespec="seconds"),
                    option_id=step.get("option"),
                    custom_text=Bilingual.single(lang, text(custom, "custom_text"))
                    if custom
                    else None,
                    custom_clause_id=step.get("custom_clause"),
                    rationale=text(step["rationale"], "rationale"),
                    votes=votes,
                    dissent=text(step["dissent"], "dissent"),
                    actions=tuple(
                        ActionItem(
                            text(a["what"], "what"),
                            a["owner"],
                            (day + timedelta(days=a["due_days"])).isoformat(),
                        )
                        for a in step.get("actions", [])
                    ),
                    questions=tuple(
                        OpenQuestion(text(q["text"], "text"), q["clause"])
                        for q in step.get("questions", [])
                    ),
                )
            )
        )
    for step in data["parked"]:
        _discuss(session, step["card"], step)
        session.execute(SetCardStatus(step["card"], CardStatus.PARKED))


def _discuss(session: Session, card_id: str, step: dict[str, Any]) -> None:
    """Open a card as a facilitator would: in discussion, injects revealed, time spent."""
    session.execute(SetCardStatus(card_id, CardStatus.IN_DISCUSSION))
    for _ in range(step.get("injects", 0)):
        session.execute(RevealInject(card_id))
    total = step["minutes_used"] * 60 + session.state.time_used.get(card_id, 0)
    session.execute(RecordTimeUsed(card_id, total))
