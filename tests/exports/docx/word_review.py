"""Legal's review played on an exported DOCX by editing its XML as Word saves it: accepted and
rejected changes, a clause retyped without Track Changes, a threaded reply to a comment.

Word's own habits are reproduced on the way: runs split mid-word, rsids on paragraphs and runs,
run properties reordered, paraIds on every comment paragraph, the TOC wrapped in a content
control, comment ids renumbered after the changes' ids.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from workshop.legal_review.anchors import clause_anchor

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
W, W14, W15 = (f"{{{NS[k]}}}" for k in ("w", "w14", "w15"))
EXTENDED_TYPE = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
EXTENDED_CONTENT = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)


class WordReview:
    """The package's parts, open for editing; `save` writes the reviewed file."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.comments = etree.fromstring(self.parts["word/comments.xml"])
        self._rsid = 0x00A1B2C3

    def clause(self, clause_id: str) -> etree._Element:
        name = clause_anchor(clause_id)
        start = self.document.xpath(f"//w:bookmarkStart[@w:name='{name}']", namespaces=NS)[0]
        return start.getparent()

    def accept(self, clause_id: str) -> None:
        p = self.clause(clause_id)
        for deleted in p.findall(f".//{W}del"):
            deleted.getparent().remove(deleted)
        for inserted in p.findall(f".//{W}ins"):
            _unwrap(inserted)

    def reject(self, clause_id: str) -> None:
        """Rejects the clause's changes; an inserted clause's paragraph mark sits on the
        paragraph before it, which Word then joins to it."""
        p = self.clause(clause_id)
        for inserted in p.findall(f".//{W}ins"):
            if inserted.getparent().tag == f"{W}rPr":
                continue
            inserted.getparent().remove(inserted)
        for deleted in p.findall(f".//{W}del"):
            for text in deleted.iter(f"{W}delText"):
                text.tag = f"{W}t"
            _unwrap(deleted)
        before = p.getprevious()
        mark = before.find(f"{W}pPr/{W}rPr/{W}ins")
        if mark is not None:  # the inserted paragraph mark goes: the two paragraphs join
            mark.getparent().remove(mark)
            before.extend(child for child in list(p) if child.tag != f"{W}pPr")
            p.getparent().remove(p)

    def retype(self, clause_id: str, text: str) -> None:
        """The clause's text replaced without Track Changes, its number kept, as Word saves it:
        split runs with rsids and reordered properties."""
        p = self.clause(clause_id)
        p.set(f"{W}rsidR", self.rsid())
        p.set(f"{W14}paraId", self.rsid())
        runs = [r for r in p if r.tag == f"{W}r"]
        for r in runs[1:]:
            p.remove(r)
        end = p.find(f"{W}bookmarkEnd")
        half = len(text) // 2
        for piece in (text[:half], text[half:]):
            r = etree.Element(f"{W}r", {f"{W}rsidR": self.rsid()})
            rpr = etree.SubElement(r, f"{W}rPr")
            etree.SubElement(rpr, f"{W}lang", {f"{W}val": "fr-FR"})
            etree.SubElement(rpr, f"{W}noProof")
            t = etree.SubElement(r, f"{W}t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            end.addprevious(r)

    def delete(self, clause_id: str) -> None:
        """The whole clause paragraph selected and deleted, bookmark and all (untracked)."""
        p = self.clause(clause_id)
        p.getparent().remove(p)

    def add_after(self, clause_id: str, text: str) -> None:
        """Enter at the end of the clause, then typing: a new paragraph of the same style,
        outside the clause's bookmark."""
        p = self.clause(clause_id)
        new = etree.Element(f"{W}p", {f"{W}rsidR": self.rsid()})
        new.append(etree.fromstring(etree.tostring(p.find(f"{W}pPr"))))
        r = etree.SubElement(new, f"{W}r")
        etree.SubElement(r, f"{W}t").text = text
        p.addnext(new)

    def comment(self, clause_id: str, author: str, text: str) -> None:
        """A new comment of legal's own on a clause: a new question."""
        ids = [int(c.get(f"{W}id")) for c in self.comments.iter(f"{W}comment")]
        comment_id = str(max(ids) + 200)
        comment = etree.SubElement(
            self.comments, f"{W}comment", {f"{W}id": comment_id, f"{W}author": author}
        )
        etree.SubElement(
            etree.SubElement(etree.SubElement(comment, f"{W}p"), f"{W}r"), f"{W}t"
        ).text = text
        p = self.clause(clause_id)
        p.find(f"{W}bookmarkStart").addnext(
            etree.Element(f"{W}commentRangeStart", {f"{W}id": comment_id})
        )
        p.find(f"{W}bookmarkEnd").addprevious(
            etree.Element(f"{W}commentRangeEnd", {f"{W}id": comment_id})
        )

    def reply(self, question_text: str, author: str, text: str) -> None:
        """A threaded reply as Word writes it: a comment of its own, ranged where the question
        is, tied to it in commentsExtended.xml by paraId."""
        question = next(
            c for c in self.comments.iter(f"{W}comment") if question_text in "".join(c.itertext())
        )
        for p in self.comments.iter(f"{W}p"):
            p.set(f"{W14}paraId", self.rsid())
        ids = [int(c.get(f"{W}id")) for c in self.comments.iter(f"{W}comment")]
        reply_id = str(max(ids) + 100)  # Word renumbers; ids need not follow each other
        comment = etree.SubElement(
            self.comments,
            f"{W}comment",
            {f"{W}id": reply_id, f"{W}author": author, f"{W}date": "2026-12-02T10:00:00Z"},
        )
        p = etree.SubElement(comment, f"{W}p", {f"{W14}paraId": self.rsid()})
        r = etree.SubElement(p, f"{W}r")
        etree.SubElement(r, f"{W}t").text = text
        qid = question.get(f"{W}id")
        start = self.document.xpath(f"//w:commentRangeStart[@w:id='{qid}']", namespaces=NS)[0]
        end = self.document.xpath(f"//w:commentRangeEnd[@w:id='{qid}']", namespaces=NS)[0]
        start.addnext(etree.Element(f"{W}commentRangeStart", {f"{W}id": reply_id}))
        end.addnext(etree.Element(f"{W}commentRangeEnd", {f"{W}id": reply_id}))
        reference = etree.Element(f"{W}r")
        etree.SubElement(reference, f"{W}commentReference", {f"{W}id": reply_id})
        end.getnext().addnext(reference)
        extended = etree.Element(f"{W15}commentsEx", nsmap={"w15": NS["w15"]})
        for c in self.comments.iter(f"{W}comment"):
            attrs = {f"{W15}paraId": c.findall(f"{W}p")[-1].get(f"{W14}paraId"), f"{W15}done": "0"}
            if c is comment:
                attrs[f"{W15}paraIdParent"] = question.findall(f"{W}p")[-1].get(f"{W14}paraId")
            etree.SubElement(extended, f"{W15}commentEx", attrs)
        self.parts["word/commentsExtended.xml"] = etree.tostring(extended)
        rels = self.parts["word/_rels/document.xml.rels"].decode()
        relation = (
            f'<Relationship Id="rIdX1" Type="{EXTENDED_TYPE}" Target="commentsExtended.xml"/>'
        )
        self.parts["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", relation + "</Relationships>"
        ).encode()
        types = self.parts["[Content_Types].xml"].decode()
        override = (
            f'<Override PartName="/word/commentsExtended.xml" ContentType="{EXTENDED_CONTENT}"/>'
        )
        self.parts["[Content_Types].xml"] = types.replace(
            "</Types>", override + "</Types>"
        ).encode()

    def word_habits(self) -> None:
        """rsids everywhere, run properties reordered, the TOC inside a content control."""
        for r in self.document.iter(f"{W}r"):
            r.set(f"{W}rsidRPr", self.rsid())
            rpr = r.find(f"{W}rPr")
            if rpr is not None and len(rpr) > 1:
                rpr[:] = list(reversed(rpr))
        toc = [p for p in self.document.iter(f"{W}p") if _style(p).startswith("TOC")]
        if toc:
            sdt = etree.Element(f"{W}sdt")
            etree.SubElement(etree.SubElement(sdt, f"{W}sdtPr"), f"{W}docPartObj")
            toc[0].addprevious(sdt)
            content = etree.SubElement(sdt, f"{W}sdtContent")
            content.extend(toc)

    def rsid(self) -> str:
        self._rsid += 7
        return f"{self._rsid:08X}"

    def save(self, path: Path) -> Path:
        self.parts["word/document.xml"] = etree.tostring(self.document)
        self.parts["word/comments.xml"] = etree.tostring(self.comments)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return path


def _unwrap(element: etree._Element) -> None:
    for child in list(element):
        element.addprevious(child)
    element.getparent().remove(element)


def _style(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else style.get(f"{W}val", "")
