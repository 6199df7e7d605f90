"""The header of every screen: the title (cut with an ellipsis when it is long) and, always in
full on the right, the step and language the writer is at.

Textual's own header shows "title — subtitle" centred and cuts the end off: at 80 columns a
case title hid the step and language. The step is its own widget here, so it never is cut.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, Static

from appeal_tui.core.i18n import is_rtl
from appeal_tui.core.visual_order import visual_line
from appeal_tui.ui.ui_language import LANGUAGE_SETTING
from appeal_tui.ui.visual_lines import SETTING, app_visual_rtl


class AppHeader(Header):
    """`Header` with the screen's sub-title (the step, the language) kept whole on the right."""

    # Its own line is only background under its icon, title and step: a blank strip (Textual
    # draws it in every frame of its screen, whatever changed; styled, 50-200 us a frame).
    BLANK = True

    DEFAULT_CSS = """
    AppHeader HeaderTitle {
        width: 1fr;
    }
    AppHeader HeaderClockSpace {
        display: none;
    }
    AppHeader #header-step {
        dock: right;
        width: auto;
        max-width: 50%;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $text-muted;
    }
    """

    def __init__(self) -> None:
        super().__init__(show_clock=False, icon="✉")

    def compose(self) -> ComposeResult:
        # Textual's icon and title (their classes are not public: styled by name above).
        yield from super().compose()
        yield Static(id="header-step", markup=False)

    def format_title(self) -> Content:
        # The event's name (App.format_title) and the screen's title; the step is shown apart.
        return self.app.format_title(self._shown(self.screen_title), "")

    def _shown(self, text: str) -> str:
        """`text` as the app's right-to-left setting shows it: a Persian case title or language
        name in visual order where the terminal does not reorder (the header reads left to
        right, so only the right-to-left runs in it are turned; in a Persian or Arabic interface it
        reads right to left)."""
        return visual_line(text, rtl=is_rtl()) if app_visual_rtl(self) else text

    def on_mount(self) -> None:
        def show_step() -> None:
            step = self._shown(self.screen_sub_title)
            self.query_one("#header-step", Static).update(Content(step))

        def show_all() -> None:
            show_step()
            # Textual's title widget (by type name: its class is not public).
            self.query_one("HeaderTitle", Static).update(self.format_title())

        self.watch(self.app, "sub_title", show_step)
        self.watch(self.screen, "sub_title", show_step)
        if hasattr(type(self.app), SETTING):
            self.watch(self.app, SETTING, show_all, init=False)
        if hasattr(type(self.app), LANGUAGE_SETTING):
            # "Event: …" and the screen's title and step in the new interface language.
            self.watch(self.app, LANGUAGE_SETTING, show_all, init=False)
