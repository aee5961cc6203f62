"""The card editor: write a new card, or copy one and adapt it to the organisation, checked as
it is typed by the same rules as `check-deck`, and saved as TOML in the user's decks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.option_editor import OptionEditor, blank_option
from ui.widgets.factories import named, text_label
from ui.widgets.language_fields import LanguageFields
from workshop.deck import Card, Option
from workshop.deck_library import Library, LibraryDeck, card_problems, save_card, sections_touched
from workshop.template import PolicyTemplate
from workshop.text import Bilingual, Language

_OPTION_IDS = "abcd"
NEW_DECK = ""  # the deck combo's data for "a new deck"
_SHOWN = 4  # problems listed at once: the first ones to fix, the dialog keeping its size
_BLANK = Card("", Bilingual(), Bilingual(), (), (), (), (), (), 15)


class CardEditor(QDialog):
    """`source`: the card to start from (a copy, or the user card being edited when `deck` is
    its deck); None for a blank card."""

    def __init__(
        self,
        library: Library,
        template: PolicyTemplate,
        language: Language,
        source: Card | None = None,
        deck: LibraryDeck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._template = template
        self._language = language
        self._replacing = source.id if source is not None and deck is not None else ""
        self._source = source
        self.saved: LibraryDeck | None = None
        self.setWindowTitle(self.tr("Card editor"))
        self.setAccessibleName(self.tr("Card editor"))
        self.resize(900, 720)

        self.languages = named(QComboBox(), self.tr("Languages of the card"))
        self.languages.addItem(self.tr("French and English"), "fr en")
        self.languages.addItem(self.tr("French only"), "fr")
        self.languages.addItem(self.tr("English only"), "en")
        self.deck = named(QComboBox(), self.tr("Deck to save the card in"))
        for own in library.user_decks():
            self.deck.addItem(own.deck.title.get(language), str(own.path))
        self.deck.addItem(self.tr("A new deck"), NEW_DECK)
        if deck is not None:
            self.deck.setCurrentIndex(self.deck.findData(str(deck.path)))
        self.deck_title = named(QLineEdit(), self.tr("Title of the new deck"))
        self.deck_title.setPlaceholderText(self.tr("e.g. Our sites"))
        self.card_id = named(QLineEdit(), self.tr("Card id"))
        self.card_id.setPlaceholderText(self.tr("lowercase-with-dashes, unique"))
        self.timebox = named(QSpinBox(), self.tr("Timebox in minutes"))
        self.timebox.setRange(1, 240)
        self.timebox.setValue(15)
        self.timebox.setSuffix(self.tr(" min"))
        self.title = LanguageFields(self.tr("Title"))
        self.situation = LanguageFields(self.tr("Situation"), multiline=True)
        self.prompts = LanguageFields(self.tr("Discussion prompts"), lines=True)
        self.notes = LanguageFields(self.tr("Facilitator notes"), lines=True)
        self.injects = LanguageFields(self.tr("Injects"), lines=True)
        self._texts = (self.title, self.situation, self.prompts, self.notes, self.injects)

        card_page = QWidget()
        form = QFormLayout(card_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Save in deck"), self.deck)
        form.addRow(self.tr("New deck's title"), self.deck_title)
        form.addRow(self.tr("Card id"), self.card_id)
        form.addRow(self.tr("Timebox"), self.timebox)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Prompts (one a line)"), self.prompts)
        form.addRow(self.tr("Notes (one a line)"), self.notes)
        form.addRow(self.tr("Injects (one a line)"), self.injects)

        self.options: list[OptionEditor] = []
        self._options_box = QVBoxLayout()
        self.add_option_button = named(
            QPushButton(self.tr("Add option")), self.tr("Add an option (4 at most)")
        )
        self.add_option_button.setAutoDefault(False)  # Enter saves the card
        self.add_option_button.clicked.connect(lambda: self._add_option(self._blank_option()))
        options_page = QWidget()
        options_layout = QVBoxLayout(options_page)
        options_layout.addLayout(self._options_box)
        row = QHBoxLayout()
        row.addWidget(self.add_option_button)
        row.addStretch(1)
        options_layout.addLayout(row)
        options_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(options_page)

        self.tabs = named(QTabWidget(), self.tr("Card editor sections"))
        self.tabs.addTab(card_page, self.tr("Card"))
        self.tabs.addTab(scroll, self.tr("Options and effects"))
        self.problems = text_label("", "small")
        self.problems.setAccessibleName(self.tr("Problems to fix before saving"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save card"))
        self.save_button.setAccessibleName(self.tr("Save card"))
        self.save_button.setDefault(True)  # Enter in a one-line field saves a valid card
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Card editor"), "title"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

        self._fill(source)
        for text in self._texts:
            text.changed.connect(self.validate)
        for line in (self.card_id, self.deck_title):
            line.textChanged.connect(self.validate)
        self.timebox.valueChanged.connect(self.validate)
        self.deck.currentIndexChanged.connect(self.validate)
        self.languages.currentIndexChanged.connect(self._languages_changed)
        self._languages_changed()
        self.languages.setFocus()  # the first choice: which language(s) the card is written in

    def chosen_languages(self) -> tuple[Language, ...]:
        return tuple(self.languages.currentData().split())

    def target_deck(self) -> LibraryDeck | None:
        path = self.deck.currentData()
        return next((d for d in self._library.user_decks() if str(d.path) == path), None)

    def card(self) -> Card:
        """The card as the fields stand, whether or not it is valid yet."""
        languages = self.chosen_languages()
        options = tuple(o.option(languages) for o in self.options)
        base = self._source or _BLANK  # a copied card keeps its law notes
        card = replace(
            base,
            id=self.card_id.text().strip(),
            title=self.title.text(languages),
            situation=self.situation.text(languages),
            prompts=self.prompts.texts(languages),
            notes=self.notes.texts(languages),
            injects=self.injects.texts(languages),
            options=options,
            timebox_minutes=self.timebox.value(),
        )
        return replace(card, sections=sections_touched(card))

    def current_problems(self) -> list[Bilingual]:
        problems = card_problems(
            self.card(),
            self._library,
            self._template,
            self.target_deck(),
            self._replacing,
            self.chosen_languages(),
        )
        if self.target_deck() is None and not self.deck_title.text().strip():
            problems.append(
                Bilingual(en="the new deck needs a title", fr="le nouveau jeu a besoin d’un titre")
            )
        return problems

    def validate(self) -> None:
        """Check the card as typed; Save stays disabled while anything is wrong."""
        problems = self.current_problems()
        self.deck_title.setEnabled(self.target_deck() is None)
        self.add_option_button.setEnabled(len(self.options) < 4)
        self.save_button.setEnabled(not problems)
        shown = [f"• {p.get(self._language)}" for p in problems[:_SHOWN]]
        if len(problems) > _SHOWN:
            shown.append("• …")
        self.problems.setText("\n".join(shown) if problems else self.tr("Ready to save."))

    def accept(self) -> None:
        if self.current_problems():
            return
        into = self.target_deck()
        title = self._deck_title()
        self.saved = save_card(self.card(), into, title, self._replacing)
        super().accept()

    def _deck_title(self) -> Bilingual:
        into = self.target_deck()
        if into is not None:
            return into.deck.title
        text = self.deck_title.text().strip()
        return Bilingual(**{lang: text for lang in self.chosen_languages()})

    def _fill(self, source: Card | None) -> None:
        if source is None:
            for option_id in _OPTION_IDS[:2]:
                self._add_option(blank_option(option_id))
            return
        self.card_id.setText(source.id if self._replacing else f"{source.id}-copy")
        self.timebox.setValue(source.timebox_minutes)
        self.title.set_text(source.title)
        self.situation.set_text(source.situation)
        self.prompts.set_list(source.prompts)
        self.notes.set_list(source.notes)
        self.injects.set_list(source.injects)
        written = [lang for lang in ("fr", "en") if getattr(source.title, lang)]
        self.languages.setCurrentIndex(self.languages.findData(" ".join(written) or "fr en"))
        for option in source.options:
            self._add_option(option)

    def _blank_option(self) -> Option:
        used = {o.option_id for o in self.options}
        return blank_option(next(i for i in _OPTION_IDS if i not in used))

    def _add_option(self, option: Option) -> None:
        editor = OptionEditor(self._template, self._language, option, len(self.options) + 1)
        editor.set_languages(self.chosen_languages())
        editor.changed.connect(self.validate)
        editor.removeRequested.connect(lambda: self._remove_option(editor))
        self.options.append(editor)
        self._options_box.addWidget(editor)
        self.validate()

    def _remove_option(self, editor: OptionEditor) -> None:
        self.options.remove(editor)
        editor.deleteLater()
        for number, option in enumerate(self.options, start=1):
            option.setTitle(self.tr("Option {n}").format(n=number))
        self.validate()

    def _languages_changed(self) -> None:
        languages = self.chosen_languages()
        for text in self._texts:
            text.set_languages(languages)
        for option in self.options:
            option.set_languages(languages)
        self.validate()
