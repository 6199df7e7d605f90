"""Help for the current screen: what it is for and every key it offers (F1 or ?)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen

from appeal_tui.core.i18n import N_, _
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


class HelpScreen(TranslatedKeys, ModalScreen[None]):
    """A modal with a screen's help text and its keys; any of Esc, F1, q or Enter closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,enter,question_mark", "close", N_("Close help"), key_display="Esc"),
    ]

    def __init__(self, title: str, text: str, actions: Sequence[ScreenAction]) -> None:
        super().__init__()
        self.help_title = title
        self.help_text = text
        self.actions = actions

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(no_wrap=True, style="bold")
        keys.add_column()
        seen: set[str] = set()
        for action in self.actions:
            if action.shown_key in seen:
                continue
            seen.add(action.shown_key)
            keys.add_row(Text(action.shown_key), Text(_(action.help)))
        keys.add_row(Text("Ctrl+P"), Text(_("Search every action (command palette)")))
        keys.add_row(Text("Ctrl+Q"), Text(_("Quit (your drafts are saved)")))
        with Vertical(id="help-box"):
            yield OwnWords(Text(self.help_title), id="help-title", markup=False)
            with VerticalScroll(id="help-body"):
                yield OwnWords(Text(self.help_text), markup=False, id="help-text")
                yield OwnWords(keys, id="help-keys")
            yield OwnWords(Text(_("Esc, F1 or Enter closes this help.")), id="help-close")
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def action_close(self) -> None:
        self.dismiss(None)
