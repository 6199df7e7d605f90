"""Write: the letter in an editor, the writer's details, tips and a live preview; autosaved."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import time
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.console import RenderableType
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, ScrollableContainer, Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import (
    Input,
    Static,
    TabbedContent,
    TabPane,
    Tabs,
    TextArea,
)

from appeal_tui.core.draft import Draft
from appeal_tui.core.guidance import GENERAL_TIPS
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.core.visual_order import has_rtl, starts_rtl
from appeal_tui.storage.autosave import Autosaver
from appeal_tui.storage.drafts import DraftSaveError, SaveResult
from appeal_tui.ui import letters
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_facts import deadline_passed, language_label
from appeal_tui.ui.case_markdown import BULLET, Block, markdown_blocks, render_blocks
from appeal_tui.ui.current_letter import CurrentLetter, LetterUnsaved
from appeal_tui.ui.display_text import clean, one_line
from appeal_tui.ui.quiet_gc import QuietCollector
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.textual_compat import paint_now
from appeal_tui.ui.type_into import type_into
from appeal_tui.ui.visual_lines import (
    SETTING,
    OwnInput,
    OwnLabel,
    OwnWords,
    VisualStatic,
    app_visual_rtl,
    own_line,
)
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.key_footer import Footer
from appeal_tui.ui.widgets.letter_editor import LetterEditor
from appeal_tui.ui.widgets.letter_preview import LetterPreview

# Recomposing the preview on every keystroke would cost more than a frame for long letters.
PREVIEW_DELAY = 0.25
# A save lands within the autosaver's interval (0.5 s) of a change. The status says "Saving…"
# only when one is later than this, so typing does not flicker it (and cost a frame) per key.
SAVE_LATE = 1.5
# What a key changes in the letter is painted as soon as the screen is idle after it (not at
# Textual's next 60 Hz tick) when that comes this soon after the key.
KEY_FRAME_WITHIN = 0.1
# While the writing screen is open, a thread waiting for the interpreter lock gets it after at
# most this long (Python's default: 5 ms). The terminal's reader and writer are threads: a key
# read, or a painted frame written, waited up to 5 ms while the UI thread worked on.
SWITCH_INTERVAL = 0.001
WIDE = 120


@dataclass(frozen=True)
class Written:
    """What the write screen hands on: the saved draft and the letters it makes."""

    draft: Draft
    letters: tuple[Letter, ...]


def sender_from_fields(name: str, address: str, city: str, country: str, email: str) -> Sender:
    """A `Sender` from the form; address lines are separated by commas."""
    lines = tuple(part.strip() for part in address.split(",") if part.strip())
    return Sender(
        name=name.strip(),
        address=lines,
        city=city.strip() or None,
        country=country.strip() or None,
        email=email.strip() or None,
    )


class SaveReport(Message):
    """What the autosaver did, sent from its thread."""

    def __init__(
        self,
        *,
        saved: SaveResult | None = None,
        error: DraftSaveError | None = None,
        conflict: SaveResult | None = None,
    ) -> None:
        super().__init__()
        self.saved = saved
        self.error = error
        self.conflict = conflict


# Containers drawn as plain background. Textual draws, in every frame, each widget whose
# container holds the changed area: for a keystroke, every container from the screen down to the
# editor, each a styled line per row (about 100 us each at 160x50). These hold only children
# that cover them (no border, no padding shown), so a blank strip per row is what they show.
class _BlankRow(Horizontal):
    BLANK = True


class _BlankColumn(Vertical):
    BLANK = True


class _BlankTabs(TabbedContent):
    BLANK = True


class _BlankPane(TabPane):
    BLANK = True


class _BlankFooter(Footer):
    """The footer's own line: its keys are widgets of their own, drawn only when they change."""

    BLANK = True


# The tabs' labels and the form's fields (label, placeholder), translated where shown.
TAB_LABELS = {"letter": N_("Letter"), "details": N_("Your details"), "tips": N_("Tips & asks")}
MIRROR_TITLE = N_("This paragraph in reading order")
SENDER_FIELDS = {
    "name": (N_("Your name (needed to sign the letter)"), N_("e.g. Maria Schmidt")),
    "address": (N_("Your address (optional; commas between lines)"), N_("Street, postcode")),
    "city": (N_("City (optional)"), ""),
    "country": (N_("Country (optional)"), ""),
    "email": (N_("Email (optional)"), ""),
}

# What the screen gives back for F2: the letter is saved; the drafts list instead of the preview.
OPEN_DRAFTS: Literal["drafts"] = "drafts"


class WriteScreen(JourneyScreen[Written | Literal["drafts"]]):
    """The editor. The draft exists on disk from the moment this screen opens."""

    # Drawn in every frame under the header, the body and the footer, which cover it.
    BLANK = True

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "review",
            "ctrl+r",
            N_("Review"),
            N_("See every letter as it will look"),
            key_display="^R",
        ),
        # F3 and F4 toggle: pressed again, they go back to the letter.
        ScreenAction(
            "tab('details')",
            "f3",
            N_("Details"),
            N_("Your name and address (F3 again: back to the letter)"),
            key_display="F3",
        ),
        ScreenAction(
            "toggle_preview", "f8", N_("Preview"), N_("Show or hide the letter"), key_display="F8"
        ),
        ScreenAction(
            "tab('tips')",
            "f4",
            N_("Tips"),
            N_("What to say; what the case asks for (F4 again: back to the letter)"),
            key_display="F4",
        ),
        # Saved already as they type (the status line says so); the key stays for peace of mind,
        # off the footer, which is full at 80 columns in German or Spanish.
        ScreenAction(
            "save", "ctrl+s", N_("Save"), N_("Save the draft now"), key_display="^S", show=False
        ),
        # F2 is Drafts on every screen that has it; off the footer here, which is full.
        ScreenAction(
            "drafts",
            "f2",
            N_("Drafts"),
            N_("Your saved letters (this one is saved first)"),
            key_display="F2",
            show=False,
        ),
    )
    HELP_TITLE = N_("Write your letter")
    HELP_TEXT = N_(
        "The letter is already filled in with what the case asks for. Make it yours: say who you "
        "are and why you care, in a sentence or two; change any words you like. Letters in your "
        "own words are read; identical letters are counted.\n\n"
        "Your draft is saved as you type. Esc goes back a step without losing anything.\n\n"
        "F3 opens your details: your name is needed; address, city, country and email are "
        "optional. F4 shows tips and the asks. Pressed again, F3 or F4 goes back to the letter. "
        "{preview} When you are done, Ctrl+R shows every letter as it will look; F2 leaves the "
        "letter (saved) for the list of your drafts."
    )

    def help_text(self) -> str:
        # Beside the editor from WIDE columns on; below that it takes the editor's place.
        preview = (
            _("The letter as it will look is beside the editor; F8 hides or shows it.")
            if self.app.size.width >= WIDE
            else _(
                "F8 shows the letter as it will look in place of the editor; F8 again goes "
                "back to the editor."
            )
        )
        return _(self.HELP_TEXT).format(preview=preview)

    def __init__(self, letter: CurrentLetter, *, today: dt.date) -> None:
        super().__init__()
        assert letter.case is not None and letter.language is not None
        self.letter = letter
        self.case: Case = letter.case
        self.language: str = letter.language
        self.draft = letter.draft if letter.draft is not None else letter.open_draft()
        self.template = letter.template
        self.today = today
        # The preview's refresh, due PREVIEW_DELAY after the last change (an event loop handle,
        # not a Textual timer: one is made and dropped on every keystroke).
        self._preview_due: asyncio.TimerHandle | None = None
        self._preview_open: bool | None = None  # None: follow the terminal's width
        self._save_state = ""
        self._save_error = False
        self._meter_shown: tuple[str, str] | None = None
        # When the oldest change not yet on disk was made (None: everything is saved).
        self._unsaved_since: float | None = None
        self._collector = QuietCollector()
        self._switch_interval: float | None = None
        # The paragraph the right-to-left mirror shows (None: hidden).
        self._mirrored: str | None = None
        self._editor: LetterEditor | None = None
        # The field the writer last typed in (where a key typed off every field goes).
        self._last_field: Input | TextArea | None = None

    @property
    def sender(self) -> Sender:
        return self.letter.sender

    @property
    def autosaver(self) -> Autosaver | None:
        """The letter's autosaver while this screen is open."""
        return self.letter.autosaver

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with _BlankRow(id="write-body"):
            with _BlankColumn(id="editor-column"):
                with _BlankTabs(id="write-tabs", initial="letter"):
                    with _BlankPane(self._tab_label("letter"), id="letter"):
                        yield LetterEditor(
                            self.draft.body,
                            id="body",
                            soft_wrap=True,
                            show_line_numbers=False,
                            tab_behavior="focus",
                        )
                        # The paragraph being edited in reading order, for terminals that do
                        # not reorder right-to-left text (the editor keeps logical order).
                        mirror = VisualStatic(id="rtl-mirror", markup=False)
                        mirror.border_title = Content(_(MIRROR_TITLE))
                        yield mirror
                    with TabPane(self._tab_label("details"), id="details"):
                        yield from self._sender_form()
                    with (
                        TabPane(self._tab_label("tips"), id="tips"),
                        VerticalScroll(id="tips-scroll"),
                    ):
                        yield VisualStatic(self._tips_content(), id="tips-text", markup=False)
                with _BlankRow(id="write-status"):
                    yield OwnWords(id="personal-meter", markup=False)
                    yield OwnWords("", id="save-state", markup=False)
            # In a column of its own: Textual draws, whole, every widget that shares a container
            # with the one that changed. In its own column the preview and its scrollbar are
            # left out of a keystroke's frame (the column's own lines are all that is drawn).
            with _BlankColumn(id="preview-column"):
                yield LetterPreview(id="live-preview")
        yield _BlankFooter(compact=True)

    def _sender_form(self) -> ComposeResult:
        s = self.sender
        with VerticalScroll(id="sender-form"):
            values = {
                "name": s.name,
                "address": ", ".join(s.address),
                "city": s.city or "",
                "country": s.country or "",
                "email": s.email or "",
            }
            for field, (label, placeholder) in SENDER_FIELDS.items():
                yield OwnLabel(_(label), id=f"sender-{field}-label", markup=False)
                yield OwnInput(
                    values[field],
                    id=f"sender-{field}",
                    placeholder=_(placeholder) if placeholder else "",
                )

    def _tips_content(self) -> RenderableType:
        """The asks (plain text: they go into letters), our general tips, then the case's own
        tips as the Markdown they are written in."""
        blocks: list[Block] = []

        def paragraph(text: str, *, bold: bool = False) -> None:
            blocks.append(Block(Text(text, style=Style(bold=bold))))

        if deadline_passed(self.case, self.today):
            paragraph(_("The deadline has passed, but a letter can still help."))
        asks = self.case.asks.get(self.language)
        if asks is None:
            first = next(iter(self.case.asks), None)
            asks = self.case.asks.get(first, ()) if first else ()
            if first:
                paragraph(
                    _(
                        "The case has no asks in {language}; here they are in {other}. Please "
                        "put them in your own words."
                    ).format(language=language_label(self.language), other=language_label(first))
                )
        paragraph(_("What the letters ask for:"), bold=True)
        blocks.extend(Block(Text(clean(a)), marker=BULLET, gap=False) for a in asks)
        paragraph(_("Tips:"), bold=True)
        blocks.extend(Block(Text(_(t)), marker=BULLET, gap=False) for t in GENERAL_TIPS)
        own = markdown_blocks(self.case.tips)
        if own:
            paragraph(_("For this case:"), bold=True)
            if own[0].marker:
                own[0].gap = False
            blocks.extend(own)
        return render_blocks(blocks)

    def on_mount(self) -> None:
        self.title = one_line(self.case.title)
        self.sub_title = self._step()
        body = self._editor = self.query_one("#body", LetterEditor)
        # Typing appends after the template: the cursor starts at the very end of the text.
        body.move_cursor(body.document.end)
        body.focus()
        # Reports come from the saver thread as messages: post_message is thread-safe and never
        # blocks (call_from_thread would deadlock while the UI thread waits in Autosaver.close).
        # The draft is on disk from the start (a crash before the first keystroke loses nothing).
        self.letter.start_saving(
            on_saved=lambda r: self._report(SaveReport(saved=r)),
            on_error=lambda e: self._report(SaveReport(error=e)),
            on_conflict=lambda r: self._report(SaveReport(conflict=r)),
        )
        self._changed()
        self.set_interval(0.5, self._tick)
        self._apply_preview_visibility()
        self._refresh_preview()
        # Full garbage collections wait for pauses in typing (they took four frames).
        self._collector.start()
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        if hasattr(self.app, SETTING):
            self.watch(self.app, SETTING, self._show_mirror, init=False)
        self._show_mirror()

    def _step(self) -> str:
        return _("Write · {language}").format(language=language_label(self.language))

    def _tab_label(self, pane: str) -> Content:
        return Content(own_line(_(TAB_LABELS[pane]), app_visual_rtl(self)))

    def show_words(self) -> None:
        # In place: the letter, the form's values and the cursor stay as they are.
        self.sub_title = self._step()
        tabs = self.query_one("#write-tabs", TabbedContent)
        for pane in TAB_LABELS:
            tabs.get_tab(pane).label = self._tab_label(pane)
        self.query_one("#rtl-mirror").border_title = Content(_(MIRROR_TITLE))
        for field, (label, placeholder) in SENDER_FIELDS.items():
            self.query_one(f"#sender-{field}-label", OwnLabel).update(Content(_(label)))
            self.query_one(f"#sender-{field}", Input).placeholder = (
                _(placeholder) if placeholder else ""
            )
        self.query_one("#tips-text", Static).update(self._tips_content())
        self._meter_shown = None
        self._show_personalisation(self.query_one("#body", TextArea).text)
        if self._save_state:
            self.query_one("#save-state", Static).update(_(self._save_state), layout=False)

    def on_resize(self) -> None:
        self._apply_preview_visibility()

    def _apply_preview_visibility(self) -> None:
        wide = self.app.size.width >= WIDE
        shown = wide if self._preview_open is None else self._preview_open
        self.set_class(shown, "-preview-open")
        # On a narrow terminal the preview takes the editor's place.
        self.set_class(shown and not wide, "-preview-only")

    # -- changes ----------------------------------------------------------------------------

    def _report(self, report: SaveReport) -> None:
        self.post_message(report)

    def on_save_report(self, report: SaveReport) -> None:
        report.stop()  # the screen's own: nothing above it acts on it
        if report.saved is not None:
            self._saved(report.saved)
        if report.error is not None:
            self._save_failed(report.error)
        if report.conflict is not None:
            self._conflict(report.conflict)

    @on(TextArea.Changed, "#body")
    def _body_changed(self, event: TextArea.Changed) -> None:
        event.stop()  # handled: nothing above the screen acts on it (one message less a key)
        if self.letter.edit(body=event.text_area.text):
            self._no_longer_ready()
        self._changed()
        self._schedule_preview()
        self._show_mirror()

    @on(TextArea.SelectionChanged, "#body")
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        event.stop()
        self._show_mirror()

    def on_idle(self) -> None:
        """Paint what a key changed in the letter as soon as the screen has it: Textual's next
        frame tick is up to 16.7 ms away, most of the time from key to screen. Everything else
        (the preview, the status line, the cursor's blink) waits for the ticks."""
        editor = self._editor
        if editor is None or editor.key_at is None:
            return
        # (A key whose frame never comes, such as one the screen's bindings took, expires.)
        if time.monotonic() - editor.key_at > KEY_FRAME_WITHIN or paint_now(editor):
            editor.key_at = None

    def _show_mirror(self) -> None:
        """Show the paragraph being edited in visual order below the editor, while the app
        reorders right-to-left text and the paragraph has any; else hide it."""
        try:
            body = self.query_one("#body", TextArea)
            mirror = self.query_one("#rtl-mirror", VisualStatic)
        except NoMatches:
            return
        row = body.cursor_location[0]
        paragraph = body.document[row] if row < body.document.line_count else ""
        shown = app_visual_rtl(self) and has_rtl(paragraph)
        if not shown:
            if self._mirrored is not None:
                self._mirrored = None
                mirror.remove_class("-shown")
            return
        if paragraph != self._mirrored:
            self._mirrored = paragraph
            rtl = starts_rtl(paragraph)
            mirror.set_class(rtl, "-rtl")
            mirror.visual_rtl_paragraph = rtl
            mirror.update(Content(clean(paragraph)))
        mirror.add_class("-shown")

    def _no_longer_ready(self) -> None:
        """Tell the writer that their change made a letter marked ready a draft again
        (`CurrentLetter.edit` did it)."""
        self.notify(
            _(
                "You changed the letter, so it is no longer marked ready: mark it again on the "
                "preview (m) when it is done."
            ),
            markup=False,
        )

    def _changed(self) -> None:
        self._collector.activity()
        if self._unsaved_since is None:
            self._unsaved_since = time.monotonic()

    @on(Input.Changed, "#sender-form Input")
    def _sender_changed(self) -> None:
        if self.letter.edit(sender=self._sender()):
            self._no_longer_ready()
        self._changed()
        self._schedule_preview()

    def _sender(self) -> Sender:
        def value(field: str) -> str:
            return self.query_one(f"#sender-{field}", Input).value

        return sender_from_fields(
            value("name"), value("address"), value("city"), value("country"), value("email")
        )

    def _schedule_preview(self) -> None:
        if self._preview_due is not None:
            self._preview_due.cancel()
        self._preview_due = asyncio.get_running_loop().call_later(
            PREVIEW_DELAY, self.call_later, self._refresh_preview
        )

    def _letters(self, body: str | None = None) -> list[Letter]:
        if body is None:
            body = self.query_one("#body", TextArea).text
        letter = self.letter
        return letters.compose(
            self.case,
            self.language,
            letter.recipient_keys,
            letter.sender,
            body,
            letter.mode,
            self.today,
        )

    def _refresh_preview(self) -> None:
        if self._preview_due is not None:
            self._preview_due.cancel()
            self._preview_due = None
        body = self.query_one("#body", TextArea).text
        self._show_personalisation(body)
        if self.has_class("-preview-open"):
            found = self._letters(body)
            self.query_one(LetterPreview).show(found[0] if found else None)

    def _show_personalisation(self, body: str) -> None:
        meter = self.query_one("#personal-meter", Static)
        measured = letters.personalisation(self.template, body)
        percent = round(measured.ratio * 100)
        if measured.is_all_template:
            text = _("All template so far: add a line about who you are.")
            state = "-template"
        elif measured.ratio < 0.15:
            text = _("{percent}% your own words: one more personal line helps.").format(
                percent=percent
            )
            state = "-some"
        else:
            text = _("{percent}% your own words. Thank you!").format(percent=percent)
            state = "-good"
        # Called after every pause in typing: repaint only when the words change.
        if (text, state) != self._meter_shown:
            self._meter_shown = (text, state)
            meter.update(text, layout=False)
            meter.set_classes(state)

    # -- saving -----------------------------------------------------------------------------

    def _saved(self, result: SaveResult) -> None:
        self.draft = result.draft
        self.letter.saved(result)
        if not self.is_mounted:
            return
        if self.autosaver is not None and self.autosaver.dirty:
            # Typed while it was saving: those changes are newer than this save.
            self._unsaved_since = time.monotonic()
            if self._save_error:
                self._show_save_state(N_("Saving…"))
        else:
            self._unsaved_since = None
            self._show_save_state(N_("Saved ✓"))

    def _tick(self) -> None:
        self._collector.tick()
        since = self._unsaved_since
        if since is not None and not self._save_error and time.monotonic() - since > SAVE_LATE:
            self._show_save_state(N_("Saving…"))

    def _save_failed(self, error: DraftSaveError) -> None:
        if not self.is_mounted:
            return
        self._show_save_state(N_("Not saved yet — retrying"), error=True)
        self.notify(str(error), severity="error", markup=False, timeout=8)

    def _show_save_state(self, text: str, *, error: bool = False) -> None:
        # Touch the widget only when the words change, and never relayout the screen for it
        # (the status has a fixed width).
        if text == self._save_state and error == self._save_error:
            return
        self._save_state, self._save_error = text, error
        state = self.query_one("#save-state", Static)
        state.update(_(text), layout=False)
        state.set_class(error, "-error")

    def _conflict(self, result: SaveResult) -> None:
        message = result.message or _(
            "This draft was changed in another window. Both versions are kept; yours is saved "
            "as a new draft."
        )
        self.notify(message, severity="warning", markup=False, timeout=10)

    def _sync(self) -> None:
        """Hand the letter what the fields show now: a key typed an instant ago may not have
        reached `_body_changed` yet (its message is still queued)."""
        if self.autosaver is None:
            return
        try:
            body = self.query_one("#body", TextArea).text
            sender = self._sender()
        except NoMatches:  # closing: the fields are gone, their last changes were handed on
            return
        if self.letter.edit(body=body, sender=sender):
            self._no_longer_ready()

    def save_now(self) -> Draft:
        """Everything on screen saved, now; the draft. Raises DraftSaveError (the text stays
        in memory and the autosaver keeps trying)."""
        if self.autosaver is None:
            return self.draft
        self._sync()
        saved = self.letter.save_now()
        if saved is not None:
            self.draft = saved
        return self.draft

    def current_draft(self) -> Draft:
        """The latest state of the letter, saved or not."""
        self._sync()
        return self.letter.latest or self.draft

    def _close_autosaver(self) -> Draft:
        """Stop autosaving, with everything saved if the disk allows; the latest draft."""
        if self.autosaver is None:
            return self.draft
        self._sync()
        try:
            self.letter.stop_saving()
        except DraftSaveError as error:
            self.notify(str(error), severity="error", markup=False, timeout=8)
            if self.letter.draft is not None:
                self.app.post_message(LetterUnsaved(self.letter.draft))
        if self.letter.draft is not None:
            self.draft = self.letter.draft
        return self.draft

    def on_unmount(self) -> None:
        self._collector.stop()
        if self._preview_due is not None:
            self._preview_due.cancel()
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        self._close_autosaver()

    # -- keys typed where no field has the focus --------------------------------------------

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input | TextArea):
            self._last_field = event.widget

    def _no_field_focused(self) -> bool:
        """Nothing that takes text has the focus: the row of tabs, a pane's scroll, the preview
        alone (nothing focused)."""
        return self.focused is None or isinstance(self.focused, Tabs | ScrollableContainer)

    def _field_to_type_in(self) -> Input | TextArea | None:
        """Where a key typed with no field focused belongs: on "Your details" the field the
        writer last left (their name when none yet), else the letter (on the tips, the letter
        comes back). None while a field has the focus: its own keys are its own."""
        if not self._no_field_focused():
            return None
        if self.query_one("#write-tabs", TabbedContent).active == "details":
            last = self._last_field
            return last if isinstance(last, Input) else self.query_one("#sender-name", Input)
        self.action_tab("letter")
        return self.query_one("#body", LetterEditor)

    def on_key(self, event: events.Key) -> None:
        """Tab leaves the letter for the row of tabs, as it should for keyboard users, and
        Shift+Tab leaves the name for the form. A writer who pressed it by habit and typed on
        lost every key: now a character, Enter (a new line in the letter) or Backspace typed
        while no field has the focus goes into the field it was meant for. "?" keeps opening
        the help, and Space on the tips stays with the tips."""
        if not self._no_field_focused():
            return  # the hot path: a key the focused field did not take (Backspace, F-keys)
        typed = event.character if event.is_printable and event.character != "?" else None
        if not (typed or event.key in ("enter", "backspace")):
            return
        tabs = self.query_one("#write-tabs", TabbedContent)
        if typed == " " and tabs.active == "tips":
            return
        field = self._field_to_type_in()
        if field is None:
            return
        if event.key == "enter":
            if isinstance(field, Input):
                self.set_focus(field)  # Enter on the form: into the field, nothing submitted
            else:
                type_into(field, "\n")
        elif event.key == "backspace":
            type_into(field, key="backspace")
        else:
            type_into(field, typed or "")
        event.stop()
        event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        """Text pasted while no field has the focus goes where typed keys go."""
        field = self._field_to_type_in()
        if field is None or not event.text:
            return
        type_into(field, event.text)
        event.stop()
        event.prevent_default()

    # -- actions ----------------------------------------------------------------------------

    def action_tab(self, tab: str) -> None:
        tabs = self.query_one("#write-tabs", TabbedContent)
        if tabs.active == tab and not self.has_class("-preview-only"):
            tab = "letter"  # the key of the open tab takes the writer back to the letter
        tabs.active = tab
        target = {"letter": "#body", "details": "#sender-name", "tips": "#tips-scroll"}[tab]
        self.query_one(target).focus()
        if self.has_class("-preview-only"):
            self._preview_open = False
            self._apply_preview_visibility()

    def action_toggle_preview(self) -> None:
        self._preview_open = not self.has_class("-preview-open")
        self._apply_preview_visibility()
        self._refresh_preview()

    def action_save(self) -> None:
        if self.autosaver is None:
            return
        try:
            self.save_now()
        except DraftSaveError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.notify(_("Draft saved."), markup=False)

    def action_review(self) -> None:
        self.letter.edit(sender=self._sender())
        if not self.sender.name:
            self.action_tab("details")
            self.notify(_("Please add your name: it signs the letter."), markup=False)
            return
        draft = self._close_autosaver()
        self.dismiss(Written(draft, tuple(self._letters())))

    def action_drafts(self) -> None:
        self._close_autosaver()
        self.dismiss(OPEN_DRAFTS)

    def go_back(self) -> None:
        self._close_autosaver()
        self.dismiss(None)
