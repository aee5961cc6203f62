"""One paragraph of their document rewritten with tracked changes, keeping every run as it was.

An edit names characters of the paragraph's text as the importer read it (runs joined, tabs and
breaks one character each): ranges to delete, texts to insert at a position, and whether the
paragraph mark goes too. Only the runs an edit touches are split; each piece keeps the run's own
properties (`w:rPr` copied), deleted pieces move into `w:del` with `w:delText`, and inserted text
takes the properties of the run it follows. Fields, drawings and bookmarks inside a touched run
stay, unchanged, in runs of their own.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from workshop.policy_import.docx_body import paragraph_runs

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
ONE_CHARACTER = ("tab", "br", "cr", "noBreakHyphen", "softHyphen")  # as docx_body reads them
# What a paragraph's properties may hold after its mark's run properties (CT_PPr's order).
AFTER_MARK = ("sectPr", "pPrChange")

Stamp = tuple[str, str | None]  # the change's author, and its time as Word writes it
Wrap = Callable[[Literal["ins", "del"], Stamp, list[etree._Element]], etree._Element]


@dataclass
class ParagraphEdit:
    deletions: list[tuple[int, int, Stamp]] = field(default_factory=list)
    insertions: list[tuple[int, str, Stamp]] = field(default_factory=list)
    mark: Stamp | None = None  # the paragraph mark is deleted, by this change

    def deleted(self, position: int) -> Stamp | None:
        for start, end, stamp in self.deletions:
            if start <= position < end:
                return stamp
        return None


def local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@dataclass
class _Atom:
    element: etree._Element
    char: str  # "" for what has no text: properties of the run aside, fields, drawings


def _atoms(run: etree._Element) -> list[_Atom]:
    atoms = []
    for part in run:
        name = local(part.tag)
        if name == "rPr" or not name:
            continue
        if name == "t":
            atoms += [_Atom(part, c) for c in part.text or ""]
        elif name in ONE_CHARACTER:
            atoms.append(_Atom(part, "\x00"))  # one character, whatever Word shows
        else:
            atoms.append(_Atom(part, ""))
    return atoms


class ParagraphWriter:
    def __init__(self, w: str, wrap: Wrap) -> None:
        self.w = w
        self.wrap = wrap

    def apply(self, paragraph: etree._Element, edit: ParagraphEdit) -> None:
        offset = 0
        pending = sorted(edit.insertions, key=lambda i: i[0])
        runs = list(paragraph_runs(paragraph, self.w))
        text_runs = [r for r in runs if any(a.char for a in _atoms(r))]
        for run in runs:
            atoms = _atoms(run)
            length = sum(1 for a in atoms if a.char)
            if not length:
                continue
            first = run is text_runs[0]
            mine = [i for i in pending if offset < i[0] <= offset + length or (first and i[0] == 0)]
            touched = mine or any(
                start < offset + length and end > offset for start, end, _ in edit.deletions
            )
            if touched:
                pending = [i for i in pending if i not in mine]
                self._split(run, atoms, offset, edit, mine)
            offset += length
        if pending:  # a paragraph with no text yet: the insertions go at its end
            for _, text, stamp in pending:
                paragraph.append(self.wrap("ins", stamp, [self._inserted(None, text)]))
        if edit.mark is not None:
            self.mark(paragraph, "del", edit.mark)

    def _split(
        self,
        run: etree._Element,
        atoms: list[_Atom],
        offset: int,
        edit: ParagraphEdit,
        insertions: list[tuple[int, str, Stamp]],
    ) -> None:
        pieces: list[etree._Element] = []
        group: list[_Atom] = []
        state: Stamp | str = "keep"
        position = offset

        def flush() -> None:
            if not group:
                return
            piece = self._run(run, group, deleted=isinstance(state, tuple))
            pieces.append(self.wrap("del", state, [piece]) if isinstance(state, tuple) else piece)
            group.clear()

        def insert_at(where: int) -> None:
            for at, text, stamp in insertions:
                if at == where:
                    flush()
                    pieces.append(self.wrap("ins", stamp, [self._inserted(run, text)]))

        for atom in atoms:
            if atom.char:
                insert_at(position)
                now = edit.deleted(position)
                position += 1
                atom_state: Stamp | str = "keep" if now is None else now
            else:
                atom_state = "keep"
            if atom_state != state:
                flush()
                state = atom_state
            group.append(atom)
        flush()
        insert_at(position)
        parent = run.getparent()
        index = parent.index(run)
        parent.remove(run)
        for shift, piece in enumerate(pieces):
            parent.insert(index + shift, piece)

    def _run(self, source: etree._Element, atoms: list[_Atom], *, deleted: bool) -> etree._Element:
        """A copy of `source` holding `atoms`: its properties, its text elements cut to them."""
        w = self.w
        run = etree.Element(source.tag, dict(source.attrib), nsmap=source.nsmap)
        properties = source.find(f"{w}rPr")
        if properties is not None:
            run.append(copy.deepcopy(properties))
        text: etree._Element | None = None
        for atom in atoms:
            if local(atom.element.tag) != "t":
                text = None
                kept = copy.deepcopy(atom.element)
                run.append(_deleted_copy(kept, w) if deleted else kept)
                continue
            if text is None:
                text = etree.SubElement(run, f"{w}delText" if deleted else f"{w}t")
                text.set(XML_SPACE, "preserve")
                text.text = ""
            text.text += atom.char
        return run

    def _inserted(self, source: etree._Element | None, words: str) -> etree._Element:
        """A new run of `words` looking like `source`: tabs and line breaks as Word's own."""
        w = self.w
        run = etree.Element(f"{w}r")
        properties = None if source is None else source.find(f"{w}rPr")
        if properties is not None:
            run.append(copy.deepcopy(properties))
        for index, line in enumerate(words.split("\n")):
            if index:
                etree.SubElement(run, f"{w}br")
            for cell, part in enumerate(line.split("\t")):
                if cell:
                    etree.SubElement(run, f"{w}tab")
                if part:
                    text = etree.SubElement(run, f"{w}t")
                    text.set(XML_SPACE, "preserve")
                    text.text = part
        return run

    def mark(self, paragraph: etree._Element, kind: Literal["ins", "del"], stamp: Stamp) -> None:
        """Track the paragraph mark itself: `w:pPr/w:rPr/w:ins|del`, first of the mark's run
        properties, the run properties before any section break or property change."""
        w = self.w
        properties = paragraph.find(f"{w}pPr")
        if properties is None:
            properties = etree.Element(f"{w}pPr")
            paragraph.insert(0, properties)
        mark = properties.find(f"{w}rPr")
        if mark is None:
            mark = etree.Element(f"{w}rPr")
            after = [c for c in properties if local(c.tag) in AFTER_MARK]
            if after:
                after[0].addprevious(mark)
            else:
                properties.append(mark)
        mark.insert(0, self.wrap(kind, stamp, []))


def _deleted_copy(element: etree._Element, w: str) -> etree._Element:
    """Field instructions inside a deletion are `w:delInstrText`."""
    if local(element.tag) == "instrText":
        element.tag = f"{w}delInstrText"
    return element
