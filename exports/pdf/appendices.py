"""The appendices as flowables: decision log, action plan, awareness results, participants, and
the acknowledgement page to sign.

Log tables may hold long typed text (a rationale, a dissent): their rows split across pages
(`splitInRow`) rather than overflow, and their header row repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table

from exports.document import PolicyDocument
from exports.pdf.markup import Para, coloured, literal
from exports.pdf.navigation import Contents, Heading
from exports.pdf.styles import (
    FRAME_WIDTH,
    MUTED,
    RULE,
    SUPERSEDED_BACK,
    Styles,
    bare_table_style,
    table_style,
)
from exports.wording import colon, long_date, long_date_time, votes_text

APPENDIX_ROOM = 120  # points: an appendix heading closer to the page foot starts the next page

Appendix = Callable[[PolicyDocument, Styles], list[Flowable]]


def appendices(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    """Lettered as the document letters them (A–E), the same as in the DOCX."""
    words = document.labels
    story: list[Flowable] = [
        PageBreak(),
        Heading(words["appendices"], styles.heading, key="appendices", contents=toc),
    ]
    for letter, key in document.appendices():
        # The acknowledgement is signed on a page of its own; the others follow on.
        is_last = key == "acknowledgement"
        story.append(PageBreak() if is_last else CondPageBreak(APPENDIX_ROOM))
        story.append(
            Heading(
                words[key],
                styles.section,
                key=f"appendix-{letter}",
                level=1,
                number=f"{letter}.",
                contents=toc,
            )
        )
        story += _BUILDERS[key](document, styles)
    return story


def ruled_table(
    styles: Styles,
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric: frozenset[int] = frozenset(),
    extra: Sequence[tuple] = (),
) -> Table:
    """A ruled table of Paragraph cells; `rows` hold markup, `head` plain labels."""
    head_style = {True: styles.cell_head_number, False: styles.cell_head}
    cell_style = {True: styles.cell_number, False: styles.cell}
    data = [[Para(literal(h), head_style[i in numeric]) for i, h in enumerate(head)]]
    data += [[Para(cell, cell_style[i in numeric]) for i, cell in enumerate(row)] for row in rows]
    scale = FRAME_WIDTH / sum(widths)
    return Table(
        data,
        colWidths=[w * scale for w in widths],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        style=table_style(*extra),
        spaceBefore=4,
    )


def _empty(text: str, styles: Styles) -> list[Flowable]:
    return [Para(literal(text), styles.empty)]


def _decision_log(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    """This review's decisions, then, read-only, those of the review it started from."""
    earlier = [Para(literal(line), styles.text) for line in document.earlier_log[1:]]
    if earlier:
        earlier.insert(0, Para(literal(document.earlier_log[0]), styles.subheading))
    return [*_this_review_log(document, styles), *earlier]


def _this_review_log(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    words, lang = document.labels, document.language
    if not document.decisions and not document.parked:
        return _empty(words["no_decisions"], styles)
    sep = colon(lang)
    rows, extra = [], []
    for index, d in enumerate(document.decisions, start=1):
        label = [f"<b>{literal(d.label)}</b>", literal(long_date_time(d.decided_at, lang))]
        if d.superseded_by:
            superseded = words["superseded_by"].format(decision=d.superseded_by)
            label.append(f"<i>{literal(superseded)}</i>")
            extra.append(("BACKGROUND", (0, index), (-1, index), HexColor(SUPERSEDED_BACK)))
        reasons = [literal(d.rationale)] if d.rationale else []
        if d.dissent:
            reasons.append(f"<i>{literal(words['dissent'] + sep + d.dissent)}</i>")
        row = [
            "<br/>".join(label),
            f"<b>{literal(d.card_title)}</b><br/>{literal(d.choice)}",
            "<br/>".join(reasons),
            literal(votes_text(words, d.votes)),
            literal(", ".join(d.clause_numbers)),
        ]
        rows.append([coloured(cell, MUTED) for cell in row] if d.superseded_by else row)
    for p in document.parked:  # undecided, but on the record with what was said
        reasons = [literal(p.notes)] if p.notes else []
        if p.dissent:
            reasons.append(f"<i>{literal(words['dissent'] + sep + p.dissent)}</i>")
        status = [
            f"<i>{literal(words['parked'])}</i>",
            literal(words["discussed_for"].format(minutes=p.minutes)),
        ]
        rows.append(
            [
                "<br/>".join(status),
                f"<b>{literal(p.card_title)}</b>",
                "<br/>".join(reasons),
                literal(votes_text(words, p.votes)),
                "",
            ]
        )
    head = [
        words["decision"],
        f"{words['card']} / {words['choice']}",
        f"{words['rationale']} / {words['dissent']}",
        words["votes"],
        words["clauses"],
    ]
    return [ruled_table(styles, head, rows, [64, 130, 170, 62, 44], extra=extra)]


def _action_plan(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    words = document.labels
    if not document.actions:
        return _empty(words["no_actions"], styles)
    rows = [
        [
            literal(a.what),
            literal(a.owner),
            literal(long_date(a.due, document.language) if a.due else ""),
            literal(a.decision_label),
        ]
        for a in document.actions
    ]
    head = [words["action"], words["owner"], words["due"], words["decision"]]
    return [ruled_table(styles, head, rows, [250, 110, 80, 50])]


def _awareness(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    words = document.labels
    if not document.awareness:
        return _empty(words["no_awareness"], styles)
    rows = [[literal(cell) for cell in a.cells(words["group_answer"])] for a in document.awareness]
    head = [words["question"], words["yes"], words["no"], words["unsure"]]
    return [ruled_table(styles, head, rows, [290, 60, 60, 60], numeric=frozenset({1, 2, 3}))]


def _participants(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    words = document.labels
    if not document.participants:
        return _empty(words["anonymous"], styles)
    rows = [[literal(p.name), literal(p.role)] for p in document.participants]
    return [ruled_table(styles, [words["name"], words["role"]], rows, [180, 290])]


def _acknowledgement(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    """The page an employee signs: the commitment, ruled fields, and a box for the signature."""
    words = document.labels
    text = words["acknowledgement_text"].format(organisation=document.organisation)
    fields = ["signature_name", "signature_department", "signature_date"]
    label_width = 120

    def form(keys: list[str], height: float, *rule: tuple) -> Table:
        rows = [[Para(literal(words[key]), styles.field), ""] for key in keys]
        return Table(
            rows,
            colWidths=[label_width, FRAME_WIDTH - label_width],
            rowHeights=height,
            hAlign="LEFT",
            spaceBefore=18,
            style=bare_table_style(("LEFTPADDING", (0, 0), (0, -1), 0), *rule),
        )

    return [
        Para(literal(text), styles.text),
        form(
            fields,
            36,
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, HexColor(RULE)),
        ),
        form(
            ["signature"],
            80,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (1, 0), (1, 0), 0.5, HexColor(RULE)),
        ),
    ]


_BUILDERS: dict[str, Appendix] = {
    "decision_log": _decision_log,
    "action_plan": _action_plan,
    "awareness": _awareness,
    "participants": _participants,
    "acknowledgement": _acknowledgement,
}
