"""At an event, after a while without a key: a countdown before the screen is cleared."""

from __future__ import annotations

import math

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from appeal_tui.core.i18n import _, ngettext
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


class StillThereScreen(TranslatedKeys, ModalScreen[None]):
    """Any key or click dismisses it (the writer is still there)."""

    CSS_PATH = "turn_dialogs.tcss"

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def compose(self) -> ComposeResult:
        with Vertical(classes="turn-box"):
            yield OwnWords(_("Are you still writing?"), classes="turn-title", markup=False)
            yield OwnWords(self._count_text(), id="still-there-count", markup=False)
            yield OwnWords(
                _("Your letter is saved. Press any key to go on writing."),
                classes="turn-text",
                markup=False,
            )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def _count_text(self) -> str:
        left = max(0, math.ceil(self.seconds))
        return ngettext(
            "The screen is cleared for the next writer in {n} second.",
            "The screen is cleared for the next writer in {n} seconds.",
            left,
        ).format(n=left)

    def show_remaining(self, seconds: float) -> None:
        self.seconds = seconds
        # (A tick may come between the screen's mount and its compose: then compose shows it.)
        for count in self.query("#still-there-count").results(Static):
            count.update(self._count_text())

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self.dismiss(None)
