"""The console's commands as QActions, with their keys, menus and toolbar, in one place: the
window decides what they do, this module only what they are called and where they appear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QToolBar

from ui.shell.shortcuts import keys
from workshop.local.settings import Settings
from workshop.session import Session
from workshop.text import Language


class WindowActions(QObject):
    recentChosen = Signal(Path)
    languageChosen = Signal(str)

    def __init__(self, window: QMainWindow, settings: Settings, language: Language) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._language = language
        self.new = self._action(self.tr("&New session…"), "new")
        self.open = self._action(self.tr("&Open session…"), "open")
        self.close_session = self._action(self.tr("&Close session"), "close_session")
        self.export = self._action(self.tr("&Export…"), "export")
        self.import_review = self._action(self.tr("&Import legal's review…"))
        self.approve = self._action(self.tr("A&pprove a version…"))
        self.new_review = self._action(self.tr("Ne&w review from this policy…"))
        self.deck_library = self._action(self.tr("&Deck library…"), "deck_library")
        self.new_card = self._action(self.tr("New c&ard…"), "new_card")
        self.import_deck = self._action(self.tr("Import dec&k…"))
        self.export_deck = self._action(self.tr("E&xport deck…"))
        self.quit = self._action(self.tr("&Quit"), "quit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._action(self.tr("Undo"), "undo")
        self.redo = self._action(self.tr("Redo"), "redo")
        self.awareness = self._action(self.tr("&Awareness warm-up…"))
        self.present = self._action(self.tr("Start &presenting"), "present")
        self.presenter_screen = self._action(self.tr("Presenter &screen…"))
        self.blank = self._action(self.tr("&Blank the projector"), "blank")
        self.blank.setCheckable(True)  # checked while the room sees black
        self.next_card = self._action(self.tr("&Next card"), "next_card")
        self.previous_card = self._action(self.tr("P&revious card"), "previous_card")
        self.about = self._action(self.tr("&About Atelier"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.languages = QActionGroup(self)
        for code, name in (("fr", "Français"), ("en", "English")):
            action = self._action(name)
            action.setCheckable(True)
            action.setChecked(code == language)
            action.setData(code)
            self.languages.addAction(action)
        self.languages.triggered.connect(lambda action: self.languageChosen.emit(action.data()))
        self.session_actions = (
            self.close_session,
            self.export,
            self.import_review,
            self.approve,
            self.new_review,
            self.awareness,
            self.present,
            self.blank,
            self.next_card,
            self.previous_card,
        )
        self._build_menus()
        self._build_toolbar()

    def set_session_open(self, is_open: bool) -> None:
        for action in self.session_actions:
            action.setEnabled(is_open)

    def show_history(self, session: Session | None) -> None:
        """Undo and Redo as the session's own history stands: enabled when there is something
        to take back or bring back, named after it in the interface language."""
        undo = session.undo_description() if session is not None else None
        self.undo.setEnabled(undo is not None)
        self.undo.setText(
            self.tr("Undo: {command}").format(command=undo.get(self._language))
            if undo is not None
            else self.tr("Undo")
        )
        can_redo = session is not None and session.can_redo()
        redo = session.redo_description() if session is not None and can_redo else None
        self.redo.setEnabled(can_redo)
        self.redo.setText(
            self.tr("Redo: {command}").format(command=redo.get(self._language))
            if redo is not None
            else self.tr("Redo")
        )

    def _action(self, text: str, key: str = "") -> QAction:
        action = QAction(text, self._window)
        if key:
            action.setShortcuts(keys(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new, self.open])
        self._recent = file.addMenu(self.tr("Open &recent"))
        self._recent.aboutToShow.connect(self._fill_recent)
        file.addAction(self.close_session)
        file.addSeparator()
        file.addAction(self.export)
        file.addActions([self.import_review, self.approve, self.new_review])
        file.addSeparator()
        file.addActions([self.deck_library, self.new_card, self.import_deck, self.export_deck])
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        workshop = bar.addMenu(self.tr("&Workshop"))
        workshop.addAction(self.awareness)
        workshop.addSeparator()
        workshop.addActions([self.present, self.presenter_screen, self.blank])
        workshop.addSeparator()
        workshop.addActions([self.next_card, self.previous_card])
        view = bar.addMenu(self.tr("&View"))
        language = view.addMenu(self.tr("&Language"))
        language.addActions(self.languages.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new, self.open])
        toolbar.addSeparator()
        toolbar.addActions([self.awareness, self.present, self.export])
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
        self._window.addToolBar(toolbar)

    def _fill_recent(self) -> None:
        self._recent.clear()
        paths = [p for p in self._settings.recent_sessions() if p.exists()]
        for path in paths:
            action = self._recent.addAction(path.stem)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.recentChosen.emit(p))
        if not paths:
            self._recent.addAction(self.tr("No recent session")).setEnabled(False)
