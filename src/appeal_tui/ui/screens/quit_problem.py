"""Quitting while the draft cannot be saved: say so, and ask (try again, save elsewhere, quit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from appeal_tui.core.i18n import N_, _
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnButton, OwnInput, OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


class QuitProblemScreen(TranslatedKeys, ModalScreen[bool]):
    """Dismisses with True to quit (saved after all, saved elsewhere, or "quit anyway"), False
    to stay in the app."""

    CSS_PATH = "turn_dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stay", N_("Keep writing"), key_display="Esc"),
    ]

    def __init__(
        self,
        error: str,
        *,
        retry: Callable[[], str | None],
        save_to: Callable[[Path], list[Path]],
        folder: Path,
    ) -> None:
        super().__init__()
        self.error = error
        self.retry = retry
        self.save_to = save_to
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="turn-box"):
            yield OwnWords(_("Your letter is not saved"), classes="turn-title", markup=False)
            yield OwnWords(
                Content(
                    _(
                        "Saving failed: {error}\nIf you quit now, what you typed is lost. Free "
                        "some space (or fix the folder) and try again, or type another folder "
                        "below and save the letter there. Esc: keep writing."
                    ).format(error=self.error)
                ),
                id="quit-error",
                classes="turn-text",
            )
            yield OwnInput(str(self.folder), id="quit-folder")
            yield OwnWords("", id="quit-status", classes="turn-error", markup=False)
            with Horizontal(classes="turn-buttons"):
                yield OwnButton(Content(_("Keep writing")), id="quit-stay", compact=True)
                yield OwnButton(
                    Content(_("Try again")), id="quit-retry", variant="primary", compact=True
                )
                yield OwnButton(
                    Content(_("Save in this folder")), id="quit-elsewhere", compact=True
                )
                yield OwnButton(
                    Content(_("Quit anyway")), id="quit-anyway", variant="error", compact=True
                )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#quit-retry", Button).focus()

    @on(Button.Pressed, "#quit-retry")
    def _retry(self) -> None:
        error = self.retry()
        if error is None:
            self.dismiss(True)
            return
        # The whole message is above already; a short line keeps the buttons in place.
        self.query_one("#quit-status", Static).update(
            Content(_("Still not saved: {error}").format(error=error.split(":")[-1].strip()))
        )

    @on(Input.Submitted, "#quit-folder")
    @on(Button.Pressed, "#quit-elsewhere")
    def _elsewhere(self) -> None:
        text = self.query_one("#quit-folder", Input).value.strip()
        status = self.query_one("#quit-status", Static)
        if not text:
            status.update(Content(_("Type the folder to save the letter in.")))
            return
        try:
            self.save_to(Path(text).expanduser())
        except OSError as error:
            status.update(Content(_("Could not save there either: {error}").format(error=error)))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#quit-anyway")
    def _anyway(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#quit-stay")
    def action_stay(self) -> None:
        self.dismiss(False)
