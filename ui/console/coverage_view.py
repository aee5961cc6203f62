"""Coverage: which sections of the policy the workshop has actually worked on, and which legal
will receive as baseline text nobody in the room discussed."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.console.card_status import status_icon
from ui.i18n.language import grammatical_number
from ui.services.controller import SessionController
from ui.widgets.factories import named, text_label
from workshop.changes import Changes
from workshop.model import CardStatus
from workshop.policy_import.coverage import Coverage, coverage
from workshop.session import Session
from workshop.template import builtin_template, section_of


class CoverageView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._summary = text_label("", "subheading")
        self._tree = named(QTreeWidget(), self.tr("Policy sections and their coverage"))
        self._tree.setHeaderLabels([self.tr("Section"), self.tr("Coverage"), self.tr("Decisions")])
        self._tree.setRootIsDecorated(False)
        self._tree.setAlternatingRowColors(True)
        self._tree.setStyleSheet("QTreeWidget::item { padding: 5px 2px; }")
        header = self._tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(8)
        layout.addWidget(self._summary)
        layout.addWidget(self._tree, 1)
        self._gaps = TopicGaps(self)
        layout.addWidget(self._gaps, 1)

    def refresh(self, changes: Changes) -> None:
        """Rebuilt when what decides coverage changes: decisions, the agenda, card status."""
        if not changes & (Changes.DECISIONS | Changes.AGENDA | Changes.CARD_STATUS):
            return
        self._tree.clear()
        session = self._controller.session
        self._gaps.show_policy(session)
        if session is None:
            self._summary.setText("")
            return
        state = session.state
        lang = state.info.language
        deck = session.content.deck
        decided: dict[str, list[str]] = {}
        for decision in state.decisions:
            for clause_id in session.decision_clause_ids(decision):
                labels = decided.setdefault(section_of(clause_id), [])
                if decision.label not in labels:
                    labels.append(decision.label)
        planned = {
            section
            for item in state.agenda
            if state.card_status(item.card_id) is not CardStatus.DECIDED
            for section in deck.card(item.card_id).sections
        }
        # On their policy, a topic it lacks is a section only once a decision wrote in it.
        sections = [s for s in session.content.template.sections if s.clauses or s.id in decided]
        for number, section in enumerate(sections, start=1):
            if section.id in decided:
                look, coverage = CardStatus.DECIDED, self.tr("Addressed")
            elif section.id in planned:
                look, coverage = CardStatus.IN_DISCUSSION, self.tr("On the agenda")
            else:
                look, coverage = CardStatus.PENDING, self.tr("Baseline only")
            row = QTreeWidgetItem(
                [
                    f"{number}. {section.title.get(lang)}",
                    coverage,
                    ", ".join(decided.get(section.id, [])),
                ]
            )
            row.setIcon(1, status_icon(look))
            row.setToolTip(0, row.text(0))  # a narrow column elides the title
            self._tree.addTopLevelItem(row)
        summary = (  # one text in English, agreeing with the count in French
            self.tr(
                "{addressed} of {total} sections addressed · {planned} more on the agenda", "one"
            )
            if grammatical_number(len(decided)) == "one"
            else self.tr(
                "{addressed} of {total} sections addressed · {planned} more on the agenda", "many"
            )
        )
        self._summary.setText(
            summary.format(
                addressed=len(decided),
                total=len(sections),
                planned=len(planned - decided.keys()),
            )
        )


class TopicGaps(QWidget):
    """On their own policy: the built-in topics it lacks or covers thinly, worst first — what the
    agenda should take up first. Hidden on the built-in template, which covers them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = text_label("", "subheading")
        self._tree = named(QTreeWidget(), self.tr("Topics their policy lacks or covers thinly"))
        self._tree.setHeaderLabels(
            [self.tr("Topic"), self.tr("In their policy"), self.tr("Sections")]
        )
        self._tree.setRootIsDecorated(False)
        self._tree.setAlternatingRowColors(True)
        header = self._tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._tree, 1)

    def show_policy(self, session: Session | None) -> None:
        original = None if session is None else session.content.original
        self.setVisible(original is not None)
        self._tree.clear()
        if session is None or original is None:
            return
        lang = session.state.info.language
        titles = {s.id: s.title.get(lang) for s in builtin_template().sections}
        policy = original.policy
        found = coverage(policy, original.mapping())
        words = {
            Coverage.MISSING: (self.tr("Missing"), CardStatus.PENDING),
            Coverage.THIN: (self.tr("Thin"), CardStatus.IN_DISCUSSION),
            Coverage.COVERED: (self.tr("Covered"), CardStatus.DECIDED),
        }
        order = [Coverage.MISSING, Coverage.THIN, Coverage.COVERED]
        for topic in sorted(found, key=lambda t: order.index(t.status)):
            status, look = words[topic.status]
            sections = ", ".join(policy.sections[i].title for i in topic.sections)
            row = QTreeWidgetItem([titles.get(topic.topic, topic.topic), status, sections])
            row.setIcon(1, status_icon(look))
            row.setToolTip(2, sections)
            self._tree.addTopLevelItem(row)
        missing = sum(t.status is Coverage.MISSING for t in found)
        thin = sum(t.status is Coverage.THIN for t in found)
        self._summary.setText(
            self.tr("Their policy ({name}): {missing} topics missing, {thin} thin").format(
                name=policy.source, missing=missing, thin=thin
            )
        )
