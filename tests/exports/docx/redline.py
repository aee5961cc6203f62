"""Reading a DOCX as legal's client does once every tracked change is accepted or rejected."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from workshop.draft import Draft

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOT_TEXT = {"CommentReference"}


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def style_of(element: etree._Element, prop: str) -> str | None:
    found = element.find(f"{W}{prop}")
    return None if found is None else found.get(f"{W}val")


def clause_paragraphs(body: etree._Element) -> list[etree._Element]:
    return [p for p in body.iter(f"{W}p") if style_of(p, f"pPr/{W}pStyle") == "Clause"]


def run_text(run: etree._Element) -> str:
    pieces = {f"{W}t": None, f"{W}delText": None, f"{W}tab": "\t", f"{W}br": "\n"}
    return "".join(
        (child.text or "") if pieces[child.tag] is None else pieces[child.tag]
        for child in run
        if child.tag in pieces
    )


def reviewed(path: Path, *, accept: bool) -> list[str]:
    """Each clause paragraph, number included, once every change is accepted (or rejected)."""
    return reviewed_paragraphs(part(path, "word/document.xml"), accept=accept)


def reviewed_paragraphs(
    body: etree._Element, *, accept: bool, leave_out: set[str] = NOT_TEXT
) -> list[str]:
    """Each clause paragraph of `body` once every change is accepted (or rejected), without the
    runs of the character styles in `leave_out`."""
    dropped = f"{W}del" if accept else f"{W}ins"
    texts = []
    carried = ""  # the text of a paragraph whose mark went: it joins the next paragraph
    for p in body.iter(f"{W}p"):
        if style_of(p, f"pPr/{W}pStyle") != "Clause":
            assert not carried, "a clause joined a paragraph that is not a clause"
            continue
        text = carried + "".join(
            run_text(r)
            for r in p.iter(f"{W}r")
            if not any(a.tag == dropped for a in r.iterancestors())
            and style_of(r, f"rPr/{W}rStyle") not in leave_out
        )
        if p.find(f"{W}pPr/{W}rPr/{dropped}") is not None:
            carried = text
            continue
        carried = ""
        texts.append(text)
    return texts


def numbered(draft: Draft, language: str) -> list[str]:
    """A draft's clauses numbered by position: what the baseline reads."""
    return [
        f"{s}.{c}\t{clause.text.get(language)}"
        for s, section in enumerate(draft.sections, start=1)
        for c, clause in enumerate(section.clauses, start=1)
    ]
