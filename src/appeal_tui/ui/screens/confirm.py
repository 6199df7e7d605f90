"""A yes/no question in a small modal; dismisses with True only on an explicit yes."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button

from appeal_tui.core.i18n import N_, _
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnButton, OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


class ConfirmScreen(TranslatedKeys, ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", N_("No"), key_display="Esc"),
        Binding("y", "answer(True)", N_("Yes")),
    ]

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.yes = _("Yes") if yes is None else yes
        self.no = _("No") if no is None else no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield OwnWords(Content(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield OwnButton(Content(_("{answer} (n)").format(answer=self.no)), id="confirm-no")
                yield OwnButton(
                    Content(_("{answer} (y)").format(answer=self.yes)),
                    id="confirm-yes",
                    variant="error",
                )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
