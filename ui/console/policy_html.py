"""Policy text as the console shows it (rich text for QTextBrowser): the live draft and the
preview of what an option would change, numbered and coloured the same way in both places."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from ui.theme import is_dark, status_colour
from workshop.deck import ClauseEffect, EffectAction
from workshop.draft import Provenance, fill_placeholders
from workshop.labels import clause_number, clause_numbers, clause_reference, option_letters
from workshop.model import CardStatus, SessionInfo
from workshop.session import Session
from workshop.template import section_of

translate = QCoreApplication.translate  # under this name, pyside6-lupdate finds the strings

HIGHLIGHT = ("#fff1c2", "#4a3d12")  # light, dark: the last decision's clauses
REMOVED = ("#b3261e", "#f2837b")


def provenance_text(session: Session, provenance: Provenance) -> str:
    """Which decision on which card set a clause, and when: what legal asks of every change."""
    lang = session.state.info.language
    card = session.content.deck.card(provenance.card_id)
    letters = option_letters(card.options)
    option = (
        translate("PolicyHtml", "option {option}").format(option=letters[provenance.option_id])
        if provenance.option_id
        else translate("PolicyHtml", "the group's own wording")
    )
    return translate("PolicyHtml", "Decision {label} on “{card}”: {option}, {time}").format(
        label=provenance.decision_label,
        card=card.title.get(lang),
        option=option,
        time=provenance.decided_at[11:16],
    )


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def effects_html(
    session: Session,
    effects: Iterable[ClauseEffect],
    custom: bool = False,
    moved: dict[str, str] | None = None,
) -> str:
    """What a choice would do to the current draft, clause by clause, before it is confirmed;
    on their own policy, each clause where it lands or where the facilitator `moved` it."""
    moved = moved or {}
    info: SessionInfo = session.state.info
    lang = info.language
    draft = session.draft()
    numbers = clause_numbers(draft)
    # The template's sections: on their own policy, a topic it lacks has no section in the draft
    titles = {s.id: s.title.get(lang) for s in session.content.template.sections}
    new_colour = status_colour(CardStatus.DECIDED, is_dark()).name()
    old_colour = REMOVED[is_dark()]
    rows = []
    for effect in effects:
        landed = session.content.template.landed(effect.clause_id, moved.get(effect.clause_id))
        number = numbers.get(landed)
        section = titles.get(section_of(landed), "")
        where = f"{clause_reference(number)} · {section}" if number else section
        current = draft.clause(landed).text.get(lang) if number else ""
        if effect.action is EffectAction.REMOVE:
            heading = translate("PolicyHtml", "Removes {where}").format(where=where)
            body = f'<p style="color:{old_colour}"><s>{_text(current)}</s></p>'
        else:
            assert effect.text is not None
            text = effect.text if custom else fill_placeholders(effect.text, info)
            heading = (
                translate("PolicyHtml", "Rewrites {where}").format(where=where)
                if number
                else translate("PolicyHtml", "Adds a clause to “{section}”").format(section=where)
            )
            body = f'<p style="color:{new_colour}">{_text(text.get(lang))}</p>'
            if current:
                body = f'<p style="color:{old_colour}"><s>{_text(current)}</s></p>' + body
        rows.append(f"<h4>{escape(heading)}</h4>{body}")
    return "".join(rows)


def draft_html(session: Session, highlighted: set[str]) -> str:
    """The whole draft, numbered; the last decision's clauses tinted, with a provenance link on
    every clause the workshop changed (hover or click it to see which decision)."""
    lang = session.state.info.language
    draft = session.draft()
    tint = HIGHLIGHT[is_dark()]
    present = {clause.id for clause in draft.clauses()}
    removed = highlighted - present
    previous = session.draft(draft.revision - 1) if removed else draft
    parts = [f"<h2>{escape(draft.title.get(lang))}</h2>"]
    first = True
    for s_index, section in enumerate(draft.sections, start=1):
        parts.append(f"<h3>{s_index}. {escape(section.title.get(lang))}</h3>")
        for c_index, clause in enumerate(section.clauses, start=1):
            link = (
                f' <a href="clause:{clause.id}">{clause.provenance.decision_label}</a>'
                if clause.provenance
                else ""
            )
            if clause.reviewed_in:  # legal's wording: their review set it, not a decision
                words = translate("PolicyHtml", "legal review of {version}")
                link = f" <i>({escape(words.format(version=clause.reviewed_in))})</i>"
            number = clause_number(s_index, c_index)
            body = f"<b>{number}</b>&nbsp;&nbsp;{_text(clause.text.get(lang))}{link}"
            if clause.id in highlighted:
                anchor = '<a name="first-change"></a>' if first else ""
                first = False
                parts.append(
                    f'{anchor}<table width="100%" cellpadding="8" bgcolor="{tint}">'
                    f"<tr><td>{body}</td></tr></table>"
                )
            else:
                parts.append(f"<p>{body}</p>")
        for clause in previous.sections[s_index - 1].clauses:
            if clause.id in removed:
                note = escape(translate("PolicyHtml", "Removed by the last decision:"))
                parts.append(
                    f'<table width="100%" cellpadding="8" bgcolor="{tint}"><tr><td>{note} '
                    f'<s style="color:{REMOVED[is_dark()]}">{_text(clause.text.get(lang))}</s>'
                    "</td></tr></table>"
                )
    return "".join(parts)
