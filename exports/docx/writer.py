"""The DOCX for legal review: the policy with real tracked changes and comments Word understands.

Lawyers work in Word's Review tab, so what changed since the chosen version is a tracked change
(accept all gives the new text, reject all the old one) and each open question is a comment on
its clause. Layout comes from our template (resources/exports/template.docx); this module only
fills it in, building the body as raw elements so thousands of clauses stay fast.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer, _Header
from lxml import etree

from exports.document import ClauseNote, DocClause, PolicyDocument
from exports.docx.appendices import appendices
from exports.docx.make_template import TEMPLATE_PATH
from exports.docx.ooxml import (
    Revisions,
    clean,
    element,
    field,
    paragraph,
    run,
    sub,
    table,
    text_paragraph,
)
from exports.wording import colon, long_date, ooxml_utc, votes_text
from workshop.diff import ChangeKind, WordOp, WordOpKind

LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
CORE_TEXT_LIMIT = 255  # python-docx refuses longer core properties
WHOLE_CLAUSE: dict[ChangeKind, Literal["ins", "del"]] = {
    ChangeKind.ADDED: "ins",
    ChangeKind.REMOVED: "del",
}


@dataclass(frozen=True, slots=True)
class _Anchor:
    """Where a comment goes: from `first` to `last`, both children of the clause's paragraph."""

    first: etree._Element
    last: etree._Element
    note: ClauseNote


def write_docx(document: PolicyDocument, path: Path | str) -> None:
    docx = Document(str(TEMPLATE_PATH))
    _set_language(docx, LANGUAGE_TAGS[document.language])
    if not document.tracks_changes:
        for tracking in docx.settings.element.findall(qn("w:trackRevisions")):
            tracking.getparent().remove(tracking)
    _set_properties(docx, document)
    _fill_header_footer(docx, document)
    # Comment ids are 0..n-1 (python-docx numbers them); tracked changes come after them.
    policy = _Policy(document, Revisions(clean(document.author), next_id=len(document.notes())))
    blocks = [*_cover(document), *_contents(document), *policy.blocks(), *appendices(document)]
    body = docx.element.body
    section = body.find(qn("w:sectPr"))
    body.extend(blocks)
    body.append(section)  # moves the section properties back to the end, where they belong
    _add_comments(docx, document, policy.anchors)
    docx.save(str(path))


class _Policy:
    """The policy, section by section: one paragraph per clause, changes tracked word by word."""

    def __init__(self, document: PolicyDocument, revisions: Revisions) -> None:
        self.document = document
        self.revisions = revisions
        self.anchors: list[_Anchor] = []

    def blocks(self) -> list[BaseOxmlElement]:
        blocks = []
        for index, section in enumerate(self.document.sections):
            title = f"{section.number}. {section.title}"
            blocks.append(text_paragraph("Heading1", title, page_break_before=index == 0))
            blocks.extend(self._clause(clause) for clause in section.clauses)
        return blocks

    def _clause(self, clause: DocClause) -> BaseOxmlElement:
        date = ooxml_utc(clause.changed_at)
        whole = WHOLE_CLAUSE.get(clause.change)
        number = run(f"{clause.number}\t", "ClauseNumber", deleted=whole == "del")
        provenance = [run(f"\u2002{clause.provenance}", "Provenance")] if clause.provenance else []
        if whole:
            # The paragraph mark is tracked too, or accepting/rejecting leaves an empty paragraph.
            text = run(clause.text(accept=whole == "ins"), deleted=whole == "del")
            wrapper = self.revisions.change(whole, date, [number, text, *provenance])
            self._anchor(clause, wrapper, wrapper)
            return paragraph("Clause", [wrapper], mark=self.revisions.change(whole, date))
        words = [self._word(op, date) for op in clause.words] or [run()]
        self._anchor(clause, words[0], words[-1])
        return paragraph("Clause", [number, *words, *provenance])

    def _word(self, op: WordOp, date: str | None) -> BaseOxmlElement:
        if op.kind is WordOpKind.INSERT:
            return self.revisions.change("ins", date, [run(op.text)])
        if op.kind is WordOpKind.DELETE:
            return self.revisions.change("del", date, [run(op.text, deleted=True)])
        return run(op.text)

    def _anchor(self, clause: DocClause, first: etree._Element, last: etree._Element) -> None:
        self.anchors.extend(_Anchor(first, last, note) for note in clause.notes)


def _cover(document: PolicyDocument) -> list[BaseOxmlElement]:
    words, lang = document.labels, document.language
    fingerprint = paragraph("TableText", [run(document.content_hash, "Fingerprint")])
    rows = [
        (words["version"], document.version),
        (words["date"], long_date(document.export_date, lang)),
        (words["workshop_date"], long_date(document.workshop_date, lang)),
        (words["organisation"], document.organisation),
        (words["facilitator"], document.facilitator),
        (words["jurisdiction"], document.jurisdiction),
        (words["content_hash"], [fingerprint]),
    ]
    cells = [([text_paragraph("TableHeading", label)], value) for label, value in rows]
    return [
        text_paragraph("CoverOrganisation", document.organisation),
        text_paragraph("Title", document.title),
        text_paragraph("Subtitle", words["status"]),
        table((3100, 5970), (), cells, rules_only=True),
    ]


def _contents(document: PolicyDocument) -> list[BaseOxmlElement]:
    """A real TOC field: Word fills it in on opening (`w:updateFields`); until then, a hint."""
    words = document.labels
    toc = field(TOC_INSTRUCTION, [run(words["toc_hint"])], dirty=True)
    legend = [text_paragraph("LegendTitle", document.changes_heading())]
    if document.tracks_changes:
        samples = [
            run(words["legend_inserted"], "InsertedSample"),
            run("   "),
            run(words["legend_deleted"], "DeletedSample"),
        ]
        legend.append(paragraph("Legend", samples))
        legend.append(text_paragraph("Legend", words["legend_tracked"]))
    if document.notes():
        legend.append(text_paragraph("Legend", words["legend_comments"]))
    return [
        text_paragraph("TOCHeading", words["contents"], page_break_before=True),
        paragraph("Hint", toc),
        *legend,
    ]


def _fill_header_footer(docx: DocxDocument, document: PolicyDocument) -> None:
    """Title and version above, status and "Page X of Y" below; the cover page has neither."""
    section = docx.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_footer.is_linked_to_previous = False
    words = document.labels
    version = f"{words['version']} {document.version}"
    _fill(section.header, "Header", [run(document.title), run("\t"), run(version)])
    _fill(section.footer, "Footer", [run(words["status"]), run("\t"), *_page_of(words["page_of"])])


def _fill(story: _Header | _Footer, style: str, children: list[BaseOxmlElement]) -> None:
    story.is_linked_to_previous = False
    story.paragraphs[0]._p.addprevious(paragraph(style, children))
    for extra in story.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)


def _page_of(template: str) -> list[BaseOxmlElement]:
    """labels["page_of"] ("Page {page} of {pages}") with PAGE and NUMPAGES fields in place."""
    runs: list[BaseOxmlElement] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        if literal:
            runs.append(run(literal))
        if name:
            runs.extend(field(PAGE_FIELDS[name], [run("1")]))
    return runs


def _add_comments(docx: DocxDocument, document: PolicyDocument, anchors: list[_Anchor]) -> None:
    """Each open question becomes a Word comment on its clause, dated by its decision."""
    decided = {d.label: d.decided_at for d in document.decisions}
    initials = "".join(word[0] for word in document.author.split()[:3]).upper()
    for anchor in anchors:
        comment = docx.comments.add_comment(
            text=clean(_note_text(document, anchor.note)),
            author=clean(document.author),
            initials=clean(initials),
        )
        comment_id = str(comment.comment_id)
        date = ooxml_utc(decided.get(anchor.note.decision_label, ""))
        if date:
            comment._comment_elm.set(qn("w:date"), date)  # python-docx has no setter for it
        reference = run(style="CommentReference")
        sub(reference, "w:commentReference", id=comment_id)
        anchor.first.addprevious(element("w:commentRangeStart", id=comment_id))
        anchor.last.addnext(reference)
        anchor.last.addnext(element("w:commentRangeEnd", id=comment_id))


def _note_text(document: PolicyDocument, note: ClauseNote) -> str:
    words, sep = document.labels, colon(document.language)
    lines = [
        f"{words['open_question']}{sep}{note.text}",
        f"{words['decision']} {note.decision_label} · {words['votes']}{sep}"
        + votes_text(words, note.votes),
    ]
    if note.dissent:
        lines.append(f"{words['dissent']}{sep}{note.dissent}")
    return "\n".join(lines)


def _set_language(docx: DocxDocument, tag: str) -> None:
    """Spelling and hyphenation follow the export language, not the template's."""
    for lang in docx.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
    for lang in docx.settings.element.findall(qn("w:themeFontLang")):
        lang.set(qn("w:val"), tag)


def _set_properties(docx: DocxDocument, document: PolicyDocument) -> None:
    """What Word's File › Info shows; none of it may exceed what python-docx accepts."""

    def text(value: str) -> str:
        return clean(value)[:CORE_TEXT_LIMIT]

    words = document.labels
    props = docx.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.title = text(document.title)
    props.subject = text(f"{words['status']} — {document.organisation}")
    props.author = props.last_modified_by = text(document.author)
    props.keywords = text(words["keywords"])
    props.language = LANGUAGE_TAGS[document.language]
    props.version = text(document.version)
    props.content_status = text(words["status"])
    props.comments = text(
        f"{words['content_hash']}{colon(document.language)}{document.content_hash}"
    )
    props.created = props.modified = now
    props.revision = _revision_number(document.version)


def _revision_number(version: str) -> int:
    """v0.3 → 3: the core properties' revision counts exports, as Word counts saves."""
    digits = version.rpartition(".")[2]
    return int(digits) if digits.isdigit() else 1
