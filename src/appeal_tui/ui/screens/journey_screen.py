"""The base of every journey screen: its actions (one definition each), help and Escape."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from appeal_tui.core.i18n import N_, _, is_rtl
from appeal_tui.ui.actions import BACK, HELP, HELP_QUESTION, ScreenAction, bindings_for
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.ui_language import LANGUAGE_SETTING, TranslatedKeys
from appeal_tui.ui.visual_lines import SETTING

ResultT = TypeVar("ResultT")


def steady_cursors(screen: Widget) -> None:
    """No blinking cursors when headless: tests and snapshots see the same frame every time."""
    if screen.app.is_headless:
        from textual.widgets import TextArea  # (not imported before the first frame otherwise)

        for widget in (*screen.query(Input), *screen.query(TextArea)):
            widget.cursor_blink = False


class JourneyScreen(TranslatedKeys, Screen[ResultT]):
    """A step of the journey. Subclasses set ACTIONS, HELP_TITLE and HELP_TEXT.

    Escape dismisses the screen with None ("go back a step"); forward results are never None.
    Its words are in the interface language (HELP_TITLE and HELP_TEXT marked with `N_`); when
    the language changes, `show_words` shows them again in place (nothing typed is touched).
    """

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = ()
    HELP_TITLE: ClassVar[str] = N_("Help")
    HELP_TEXT: ClassVar[str] = ""
    # Whether Escape means anything here (not on the first screen).
    CAN_GO_BACK: ClassVar[bool] = True
    _watching_language = False

    def __init_subclass__(
        cls,
        can_focus: bool | None = None,
        can_focus_children: bool | None = None,
        inherit_css: bool = True,
        inherit_bindings: bool = True,
    ) -> None:
        # Bindings come from the same definitions as the palette and the help screen.
        if "ACTIONS" in cls.__dict__:
            cls.BINDINGS = list(bindings_for((BACK, *cls.ACTIONS, HELP, HELP_QUESTION)))
        super().__init_subclass__(
            can_focus=can_focus,
            can_focus_children=can_focus_children,
            inherit_css=inherit_css,
            inherit_bindings=inherit_bindings,
        )

    def on_mount(self) -> None:
        steady_cursors(self)
        # (Textual calls each class's on_mount; a subclass may call this one again.)
        if hasattr(type(self.app), LANGUAGE_SETTING) and not self._watching_language:
            self._watching_language = True
            self.watch(self.app, LANGUAGE_SETTING, self._language_changed, init=False)
            # In Persian or Arabic, one-line words (tabs) follow the right-to-left setting too.
            self.watch(self.app, SETTING, self._visual_order_changed, init=False)

    def _visual_order_changed(self) -> None:
        if is_rtl():
            self._language_changed()

    def _language_changed(self) -> None:
        self.show_words()
        self.refresh_bindings()
        # Words of another length: buttons and labels are laid out again (a button's label
        # does not lay out by itself).
        self.refresh(layout=True)

    def show_words(self) -> None:
        """Show the screen's own words again, in the interface language now in use (titles,
        labels, status lines); subclasses that show such words override it. Fields and the
        letter keep what was typed."""

    def screen_actions(self) -> tuple[ScreenAction, ...]:
        """Every action of this screen, for the palette and the help screen."""
        return (BACK, *self.ACTIONS, HELP) if self.CAN_GO_BACK else (*self.ACTIONS, HELP)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.CAN_GO_BACK
        return True

    def help_text(self) -> str:
        """The help for this screen as it is laid out now (a narrow terminal stacks panes)."""
        return _(self.HELP_TEXT)

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen(_(self.HELP_TITLE), self.help_text(), self.screen_actions())
        )

    def action_back(self) -> None:
        if self.CAN_GO_BACK:
            self.go_back()

    def go_back(self) -> None:
        """Leave this step; subclasses save what they hold first."""
        self.dismiss(None)
