"""The Textual app and its one factory, `make_app`, used by the CLI and by every test."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import threading
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme, ThemeProvider

from appeal_tui.core import i18n
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.library import CaseLibrary
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths, documents_dir
from appeal_tui.ui.case_index import CaseIndex, Scan
from appeal_tui.ui.config import AppConfig, WriteStart
from appeal_tui.ui.current_letter import CurrentLetter, LetterUnsaved
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.journey import Journey
from appeal_tui.ui.key_gate import KeyGate
from appeal_tui.ui.organiser_lock import OrganiserLock
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.textual_compat import draw_toasts_through, keep_escape_apart
from appeal_tui.ui.ui_language import translated_command
from appeal_tui.ui.visual_lines import SETTINGS_KEY, initial_mode, own_line, visual_toast_lines
from appeal_tui.ui.writer_turn import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_IDLE_WARNING,
    IdleWatch,
    WriterTurn,
)

# Signals that end the app from outside: each saves the draft first. (SIGHUP: the terminal closed.)
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
# After a stop signal and a saved draft, the app gets this long to close the terminal tidily.
STOP_GRACE_SECONDS = 3.0
# How often drafts the disk refused are tried again.
RETRY_UNSAVED_SECONDS = 5.0


class AppealApp(App[None]):
    """Cases → language → recipients → write → preview, plus drafts."""

    CSS_PATH = "app.tcss"
    TITLE = N_("Appeal letters")
    # Screens get `-narrow`, `-medium` or `-wide`; the stylesheet lays them out accordingly.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (App declares it as a plain attribute)
        (0, "-narrow"),
        (90, "-medium"),
        (120, "-wide"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", N_("Quit"), priority=True, show=False),
    ]

    # Persian and Arabic reordered for the terminal (True) or left to it (see ui/visual_lines).
    visual_rtl: reactive[bool] = reactive(False)
    # The interface language (core.i18n): screens watch it to show their words again.
    ui_language: reactive[str] = reactive("en")

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        self.set_reactive(AppealApp.visual_rtl, self._initial_visual_rtl())
        # Notifications follow the right-to-left setting like the rest of the screen.
        draw_toasts_through(visual_toast_lines)
        # Escape typed just before another key is Escape, not Alt+key (README: keys typed fast).
        keep_escape_apart()
        # Chosen before the app starts (`--ui-lang`, the settings, the locale: the CLI).
        self.set_reactive(AppealApp.ui_language, i18n.ui_language())
        # The app owns the state: the cases, the drafts on disk and the writer's turn (with the
        # letter being written). Screens are handed what they show.
        self.cases = (
            config.case_index
            if config.case_index is not None
            else CaseIndex(config.case_sources, config.paths, config.library)
        )
        self.drafts = DraftStore(config.paths)
        self.turn = self._new_turn()
        self.journey = Journey(self)
        self.idle = IdleWatch(config.idle_timeout, config.idle_warning)
        self.organiser_lock: OrganiserLock | None = config.organiser_lock
        self._quitting = False
        self.key_gate = KeyGate(self, not_ready=self._no_case_listed_yet)

    def _no_case_listed_yet(self) -> bool:
        """True while the first screen waits for its first cases (a first start reads the
        files): Enter typed then is meant for the case that will be listed first."""
        if self.cases.ready or not self.screen_stack:
            return False
        screen = self.screen
        return isinstance(screen, CasesScreen) and screen.lists_no_case_yet()

    @property
    def today(self) -> dt.date:
        return self.config.current_date()

    def _new_turn(self) -> WriterTurn:
        return WriterTurn(CurrentLetter(self.drafts, self.config.event))

    def get_default_screen(self) -> Screen[None]:
        return CasesScreen(self.cases, today=self.today)

    def on_mount(self) -> None:
        self.title = _(self.TITLE)
        # Persian and Arabic: the app's own words right-aligned (app.tcss).
        self.set_class(i18n.is_rtl(), "-rtl-ui")
        self._restore_theme()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if not self.cases.ready:
            self.reload_cases()
        if self.config.start is not None:
            self.journey.start_writing(self.config.start)
        self._catch_stop_signals()
        self.set_interval(RETRY_UNSAVED_SECONDS, self.journey.retry_unsaved)
        if self.config.event:
            self.set_interval(self.idle.tick_interval, self.idle_tick)
            if self.organiser_lock is None and self.config.ask_organiser_passphrase:
                from appeal_tui.ui.screens.passphrase import PassphraseSetScreen

                self.push_screen(PassphraseSetScreen(one_line(self.config.event)), self._lock_set)

    def _lock_set(self, lock: OrganiserLock | None) -> None:
        self.organiser_lock = lock
        # The organiser's keys were not a writer's: the first writer's turn starts untouched.
        self.turn.touched = False
        self.idle.activity()

    # -- the event name, on every screen ----------------------------------------------------

    def format_title(self, title: str, sub_title: str) -> Content:
        """Every screen's header; at an event the event's name comes first, whatever the
        screen sets as its own title and subtitle."""
        base = super().format_title(title, sub_title)
        if not self.config.event:
            return base
        event = _("Event: {event}").format(event=one_line(self.config.event))
        return Content.assemble((event, "bold"), " · ", base)

    # -- the writer's turn --------------------------------------------------------------------

    def end_turn(self) -> None:
        """The one place a writer's turn ends (at an event): their letter is saved, then
        everything of theirs is let go. The next writer finds the first screen, an empty
        filter, an empty form, a drafts list without the letter, and no notification or
        clipboard text of the previous writer."""
        if not self.config.event:
            return  # outside events one writer has the whole session
        had_letter = bool(self.turn.letter_ids())
        error = self.journey.save_all()  # before anything is closed: nothing typed is lost
        self.turn = self._new_turn()
        cases = self.cases_screen()
        if cases is not None:
            # Screens above the case list close without answering (no step of the path may
            # follow); the writing screen's last save, as it closes, goes into the turn that
            # just ended, never into the new one.
            while len(self.screen_stack) > 1 and self.screen is not cases:
                self.pop_screen()
            cases.start_afresh()
        self.clear_notifications()
        if self.clipboard:
            self.copy_to_clipboard("")
        self.idle.activity()
        if error is not None:
            self.notify(
                _(
                    "The letter could not be saved yet ({error}); it is kept and saved as soon "
                    "as the disk allows. Tell the organiser."
                ).format(error=error),
                severity="error",
                markup=False,
                timeout=15,
            )
        elif had_letter:
            self.notify(
                _("Thank you! Your letter is saved. The form is clear for the next writer."),
                markup=False,
            )
        if self.config.start is not None:
            self.journey.start_writing(self.config.start)

    async def on_event(self, event: events.Event) -> None:
        # Any key or click is the writer at work: the idle countdown starts again.
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollDown
                      | events.MouseScrollUp | events.Paste):  # fmt: skip
            self.idle.activity()
            self.turn.touched = True
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            # Typed ahead: each key waits until the one before has done what it does.
            if not self.key_gate.admit(event):
                return
            await super().on_event(event)
            self.key_gate.handled(event)
            return
        await super().on_event(event)

    def idle_tick(self) -> None:
        """At an event: after a while without a key, a countdown; then the turn ends."""
        from appeal_tui.ui.screens.passphrase import PassphraseSetScreen
        from appeal_tui.ui.screens.still_there import StillThereScreen

        if not self.screen_stack:
            return  # closing
        if not self.turn.touched or isinstance(self.screen, PassphraseSetScreen):
            return  # nothing of a writer's to clear; or the organiser is starting the event
        left = self.idle.remaining()
        if left <= 0:
            self.end_turn()
            return
        countdown = next((s for s in self.screen_stack if isinstance(s, StillThereScreen)), None)
        if countdown is not None:
            countdown.show_remaining(left)
        elif self.idle.warning_due():
            self.push_screen(StillThereScreen(left), lambda _: self.idle.activity())

    # -- organisers at an event -----------------------------------------------------------

    def for_organiser(self, what: str, show: Callable[[], None]) -> None:
        """Run `show` (an organiser screen): at once outside events; at an event only after the
        organiser's passphrase, and never when none was set."""
        if not self.config.event:
            show()
            return
        lock = self.organiser_lock
        if lock is None:
            self.notify(
                _(
                    "{what} is locked at this event (no organiser passphrase was set when it "
                    "started). Organisers: use appeal-tui drafts list, drafts export and tally."
                ).format(what=what),
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        from appeal_tui.ui.screens.passphrase import PassphraseAskScreen

        def answered(ok: bool | None) -> None:
            if ok:
                show()

        self.push_screen(PassphraseAskScreen(lock, what), answered)

    # -- quitting never loses text ----------------------------------------------------------

    async def action_quit(self) -> None:
        """Ctrl+Q and the palette's Quit: save everything first; ask when the disk refuses."""
        self.request_quit()

    def request_quit(self) -> None:
        from appeal_tui.ui.letter_rescue import write_rescue_copies
        from appeal_tui.ui.screens.quit_problem import QuitProblemScreen

        error = self.journey.save_all()
        if error is None:
            self.exit()
            return
        if self._quitting:
            return  # the question is on screen already

        def retry() -> str | None:
            again = self.journey.save_all()
            return None if again is None else str(again)

        def save_to(folder: Path) -> list[Path]:
            written = write_rescue_copies(self.journey.unsaved_drafts(), folder)
            self._exit_note = _("Your letter was saved in: {files}").format(
                files=", ".join(map(str, written))
            )
            return written

        def answered(quit_now: bool | None) -> None:
            self._quitting = False
            if quit_now:
                note = getattr(self, "_exit_note", None)
                self.exit(message=Text(note) if note else None)

        self._quitting = True
        self.push_screen(
            QuitProblemScreen(str(error), retry=retry, save_to=save_to, folder=documents_dir()),
            answered,
        )

    def action_help_quit(self) -> None:
        """Ctrl+C: save now (a reflex to quit must not cost text), and say how to quit."""
        error = self.journey.save_all()
        if error is not None:
            self.notify(
                _("Not saved: {error}").format(error=error),
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        self.notify(_("Your letter is saved. Press Ctrl+Q to quit."), markup=False)

    def _catch_stop_signals(self) -> None:
        if self.is_headless or threading.current_thread() is not threading.main_thread():
            return  # tests drive `stop_for_signal` themselves
        loop = asyncio.get_running_loop()
        for signum in STOP_SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.stop_for_signal, signum)

    def stop_for_signal(self, signum: int) -> None:
        """SIGTERM, SIGHUP or SIGINT: save the draft (nobody can be asked, so when the drafts
        folder refuses it goes to the documents, home or temporary folder), then quit."""
        from appeal_tui.ui.letter_rescue import rescue_anywhere

        name = signal.Signals(signum).name
        note = _("appeal-tui: stopped by {signal}; your drafts are saved.").format(signal=name)
        if self.journey.save_all() is not None:
            written = rescue_anywhere(self.journey.unsaved_drafts())
            note = (
                _(
                    "appeal-tui: stopped by {signal}; the drafts folder refused the letter, so "
                    "it was saved in: {files}"
                ).format(signal=name, files=", ".join(map(str, written)))
                if written
                else _(
                    "appeal-tui: stopped by {signal}; the letter could not be saved anywhere."
                ).format(signal=name)
            )
        if not self.is_headless:
            # The terminal may be gone (SIGHUP): if closing it tidily hangs, the text is safe.
            timer = threading.Timer(STOP_GRACE_SECONDS, os._exit, args=(128 + signum,))
            timer.daemon = True
            timer.start()
        # After a hang-up there is no terminal to print the note on (printing would fail).
        message = None if signum == signal.SIGHUP else Text(note)
        self.exit(return_code=128 + signum, message=message)

    # -- settings ---------------------------------------------------------------------------

    def _restore_theme(self) -> None:
        """The theme the writer chose last time (a setting, not personal data: kept in event
        mode too)."""
        from appeal_tui.storage.profile import load_settings

        theme = load_settings(self.config.paths).get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def _remember_theme(self, theme: Theme) -> None:
        from appeal_tui.storage.profile import load_settings, save_settings

        settings = load_settings(self.config.paths)
        if settings.get("theme") == theme.name:
            return
        settings["theme"] = theme.name
        with contextlib.suppress(OSError):  # a setting that cannot be saved costs nothing typed
            save_settings(self.config.paths, settings)

    def cases_screen(self) -> CasesScreen | None:
        """The case list (always at the bottom of the screen stack)."""
        return next((s for s in self.screen_stack if isinstance(s, CasesScreen)), None)

    # -- the cases -------------------------------------------------------------------------

    def reload_cases(self) -> None:
        """Read the case files (again: after a case was imported, say), in a worker."""
        self._load_cases()

    @work(thread=True, exclusive=True, group="load-cases")
    def _load_cases(self) -> None:
        # Checking (and, when they changed, reading) every case file takes a while: the list
        # is on screen meanwhile, from the index remembered at the last start.
        cases = self.cases
        # A first start (nothing remembered to list): cases are listed as they are read.
        listed = bool(cases.remembered_rows())

        def progress(read: Scan) -> None:
            self.call_from_thread(self._cases_read, read)
            # Reading holds the interpreter lock most of the time: let the list be painted
            # before reading on, so the cases read so far are on screen at once (every case,
            # before their files are checked: a while longer).
            painted = threading.Event()
            self.call_from_thread(self.call_after_refresh, painted.set)
            painted.wait(timeout=1.0 if read.complete else 0.1)

        scan = cases.load(progress=None if listed else progress)
        self.call_from_thread(self._cases_loaded, scan)
        if scan is not None:
            # Once the full list is on screen: writing the index takes the interpreter lock
            # from its painting (tens of milliseconds at 1,000 cases).
            painted = threading.Event()
            self.call_from_thread(self.call_after_refresh, painted.set)
            painted.wait(timeout=1.0)
            cases.remember(scan)

    def _cases_read(self, read: Scan) -> None:
        self.cases.partly_loaded(read)
        screen = self.cases_screen()
        if screen is not None:
            screen.cases_read()

    def _cases_loaded(self, scan: Scan | None) -> None:
        changed = self.cases.loaded(scan)
        screen = self.cases_screen()
        if screen is not None:
            screen.cases_loaded(changed=changed)

    def with_library(self, then: Callable[[CaseLibrary], None]) -> None:
        """Call `then` with every case read (in a worker: reading them takes a while)."""
        self._read_library(then)

    @work(thread=True, exclusive=True, group="read-library")
    def _read_library(self, then: Callable[[CaseLibrary], None]) -> None:
        library = self.cases.full_library()
        self.call_from_thread(then, library)

    # -- what the screens ask for --------------------------------------------------------

    @on(CasesScreen.Chosen)
    def _case_chosen(self, message: CasesScreen.Chosen) -> None:
        self.journey.open_case_id(message.case_id)

    @on(CasesScreen.DraftsWanted)
    def _drafts_wanted(self) -> None:
        self.journey.open_drafts()

    @on(CasesScreen.ImportWanted)
    def _import_wanted(self) -> None:
        self.journey.open_import()

    @on(CasesScreen.OrganiseWanted)
    def _organise_wanted(self) -> None:
        self.journey.open_organiser()

    @on(LetterUnsaved)
    def _letter_unsaved(self, message: LetterUnsaved) -> None:
        self.journey.keep_unsaved(message.draft)

    def action_command_palette(self) -> None:
        """Textual's palette, its search field's placeholder in the interface language (in
        visual order when the setting says so)."""
        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            placeholder = own_line(_("Search for commands…"), self.visual_rtl)
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def search_themes(self) -> None:
        """Textual's theme search, its placeholder in the interface language."""
        self.push_screen(
            CommandPalette(
                providers=[ThemeProvider],
                placeholder=own_line(_("Search for themes…"), self.visual_rtl),
            )
        )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # The current screen's actions first, from the same definitions as its footer keys.
        if isinstance(screen, JourneyScreen):
            for action in screen.screen_actions():
                if not action.in_palette:
                    continue
                if screen.check_action(action.action, ()) is not True:
                    continue
                yield translated_command(
                    action.label,
                    action.help,
                    partial(self._run_screen_action, screen, action.action),
                    visual=self.visual_rtl,
                    key=action.shown_key,
                )
        yield translated_command(
            N_("Interface language"),
            N_("The language of the app's own words (the letter's language is chosen apart)"),
            self.action_choose_ui_language,
            visual=self.visual_rtl,
        )
        yield translated_command(
            N_("Light or dark theme"),
            N_("Switch between the light and the dark theme"),
            self.action_toggle_dark,
            visual=self.visual_rtl,
        )
        yield translated_command(
            N_("Right-to-left text: visual order or the terminal's"),
            N_(
                "Reorder Persian and Arabic for terminals that do not (tmux, xterm, …), or leave "
                "it to the terminal (GNOME Terminal, Konsole) (r on the preview)"
            ),
            self.action_toggle_rtl,
            visual=self.visual_rtl,
        )
        yield translated_command(
            N_("Paper size: A4 or US Letter"),
            N_("Print and export letters on A4 (DL window envelope) or US Letter (#10 window)"),
            self.action_toggle_paper,
            visual=self.visual_rtl,
        )
        # Textual's own entries (Theme, Quit, Keys, ...), in the interface language too
        # (their words are marked in ui_language.TEXTUAL_WORDS).
        for command in super().get_system_commands(screen):
            yield translated_command(
                command.title,
                command.help,
                command.callback,
                command.discover,
                visual=self.visual_rtl,
            )

    def _run_screen_action(self, screen: Screen[object], name: str) -> None:
        self.call_later(screen.run_action, name)

    def watch_visual_rtl(self) -> None:
        # In Persian or Arabic the footer's words are in visual order while the app reorders.
        if i18n.is_rtl():
            for screen in self.screen_stack:
                screen.refresh_bindings()

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def _initial_visual_rtl(self) -> bool:
        from appeal_tui.storage.profile import load_settings

        settings = load_settings(self.config.paths)
        return initial_mode(self.config.rtl, settings, os.environ) == "visual"

    def action_toggle_rtl(self) -> None:
        """Visual order <-> the terminal's, for every screen at once; remembered in the settings
        (a setting, not personal data: kept in event mode too)."""
        from appeal_tui.storage.profile import load_settings, save_settings

        self.visual_rtl = not self.visual_rtl
        settings = load_settings(self.config.paths)
        settings[SETTINGS_KEY] = "visual" if self.visual_rtl else "terminal"
        try:
            save_settings(self.config.paths, settings)
        except OSError as error:
            self.notify(
                _("Could not remember the right-to-left setting: {error}").format(error=error),
                severity="error",
                markup=False,
            )
        shown = (
            _(
                "Persian and Arabic are reordered for this terminal (for terminals that do not "
                "reorder them)."
            )
            if self.visual_rtl
            else _("Persian and Arabic are left for the terminal to reorder.")
        )
        self.notify(shown, title=_("Right-to-left"), markup=False)

    def action_choose_ui_language(self) -> None:
        """The palette's "Interface language": choose among the app's languages."""
        from appeal_tui.ui.screens.ui_language_choice import UiLanguageScreen

        def chosen(code: str | None) -> None:
            if code:
                self.set_interface_language(code)

        self.push_screen(UiLanguageScreen(self.ui_language), chosen)

    def set_interface_language(self, code: str) -> None:
        """Show the app's own words in `code`'s language from now on, at once (the footer, the
        header, the palette, the open screens' labels; nothing typed is touched), and remember
        it in the settings (a setting, not personal data: kept in event mode too). The letter's
        language does not change."""
        from appeal_tui.storage.profile import load_settings, save_settings

        language = i18n.set_ui_language(code)
        self.title = _(self.TITLE)
        self.set_class(i18n.is_rtl(), "-rtl-ui")
        self.ui_language = language
        for screen in self.screen_stack:
            screen.refresh_bindings()
        settings = load_settings(self.config.paths)
        if settings.get(i18n.SETTINGS_KEY) != language:
            settings[i18n.SETTINGS_KEY] = language
            try:
                save_settings(self.config.paths, settings)
            except OSError as error:
                self.notify(
                    _("Could not remember the interface language: {error}").format(error=error),
                    severity="error",
                    markup=False,
                )
        self.notify(
            _("The app now speaks {language}.").format(language=i18n.UI_LANGUAGES[language]),
            title=_("Interface language"),
            markup=False,
        )

    def action_toggle_paper(self) -> None:
        """A4 <-> US Letter for printing and exporting, remembered in the settings (a setting,
        not personal data: kept in event mode too)."""
        from appeal_tui.storage.profile import (
            PAPER_SETTING,
            load_paper,
            load_settings,
            save_settings,
        )

        paper = "a4" if load_paper(self.config.paths) == "letter" else "letter"
        settings = load_settings(self.config.paths)
        settings[PAPER_SETTING] = paper
        try:
            save_settings(self.config.paths, settings)
        except OSError as error:
            self.notify(
                _("Could not remember the paper size: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            return
        shown = (
            _("Letters now print on US Letter.")
            if paper == "letter"
            else _("Letters now print on A4.")
        )
        self.notify(shown, title=_("Paper size"), markup=False)


def make_app(
    *,
    case_sources: list[Path] | tuple[Path, ...],
    paths: Paths,
    event: str | None = None,
    start: WriteStart | None = None,
    today: dt.date | None = None,
    library: CaseLibrary | None = None,
    case_index: CaseIndex | None = None,
    organiser_passphrase: str | None = None,
    ask_organiser_passphrase: bool = True,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    idle_warning: float = DEFAULT_IDLE_WARNING,
    rtl: str | None = None,
) -> AppealApp:
    """The app, configured: what the CLI runs and what the tests drive.

    `start` opens it on the writing screen; `today` fixes the date (tests, snapshots); `library`
    skips loading when the caller already has the cases; `case_index` is the cases of
    `case_sources`, made (and maybe being read: `CaseIndex.start_reading`) before. At an
    `event`: the organiser screens open with `organiser_passphrase` (kept only as a salted hash;
    when None the app asks for one at the start, unless `ask_organiser_passphrase` is False); a
    writer's turn ends after `idle_timeout` seconds without a key, the last `idle_warning` of
    them counted down on screen.
    `rtl` ("visual" or "terminal") overrides the remembered right-to-left setting.
    """
    config = AppConfig(
        case_sources=tuple(case_sources),
        paths=paths,
        event=event,
        start=start,
        today=today,
        library=library,
        case_index=case_index,
        organiser_lock=OrganiserLock(organiser_passphrase) if organiser_passphrase else None,
        ask_organiser_passphrase=ask_organiser_passphrase,
        idle_timeout=idle_timeout,
        idle_warning=idle_warning,
        rtl=rtl,
    )
    return AppealApp(config)
