"""Language: the case's languages first, each by its own name and in English; then any other."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.languages import all_languages
from appeal_tui.core.model import Case
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_facts import language_label
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen, steady_cursors
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnInput, OwnWords, VisualOptionList
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.key_footer import Footer

OTHER = "__other__"
ANOTHER = N_("Another language…")


class LanguageSearchScreen(TranslatedKeys, ModalScreen[str | None]):
    """Search every language by its English or its own name; dismisses with a code or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Back"), key_display="Esc"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="language-search-box"):
            yield OwnWords(_("Write in another language"), id="language-search-title", markup=False)
            yield OwnInput(
                placeholder=_("Type a language name, e.g. German or Deutsch"), id="lang-query"
            )
            # Says the list is coming, then that a search found nothing (never an empty box).
            yield OwnWords(_("Loading the languages…"), id="lang-status", markup=False)
            results = VisualOptionList(id="lang-results")
            results.display = False
            yield results
            yield OwnWords(
                _(
                    "The asks are shown in English (or the case's first language) to put in your "
                    "own words."
                ),
                id="language-search-hint",
                markup=False,
            )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        steady_cursors(self)
        self.query_one("#lang-query", Input).focus()
        # The box is painted first (with "Loading the languages…"), then filled.
        self.call_after_refresh(self._fill_current)

    def _fill_current(self) -> None:
        self._fill(self.query_one("#lang-query", Input).value)

    def _fill(self, query: str) -> None:
        needle = query.casefold().strip()
        rows = [
            Option(Content(f"{native} – {english}" if native != english else english), id=code)
            for code, english, native in all_languages()
            if not needle or needle in english.casefold() or needle in native.casefold()
        ]
        results = self.query_one("#lang-results", OptionList)
        results.set_options(rows)
        results.display = bool(rows)
        if rows:
            results.highlighted = 0
        status = self.query_one("#lang-status", Static)
        status.display = not rows
        if not rows:
            status.update(
                Content(
                    _(
                        "No language matches “{query}”. Type its name in English or in the "
                        "language itself, e.g. German or Deutsch."
                    ).format(query=one_line(query))
                )
            )

    @on(Input.Changed, "#lang-query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#lang-query")
    def _submitted(self) -> None:
        option = self.query_one("#lang-results", OptionList).highlighted_option
        if option is not None:
            self.dismiss(option.id)

    @on(OptionList.OptionSelected, "#lang-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def key_down(self) -> None:
        if self.focused is self.query_one("#lang-query"):
            self.query_one("#lang-results", OptionList).action_cursor_down()

    def key_up(self) -> None:
        if self.focused is self.query_one("#lang-query"):
            self.query_one("#lang-results", OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)


class LanguageScreen(JourneyScreen[str]):
    """Dismisses with the chosen language code."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "choose",
            "enter",
            N_("Choose"),
            N_("Write in the highlighted language"),
            key_display="Enter",
            priority=True,
        ),
        ScreenAction(
            "other",
            "o",
            N_("Another language"),
            N_("Search every language by name"),
            key_display="o",
        ),
    )
    HELP_TITLE = N_("Choose a language")
    HELP_TEXT = N_(
        "The languages the case suggests come first: the authorities read these best. You may "
        "also write in your own language: choose “Another language…” (or press o) and type its "
        "name."
    )

    def __init__(self, case: Case, current: str | None = None) -> None:
        super().__init__()
        self.case = case
        self.current = current

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="language-body"):
            yield OwnWords(
                _("Which language will you write in?"), id="language-question", markup=False
            )
            options: list[Option | None] = [
                Option(Content(language_label(code)), id=code) for code in self.case.languages
            ]
            if self.current and self.current not in self.case.languages:
                options.append(Option(Content(language_label(self.current)), id=self.current))
            options.append(None)  # a separator line
            options.append(Option(Content(_(ANOTHER)), id=OTHER))
            yield VisualOptionList(*options, id="language-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = one_line(self.case.title)
        self.show_words()
        languages = self.query_one("#language-list", OptionList)
        if self.current:
            languages.highlighted = languages.get_option_index(self.current)
        languages.focus()

    def show_words(self) -> None:
        self.sub_title = _("Language")
        self.query_one("#language-question", Static).update(_("Which language will you write in?"))
        languages = self.query_one("#language-list", OptionList)
        languages.replace_option_prompt(OTHER, Content(_(ANOTHER)))

    @on(OptionList.OptionSelected, "#language-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, code: str | None) -> None:
        if code == OTHER:
            self.action_other()
        elif code:
            self.dismiss(code)

    def action_choose(self) -> None:
        option = self.query_one("#language-list", OptionList).highlighted_option
        self._choose(option.id if option is not None else None)

    def action_other(self) -> None:
        def chosen(code: str | None) -> None:
            if code:
                self.dismiss(code)

        self.app.push_screen(LanguageSearchScreen(), chosen)
