"""Their own document, redlined: the organisation's .docx with the workshop's changes tracked
inside it, and nothing else of it touched.

Their file is opened as it is (python-docx keeps every part it does not read: styles, numbering,
headers, footers, images, section settings). Each clause knows the paragraphs it was read from
(`Origin.paragraph`, their index as `docx_body.body_paragraphs` walks the body), so:
- a changed clause gets word-level `w:ins`/`w:del` inside its own runs;
- a removed clause is deleted with its paragraph marks (and its table row), unless other text
  shares the paragraph, in which case only its words go;
- an added clause is a tracked paragraph after the last clause before it in its section, shaped
  like that section's clauses (their paragraph properties, their run properties);
- a topic their policy lacked gets a tracked heading shaped like their first heading;
- each open question is a comment on its clause.
Rejecting every change gives their text back exactly; accepting every change gives the draft.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from exports.document import ClauseNote, DocClause, DocSection, PolicyDocument
from exports.docx.ooxml import clean
from exports.docx.writer import note_text
from exports.original.paragraph import ParagraphEdit, ParagraphWriter, Stamp, local
from exports.wording import ooxml_utc
from workshop.diff import ChangeKind, WordOp, WordOpKind
from workshop.policy_import.baseline import OriginalPolicy, section_id
from workshop.policy_import.docx_body import body_paragraphs, namespace
from workshop.policy_import.model import PIECE_SEPARATOR, ImportedClause, Origin

_TRACKING_MARKS = ("ins", "del", "moveFrom", "moveTo")
_NOT_COPIED = ("sectPr", "pPrChange")  # a new paragraph must not start a page layout


@dataclass
class _Stamps:
    """Ids for the tracked changes, after every id the document and its comments already use."""

    author: str
    next_id: int

    def wrap(
        self, kind: Literal["ins", "del"], stamp: Stamp, children: list[etree._Element]
    ) -> etree._Element:
        author, date = stamp
        wrapper = etree.Element(qn(f"w:{kind}"))
        wrapper.set(qn("w:id"), str(self.next_id))
        wrapper.set(qn("w:author"), clean(author) or self.author)
        if date:
            wrapper.set(qn("w:date"), date)
        self.next_id += 1
        wrapper.extend(children)
        return wrapper


@dataclass
class _Anchor:
    first: etree._Element  # paragraphs the comment spans
    last: etree._Element
    note: ClauseNote


@dataclass
class _Plan:
    edits: dict[int, ParagraphEdit] = field(default_factory=dict)
    rows: list[tuple[etree._Element, Stamp]] = field(default_factory=list)
    anchors: list[_Anchor] = field(default_factory=list)

    def edit(self, paragraph: int) -> ParagraphEdit:
        return self.edits.setdefault(paragraph, ParagraphEdit())


def redline(document: PolicyDocument, original: OriginalPolicy) -> DocxDocument:
    docx = Document(io.BytesIO(original.data))
    _Redline(docx, document, original).run()
    return docx


class _Redline:
    def __init__(self, docx: DocxDocument, document: PolicyDocument, original: OriginalPolicy):
        self.docx = docx
        self.document = document
        self.original = original
        self.body = docx.element.body
        self.w = namespace(self.body)
        self.paragraphs = [p.element for p in body_paragraphs(self.body, self.w)]
        self.owners = _owners(original)
        self.theirs = original.clauses()
        self.stamps = _Stamps(clean(document.author), _first_free_id(docx, document))
        self.writer = ParagraphWriter(self.w, self.stamps.wrap)
        self.plan = _Plan()
        self.cursor: etree._Element | None = None

    def run(self) -> None:
        for section in self.document.sections:
            self._section(section)
        for index, edit in self.plan.edits.items():
            self.writer.apply(self.paragraphs[index], edit)
        for row, stamp in self.plan.rows:
            _delete_row(row, self.stamps.wrap("del", stamp, []))
        self._comments()

    def _section(self, section: DocSection) -> None:
        numbers = {section_id(i): i for i in range(len(self.original.policy.sections))}
        pattern: etree._Element | None = None
        if section.id in numbers:
            theirs = self.original.policy.sections[numbers[section.id]]
            if theirs.origin is not None:
                self.cursor = self._block(self.paragraphs[theirs.origin.paragraph])
            pattern = self._pattern(theirs.clauses)
        else:
            added = [c for c in section.clauses if c.change is ChangeKind.ADDED]
            if not added:
                return
            stamp = _stamp(added[0])
            self._insert(self._new_paragraph(self._heading_pattern(), section.title, stamp))
        for clause in section.clauses:
            imported = self.theirs.get(clause.id)
            if imported is not None:
                self._their_clause(clause, imported)
            elif clause.change is ChangeKind.ADDED:
                shape = self._any_clause() if pattern is None else pattern
                new = self._new_paragraph(shape, clause.text(), _stamp(clause))
                self._insert(new)
                self.plan.anchors += [_Anchor(new, new, note) for note in clause.notes]

    def _their_clause(self, clause: DocClause, imported: ImportedClause) -> None:
        origins = imported.origins
        stamp = _stamp(clause)
        if clause.change is ChangeKind.CHANGED:
            _plan_changed(self.plan, origins, clause.words, stamp)
        elif clause.change is ChangeKind.REMOVED:
            self._plan_removed(origins, stamp)
        first = self.paragraphs[origins[0].paragraph]
        last = self.paragraphs[origins[-1].paragraph]
        self.cursor = self._block(last)
        self.plan.anchors += [_Anchor(first, last, note) for note in clause.notes]

    def _plan_removed(self, origins: tuple[Origin, ...], stamp: Stamp) -> None:
        """The clause's words go; a paragraph that holds nothing else goes with its mark (its
        number typed before it too), a table row that holds nothing else goes as a row."""
        rows = {(o.cell.table, o.cell.row) for o in origins if o.cell is not None}
        whole_row = len(rows) == 1 and all(o.cell is not None for o in origins)
        for origin in origins:
            edit = self.plan.edit(origin.paragraph)
            alone = self.owners.get(origin.paragraph, 0) == 1
            if alone:
                edit.deletions.append((0, len(origin.paragraph_text), stamp))
                if origin.cell is None:
                    edit.mark = stamp
            else:
                edit.deletions.append((*origin.span, stamp))
        if whole_row:
            row = self.paragraphs[origins[0].paragraph]
            while local(row.tag) != "tr":
                row = row.getparent()
            self.plan.rows.append((row, stamp))

    def _block(self, paragraph: etree._Element) -> etree._Element:
        """The element of the body that holds `paragraph`: itself, or its table."""
        block = paragraph
        while block.getparent() is not self.body:
            block = block.getparent()
        return block

    def _insert(self, paragraph: etree._Element) -> None:
        if self.cursor is not None:
            self.cursor.addnext(paragraph)
        else:
            end = self.body.find(f"{self.w}sectPr")
            if end is not None:
                end.addprevious(paragraph)
            else:
                self.body.append(paragraph)
        self.cursor = paragraph

    def _pattern(self, clauses: tuple[ImportedClause, ...]) -> etree._Element | None:
        """A paragraph of the section's own clauses, outside tables: what a new one looks like."""
        for clause in reversed(clauses):
            for origin in reversed(clause.origins):
                if origin.cell is None:
                    return self.paragraphs[origin.paragraph]
        return None

    def _any_clause(self) -> etree._Element | None:
        for section in self.original.policy.sections:
            found = self._pattern(section.clauses)
            if found is not None:
                return found
        return None

    def _heading_pattern(self) -> etree._Element | None:
        for section in self.original.policy.sections:
            if section.origin is not None and section.origin.cell is None:
                return self.paragraphs[section.origin.paragraph]
        return None

    def _new_paragraph(
        self, pattern: etree._Element | None, text: str, stamp: Stamp
    ) -> etree._Element:
        """A tracked paragraph shaped like `pattern`: its properties (not its section break nor
        its own tracked changes) and the properties of its first run with text."""
        w = self.w
        paragraph = etree.Element(f"{w}p")
        source_run = None
        if pattern is not None:
            properties = pattern.find(f"{w}pPr")
            if properties is not None:
                properties = copy.deepcopy(properties)
                for child in list(properties):
                    if local(child.tag) in _NOT_COPIED:
                        properties.remove(child)
                mark = properties.find(f"{w}rPr")
                for child in [] if mark is None else list(mark):
                    if local(child.tag) in _TRACKING_MARKS:
                        mark.remove(child)
                paragraph.append(properties)
            source_run = next(
                (r for r in pattern.iter(f"{w}r") if r.find(f"{w}t") is not None), None
            )
        self.writer.mark(paragraph, "ins", stamp)
        self.writer.apply(paragraph, ParagraphEdit(insertions=[(0, clean(text), stamp)]))
        if source_run is not None:  # look like their clauses: their run properties
            properties = source_run.find(f"{w}rPr")
            for run in paragraph.iter(f"{w}r"):
                if properties is not None:
                    run.insert(0, copy.deepcopy(properties))
        return paragraph

    def _comments(self) -> None:
        """Each open question is a comment spanning its clause's paragraphs."""
        decided = {d.label: d.decided_at for d in self.document.decisions}
        w = self.w
        for anchor in self.plan.anchors:
            comment = self.docx.comments.add_comment(
                text=clean(note_text(self.document, anchor.note)),
                author=self.stamps.author,
                initials="A",
            )
            comment_id = str(comment.comment_id)
            date = ooxml_utc(decided.get(anchor.note.decision_label, ""))
            if date:
                comment._comment_elm.set(qn("w:date"), date)  # python-docx has no setter for it
            start = etree.Element(f"{w}commentRangeStart")
            start.set(f"{w}id", comment_id)
            properties = anchor.first.find(f"{w}pPr")
            if properties is not None:
                properties.addnext(start)
            else:
                anchor.first.insert(0, start)
            end = etree.SubElement(anchor.last, f"{w}commentRangeEnd")
            end.set(f"{w}id", comment_id)
            reference = etree.SubElement(anchor.last, f"{w}r")
            etree.SubElement(reference, f"{w}commentReference").set(f"{w}id", comment_id)


def _stamp(clause: DocClause) -> Stamp:
    return clause.author, ooxml_utc(clause.changed_at)


def _owners(original: OriginalPolicy) -> dict[int, int]:
    """How many pieces of the policy (its title, headings, clauses) each paragraph holds."""
    policy = original.policy
    origins = [policy.title_origin] + [s.origin for s in policy.sections]
    origins += [o for s in policy.sections for c in s.clauses for o in c.origins]
    owners: dict[int, int] = {}
    for origin in origins:
        if origin is not None:
            owners[origin.paragraph] = owners.get(origin.paragraph, 0) + 1
    return owners


def _plan_changed(
    plan: _Plan, origins: tuple[Origin, ...], ops: tuple[WordOp, ...], stamp: Stamp
) -> None:
    """The clause's word operations, placed in the paragraphs it was read from.

    The clause's old text is its pieces joined by a line break; a deleted line break deletes
    the mark of the paragraph before it (outside tables), so accepting joins them as the new
    text does."""
    starts, position = [], 0
    for origin in origins:
        starts.append(position)
        position += len(origin.text) + len(PIECE_SEPARATOR)
    cursor = 0
    for op in ops:
        if op.kind is WordOpKind.INSERT:
            piece = max(i for i, start in enumerate(starts) if start <= cursor)
            origin = origins[piece]
            at = origin.span[0] + min(cursor - starts[piece], len(origin.text))
            plan.edit(origin.paragraph).insertions.append((at, op.text, stamp))
            continue
        end = cursor + len(op.text)
        if op.kind is WordOpKind.DELETE:
            for piece, origin in enumerate(origins):
                low, high = max(cursor, starts[piece]), min(end, starts[piece] + len(origin.text))
                edit = plan.edit(origin.paragraph)
                if low < high:
                    base = origin.span[0] - starts[piece]
                    edit.deletions.append((base + low, base + high, stamp))
                separator = starts[piece] + len(origin.text)
                if piece + 1 < len(origins) and cursor <= separator < end and origin.cell is None:
                    edit.mark = stamp
        cursor = end


def _delete_row(row: etree._Element, deletion: etree._Element) -> None:
    """`w:trPr/w:del`: the row goes when the change is accepted. Row properties come after
    `w:tblPrEx`, and a deletion before any change of the row's properties."""
    properties = row.find(qn("w:trPr"))
    if properties is None:
        properties = etree.Element(qn("w:trPr"))
        exceptions = row.find(qn("w:tblPrEx"))
        if exceptions is not None:
            exceptions.addnext(properties)
        else:
            row.insert(0, properties)
    change = properties.find(qn("w:trPrChange"))
    if change is not None:
        change.addprevious(deletion)
    else:
        properties.append(deletion)


def _first_free_id(docx: DocxDocument, document: PolicyDocument) -> int:
    """Above every `w:id` of the body and of the comments to come."""
    ids = [int(v) for v in docx.element.body.xpath("//@w:id") if v.isdigit()]
    return max(ids, default=-1) + 1 + len(document.notes()) + len(docx.comments)
