"""The social media message for each chosen recipient with a handle: copy it, or open the post link.

The text is shown as plain text (it holds case text, which comes by email), with its length as the
platform counts it ("245/280").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from appeal_tui.core.i18n import N_, _
from appeal_tui.export.social import MAX_WEIGHTED_LENGTH, SocialMessage
from appeal_tui.ui.display_text import one_line, plain
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnButton, OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


@dataclass(frozen=True)
class SocialItem:
    """One recipient's message, with the name to show above it."""

    recipient_name: str
    message: SocialMessage


def length_text(message: SocialMessage) -> str:
    """ "245/280": the weighted length against the limit."""
    return f"{message.weighted_length}/{MAX_WEIGHTED_LENGTH}"


class SocialDialog(TranslatedKeys, ModalScreen[None]):
    CSS_PATH = "letter_dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", N_("Close"), key_display="Esc"),
    ]

    def __init__(
        self,
        items: Sequence[SocialItem],
        *,
        copy: Callable[[SocialItem], None],
        open_link: Callable[[SocialItem], None],
    ) -> None:
        super().__init__()
        self.items = tuple(items)
        self.copy = copy
        self.open_link = open_link

    def compose(self) -> ComposeResult:
        with Vertical(id="social-box"):
            yield OwnWords(_("Social media messages"), id="social-title", markup=False)
            with VerticalScroll(id="social-list"):
                for index, item in enumerate(self.items):
                    with Vertical(classes="social-item"):
                        yield Static(
                            one_line(item.recipient_name), classes="social-name", markup=False
                        )
                        # Shown cleaned of bidi overrides; Copy and the link carry the text as is.
                        yield Static(
                            plain(item.message.text),
                            classes="social-text",
                            id=f"social-text-{index}",
                        )
                        with Horizontal(classes="social-actions"):
                            yield Static(
                                length_text(item.message), classes="social-length", markup=False
                            )
                            yield OwnButton(
                                Content(_("Copy")), id=f"social-copy-{index}", compact=True
                            )
                            yield OwnButton(
                                Content(_("Open in browser to post")),
                                id=f"social-open-{index}",
                                compact=True,
                            )
            yield OwnWords(
                _(
                    "Opening the link only fills in the post; nothing is sent until you press Post "
                    "there. Esc closes this."
                ),
                id="social-hint",
                markup=False,
            )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        buttons = self.query(Button)
        if buttons:
            buttons.first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        kind, _sep, index = (event.button.id or "").removeprefix("social-").partition("-")
        if not index.isdigit() or int(index) >= len(self.items):
            return
        item = self.items[int(index)]
        if kind == "copy":
            self.copy(item)
        elif kind == "open":
            self.open_link(item)

    def action_close(self) -> None:
        self.dismiss(None)
