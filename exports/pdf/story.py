"""The front and the body of the PDF as flowables: cover, contents, change legend, the policy.

Clause text stays in Paragraphs, never in table cells: a Paragraph splits across pages, a cell
does not, and a 10,000-character custom wording must still flow.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Table,
)

from exports.document import ClauseNote, DocClause, PolicyDocument
from exports.pdf.markup import ChangedPara, Para, coloured, literal, marked, note_marker, tracked
from exports.pdf.navigation import Contents, Heading
from exports.pdf.styles import (
    FRAME_WIDTH,
    NOTE_MARK,
    RULE,
    STATUS,
    Styles,
    bare_table_style,
)
from exports.wording import colon, votes_text
from workshop.diff import ChangeKind, WordOpKind

SECTION_ROOM = 90  # points: a section heading closer to the page foot starts the next page
KEEP_LIMIT = 1500  # characters: shorter clauses stay on one page with their provenance and notes
COVER_LIMIT = 300  # characters of a cover field; a table row cannot split, so longer ones cut here
LEGEND_GAP = "\u00a0" * 8  # no-break spaces: the paragraph would fold a run of plain ones into one


def cover(document: PolicyDocument, styles: Styles) -> list[Flowable]:
    words, lang = document.labels, document.language
    status = Para(literal(words["status"]), styles.cover_status)
    status_box = Table(
        [[status]],
        colWidths=[stringWidth(words["status"], status.style.fontName, status.style.fontSize) + 18],
        hAlign="LEFT",
        style=bare_table_style(
            ("BOX", (0, 0), (-1, -1), 0.8, HexColor(STATUS)),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ),
    )
    version = f"{words['version']} {document.version} — {document.changes_heading()}"
    details = document.cover_details()
    rows = [
        [Para(literal(label), styles.cell_head), Para(literal(_cut(value)), styles.cell)]
        for label, value in details
        if value
    ]
    in_full = [  # what the cover had to cut, whole, as paragraphs that flow onto the next pages
        Para(literal(f"{label}{colon(lang)}{value}"), styles.cell)
        for label, value in details
        if len(value) > COVER_LIMIT
    ]
    return [
        Para(literal(_cut(document.organisation)), styles.cover_org),
        Para(literal(document.title), styles.cover_title),
        status_box,
        Para(literal(version), styles.cover_version),
        Table(
            rows,
            colWidths=[130, FRAME_WIDTH - 130],
            hAlign="LEFT",
            style=bare_table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HexColor(RULE)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ),
        ),
        NextPageTemplate("body"),
        *in_full,
        PageBreak(),
    ]


def _cut(text: str) -> str:
    """`text` short enough for the cover, ending in "…" when cut (given whole after it)."""
    return text if len(text) <= COVER_LIMIT else text[:COVER_LIMIT].rstrip() + "…"


def contents(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    title = document.labels["contents"]
    return [Heading(title, styles.heading, key="contents"), toc, PageBreak()]


def policy(document: PolicyDocument, styles: Styles, toc: Contents) -> list[Flowable]:
    story: list[Flowable] = [_legend(document, styles)]
    for section in document.sections:
        heading = Heading(
            section.title,
            styles.section,
            key=f"section-{section.number}",
            number=f"{section.number}.",
            contents=toc,
        )
        story.append(CondPageBreak(SECTION_ROOM))
        lead: list[Flowable] = [heading]  # never alone at a page foot: kept with a short clause
        for clause in section.clauses:
            parts = lead + _clause(document, clause, styles)
            keep = len(parts) > 1 and _length(clause) < KEEP_LIMIT
            story += [KeepTogether(parts)] if keep else parts
            lead = []
        story += lead
    return story


def _legend(document: PolicyDocument, styles: Styles) -> Flowable:
    """What the marks mean, in a box before the first clause: the reader meets them there."""
    words = document.labels
    samples = []
    if document.tracks_changes:
        inserted, deleted = literal(words["legend_inserted"]), literal(words["legend_deleted"])
        samples.append(marked(WordOpKind.INSERT, inserted))
        samples.append(marked(WordOpKind.DELETE, deleted))
    if document.notes():
        samples.append(f"{coloured('[n]', NOTE_MARK)} {literal(words['legend_note'])}")
    lines = [f"<b>{literal(document.changes_heading())}</b>"]
    if samples:
        lines.append(LEGEND_GAP.join(samples))
    return Table(
        [[Para("<br/>".join(lines), styles.legend)]],
        colWidths=[FRAME_WIDTH],
        spaceAfter=12,
        style=bare_table_style(
            ("BOX", (0, 0), (-1, -1), 0.5, HexColor(RULE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ),
    )


def _length(clause: DocClause) -> int:
    """Characters a clause prints, with its provenance and notes."""
    notes = sum(len(note.text) + len(note.dissent) for note in clause.notes)
    return sum(len(op.text) for op in clause.words) + len(clause.provenance) + notes


def _clause(document: PolicyDocument, clause: DocClause, styles: Styles) -> list[Flowable]:
    """The clause (with a bar in the margin when it changed), its provenance, its notes."""
    text = tracked(clause.words) if document.tracks_changes else literal(clause.text())
    text += "".join(note_marker(note.number) for note in clause.notes)
    changed = document.tracks_changes and clause.change is not ChangeKind.UNCHANGED
    kind = ChangedPara if changed else Para
    parts: list[Flowable] = [kind(text, styles.clause, bulletText=clause.number)]
    if clause.provenance:
        parts.append(Para(literal(clause.provenance), styles.provenance))
    return parts + [_note(document, note, styles) for note in clause.notes]


def _note(document: PolicyDocument, note: ClauseNote, styles: Styles) -> Flowable:
    """The numbered open question, right under its clause: "[n] question — votes — dissent"."""
    words, sep = document.labels, colon(document.language)
    head = f"{words['open_question']} ({note.decision_label})"
    lines = [
        f"{coloured(f'<b>[{note.number}]</b>', NOTE_MARK)} <b>{literal(head)}</b>",
        literal(note.text),
    ]
    details = []
    if note.votes.total:
        details.append(f"{words['votes']}{sep}{votes_text(words, note.votes)}")
    if note.dissent:
        details.append(f"{words['dissent']}{sep}{note.dissent}")
    if details:
        lines.append(literal(" — ".join(details)))
    return Para("<br/>".join(lines), styles.note)
