"""Every action a screen offers, defined once: its key, footer label, palette entry and help.

Screens list their `ScreenAction`s in `ACTIONS`; `bindings_for` turns them into Textual
bindings (the footer), the app turns them into command palette entries, and the help screen
lists them. `check_action` on the screen decides availability for all three at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding, BindingType

from appeal_tui.core.i18n import N_


@dataclass(frozen=True)
class ScreenAction:
    """One thing the user can do on a screen."""

    action: str
    key: str
    label: str
    help: str
    show: bool = True
    key_display: str | None = None
    priority: bool = False
    # Off for keys that are only a shortcut for another entry (they would repeat it in the palette).
    in_palette: bool = True

    @property
    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.label,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            tooltip=self.help,
        )

    @property
    def shown_key(self) -> str:
        """The key as the help screen shows it."""
        if self.key_display:
            return self.key_display
        first = self.key.split(",")[0]
        return first.replace("ctrl+", "Ctrl+").replace("question_mark", "?").capitalize()


def bindings_for(actions: Iterable[ScreenAction]) -> list[BindingType]:
    """The Textual bindings for `actions`, in order (the footer shows them in this order)."""
    return [a.binding for a in actions]


HELP = ScreenAction("help", "f1", N_("Help"), N_("Show help for this screen"), key_display="F1")
HELP_QUESTION = ScreenAction(
    "help",
    "question_mark",
    N_("Help"),
    N_("Show help for this screen"),
    show=False,
    in_palette=False,
)
BACK = ScreenAction(
    "back", "escape", N_("Back"), N_("Go back a step (nothing is lost)"), key_display="Esc"
)
