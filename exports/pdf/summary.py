"""The PDF's front pages after the cover: the change summary, the version history and the
block where legal records its review — the same content, in the same order, as the DOCX."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, PageBreak, Table

from exports.document import PolicyDocument
from exports.pdf.appendices import ruled_table
from exports.pdf.markup import Para, literal
from exports.pdf.navigation import Contents, Heading
from exports.pdf.styles import FRAME_WIDTH, RULE, Styles, bare_table_style
from exports.wording import colon, long_date, summary_change

BALLOT = "\u2610"  # ☐, a box to tick by hand


def summary(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    words = document.labels
    story: list[Flowable] = [
        Heading(words["change_summary"], styles.heading, key="summary", contents=toc),
        Para(literal(words["change_counts"].format(**document.change_counts())), styles.text),
    ]
    if document.summary:
        rows = [
            [
                literal(row.number),
                literal(summary_change(words, row.change)),
                literal(row.decision_label),
                "<br/>".join(
                    f"• {literal(q)}" if len(row.questions) > 1 else literal(q)
                    for q in row.questions
                ),
            ]
            for row in document.summary
        ]
        head = [words["clause"], words["change"], words["decision"], words["open_questions"]]
        story.append(ruled_table(styles, head, rows, [50, 85, 55, 280]))
    else:
        story.append(Para(literal(words["no_summary_rows"]), styles.empty))
    return story + _history(document, styles, toc) + _review(document, styles, toc) + [PageBreak()]


def _history(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    words, lang = document.labels, document.language
    rows, extra = [], []
    for index, entry in enumerate(document.history, start=1):
        label = words["this_export"].format(version=entry.label) if entry.current else entry.label
        date = long_date(entry.date, lang) if entry.date else ""
        rows.append([literal(label), literal(date), f"<font size=6.5>{entry.content_hash}</font>"])
        if entry.current:
            extra.append(("BACKGROUND", (0, index), (-1, index), HexColor("#f2f2f2")))
    head = [words["version"], words["date"], words["content_hash"]]
    measured = f"{words['measured_against']}{colon(lang)}{document.measured_against}"
    return [
        Heading(words["version_history"], styles.subheading, key="history", level=1, contents=toc),
        ruled_table(styles, head, rows, [95, 95, 280], extra=extra),
        Para(literal(measured), styles.empty),
    ]


def _review(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    """Legal's own sign-off: not the employees' acknowledgement, which is an appendix."""
    words = document.labels
    choices = f"{BALLOT} {words['review_approved']}\u2003\u2003{BALLOT} {words['review_changes']}"
    rows = [
        [Para(literal(words["reviewed_by"]), styles.cell_head), ""],
        [Para(literal(words["review_date"]), styles.cell_head), ""],
        [
            Para(literal(words["review_decision"]), styles.cell_head),
            Para(literal(choices), styles.cell),
        ],
    ]
    note = words["review_note"].format(letter=document.appendix_letter("acknowledgement"))
    return [
        Heading(words["legal_review"], styles.subheading, key="review", level=1, contents=toc),
        Table(
            rows,
            colWidths=[130, FRAME_WIDTH - 130],
            rowHeights=30,
            hAlign="LEFT",
            style=bare_table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HexColor(RULE)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ),
        ),
        Para(literal(note), styles.empty),
    ]
