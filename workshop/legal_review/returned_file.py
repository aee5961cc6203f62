"""What legal's returned DOCX holds, read as Word or LibreOffice left it: the clause texts by
anchor (with legal's pending changes, and with them rejected), the comments and their replies.

Word splits runs, adds rsids, wraps content in controls and renumbers ids; LibreOffice reorders
run properties, drops reply threading and may give a comment and a change the same id. So
nothing here relies on runs, ids across parts or element order within a paragraph: only on
bookmarks by name, the order of the body, and each part's own ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from workshop.legal_review import errors
from workshop.legal_review.anchors import CLAUSE_PREFIX, question_number
from workshop.policy_import.ooxml import Package
from workshop.policy_import.source import kind_of, read_source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)+)\s*")
_CLAUSE_START = re.compile(r"^\s*(\d+(?:\.\d+)+)\t")
_SPACES = re.compile(r"[ \u00a0\t]+")
_BREAKS = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}
TOOL_AUTHOR = "Atelier"  # the exported changes' and questions' authors start with it


def normalised(text: str) -> str:
    """Text as compared: Word and LibreOffice may turn spaces into non-breaking ones or tabs."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def strip_number(text: str) -> str:
    """A clause paragraph's text without its "3.2" number."""
    return _NUMBER.sub("", text, count=1)


@dataclass
class Paragraph:
    """One paragraph of the body: its text with pending changes accepted, and rejected."""

    accepted: str = ""
    rejected: str = ""
    tool_changes: int = 0  # Atelier's tracked changes still pending in it
    other_changes: int = 0  # tracked changes someone else made
    style: str = ""
    clause_anchor: str = ""  # the clause bookmark around it, if any

    @property
    def number(self) -> str:
        """The clause number a clause paragraph starts with, before its tab: tables that
        list clause numbers (the change summary, the decision log) are not clauses."""
        found = _CLAUSE_START.match(self.accepted) or _CLAUSE_START.match(self.rejected)
        return found.group(1) if found else ""


@dataclass
class Comment:
    id: str
    author: str
    text: str
    para_ids: list[str] = field(default_factory=list)
    parent: str = ""  # the paraId of the comment it replies to (commentsExtended)
    question: int | None = None  # the question bookmark its range starts in
    clause_anchor: str = ""
    order: int = 0  # where its range starts in the body

    @property
    def from_tool(self) -> bool:
        return self.author.startswith(TOOL_AUTHOR)


@dataclass
class ReturnedFile:
    name: str
    properties: dict[str, str]
    paragraphs: list[Paragraph]
    comments: list[Comment]

    @property
    def has_anchors(self) -> bool:
        return any(p.clause_anchor for p in self.paragraphs)


def read_returned(path: Path) -> ReturnedFile:
    """The file's contents; a file that is not a Word document is refused by policy_import's
    checks (size, kind, zip and XML bombs) with their bilingual messages."""
    data = read_source(path)
    if kind_of(path.name, data) != "docx":
        raise errors.not_docx(path.name)
    package = Package(path.name, data)
    body = package.xml(package.main)
    reader = _BodyReader()
    if body is not None:
        reader.walk(body)
    comments = _comments(package, reader)
    return ReturnedFile(path.name, _properties(package), reader.paragraphs, comments)


def _properties(package: Package) -> dict[str, str]:
    root = package.xml("docProps/custom.xml")
    values: dict[str, str] = {}
    for prop in () if root is None else root.iter(f"{_CUSTOM}property"):
        values[prop.get("name", "")] = "".join(prop.itertext()).strip()
    return values


class _BodyReader:
    """Walks the body once in document order, following which bookmarks are open."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.starts: dict[str, tuple[int | None, str, int]] = {}  # comment id → where
        self._open: dict[str, str] = {}  # bookmark id → name
        self._position = 0

    def walk(self, root: ElementTree.Element) -> None:
        for p in root.iter(f"{W}p"):
            self._paragraph(p)

    def _paragraph(self, p: ElementTree.Element) -> None:
        style = p.find(f"{W}pPr/{W}pStyle")
        para = Paragraph(style=style.get(f"{W}val", "") if style is not None else "")
        para.clause_anchor = self._clause()
        self._collect(p, para, inside="")
        para.clause_anchor = para.clause_anchor or self._clause()
        self.paragraphs.append(para)

    def _collect(self, element: ElementTree.Element, para: Paragraph, inside: str) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}pPr":
                continue
            if tag == f"{W}bookmarkStart":
                self._open[child.get(f"{W}id", "")] = child.get(f"{W}name", "")
                para.clause_anchor = para.clause_anchor or self._clause()
            elif tag == f"{W}bookmarkEnd":
                self._open.pop(child.get(f"{W}id", ""), None)
            elif tag == f"{W}commentRangeStart" or tag == f"{W}commentReference":
                comment_id = child.get(f"{W}id", "")
                if comment_id not in self.starts:
                    self._position += 1
                    self.starts[comment_id] = (self._question(), self._clause(), self._position)
            elif tag in (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo"):
                if child.get(f"{W}author", "").startswith(TOOL_AUTHOR):
                    para.tool_changes += 1
                else:
                    para.other_changes += 1
                kind = "del" if tag in (f"{W}del", f"{W}moveFrom") else "ins"
                self._collect(child, para, kind)
            elif tag in (f"{W}t", f"{W}delText", f"{W}tab", f"{W}br", f"{W}cr"):
                piece = _BREAKS.get(tag, child.text or "")
                if inside != "del":
                    para.accepted += piece
                if inside != "ins":
                    para.rejected += piece
            elif tag == f"{W}instrText" or tag == f"{W}rPr":
                continue
            else:
                self._collect(child, para, inside)

    def _clause(self) -> str:
        for name in self._open.values():
            if name.startswith(CLAUSE_PREFIX):
                return name
        return ""

    def _question(self) -> int | None:
        """The innermost question bookmark open here: questions on one clause nest."""
        numbers = [n for n in map(question_number, self._open.values()) if n is not None]
        return max(numbers) if numbers else None


def _comments(package: Package, reader: _BodyReader) -> list[Comment]:
    root = package.related("comments", "word/comments.xml")
    comments: list[Comment] = []
    for element in () if root is None else root.iter(f"{W}comment"):
        comment_id = element.get(f"{W}id", "")
        lines = ["".join(_texts(p)) for p in element.iter(f"{W}p")]
        para_ids = [p.get(f"{W14}paraId", "") for p in element.iter(f"{W}p")]
        question, clause, order = reader.starts.get(comment_id, (None, "", 0))
        comment = Comment(comment_id, element.get(f"{W}author", ""), "\n".join(lines).strip())
        comment.para_ids = [i for i in para_ids if i]
        comment.question, comment.clause_anchor, comment.order = question, clause, order
        comments.append(comment)
    extended = package.related("commentsExtended", "word/commentsExtended.xml")
    parents = {
        ex.get(f"{W15}paraId", ""): ex.get(f"{W15}paraIdParent", "")
        for ex in (() if extended is None else extended.iter(f"{W15}commentEx"))
    }
    for comment in comments:
        if comment.para_ids:
            comment.parent = parents.get(comment.para_ids[-1], "")
    return sorted(comments, key=lambda c: (c.order, int(c.id) if c.id.isdigit() else 0))


def _texts(element: ElementTree.Element) -> Iterator[str]:
    for node in element.iter():
        if node.tag == f"{W}t":
            yield node.text or ""
        elif node.tag in _BREAKS:
            yield _BREAKS[node.tag]
