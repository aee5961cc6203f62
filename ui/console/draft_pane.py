"""The live policy draft: what legal will read, rewritten as the room decides, with the last
decision's clauses highlighted and every changed clause traceable to its decision."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from ui.console.policy_html import draft_html, provenance_text
from ui.services.controller import SessionController
from ui.widgets.factories import named, text_label
from workshop.changes import Changes


class DraftPane(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._browser = named(QTextBrowser(), self.tr("Policy draft"))
        self._browser.setOpenLinks(False)
        self._browser.setFrameShape(QFrame.Shape.NoFrame)
        self._browser.document().setDocumentMargin(18)
        self._browser.document().setDefaultStyleSheet(
            "h2 { margin-bottom: 6px; } h3 { margin-top: 18px; } p { margin-bottom: 8px; }"
            " a { text-decoration: none; font-weight: bold; }"
        )
        self._summary = text_label("", "small", muted=True)
        self._origin = text_label(
            self.tr("Click a decision label (D1, D2…) to see where a clause comes from."),
            "small",
            muted=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._summary)
        layout.addWidget(self._browser, 1)
        layout.addWidget(self._origin)
        for label in (self._summary, self._origin):
            label.setContentsMargins(18, 0, 18, 4)
        self._browser.highlighted.connect(self._hover)
        self._browser.anchorClicked.connect(self._show_origin)

    def refresh(self, changes: Changes) -> None:
        """Re-render only when the decisions change: saving the time used every 30 s must not
        make the draft jump back to the top. A new draft opens at what its decision changed."""
        if not changes & Changes.DECISIONS:
            return
        session = self._controller.session
        if session is None:
            self._browser.clear()
            self._summary.setText("")
            return
        highlighted = session.last_changed_clauses()
        self._browser.setHtml(draft_html(session, highlighted))
        if highlighted:
            self._browser.scrollToAnchor("first-change")
        decisions = session.state.decisions
        self._summary.setText(
            self.tr("Highlighted: what decision {label} changed.").format(label=decisions[-1].label)
            if decisions
            else self.tr("The baseline policy: no decision yet.")
        )

    def _provenance(self, url: QUrl) -> str:
        session = self._controller.session
        if session is None or url.scheme() != "clause":
            return ""
        clause = session.draft().clause(url.path())
        return provenance_text(session, clause.provenance) if clause.provenance else ""

    def _hover(self, url: QUrl) -> None:
        text = self._provenance(url) if url.isValid() else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self._browser)
        else:
            QToolTip.hideText()

    def _show_origin(self, url: QUrl) -> None:
        text = self._provenance(url)
        if text:
            self._origin.setText(text)
