"""The DOCX front matter: cover, change summary, version history and the legal review block.

What legal reads before the policy: what the changes are measured against, what changed clause
by clause and why, which version this is, and where legal records its own decision.
"""

from __future__ import annotations

from docx.oxml.xmlchemy import BaseOxmlElement

from exports.document import PolicyDocument
from exports.docx.contents import Headings
from exports.docx.ooxml import Cell, paragraph, run, table, text_paragraph
from exports.wording import colon, long_date, summary_change, summary_questions

BALLOT = "\u2610"  # ☐, a box to tick by hand or in Word


def cover(document: PolicyDocument) -> list[BaseOxmlElement]:
    words, lang = document.labels, document.language
    fingerprint = paragraph("TableText", [run(document.content_hash, "Fingerprint")])
    rows: list[tuple[str, Cell]] = [  # in the PDF cover's order
        (words["organisation"], document.organisation),
        (words["version"], document.version),
        (words["date"], long_date(document.export_date, lang)),
        (words["workshop_date"], long_date(document.workshop_date, lang)),
        (words["facilitator"], document.facilitator),
        (words["jurisdiction"], document.jurisdiction),
        (words["content_hash"], [fingerprint]),
        (words["measured_against"], document.measured_against),
    ]
    cells = [([text_paragraph("TableHeading", label)], value) for label, value in rows]
    return [
        text_paragraph("CoverOrganisation", document.organisation),
        text_paragraph("Title", document.title),
        text_paragraph("Subtitle", words["status"]),
        table((3100, 5970), (), cells, rules_only=True),
    ]


def summary(document: PolicyDocument, headings: Headings) -> list[BaseOxmlElement]:
    """Summary of changes, version history and the review block, on a page of their own."""
    words = document.labels
    blocks = [
        headings.heading(1, words["change_summary"], page_break_before=True),
        text_paragraph(None, words["change_counts"].format(**document.change_counts())),
    ]
    if document.summary:
        rows: list[tuple[Cell, ...]] = [
            (
                row.number,
                summary_change(words, row.change),
                row.decision_label,
                summary_questions(row.questions),
            )
            for row in document.summary
        ]
        header = (words["clause"], words["change"], words["decision"], words["open_questions"])
        blocks.append(table((1000, 1700, 1100, 5270), header, rows))
    else:
        blocks.append(text_paragraph("Hint", words["no_summary_rows"]))
    return blocks + _history(document, headings) + _review(document, headings)


def _history(document: PolicyDocument, headings: Headings) -> list[BaseOxmlElement]:
    words, lang = document.labels, document.language
    rows = []
    current = []
    for index, entry in enumerate(document.history):
        label = words["this_export"].format(version=entry.label) if entry.current else entry.label
        date = long_date(entry.date, lang) if entry.date else ""
        fingerprint = paragraph("TableText", [run(entry.content_hash, "Fingerprint")])
        rows.append((label, date, [fingerprint]))
        if entry.current:
            current.append(index)
    header = (words["version"], words["date"], words["content_hash"])
    return [
        headings.heading(2, words["version_history"]),
        table((2170, 2100, 4800), header, rows, shaded=current),
        text_paragraph(
            "Hint", f"{words['measured_against']}{colon(lang)}{document.measured_against}"
        ),
    ]


def _review(document: PolicyDocument, headings: Headings) -> list[BaseOxmlElement]:
    """Legal's own sign-off: not the employees' acknowledgement, which is an appendix."""
    words = document.labels
    choices = f"{BALLOT} {words['review_approved']}    {BALLOT} {words['review_changes']}"
    cells = [
        ([text_paragraph("TableHeading", words["reviewed_by"])], ""),
        ([text_paragraph("TableHeading", words["review_date"])], ""),
        ([text_paragraph("TableHeading", words["review_decision"])], choices),
    ]
    note = words["review_note"].format(letter=document.appendix_letter("acknowledgement"))
    return [
        headings.heading(2, words["legal_review"]),
        table((3100, 5970), (), cells, rules_only=True, min_height=620),
        text_paragraph("Hint", note),
    ]
