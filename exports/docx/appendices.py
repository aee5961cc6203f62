"""The DOCX appendices: how the group got to this text, and the page employees sign.

Legal reads the decision log to trace any clause back to a vote. The appendices are lettered
as the document letters them (A–E, the same in the PDF), under one "Appendices" heading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.oxml.xmlchemy import BaseOxmlElement

from exports.document import PolicyDocument
from exports.docx.contents import Headings
from exports.docx.ooxml import Align, Cell, paragraph, run, table, text_paragraph
from exports.wording import colon, long_date, long_date_time, votes_text

Appendix = Callable[[PolicyDocument], list[BaseOxmlElement]]


def appendices(document: PolicyDocument, headings: Headings) -> list[BaseOxmlElement]:
    words = document.labels
    blocks = [headings.heading(1, words["appendices"], page_break_before=True)]
    for index, (letter, key) in enumerate(document.appendices()):
        # The acknowledgement is signed on a page of its own; the others follow on.
        new_page = key == "acknowledgement" or index == 0
        blocks.append(headings.heading(2, f"{letter}. {words[key]}", page_break_before=new_page))
        blocks += _BUILDERS[key](document)
    return blocks


def _cell(text: str, *, flags: Sequence[str] = ()) -> BaseOxmlElement:
    return paragraph("TableText", [run(text, flags=flags)])


def _hint(text: str) -> BaseOxmlElement:
    return text_paragraph("Hint", text)


def _decision_log(document: PolicyDocument) -> list[BaseOxmlElement]:
    """This review's decisions, then, read-only, those of the review it started from."""
    earlier = [text_paragraph("Legend", line) for line in document.earlier_log[1:]]
    if earlier:
        earlier.insert(0, text_paragraph("LegendTitle", document.earlier_log[0]))
    return [*_this_review_log(document), *earlier]


def _this_review_log(document: PolicyDocument) -> list[BaseOxmlElement]:
    words, lang = document.labels, document.language
    if not document.decisions and not document.parked:
        return [_hint(words["no_decisions"])]
    rows: list[Sequence[Cell]] = []
    superseded: list[int] = []
    for index, entry in enumerate(document.decisions):
        decision = [
            _cell(entry.label, flags=("w:b",)),
            _cell(long_date_time(entry.decided_at, lang)),
        ]
        if entry.superseded_by:
            superseded.append(index)
            replaced = words["superseded_by"].format(decision=entry.superseded_by)
            decision.append(_cell(replaced, flags=("w:i",)))
        why = [_cell(entry.rationale)]
        if entry.dissent:
            label = run(f"{words['dissent']}{colon(lang)}", flags=("w:i",))
            why.append(paragraph("TableText", [label, run(entry.dissent)]))
        rows.append(
            (
                decision,
                [_cell(entry.card_title, flags=("w:b",)), _cell(entry.choice)],
                why,
                # One count per line: a narrow column would break "Pour 6 · Contre 1" anywhere.
                [_cell(part) for part in votes_text(words, entry.votes).split(" · ")],
                ", ".join(entry.clause_numbers),
            )
        )
    for parked in document.parked:  # undecided, but on the record with what was said
        why = [_cell(parked.notes)]
        if parked.dissent:
            label = run(f"{words['dissent']}{colon(lang)}", flags=("w:i",))
            why.append(paragraph("TableText", [label, run(parked.dissent)]))
        rows.append(
            (
                [
                    _cell(words["parked"], flags=("w:i",)),
                    _cell(words["discussed_for"].format(minutes=parked.minutes)),
                ],
                [_cell(parked.card_title, flags=("w:b",))],
                why,
                [_cell(part) for part in votes_text(words, parked.votes).split(" · ")],
                "",
            )
        )
    header = (
        words["decision"],
        f"{words['card']} / {words['choice']}",
        words["rationale"],
        words["votes"],
        words["clauses"],
    )
    return [table((1450, 2200, 3150, 1270, 1000), header, rows, shaded=superseded)]


def _action_plan(document: PolicyDocument) -> list[BaseOxmlElement]:
    words, lang = document.labels, document.language
    if not document.actions:
        return [_hint(words["no_actions"])]
    rows = [
        (a.what, a.owner, long_date(a.due, lang) if a.due else "", a.decision_label)
        for a in document.actions
    ]
    header = (words["action"], words["owner"], words["due"], words["decision"])
    return [table((4070, 2100, 1800, 1100), header, rows)]


def _awareness(document: PolicyDocument) -> list[BaseOxmlElement]:
    words = document.labels
    if not document.awareness:
        return [_hint(words["no_awareness"])]
    rows = [e.cells(words["group_answer"]) for e in document.awareness]
    header = (words["question"], words["yes"], words["no"], words["unsure"])
    centred: tuple[Align, ...] = ("left", "center", "center", "center")
    return [table((5770, 1100, 1100, 1100), header, rows, align=centred)]


def _participants(document: PolicyDocument) -> list[BaseOxmlElement]:
    """Named as anonymous when nobody was (left out entirely when the facilitator chose so)."""
    words = document.labels
    if not document.participants:
        return [_hint(words["anonymous"])]
    rows = [(p.name, p.role) for p in document.participants]
    return [table((3600, 5470), (words["name"], words["role"]), rows)]


def _acknowledgement(document: PolicyDocument) -> list[BaseOxmlElement]:
    """A page to print and sign on its own: the text, then lines to fill in by hand."""
    words, sep = document.labels, colon(document.language)
    text = words["acknowledgement_text"].format(organisation=document.organisation)
    lines = [
        paragraph("SignatureLine", [run(f"{words[key]}{sep}"), run("\t")])
        for key in ("signature_name", "signature_department", "signature_date", "signature")
    ]
    return [text_paragraph(None, text), *lines]


_BUILDERS: dict[str, Appendix] = {
    "decision_log": _decision_log,
    "action_plan": _action_plan,
    "awareness": _awareness,
    "participants": _participants,
    "acknowledgement": _acknowledgement,
}
