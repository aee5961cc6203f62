"""The two slides the room sees: a welcome slide, and the current card as far as it is revealed.

What reaches the projector is decided by the domain (`workshop.room.room_card`): these slides lay
out that value and nothing else, so no rule about what the room may see lives in a widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6 import QtCore
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from ui.presenter.room_text import RoomText
from ui.presenter.style import VOTE_COLOURS, apply_sizes, role_label, set_flag, spaced
from ui.presenter.vote_bar import VoteBar
from workshop.labels import clock
from workshop.model import ActionItem, Votes
from workshop.room import RoomCard, RoomDecision, RoomOption
from workshop.session import Session
from workshop.text import Bilingual

# Marks English text for lupdate and returns it: a str, where PySide6's stub says object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

_SLACK = 4  # px kept free: a layout's pixel rounding on screen may differ a little from its hint
# px: the last resort when one part alone does not fit at the floor (a tiny window); below this
# a slide is unreadable anyway, so it may clip instead
MIN_BASE = 12.0

_WORKSHOP = QT_TRANSLATE_NOOP("Presenter", "Social media policy workshop")
_FACILITATED_BY = QT_TRANSLATE_NOOP("Presenter", "Facilitated by {name}")
_SCENARIO_OF = QT_TRANSLATE_NOOP("Presenter", "Scenario {number} of {count}")
_TO_DISCUSS = QT_TRANSLATE_NOOP("Presenter", "To discuss")
_DEVELOPMENTS = QT_TRANSLATE_NOOP("Presenter", "Developments")
_UPDATE = QT_TRANSLATE_NOOP("Presenter", "Update {number}")
_LATEST_UPDATE = QT_TRANSLATE_NOOP("Presenter", "Update {number} · just in")
_OPTIONS = QT_TRANSLATE_NOOP("Presenter", "Options")
_VOTE = QT_TRANSLATE_NOOP("Presenter", "Vote")
_VOTE_PARTS = {
    "in_favour": QT_TRANSLATE_NOOP("Presenter", "For: {count}"),
    "against": QT_TRANSLATE_NOOP("Presenter", "Against: {count}"),
    "abstain": QT_TRANSLATE_NOOP("Presenter", "Abstain: {count}"),
}
_DECISION = QT_TRANSLATE_NOOP("Presenter", "Decision {label}")
_WHY = QT_TRANSLATE_NOOP("Presenter", "Why: {rationale}")
_NEXT_STEPS = QT_TRANSLATE_NOOP("Presenter", "Next steps")
_PARKED = QT_TRANSLATE_NOOP("Presenter", "Parked: we will come back to it")
_TITLE = re.compile(r"(.{3,80}?)\s?:\s")  # a title ending at a colon, "\u00a0:" in French
_SITUATION = ("situation", "prompts")  # the parts in the left column
_PART_OF = QT_TRANSLATE_NOOP("Presenter", "Part {number} of {count}")
_VOTED_ON = QT_TRANSLATE_NOOP("Presenter", "On option {letter}: {option}")
_AWARENESS_OF = QT_TRANSLATE_NOOP("Presenter", "Warm-up · Question {number} of {count}")
_HANDS = QT_TRANSLATE_NOOP("Presenter", "Raise your hand: yes, no or unsure")
_IN_WORDS = QT_TRANSLATE_NOOP("Presenter", "Answer in a few words: the group's own answer")


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    """Empty a list that is rebuilt on each refresh; its old labels must not linger as children."""
    while (item := layout.takeAt(0)) is not None:
        if widget := item.widget():
            widget.setParent(None)  # out of the slide now, not at the next event loop turn
            widget.deleteLater()


def _add(layout: QVBoxLayout | QGridLayout, widget: QWidget, *position: Any) -> None:
    """Add a widget to a list on a slide that may be showing: shown now, not at the next event
    loop turn, so the slide is measured and grabbed with it. `position` is a grid cell (and
    alignment) or nothing, as the layout's own overloaded addWidget takes it."""
    layout.addWidget(widget, *position)
    widget.show()


def _bullet(text: str) -> QWidget:
    """A list item whose wrapped lines align with its first, not with the bullet."""
    row = QWidget()
    layout = spaced(QHBoxLayout(row), 14)
    layout.addWidget(role_label("item", "•"), 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(role_label("item", text), 1)
    return row


def _column(spacing: int = 14) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget()
    return widget, spaced(QVBoxLayout(widget), spacing)


class FittedSlide(QWidget):
    """A slide whose text is as large as the window allows, up to the base size asked for, and
    never below the floor: what does not fit at the floor goes on another page (CardSlide)."""

    def fit(self, base: float, floor: float, area: QSize) -> None:
        """Size the text for `base` px, shrinking it (not below `floor` unless even one part
        alone does not fit there) until the slide fits in `area`."""
        if self.fits(floor, area):
            self._shrink(base, floor, area)
        else:
            self._shrink(floor, MIN_BASE, area)

    def _shrink(self, base: float, lowest: float, area: QSize) -> None:
        room = area.height() - _SLACK
        needed = self._needs(base, area)
        if needed <= room:
            return
        # Bisect between a size that fits and one that does not, starting with a bracket around
        # where the height should match: with wrapping it grows about as size^1.4.
        aim = base * (room / needed) ** 0.7
        guesses = [aim * 0.95, aim * 1.05]
        fits, too_big = lowest, base
        while too_big - fits > 1:
            size = guesses.pop(0) if guesses else (fits + too_big) / 2
            if not fits < size < too_big:
                continue
            if self._needs(size, area) <= room:
                fits = size
            else:
                too_big = size
        apply_sizes(self, fits)

    def fits(self, base: float, area: QSize) -> bool:
        return self._needs(base, area) <= area.height() - _SLACK

    def _needs(self, base: float, area: QSize) -> int:
        """The height the slide takes at `area`'s width with text sized for `base`."""
        apply_sizes(self, base)
        return self._height_for(area.width())

    def _height_for(self, width: int) -> int:
        """The height the slide needs at `width`, measured now: Qt's layouts cache sizes and only
        refresh them on a later event loop turn (never while hidden), so drop every cache first."""
        for child in self.findChildren(QLayout):
            child.invalidate()
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        layout = self.layout()
        assert layout is not None  # every slide lays out its own content
        layout.invalidate()
        height = layout.heightForWidth(width)  # -1 only if no label wraps
        return height if height >= 0 else layout.sizeHint().height()


class WelcomeSlide(FittedSlide):
    """Shown before the first card: who the workshop is for, and when."""

    def __init__(self, room: RoomText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self._room = room
        self._organisation = role_label("hero")
        self._subtitle = role_label("subtitle")
        self._date = role_label("subtitle")
        self._facilitator = role_label("item")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(3)
        self._organisation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._organisation)
        rule = QFrame()
        rule.setObjectName("rule")
        rule.setFixedSize(120, 6)
        layout.addSpacing(18)
        layout.addWidget(rule, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        for label in (self._subtitle, self._date):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(24)
        self._facilitator.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._facilitator)
        layout.addStretch(4)
        self._date.setProperty("muted", True)
        self._facilitator.setProperty("muted", True)

    def show_session(self, session: Session | None) -> None:
        room = self._room
        self._subtitle.setText(room(_WORKSHOP))
        if session is None:
            self._organisation.setText("Atelier")
            for label in (self._date, self._facilitator):
                label.hide()
            return
        info = session.state.info
        self._organisation.setText(info.organisation)
        self._date.setText(room.long_date(info.date))
        self._date.setVisible(bool(info.date))
        self._facilitator.setText(room(_FACILITATED_BY).format(name=info.facilitator))
        self._facilitator.setVisible(bool(info.facilitator.strip()))


class CardSlide(FittedSlide):
    """The current card: the situation on the left, what the group has learnt and chosen on
    the right (hidden, and the left widened, while there is nothing to show there).

    The card is cut into parts in the order the room learns them: the situation, each inject,
    the options, the vote, the decision. When they do not all fit with text at the floor size,
    they go on pages of consecutive parts that the facilitator steps through."""

    def __init__(self, room: RoomText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self._room = room
        self._card: RoomCard | None = None
        self._parts: dict[str, QWidget] = {}  # part → its widget, in the order revealed
        self._pages: list[list[str]] = [[]]
        self._page = 0
        self._progress = role_label("small")
        self._title = role_label("title")
        self._timer = role_label("timer")
        self._timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._situation = role_label("body")
        self._prompts_heading = role_label("heading")
        self._injects_heading = role_label("heading")
        self._status = role_label("strong")
        self._status.setProperty("accent", True)

        heading = spaced(QVBoxLayout(), 4)
        heading.addWidget(self._progress)
        heading.addWidget(self._title)
        header = spaced(QHBoxLayout(), 14)
        header.addLayout(heading, 1)
        header.addWidget(self._timer, 0, Qt.AlignmentFlag.AlignTop)

        self._left, left = _column()
        self._situation_box, situation = _column()
        situation.addWidget(self._situation)
        situation.addWidget(self._status)
        self._prompts_box, prompts = _column(spacing=8)
        self._prompts = spaced(QVBoxLayout(), 8)
        prompts.addWidget(self._prompts_heading)
        prompts.addLayout(self._prompts)
        left.addWidget(self._situation_box)
        left.addWidget(self._prompts_box)
        left.addStretch(1)

        self._right, right = _column(spacing=20)
        self._injects = spaced(QVBoxLayout(), 10)
        self._options_box, options = _column(spacing=8)
        self._options_heading = role_label("heading")
        self._options = spaced(QGridLayout(), 8)
        options.addWidget(self._options_heading)
        options.addLayout(self._options)
        self._votes_box, votes = _column(spacing=8)
        self._votes_heading = role_label("heading")
        self._voted_on = role_label("item")
        self._vote_bar = VoteBar(VOTE_COLOURS)
        self._vote_legend = {name: role_label("item") for name in VOTE_COLOURS}
        legend = spaced(QHBoxLayout(), 28)
        for name, label in self._vote_legend.items():
            label.setStyleSheet(f"color: {VOTE_COLOURS[name].lighter(125).name()};")
            label.setWordWrap(False)
            legend.addWidget(label)
        legend.addStretch(1)
        for widget in (self._votes_heading, self._voted_on, self._vote_bar):
            votes.addWidget(widget)
        votes.addLayout(legend)
        self._decision = QFrame()
        self._decision.setObjectName("decision")
        self._decision_layout = spaced(QVBoxLayout(self._decision), 8, (22, 16, 22, 18))
        right.addWidget(self._injects_heading)
        right.addLayout(self._injects)
        for box in (self._options_box, self._votes_box, self._decision):
            right.addWidget(box)
        right.addStretch(1)

        self._body = spaced(QHBoxLayout(), 48)
        self._body.addWidget(self._left, 11)
        self._body.addWidget(self._right, 9)
        layout = spaced(QVBoxLayout(self), 28)
        layout.addLayout(header)
        layout.addLayout(self._body, 1)

    # -- content ----------------------------------------------------------------------------

    def show_card(self, card: RoomCard) -> None:
        room = self._room
        self._card = card
        self._title.setText(self._text(card.title))
        self._situation.setText(self._text(card.situation))
        self._prompts_heading.setText(room(_TO_DISCUSS))
        self._fill_list(self._prompts, (self._text(p) for p in card.prompts))
        self._status.setText(room(_PARKED))
        self._status.setVisible(card.parked)
        self._parts = {"situation": self._situation_box}
        if card.prompts:
            self._parts["prompts"] = self._prompts_box
        self._show_injects([self._text(i) for i in card.injects])
        self._show_options(card.options)
        self._show_votes(card.votes, card.voted_on)
        self._show_decision(card.decision)
        self._show_progress()

    @property
    def parts(self) -> list[str]:
        """The parts of the card out now, in the order the room learnt them."""
        return list(self._parts)

    def _text(self, text: Bilingual) -> str:
        return self._room.content(text.get(self._room.language))

    def set_timer(self, elapsed: int, timebox: int, visible: bool) -> None:
        """The card's clock; none for a card off the agenda that was never timed."""
        self._timer.setVisible(visible and (timebox > 0 or elapsed > 0))
        self._timer.setText(f"{clock(elapsed)} / {clock(timebox)}")
        set_flag(self._timer, "over", timebox > 0 and elapsed > timebox)

    def _fill_list(self, layout: QVBoxLayout, texts: Iterable[str]) -> None:
        _clear(layout)
        for text in texts:
            _add(layout, _bullet(text))

    def _show_injects(self, texts: list[str]) -> None:
        room = self._room
        _clear(self._injects)
        self._injects_heading.setText(room(_DEVELOPMENTS))
        for number, text in enumerate(texts, start=1):
            newest = number == len(texts)
            panel = QFrame()
            panel.setObjectName("panel")
            panel.setProperty("newest", newest)
            inner = spaced(QVBoxLayout(panel), 2, (18, 10, 18, 12))
            tag = role_label("small", room(_LATEST_UPDATE if newest else _UPDATE))
            tag.setText(tag.text().format(number=number))
            tag.setProperty("accent", newest)
            body = role_label("item", text)
            body.setProperty("muted", not newest)
            inner.addWidget(tag)
            inner.addWidget(body)
            _add(self._injects, panel)
            self._parts[f"inject-{number}"] = panel

    def _show_options(self, options: tuple[RoomOption, ...] | None) -> None:
        _clear(self._options)
        self._options_heading.setText(self._room(_OPTIONS))
        if options is None:
            return
        for row, option in enumerate(options):
            letter = role_label("strong", option.letter)
            letter.setProperty("accent", True)
            _add(self._options, letter, row, 0, Qt.AlignmentFlag.AlignTop)
            _add(self._options, role_label("item", self._text(option.label)), row, 1)
        self._options.setColumnStretch(1, 1)
        self._parts["options"] = self._options_box

    def _show_votes(self, votes: Votes | None, voted_on: RoomOption | None) -> None:
        """The vote, or nothing at all while unrevealed: no hidden label keeps an old count."""
        room = self._room
        self._votes_heading.setText(room(_VOTE))
        self._voted_on.setVisible(voted_on is not None)
        self._voted_on.setText(
            room(_VOTED_ON).format(
                letter=voted_on.letter, option=_short(self._text(voted_on.label))
            )
            if voted_on is not None
            else ""
        )
        self._vote_bar.set_votes(votes or Votes())
        for name, label in self._vote_legend.items():
            text = room(_VOTE_PARTS[name]).format(count=getattr(votes, name)) if votes else ""
            label.setText(text)
        if votes is not None:
            self._parts["votes"] = self._votes_box

    def _show_decision(self, decision: RoomDecision | None) -> None:
        layout = self._decision_layout
        _clear(layout)
        if decision is None:
            return
        room = self._room
        heading = role_label("heading", room(_DECISION).format(label=decision.label))
        heading.setProperty("accent", True)
        widgets: list[QWidget] = [heading, role_label("strong", self._text(decision.choice))]
        if decision.rationale:
            why = role_label("item", room(_WHY).format(rationale=room.content(decision.rationale)))
            why.setProperty("muted", True)
            widgets.append(why)
        if decision.actions:
            widgets.append(role_label("heading", room(_NEXT_STEPS)))
            widgets.extend(_bullet(_action(a, room)) for a in decision.actions)
        for widget in widgets:
            _add(layout, widget)
        self._parts["decision"] = self._decision

    # -- pages ------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def _show_parts(self, shown: list[str]) -> None:
        """Show only the parts in `shown` (and the headings they need)."""
        for part, widget in self._parts.items():
            widget.setVisible(part in shown)
        for widget in (self._prompts_box, self._options_box, self._votes_box, self._decision):
            if widget not in self._parts.values():
                widget.hide()
        injects = [part for part in shown if part.startswith("inject-")]
        self._injects_heading.setVisible(bool(injects))
        situation = [part for part in shown if part in _SITUATION]
        self._left.setVisible(bool(situation))
        self._right.setVisible(len(situation) < len(shown))

    def _show_progress(self) -> None:
        room = self._room
        texts = []
        progress = self._card.progress if self._card is not None else None
        if progress is not None:
            texts.append(room(_SCENARIO_OF).format(number=progress.number, count=progress.count))
        if len(self._pages) > 1:
            texts.append(room(_PART_OF).format(number=self._page + 1, count=len(self._pages)))
        self._progress.setText(" · ".join(texts))
        self._progress.setVisible(bool(texts))

    def _paginate(self, floor: float, area: QSize) -> list[list[str]]:
        """Consecutive parts per page, as many as fit with text at `floor`."""
        parts = self.parts
        self._show_parts(parts)
        self._measure_header(paged=False)
        if self.fits(floor, area):
            return [parts]
        self._measure_header(paged=True)
        pages = [[parts[0]]]
        for part in parts[1:]:
            self._show_parts([*pages[-1], part])
            if self.fits(floor, area):
                pages[-1].append(part)
            else:
                pages.append([part])
        return pages

    def _measure_header(self, paged: bool) -> None:
        """Measure with the header as it will be: a page number lengthens it."""
        self._pages = [[], []] if paged else [[]]
        self._page = 0
        self._show_progress()

    # -- sizing -----------------------------------------------------------------------------

    def fit(self, base: float, floor: float, area: QSize, page: int = 0, part: str = "") -> None:
        """Paginate for `floor`, then show the page with `part` if given, else `page`
        (clamped), as large as it fits, up to `base`."""
        self._pages = self._paginate(floor, area)
        having = [number for number, parts in enumerate(self._pages) if part in parts]
        self._page = having[0] if having else max(0, min(len(self._pages) - 1, page))
        self._show_parts(self._pages[self._page])
        self._show_progress()
        super().fit(base, floor, area)

    def _needs(self, base: float, area: QSize) -> int:
        self._vote_bar.setFixedHeight(max(12, round(base * 0.6)))
        margin = round(base * 0.5)
        self._timer.setContentsMargins(margin, margin // 3, margin, margin // 3)
        return super()._needs(base, area)


class AwarenessSlide(FittedSlide):
    """The awareness warm-up question being asked, large, while the room raises hands."""

    def __init__(self, room: RoomText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self._room = room
        self._progress = role_label("small")
        self._question = role_label("title")
        self._answers = role_label("body")
        self._answers.setProperty("muted", True)
        layout = spaced(QVBoxLayout(self), 28)
        layout.addWidget(self._progress)
        layout.addStretch(1)
        layout.addWidget(self._question)
        layout.addWidget(self._answers)
        layout.addStretch(2)

    def show_question(self, number: int, count: int, question: Bilingual, *, open: bool) -> None:
        """An open question is answered in words, the others by a show of hands."""
        room = self._room
        self._progress.setText(room(_AWARENESS_OF).format(number=number, count=count))
        self._question.setText(room.content(question.get(room.language)))
        self._answers.setText(room(_IN_WORDS if open else _HANDS))


def _short(label: str) -> str:
    """An option's short title: its words before the colon ("Protect exposed roles: …"), as
    the room saw it in the list of options a moment ago."""
    match = _TITLE.match(label)
    return match.group(1) if match else label


def _action(action: ActionItem, room: RoomText) -> str:
    details = ", ".join(part for part in (action.owner, room.day(action.due)) if part)
    what = room.content(action.what)
    return f"{what} ({details})" if details else what
