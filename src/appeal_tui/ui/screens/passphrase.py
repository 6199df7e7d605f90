"""The organiser's passphrase at an event: set it when the event starts, give it to open F5/F6."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.ui.organiser_lock import OrganiserLock
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnButton, OwnInput, OwnWords
from appeal_tui.ui.widgets.key_footer import Footer

MIN_LENGTH = 6


class PassphraseSetScreen(TranslatedKeys, ModalScreen[OrganiserLock | None]):
    """At the start of an event: dismisses with the lock, or None (organiser screens locked)."""

    CSS_PATH = "turn_dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "skip", N_("No passphrase"), key_display="Esc"),
    ]

    def __init__(self, event: str) -> None:
        super().__init__()
        self.event = event

    def compose(self) -> ComposeResult:
        with Vertical(classes="turn-box"):
            yield OwnWords(
                Content(_("Event mode: {event}").format(event=self.event)), classes="turn-title"
            )
            yield OwnWords(
                _(
                    "Organiser: choose a passphrase for the organiser screens (F5 import, F6 "
                    "batches and tally). Writers never need it, and each writer sees only their "
                    "own letter. The passphrase is kept for this session only, never on disk.\n"
                    "Leave it empty (or press Esc) to keep those screens locked: the command line "
                    "(appeal-tui drafts list, drafts export, tally) still works."
                ),
                classes="turn-text",
                markup=False,
            )
            yield OwnInput(placeholder=_("Passphrase"), password=True, id="passphrase-new")
            yield OwnInput(placeholder=_("The same again"), password=True, id="passphrase-again")
            yield OwnWords("", id="passphrase-error", classes="turn-error", markup=False)
            with Horizontal(classes="turn-buttons"):
                yield OwnButton(Content(_("Start without (Esc)")), id="passphrase-skip")
                yield OwnButton(
                    Content(_("Start the event")), id="passphrase-set", variant="primary"
                )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#passphrase-new", Input).focus()

    @on(Input.Submitted, "#passphrase-new")
    def _next_field(self) -> None:
        self.query_one("#passphrase-again", Input).focus()

    @on(Input.Submitted, "#passphrase-again")
    @on(Button.Pressed, "#passphrase-set")
    def _set(self) -> None:
        first = self.query_one("#passphrase-new", Input).value
        again = self.query_one("#passphrase-again", Input).value
        error = self.query_one("#passphrase-error", Static)
        if not first and not again:
            self.dismiss(None)
        elif first != again:
            error.update(Content(_("The two passphrases differ: type it twice the same.")))
        elif len(first) < MIN_LENGTH:
            error.update(
                Content(
                    ngettext(
                        "Use at least {n} character.", "Use at least {n} characters.", MIN_LENGTH
                    ).format(n=MIN_LENGTH)
                )
            )
        else:
            self.dismiss(OrganiserLock(first))

    @on(Button.Pressed, "#passphrase-skip")
    def action_skip(self) -> None:
        self.dismiss(None)


class PassphraseAskScreen(TranslatedKeys, ModalScreen[bool]):
    """Before an organiser screen at an event: dismisses with True for the right passphrase."""

    CSS_PATH = "turn_dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Back"), key_display="Esc"),
    ]

    def __init__(self, lock: OrganiserLock, what: str) -> None:
        super().__init__()
        self.passphrase_lock = lock
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(classes="turn-box"):
            yield OwnWords(_("For organisers"), classes="turn-title", markup=False)
            yield OwnWords(
                Content(_("{what}: for the organiser only. Passphrase:").format(what=self.what)),
                classes="turn-text",
            )
            yield OwnInput(placeholder=_("Passphrase"), password=True, id="passphrase")
            yield OwnWords("", id="passphrase-error", classes="turn-error", markup=False)
            with Horizontal(classes="turn-buttons"):
                yield OwnButton(Content(_("Back (Esc)")), id="passphrase-cancel")
                yield OwnButton(Content(_("Open")), id="passphrase-open", variant="primary")
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()

    @on(Input.Submitted, "#passphrase")
    @on(Button.Pressed, "#passphrase-open")
    def _open(self) -> None:
        field = self.query_one("#passphrase", Input)
        if self.passphrase_lock.check(field.value):
            self.dismiss(True)
            return
        field.value = ""
        self.query_one("#passphrase-error", Static).update(
            Content(_("That is not the passphrase."))
        )

    @on(Button.Pressed, "#passphrase-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
