"""The interface language chooser (palette: "Interface language"): every language the app's
own words come in, each by its own name; dismisses with a code or None.

The letter's language is another choice (the language screen of the journey): this one changes
only the labels, keys, help and messages of the app.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from appeal_tui.core.i18n import N_, UI_LANGUAGES, _
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnWords, VisualOptionList
from appeal_tui.ui.widgets.key_footer import Footer


class UiLanguageScreen(TranslatedKeys, ModalScreen[str | None]):
    """Enter (or a click) chooses the highlighted language; Esc keeps the one in use."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel"), key_display="Esc"),
    ]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="ui-language-box"):
            yield OwnWords(Content(_("Interface language")), id="ui-language-title")
            # Each language by its own name: a volunteer finds theirs whatever is shown now.
            yield VisualOptionList(
                *(Option(Content(name), id=code) for code, name in UI_LANGUAGES.items()),
                id="ui-language-list",
            )
            yield OwnWords(
                Content(
                    _(
                        "The app's labels, keys, help and messages change at once; the letter "
                        "keeps the language you write it in."
                    )
                ),
                id="ui-language-hint",
            )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        options = self.query_one("#ui-language-list", OptionList)
        if self.current in UI_LANGUAGES:
            options.highlighted = list(UI_LANGUAGES).index(self.current)
        options.focus()

    @on(OptionList.OptionSelected, "#ui-language-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
