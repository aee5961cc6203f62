"""A session on the organisation's own policy in the console: its gaps in the coverage view,
the cards on them proposed first, and their own document exported redlined."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

from tests.exports.original.test_demo_on_policy import _charter
from ui.console.coverage_view import CoverageView, TopicGaps
from ui.dialogs.agenda_editor import AgendaEditor
from ui.dialogs.export_dialog import ExportDialog
from ui.shell.main_window import MainWindow
from workshop.changes import Changes
from workshop.content import builtin_content
from workshop.deck_library import load_library
from workshop.model import SessionInfo
from workshop.policy_import.baseline import cards_for_gaps, policy_content
from workshop.policy_import.coverage import Coverage, coverage

INFO = SessionInfo(organisation="Norelia", facilitator="Ana", date="2026-11-30", language="fr")


def _on_their_policy(window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    content = policy_content(_charter(tmp_path / "charte.docx"), builtin_content())
    window.controller.create(tmp_path / "theirs.atelier", INFO, content)
    return content


def test_the_coverage_view_lists_what_their_policy_lacks_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _on_their_policy(window, tmp_path)
    view = CoverageView(window.controller)
    qtbot.addWidget(view)
    view.refresh(Changes.EVERYTHING)
    gaps = view.findChild(TopicGaps)
    tree = gaps.findChild(QTreeWidget)
    statuses = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert statuses[0] == "Missing" and "Thin" in statuses  # one short press clause
    assert statuses == sorted(statuses, key=["Missing", "Thin", "Covered"].index)
    sections = view.findChildren(QTreeWidget)[0]
    assert sections.topLevelItem(0).text(0) == "1. Relations avec la presse"
    assert sections.topLevelItemCount() == 2  # topics they lack are no sections of theirs


def test_the_agenda_proposes_the_cards_on_their_gaps_first(qtbot, tmp_path: Path) -> None:
    content = policy_content(_charter(tmp_path / "charte.docx"), builtin_content())
    first = cards_for_gaps(content.deck, content.original)
    missing = {
        c.topic
        for c in coverage(content.original.policy, content.original.mapping())
        if c.status is Coverage.MISSING
    }
    assert set(content.deck.card(first[0]).sections) & missing  # what they lack comes first
    editor = AgendaEditor(load_library(), builtin_content().template, "fr")
    qtbot.addWidget(editor)
    editor.propose_first(first[:3])
    assert [item.card_id for item in editor.agenda()] == first[:3]


def test_their_own_document_is_exported_redlined_with_its_companion(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _on_their_policy(window, tmp_path)
    out = tmp_path / "exports"
    out.mkdir()
    window.menu.export.trigger()
    dialog = window.findChild(ExportDialog)
    dialog.folder.setText(str(out))
    dialog.formats["pdf"].setChecked(False)
    dialog.formats["docx"].setChecked(True)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("original"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    written = sorted(p.name for p in out.iterdir())
    assert written == ["theirs v0.1 fr-annexes.docx", "theirs v0.1 fr.docx"], dialog.status.text()


def test_the_layout_is_offered_only_on_their_word_file(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    assert window.sessions.open(demo_path)
    window.menu.export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.layout_choice.count() == 1
    dialog.reject()


def test_the_option_preview_shows_where_it_lands_in_their_policy(
    window: MainWindow, tmp_path: Path
) -> None:
    from ui.console.policy_html import effects_html

    _on_their_policy(window, tmp_path)
    session = window.controller.require()
    option = session.content.deck.card("journalist-call").option("c")
    html = effects_html(session, option.effects)
    assert "Relations avec la presse" in html  # the new clause goes to their press section


def test_a_new_session_starts_from_their_policy(qtbot, tmp_path: Path, monkeypatch) -> None:
    import ui.dialogs.policy_preview as preview
    from ui.dialogs.session_dialog import SessionDialog

    content = policy_content(_charter(tmp_path / "charte.docx"), builtin_content())
    monkeypatch.setattr(preview, "start_from_policy", lambda base, lang, parent: content)
    dialog = SessionDialog(load_library(), builtin_content().template, tmp_path, "fr")
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Norelia")
    dialog.policy_button.click()
    assert dialog.policy_name.text() == "charte.docx"
    dialog.accept()
    new = dialog.new_session()
    assert new is not None and new.baseline is content
    assert new.content().template == content.template  # the agenda's cards, on their policy
    first = cards_for_gaps(content.deck, content.original)
    assert [item.card_id for item in new.agenda][: len(first)] == first  # its gaps first


def test_custom_wording_can_target_any_of_their_clauses(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from ui.console.option_picker import OptionPicker
    from workshop.commands import RecordDecision
    from workshop.model import Decision
    from workshop.text import Bilingual

    _on_their_policy(window, tmp_path)
    session = window.controller.require()
    picker = OptionPicker()
    qtbot.addWidget(picker)
    picker.load(session, session.content.deck.card("journalist-call"))
    box = picker.findChild(QComboBox)
    targets = [box.itemData(i) for i in range(box.count())]
    assert "s1.c1" in targets and "s2.c1" in targets  # theirs, beyond the card's own topic
    assert "media.requests" not in targets  # the card's clause shown where it lands
    words = Bilingual("Les mots de passe restent personnels.", "")
    session.execute(
        RecordDecision(
            Decision(
                "journalist-call",
                "2026-11-30T10:00:00+00:00",
                custom_text=words,
                custom_clause_id="s2.c1",
            )
        )
    )
    assert session.draft().clause("s2.c1").text == words


def test_the_facilitator_moves_an_option_s_clause_before_recording_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Each clause of the chosen option shows where it lands in their policy; moved to the end
    of their other section, the preview says so and the decision puts it there."""
    from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton

    from ui.console.option_picker import OptionPicker
    from workshop.commands import RecordDecision
    from workshop.model import Decision

    _on_their_policy(window, tmp_path)
    session = window.controller.require()
    card = session.content.deck.card("journalist-call")
    picker = OptionPicker()
    qtbot.addWidget(picker)
    picker.load(session, card)
    option = card.options[0]
    radio = next(
        r for r in picker.findChildren(QRadioButton) if r.property("optionId") == option.id
    )
    radio.click()
    boxes = [b for b in picker.findChildren(QComboBox) if b.accessibleName().startswith("Where")]
    assert len(boxes) == len(option.effects)
    moved = option.effects[0].clause_id
    box = next(b for b in boxes if b.accessibleName() == f"Where {moved} goes")
    assert box.currentData() == ""  # first, where it lands by itself
    box.setCurrentIndex(box.findData("s2"))  # the end of their other section
    preview = next(
        label
        for label in picker.findChildren(QLabel)
        if label.accessibleName() == "Effect on the policy"
    )
    assert "Adds a clause to" in preview.text()
    choice = picker.choice()
    assert choice is not None and choice.landing == ((moved, "s2"),)
    decision = Decision(card.id, "2026-11-30T10:00:00+00:00", option_id=option.id)
    session.execute(RecordDecision(replace(decision, landing=choice.landing)))
    assert f"s2.{moved}" in [c.id for c in session.draft().sections[1].clauses]


def test_a_moved_clause_is_kept_with_the_decision_being_typed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Moving a clause is part of the form: saved as the draft, back on returning to the card."""
    from PySide6.QtWidgets import QComboBox, QRadioButton

    _on_their_policy(window, tmp_path)
    controller = window.controller
    controller.set_current_card("journalist-call")
    panel = window.decision
    card = controller.require().content.deck.card("journalist-call")
    option = card.options[0]
    radios = panel.findChildren(QRadioButton)
    next(r for r in radios if r.property("optionId") == option.id).click()
    moved = option.effects[0].clause_id
    box = next(
        b for b in panel.findChildren(QComboBox) if b.accessibleName() == f"Where {moved} goes"
    )
    box.setCurrentIndex(box.findData("s2"))
    panel.keep_now()
    draft = controller.require().state.decision_drafts["journalist-call"]
    assert draft.landing == ((moved, "s2"),)
    other = next(c for c in controller.require().content.deck.card_ids() if c != card.id)
    controller.set_current_card(other)
    controller.set_current_card("journalist-call")
    box = next(
        b for b in panel.findChildren(QComboBox) if b.accessibleName() == f"Where {moved} goes"
    )
    assert box.currentData() == "s2"
