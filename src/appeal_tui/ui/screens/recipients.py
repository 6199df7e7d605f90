"""Recipients: who the letter goes to (primaries chosen by default), and post or email."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Button, RadioButton, RadioSet, SelectionList, Static
from textual.widgets.selection_list import Selection

from appeal_tui.core.choices import preselected_recipients
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import Case, Mode, Recipient
from appeal_tui.ui import letters
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_markdown import inline_text
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.ui_language import relabel
from appeal_tui.ui.visual_lines import (
    OwnButton,
    OwnRadioButton,
    OwnWords,
    VisualStatic,
    app_visual_rtl,
    own_line,
)
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.check_list import CheckList
from appeal_tui.ui.widgets.key_footer import Footer

MODE_HELP: dict[Mode, str] = {
    "post": N_(
        "By post: one letter for each person you chose, each with its own address and "
        "greeting. Print them, sign them and post them."
    ),
    "email": N_(
        "By email: one letter to the main recipients, with copies to the others, ready to "
        "send from your own email."
    ),
}


# The ways to reach someone (`Recipient.channels`), as the recipients list shows them.
CHANNEL_WORDS: dict[str, str] = {
    "post": N_("post"),
    "email": N_("email"),
    "fax": N_("fax"),
    "web": N_("web"),
    "social": N_("social media"),
}


class RecipientList(CheckList):
    """The recipients to choose from. Space (or a click) adds or removes one, as the question
    above it says; Enter goes on to the letter, as it does on the case and language lists.
    (As a plain `SelectionList`, Enter toggled the highlighted person: a newcomer pressing Enter
    to go on took the main official off the letter, which only a colour showed, and then
    Ctrl+N said to choose someone. A person not chosen has an empty box: `CheckList`.)"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.next", show=False),
    ]


@dataclass(frozen=True)
class RecipientChoice:
    keys: tuple[str, ...]
    mode: Mode


def recipient_prompt(recipient: Recipient, visual: bool = False) -> Content:
    """One line: role, name and title, and the ways to reach them (in the interface language;
    in visual order when `visual` and it is written right to left: `own_line`)."""
    who = one_line(recipient.name)
    if recipient.title:
        who += f", {one_line(recipient.title)}"
    # TRANSLATORS: between two ways of reaching someone ("post, email"); Persian and Arabic: "، ".
    ways = _(", ").join(_(CHANNEL_WORDS.get(c, c)) for c in recipient.channels)
    ways = ways or _("no contact details")
    line = _("[main] {who} — {ways}") if recipient.is_primary else _("[copy] {who} — {ways}")
    return Content(own_line(line.format(who=who, ways=ways), visual))


class RecipientsScreen(JourneyScreen[RecipientChoice]):
    """Dismisses with the chosen recipients and mode."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "next",
            "ctrl+n",
            N_("Next: write"),
            N_("Continue to writing the letter"),
            key_display="^N",
            priority=True,
        ),
        # Off the footer (the choice is on the screen, and "By email" is long in Spanish or
        # Arabic): in the palette, the help and on their keys.
        ScreenAction(
            "mode('post')",
            "p",
            N_("By post"),
            N_("One letter each, by post"),
            key_display="p",
            show=False,
        ),
        ScreenAction(
            "mode('email')",
            "e",
            N_("By email"),
            N_("One email with copies"),
            key_display="e",
            show=False,
        ),
    )
    HELP_TITLE = N_("Choose who to write to")
    HELP_TEXT = N_(
        "The main recipients are chosen for you. Space (or a click) adds or removes a person. "
        "Copies reach other officials and embassies; they help, but are optional.\n\n"
        "Then choose how you will send it: by post (one letter each) or by email (one email with "
        "copies). To write, press Enter (on the list of people or on “Next”) or Ctrl+N."
    )

    def __init__(self, case: Case, chosen: tuple[str, ...], mode: Mode) -> None:
        super().__init__()
        self.case = case
        self.chosen = chosen or preselected_recipients(case)
        self.mode = mode

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="recipients-body"):
            yield OwnWords(classes="question", id="who-question", markup=False)
            yield RecipientList(
                *(
                    Selection(
                        recipient_prompt(r, app_visual_rtl(self)), r.key, r.key in self.chosen
                    )
                    for r in self.case.recipients
                ),
                id="recipient-list",
            )
            # The recipient's address, contacts and note: each line in visual order while the
            # setting says so (a Persian address, or "Note:" in a Persian interface).
            yield VisualStatic(id="recipient-note", markup=False)
            yield OwnWords(classes="question", id="how-question", markup=False)
            with RadioSet(id="mode"):
                yield OwnRadioButton(value=self.mode == "post", id="mode-post")
                yield OwnRadioButton(value=self.mode == "email", id="mode-email")
            yield OwnWords(id="mode-help", markup=False)
            yield OwnWords(id="post-note", markup=False)
            yield OwnButton(id="next-button", variant="primary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = one_line(self.case.title)
        self.show_words()
        self.query_one("#recipient-list", SelectionList).focus()
        self._show_note()
        self._show_post_note()

    def show_words(self) -> None:
        self.sub_title = _("Recipients")
        self.query_one("#who-question", Static).update(
            _("Who will you write to? (Space to choose)")
        )
        self.query_one("#how-question", Static).update(_("How will you send it?"))
        relabel(self.query_one("#mode-post", RadioButton), _("By post"))
        relabel(self.query_one("#mode-email", RadioButton), _("By email"))
        self.query_one("#mode-help", Static).update(_(MODE_HELP[self.mode]))
        relabel(self.query_one("#next-button", Button), _("Next: write the letter (Ctrl+N)"))
        listing = self.query_one("#recipient-list", SelectionList)
        for index, recipient in enumerate(self.case.recipients):
            listing.replace_option_prompt_at_index(
                index, recipient_prompt(recipient, app_visual_rtl(self))
            )
        if self.is_mounted:
            self._show_note()
            self._show_post_note()

    def _chosen(self) -> tuple[str, ...]:
        keys = self.query_one("#recipient-list", SelectionList).selected
        return tuple(r.key for r in self.case.recipients if r.key in keys)

    @on(SelectionList.SelectedChanged, "#recipient-list")
    def _show_post_note(self) -> None:
        """By post: a line for each chosen person without a postal address (no letter is
        written to them) and the contact they do have."""
        lines = letters.left_out_lines(self.case, self._chosen(), self.mode)
        widget = self.query_one("#post-note", Static)
        widget.update(Content("\n".join(one_line(line) for line in lines)))
        widget.display = bool(lines)

    @on(SelectionList.SelectionHighlighted, "#recipient-list")
    def _highlighted(self) -> None:
        self._show_note()

    def _show_note(self) -> None:
        listing = self.query_one("#recipient-list", SelectionList)
        option = listing.highlighted_option
        note = Text()
        if option is not None:
            recipient = self.case.recipient(str(getattr(option, "value", "")))
            if recipient is not None:
                lines = [*recipient.address]
                if recipient.country:
                    lines.append(recipient.country)
                lines += [_("Email: {address}").format(address=e) for e in recipient.email]
                lines += [_("Fax: {number}").format(number=f) for f in recipient.fax]
                if recipient.twitter:
                    lines.append(_("Social: {handle}").format(handle=recipient.twitter))
                note = Text("\n".join(one_line(line) for line in lines))
                if recipient.note:  # Markdown, like all case text (case-format.md)
                    note.append(("\n" if lines else "") + _("Note: ")).append_text(
                        inline_text(recipient.note)
                    )
        widget = self.query_one("#recipient-note", Static)
        widget.update(note)
        widget.display = bool(note)

    @on(RadioSet.Changed, "#mode")
    def _mode_changed(self, event: RadioSet.Changed) -> None:
        self.mode = "email" if event.pressed.id == "mode-email" else "post"
        self.query_one("#mode-help", Static).update(_(MODE_HELP[self.mode]))
        self._show_post_note()

    @on(Button.Pressed, "#next-button")
    def _next_pressed(self) -> None:
        self.action_next()

    def action_mode(self, mode: str) -> None:
        button = "#mode-email" if mode == "email" else "#mode-post"
        self.query_one(button, RadioButton).value = True

    def action_next(self) -> None:
        ordered = self._chosen()
        if not ordered:
            self.notify(_("Choose at least one person to write to."), markup=False)
            return
        if not letters.post_choice(self.case, ordered, self.mode).keys:
            self.notify(
                _("No one you chose has a postal address: choose “By email”, or someone else."),
                markup=False,
            )
            return
        self.dismiss(RecipientChoice(ordered, self.mode))
