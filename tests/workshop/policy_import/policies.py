"""Policies written as people write them, built with python-docx (tests may use it; the domain
reads the files with zipfile and ElementTree)."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from workshop.policy_import import ImportedPolicy


def outline(policy: ImportedPolicy) -> list[tuple[str, list[str]]]:
    """The policy as (section title, clause texts): what a facilitator sees in the preview."""
    return [(s.title, [c.text for c in s.clauses]) for s in policy.sections]


def bold_line(document: docx.document.Document, text: str, *, underline: bool = False) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = not underline
    run.underline = underline


def french_heading_style(document: docx.document.Document) -> str:
    """A "Titre 1" style as a French Word names it, with no outline level of its own."""
    style = document.styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    return "Titre 1"


def field_run(paragraph, kind: str, instruction: str = "") -> None:  # type: ignore[no-untyped-def]
    """A field character (begin/separate/end) or instruction run, as Word writes a TOC."""
    run = OxmlElement("w:r")
    if instruction:
        text = OxmlElement("w:instrText")
        text.text = instruction
        run.append(text)
    else:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
    paragraph._p.append(run)


def tracked(paragraph, kind: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """A tracked insertion (`ins`) or deletion (`del`) of `text` at the paragraph's end."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(len(paragraph._p)))
    change.set(qn("w:author"), "Legal")
    run = OxmlElement("w:r")
    body = OxmlElement("w:delText" if kind == "del" else "w:t")
    body.text = text
    body.set(qn("xml:space"), "preserve")
    run.append(body)
    change.append(run)
    paragraph._p.append(change)
