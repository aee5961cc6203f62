"""The facilitator's console: agenda on the left, the card and its clock in the middle, the
decision, the live draft and the coverage on the right. Its signals are wired in one block
(`_connect`), so what reacts to what can be read in one place.

Dialogs and the presenter window are imported when first opened, not at start-up: a facilitator
waits for the console, not for code they may not use in this session. The policy draft and
coverage tabs, hidden behind the decision tab, are built the first time they are shown (or
asked for), then kept up to date like every other view; so is the welcome page, which a
start-up straight into a session never shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.console.agenda_panel import AgendaPanel
from ui.console.card_panel import CardPanel
from ui.console.decision_panel import DecisionPanel
from ui.console.timer_widget import TimerWidget
from ui.dialogs.error_dialog import execute_or_report, show_error
from ui.services.controller import SessionController
from ui.services.session_keeper import SessionKeeper
from ui.services.timer import CardTimer
from ui.shell.actions import WindowActions
from ui.widgets.factories import named, one_layout_pass, rule
from ui.widgets.focus import chain_focus
from workshop.changes import Changes
from workshop.commands import CommandError, SetCardStatus
from workshop.content import builtin_content
from workshop.errors import SessionFileError
from workshop.local.settings import Settings, default_session_dir
from workshop.model import CardStatus
from workshop.storage import SUFFIX
from workshop.text import Language

if TYPE_CHECKING:
    from ui.console.coverage_view import CoverageView
    from ui.console.draft_pane import DraftPane
    from ui.dialogs.deck_library import DeckLibraryDialog
    from ui.presenter.window import PresenterWindow
    from ui.shell.welcome_page import WelcomePage


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, language: Language) -> None:
        super().__init__()
        self.setObjectName("console")
        self.setAccessibleName(self.tr("Atelier facilitator console"))
        self.resize(1366, 768)
        self._settings = settings
        self._language = language
        self.controller = SessionController(self)
        self.timer = CardTimer(self.controller, self)
        self.sessions = SessionKeeper(self.controller, self.timer, settings, self)
        self.presenter: PresenterWindow | None = None
        self._arriving = False  # a session just opened: its first card is shown, not opened
        self._welcome: WelcomePage | None = None
        self.agenda = AgendaPanel(self.controller)
        self.card = CardPanel(self.controller)
        self.clock = TimerWidget(self.timer)
        self.decision = DecisionPanel(self.controller)
        self._draft: DraftPane | None = None
        self._coverage: CoverageView | None = None
        self.tabs = named(QTabWidget(), self.tr("Decision, draft and coverage"))
        self.tabs.addTab(self.decision, self.tr("Decision"))
        self.tabs.addTab(QWidget(), self.tr("Policy draft"))  # built when first shown
        self.tabs.addTab(QWidget(), self.tr("Coverage"))
        self.menu = WindowActions(self, settings, language)
        self._saved = QLabel()
        self._exported = QLabel()
        self._projector = named(QLabel(), self.tr("What the projector shows"))
        self._projector.setObjectName("projectorState")
        self._projector.hide()
        self.statusBar().addWidget(self._saved)
        self.statusBar().addPermanentWidget(self._projector)
        self.statusBar().addPermanentWidget(self._exported)
        self._pages = QStackedWidget()
        self._pages.addWidget(QWidget())  # the welcome page, built when first shown
        self._pages.addWidget(self._workspace())
        self.setCentralWidget(self._pages)
        self._connect()
        self._session_changed()

    def _workspace(self) -> QWidget:
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.clock)
        column.addWidget(rule())
        column.addWidget(self.card, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.agenda, 0), (middle, 5), (self.tabs, 4)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        # narrow enough for a 1024-wide screen: the card and the decision form wrap their text,
        # the middle column is as narrow as its clock strip allows
        self.agenda.setMinimumWidth(190)
        self.tabs.setMinimumWidth(360)
        splitter.setSizes([290, 560, 500])
        return splitter

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from ui.shell.welcome_page import WelcomePage

            self._welcome = WelcomePage(self._settings)
            self._welcome.newRequested.connect(self.new_session)
            self._welcome.openRequested.connect(self.open_session)
            self._welcome.demoRequested.connect(lambda: self.sessions.open_demo(self._language))
            self._welcome.recentChosen.connect(self.sessions.open)
            self._fill_page(0, self._welcome)
        return self._welcome

    @property
    def draft(self) -> DraftPane:
        if self._draft is None:
            from ui.console.draft_pane import DraftPane

            self._draft = DraftPane(self.controller)
            self._fill_tab(1, self._draft)
            self._draft.refresh(Changes.EVERYTHING)
        return self._draft

    @property
    def coverage(self) -> CoverageView:
        if self._coverage is None:
            from ui.console.coverage_view import CoverageView

            self._coverage = CoverageView(self.controller)
            self._fill_tab(2, self._coverage)
            self._coverage.refresh(Changes.EVERYTHING)
        return self._coverage

    def _fill_tab(self, index: int, view: QWidget) -> None:
        """Put the built view in place of its tab's empty stand-in, the shown tab unchanged."""
        current = self.tabs.currentIndex()
        stand_in = self.tabs.widget(index)
        assert stand_in is not None  # the stand-in is at `index` until replaced here
        label = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays shown: nothing to announce
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, label)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        stand_in.deleteLater()

    def _fill_page(self, index: int, page: QWidget) -> None:
        """Put the built page in place of its empty stand-in, the shown page unchanged."""
        current = self._pages.currentIndex()
        stand_in = self._pages.widget(index)
        assert stand_in is not None  # the stand-in is at `index` until replaced here
        self._pages.removeWidget(stand_in)
        self._pages.insertWidget(index, page)
        self._pages.setCurrentIndex(current)
        stand_in.deleteLater()

    def _tab_shown(self, index: int) -> None:
        if index == 1:
            self.draft  # noqa: B018 - built on first sight
        elif index == 2:
            self.coverage  # noqa: B018

    def _connect(self) -> None:
        """Every signal of the console, in one place."""
        controller, menu = self.controller, self.menu
        controller.sessionChanged.connect(self._session_changed)
        controller.changed.connect(self._changed)
        controller.currentCardChanged.connect(self._card_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.agenda.cardChosen.connect(self.controller.set_current_card)
        self.decision.decided.connect(lambda: self.tabs.setCurrentWidget(self.draft))
        self.timer.saveFailed.connect(lambda error: show_error(self, error))
        self.decision.saveFailed.connect(lambda error: show_error(self, error))
        self.sessions.on_leaving(self.decision.keep_now)
        self.timer.overrun.connect(self._overrun)
        self.timer.started.connect(self._open_current_card)
        menu.recentChosen.connect(self.sessions.open)
        menu.new.triggered.connect(self.new_session)
        menu.open.triggered.connect(self.open_session)
        menu.close_session.triggered.connect(self.close_session)
        menu.export.triggered.connect(self.export)
        menu.import_review.triggered.connect(self.import_review)
        menu.approve.triggered.connect(self.approve_version)
        menu.new_review.triggered.connect(self.new_review)
        menu.deck_library.triggered.connect(self.deck_library)
        menu.new_card.triggered.connect(lambda: self.deck_library().open_editor(copy=False))
        menu.import_deck.triggered.connect(lambda: self.deck_library().import_file())
        menu.export_deck.triggered.connect(lambda: self.deck_library().start_export())
        menu.quit.triggered.connect(self.close)
        menu.undo.triggered.connect(lambda: self._step_history(self.controller.undo))
        menu.redo.triggered.connect(lambda: self._step_history(self.controller.redo))
        menu.awareness.triggered.connect(self.awareness)
        menu.present.triggered.connect(self.present)
        menu.presenter_screen.triggered.connect(self.choose_presenter_screen)
        menu.blank.triggered.connect(self._blank)
        menu.next_card.triggered.connect(lambda: self._step(1))
        menu.previous_card.triggered.connect(lambda: self._step(-1))
        menu.languageChosen.connect(self._choose_language)
        menu.about.triggered.connect(self._about)

    # -- refreshing -------------------------------------------------------------------------

    def _session_changed(self) -> None:
        """Another session, or none: every view that does not follow the current card shows
        it now; the card views follow on the currentCardChanged that always comes next."""
        session = self.controller.session
        self._arriving = session is not None
        if session is None and (self._welcome is not None or self.isVisible()):
            self.welcome.refresh()
        self._pages.setCurrentIndex(1 if session is not None else 0)
        self.menu.set_session_open(session is not None)
        with one_layout_pass():
            for view in (self.agenda, self._draft, self._coverage):
                if view is not None:  # a tab not yet shown is filled when it is
                    view.refresh(Changes.EVERYTHING)
        self._show_session_state(Changes.EVERYTHING)

    def _changed(self, changes: Changes) -> None:
        """A command, an undo, a redo or an export: each view redraws only what it shows."""
        with one_layout_pass():
            for view in (self.agenda, self.card, self.decision, self._draft, self._coverage):
                if view is not None:  # a tab not yet shown is filled when it is
                    view.refresh(changes)
        self._order_focus()  # the card's options and buttons may have been rebuilt
        self._show_session_state(changes)

    def _show_session_state(self, changes: Changes) -> None:
        """The title, the status bar and the Edit menu: what is saved, exported, undoable."""
        session = self.controller.session
        if changes & Changes.HISTORY:
            self.menu.show_history(session)
        if not changes & (Changes.DECISIONS | Changes.VERSIONS):
            return
        if session is None:
            self.setWindowTitle(self.tr("Atelier"))
            self.setWindowModified(False)
            self._saved.setText("")
            self._exported.setText("")
            return
        pending = session.has_changes_since_export()
        self.setWindowTitle(self.tr("{name}[*] — Atelier").format(name=session.path.stem))
        self.setWindowModified(pending)
        if session.read_only:  # said for as long as it lasts, not only when it opened
            self._saved.setText(self.tr("Read-only: changes cannot be saved here."))
        else:
            self._saved.setText(self.tr("Every change is saved as it is made."))
        versions = session.versions()
        if not versions:
            self._exported.setText(self.tr("● Not exported yet"))
        elif pending:
            self._exported.setText(
                self.tr("● Changes since {label}").format(label=versions[-1].label)
            )
        else:
            self._exported.setText(self.tr("Exported as {label}").format(label=versions[-1].label))

    def _order_focus(self) -> None:
        """Tab through the console as it reads: agenda, clock, card, then the decision form."""
        chain_focus(
            [
                *self.agenda.focus_chain(),
                *self.clock.focus_chain(),
                *self.card.focus_chain(),
                self.tabs,  # its tab bar takes the focus
                *self.decision.focus_chain(),
            ]
        )

    def _card_changed(self, card_id: str) -> None:
        """Moving to a card (agenda, PgDn, the presenter's clicker) opens its discussion; the
        card a session opens on is only shown, so reopening a session changes nothing."""
        arriving = self._arriving
        if card_id:
            self._arriving = False
        with one_layout_pass():
            for view in (self.agenda, self.card, self.decision):
                view.show_card()
        self._order_focus()
        if not arriving:
            self._open_current_card()

    def _step_history(self, step: Callable[[], Changes]) -> None:
        """Undo or Redo in the session's own history; a change that cannot be saved says so."""
        if self.controller.session is None:
            return
        try:
            step()
        except (CommandError, SessionFileError) as exc:
            show_error(self, exc)

    # -- what the facilitator does ----------------------------------------------------------

    def new_session(self) -> None:
        from ui.dialogs.session_dialog import SessionDialog
        from workshop.deck_library import load_library

        dialog = SessionDialog(
            load_library(),
            builtin_content().template,
            default_session_dir(),
            self._language,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def create() -> None:
            new = dialog.new_session()
            assert new is not None  # accept() sets it before the dialog says it was accepted
            self.sessions.create(new)

        dialog.accepted.connect(create)
        dialog.open()

    def deck_library(self) -> DeckLibraryDialog:
        """The deck library, where the facilitator's own cards are written and shared."""
        from ui.dialogs.deck_library import DeckLibraryDialog

        dialog = DeckLibraryDialog(builtin_content().template, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_session(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a session"),
            str(default_session_dir()),
            self.tr("Atelier sessions (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self.sessions.open(Path(path))

    def close_session(self) -> None:
        """Back to the welcome page, the session closed as on quitting: nothing to recover."""
        if not self._exporting():
            self.sessions.close()

    def export(self) -> None:
        from ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.controller, self._settings, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def import_review(self) -> None:
        """The DOCX legal sent back, read against its version: the report, then Apply."""
        from ui.dialogs.review_dialog import ReviewDialog
        from workshop.errors import AtelierError
        from workshop.legal_review.report import read_review

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import legal's review"), "", self.tr("Word documents (*.docx)")
        )
        if not path:
            return
        try:
            report = read_review(self.controller.require().view(), Path(path))
        except (AtelierError, OSError) as exc:
            show_error(self, exc)
            return
        dialog = ReviewDialog(self.controller, report, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def approve_version(self) -> None:
        from ui.dialogs.review_dialog import ApproveDialog

        dialog = ApproveDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_review(self) -> None:
        """Next year's review: a new session whose baseline is this one's approved policy."""
        from workshop.errors import AtelierError
        from workshop.next_review import new_review

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New review from this policy"),
            str(default_session_dir()),
            self.tr("Atelier sessions (*{suffix})").format(suffix=SUFFIX),
        )
        if not path:
            return
        target = Path(path).with_suffix(SUFFIX)
        try:
            new_review(self.controller.require(), target).close()
        except (AtelierError, OSError) as exc:
            show_error(self, exc)
            return
        self.sessions.open(target)

    def awareness(self) -> None:
        from ui.dialogs.awareness_dialog import AwarenessDialog

        dialog = AwarenessDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def present(self) -> None:
        """The projector window, on the chosen screen or the first one that is not this one."""
        if self.presenter is None:
            from ui.presenter.window import PresenterWindow

            self.presenter = PresenterWindow(
                self.controller, self.timer, self, settings=self._settings
            )
            self.presenter.blankChanged.connect(self._show_projector_state)
            self.presenter.pageChanged.connect(self._show_projector_state)
            self.presenter.presentingChanged.connect(self._show_projector_state)
        index = self._settings.get("presenter_screen")
        self.presenter.present(None if index < 0 else index)

    def choose_presenter_screen(self) -> None:
        """Remember the projector's screen for F5; a presenter already up moves there now."""
        from ui.presenter.screens import choose_screen

        saved = self._settings.get("presenter_screen")
        index = choose_screen(self, None if saved < 0 else saved)
        if index is None:
            return
        self._settings.set("presenter_screen", index)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.present(index)

    def _blank(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_blank()
        self._show_projector_state()

    def _step(self, offset: int) -> None:
        """PgDn / PgUp (a clicker): through the pages of a card the room sees a page at a time,
        then to the next or previous card."""
        if self.presenter is not None and self.presenter.is_presenting:
            self.presenter.step(offset)
        else:
            self.controller.step_card(offset)

    def _show_projector_state(self) -> None:
        """The facilitator sees what the room sees: black, or which page of a long card."""
        presenter = self.presenter if self.presenter and self.presenter.is_presenting else None
        blanked = presenter is not None and presenter.is_blank
        self.menu.blank.setChecked(blanked)
        page, count = presenter.page if presenter is not None else (0, 1)
        if blanked:
            text = self.tr("■ Projector blanked (B)")
        elif count > 1:
            text = self.tr("Projector: part {page} of {count}").format(page=page + 1, count=count)
        else:
            text = ""
        self._projector.setText(text)
        self._projector.setVisible(bool(text))
        # white on black, like the projector itself, whatever the console's theme
        blanked_look = "background: #000000; color: #ffffff; font-weight: bold; padding: 1px 8px;"
        self._projector.setStyleSheet(blanked_look if blanked else "")

    def _open_current_card(self) -> None:
        """A card not started becomes in discussion (moved to, or its clock started)."""
        session = self.controller.session
        card_id = self.controller.current_card_id
        if session is None or not card_id:
            return
        if session.state.card_status(card_id) is CardStatus.PENDING:
            command = SetCardStatus(card_id, CardStatus.IN_DISCUSSION)
            execute_or_report(self, self.controller, command)

    def _overrun(self) -> None:
        self.statusBar().showMessage(self.tr("This card has used its timebox."), 10_000)

    def _choose_language(self, language: str) -> None:
        self._settings.set("ui_language", language)
        QMessageBox.information(
            self,
            self.tr("Interface language"),
            self.tr("Atelier will use this language the next time it starts."),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Atelier"),
            self.tr(
                "Atelier runs social media policy review workshops offline and turns the room's "
                "decisions into a policy draft for legal review."
            ),
        )

    def _exporting(self) -> bool:
        """Files are being written: the version is recorded once they exist, so wait for them."""
        return any(getattr(dialog, "running", False) for dialog in self.findChildren(QDialog))

    def showEvent(self, event: QShowEvent) -> None:
        if self.controller.session is None and self._welcome is None:
            self.welcome.refresh()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A clean close: time saved, session closed, so no recovery is offered next time."""
        if self._exporting():
            event.ignore()
            return
        if self.presenter is not None:
            self.presenter.close()
        self.sessions.close()
        event.accept()
