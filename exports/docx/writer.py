"""The DOCX for legal review: the policy with real tracked changes and comments Word understands.

Lawyers work in Word's Review tab, so what changed since the chosen version is a tracked change
(accept all gives the new text, reject all the old one) and each open question is a comment on
its clause. A clause paragraph holds the clause's number and text only: each change's author
names the decision behind it, which Word's and LibreOffice's review panes show. Layout comes
from our template (resources/exports/template.docx); this module only fills it in,
building the body as raw elements so thousands of clauses stay fast.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer, _Header
from lxml import etree

from exports.document import TOOL, ClauseNote, DocClause, PolicyDocument, decision_author
from exports.docx.appendices import appendices
from exports.docx.contents import Headings
from exports.docx.front import cover, summary
from exports.docx.make_template import TEMPLATE_PATH
from exports.docx.ooxml import (
    Revisions,
    bookmarked,
    clean,
    element,
    field,
    paragraph,
    run,
    sub,
    text_paragraph,
)
from exports.wording import colon, ooxml_utc, votes_text
from workshop.diff import ChangeKind, WordOp, WordOpKind
from workshop.labels import version_count
from workshop.legal_review.anchors import (
    HASH_PROPERTY,
    LANGUAGE_PROPERTY,
    SESSION_PROPERTY,
    SINCE_PROPERTY,
    VERSION_PROPERTY,
    clause_anchor,
    question_anchor,
)

LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
CORE_TEXT_LIMIT = 255  # python-docx refuses longer core properties
ANCHOR_IDS = 1_000_000  # bookmark ids of the review anchors, clear of the headings' 1, 2 …
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # what Word writes for user properties


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
    revisions = Revisions(clean(document.author), next_id=len(document.notes()))
    policy = _Policy(document, revisions)
    headings = Headings()
    front = summary(document, headings)  # headings in reading order: the TOC lists them so
    body = [*policy.blocks(headings), *appendices(document, headings)]
    blocks = [*cover(document), *front, *_contents(document, headings), *body]
    body = docx.element.body
    section = body.find(qn("w:sectPr"))
    body.extend(blocks)
    body.append(section)  # moves the section properties back to the end, where they belong
    _add_comments(docx, document, policy.anchors, policy.next_bookmark)
    _add_custom_properties(docx, document)
    docx.save(str(path))


class _Policy:
    """The policy, section by section: one paragraph per clause, changes tracked word by word."""

    def __init__(self, document: PolicyDocument, revisions: Revisions) -> None:
        self.document = document
        self.revisions = revisions
        self.anchors: list[_Anchor] = []
        self.next_bookmark = ANCHOR_IDS

    def blocks(self, headings: Headings) -> list[BaseOxmlElement]:
        blocks = []
        for index, section in enumerate(self.document.sections):
            title = f"{section.number}. {section.title}"
            blocks.append(headings.heading(1, title, page_break_before=index == 0))
            previous: BaseOxmlElement | None = None
            for clause in section.clauses:
                previous = self._clause(clause, previous)
                bookmarked(previous, clause_anchor(clause.id), self.next_bookmark)
                self.next_bookmark += 1
                blocks.append(previous)
        return blocks

    def _clause(self, clause: DocClause, previous: BaseOxmlElement | None) -> BaseOxmlElement:
        """Number and text only. A removed clause keeps its number, its text replaced by the
        placeholder. An added one is inserted whole, as Word records typing Enter at the end
        of the clause before it: that clause's paragraph mark is the inserted one, so rejecting
        joins nothing but the added text's empty paragraph back (Word and LibreOffice agree).
        """
        date = ooxml_utc(clause.changed_at)
        lang = None
        if clause.text_language != self.document.language:
            lang = LANGUAGE_TAGS[clause.text_language]
        if clause.change is ChangeKind.ADDED:
            number = run(f"{clause.number}\t", "ClauseNumber")
            text = run(clause.text(), lang=lang)
            wrapper = self.revisions.change("ins", date, [number, text], author=clause.author)
            self._anchor(clause, wrapper, wrapper)
            mark = self.revisions.change("ins", date, author=clause.author)
            if previous is None:  # no clause before it: its own mark is the inserted one
                return paragraph("Clause", [wrapper], mark=mark)
            previous_ppr = previous.find(qn("w:pPr"))
            sub(previous_ppr, "w:rPr").append(mark)
            return paragraph("Clause", [wrapper])
        number = run(f"{clause.number}\t", "ClauseNumber")
        words = [self._word(op, date, clause.author, lang) for op in clause.words] or [run()]
        self._anchor(clause, words[0], words[-1])
        return paragraph("Clause", [number, *words])

    def _word(self, op: WordOp, date: str | None, author: str, lang: str | None) -> BaseOxmlElement:
        if op.kind is WordOpKind.INSERT:
            return self.revisions.change("ins", date, [run(op.text, lang=lang)], author=author)
        if op.kind is WordOpKind.DELETE:
            deleted = run(op.text, deleted=True, lang=lang)
            return self.revisions.change("del", date, [deleted], author=author)
        return run(op.text, lang=lang)

    def _anchor(self, clause: DocClause, first: etree._Element, last: etree._Element) -> None:
        self.anchors.extend(_Anchor(first, last, note) for note in clause.notes)


def _contents(document: PolicyDocument, headings: Headings) -> list[BaseOxmlElement]:
    """The TOC, with its lines already in, then how to read the changes."""
    words = document.labels
    legend = [text_paragraph("LegendTitle", document.changes_heading())]
    if document.tracks_changes:
        samples = [
            run(words["legend_inserted"], "InsertedSample"),
            run("   "),
            run(words["legend_deleted"], "DeletedSample"),
        ]
        legend.append(paragraph("Legend", samples))
        legend.append(text_paragraph("Legend", words["legend_tracked"]))
        legend.append(text_paragraph("Legend", words["legend_colours"]))
    if document.notes():
        legend.append(text_paragraph("Legend", words["legend_comments"]))
    return [
        text_paragraph("TOCHeading", words["contents"], page_break_before=True),
        *headings.toc(words["toc_hint"]),
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


def _add_comments(
    docx: DocxDocument, document: PolicyDocument, anchors: list[_Anchor], bookmark_id: int
) -> None:
    """Each open question becomes a Word comment on its clause, dated by its decision, inside
    a bookmark named after the question: what ties legal's reply to it once threading is lost."""
    decided = {d.label: d.decided_at for d in document.decisions}
    authors = {d.label: decision_author(d.label, d.card_title) for d in document.decisions}
    for anchor in anchors:
        comment = docx.comments.add_comment(
            text=clean(note_text(document, anchor.note)),
            author=clean(authors.get(anchor.note.decision_label, document.author)),
            initials=TOOL[0],
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
        name = question_anchor(anchor.note.number)
        start = element("w:bookmarkStart", id=str(bookmark_id), name=name)
        anchor.first.getprevious().addprevious(start)  # just before its commentRangeStart
        reference.addnext(element("w:bookmarkEnd", id=str(bookmark_id)))
        bookmark_id += 1


def _add_custom_properties(docx: DocxDocument, document: PolicyDocument) -> None:
    """The session's fingerprint and the version's label as custom properties (File › Properties
    › Custom): Word and LibreOffice keep them, so a returned file names where it came from."""
    root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    values = {
        SESSION_PROPERTY: document.session_fingerprint,
        VERSION_PROPERTY: document.version,
        SINCE_PROPERTY: document.since,
        LANGUAGE_PROPERTY: document.language,
        HASH_PROPERTY: document.content_hash,
    }
    for pid, (name, value) in enumerate(values.items(), start=2):  # Word starts at 2
        prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property", fmtid=_CUSTOM_FMTID)
        prop.set("pid", str(pid))
        prop.set("name", name)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = clean(value)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = docx.part.package
    uri = PackURI("/docProps/custom.xml")
    part = Part(uri, CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def note_text(document: PolicyDocument, note: ClauseNote) -> str:
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
    props.revision = version_count(document.version)  # counts exports, as Word counts saves
