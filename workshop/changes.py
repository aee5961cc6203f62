"""What a change to a session changed, so each view refreshes only the part it shows.

In the spirit of Anki's OpChanges: executing, undoing or redoing a command returns one of these,
and the console hands it to every view instead of each view guessing with cache keys.
"""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    PARTICIPANTS = auto()
    AGENDA = auto()
    CARD_STATUS = auto()
    INJECTS = auto()
    VOTES = auto()  # the recorded counts, and whether the room sees them
    OPTIONS_SHOWN = auto()
    DECISIONS = auto()  # and with them the policy draft
    AWARENESS = auto()
    VERSIONS = auto()  # exported versions
    TIME_USED = auto()
    DECISION_DRAFT = auto()  # the decision form as typed, before it is recorded
    HISTORY = auto()  # what Undo and Redo would take back or bring back
    CONTENT = auto()  # the session's own cards: one added, or edited for this session
    EVERYTHING = (
        PARTICIPANTS
        | AGENDA
        | CARD_STATUS
        | INJECTS
        | VOTES
        | OPTIONS_SHOWN
        | DECISIONS
        | AWARENESS
        | VERSIONS
        | TIME_USED
        | DECISION_DRAFT
        | HISTORY
        | CONTENT
    )
