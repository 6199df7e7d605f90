"""Escape typed ahead: Escape and the keys right behind it, read from the terminal in one go,
reach where the same keys typed slowly reach (README: "Keys may be typed as fast as you like").

A terminal sends Escape as the byte ESC, and Alt+key as ESC followed by the key. Textual reads
ESC followed at once by a key as Alt+key (Alt+Enter as a plain Enter): the Escape was lost, and
after the event's passphrase dialog `Escape Enter Enter Enter` in one burst ended on the
Language screen instead of the writing screen. ESC then Enter, Space or Tab (keys Textual
folds into the bare key) is read as the Escape key, then that key; ESC then a letter stays
Alt+letter (`textual_compat.keep_escape_apart`). These tests send the bytes a
terminal sends through Textual's own parser, in one burst with no pause.
"""

from __future__ import annotations

import asyncio

import pytest
from pilot_support import FIXTURE_CASES, TODAY, settled, type_keys, wait_for_cases
from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message
from textual.pilot import Pilot
from textual.screen import Screen

from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.passphrase import PassphraseSetScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen

ESC, ENTER, TAB, F1 = "\x1b", "\r", "\t", "\x1bOP"
# Key names a slow typist's keys arrive as, for the bytes above.
NAMES = {ESC: "escape", ENTER: "enter", TAB: "tab", F1: "f1"}


def read_from_terminal(data: str) -> list[Message]:
    """What Textual's terminal driver posts for `data` read in one go (then nothing more)."""
    parser = XTermParser()
    return [*parser.feed(data), *parser.feed("")]


def keys_read(data: str) -> list[str]:
    return [e.key for e in read_from_terminal(data) if isinstance(e, events.Key)]


async def burst(pilot: Pilot[None], data: str) -> None:
    """`data` as the terminal's driver hands it over: every key posted at once."""
    app = pilot.app
    assert isinstance(app, AppealApp)
    for event in read_from_terminal(data):
        app.post_message(event)
    await settled(pilot)
    assert not app.key_gate.busy, "the keys never settled"


def event_app() -> AppealApp:
    """At an event, no passphrase given: the app asks for one first."""
    return make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), event="X", today=TODAY)


async def on_screen_after(keys: list[str], *, fast: bool, start: list[str]) -> type[Screen[object]]:
    app = event_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_cases(app)
        assert isinstance(app.screen, PassphraseSetScreen)
        for key in start:
            await type_keys(pilot, NAMES[key])
            await settled(pilot)
        if fast:
            await burst(pilot, "".join(keys))
        else:
            for key in keys:
                await type_keys(pilot, NAMES[key])
                await settled(pilot)
        return type(app.screen)


@pytest.mark.parametrize(
    ("start", "keys", "expected"),
    [
        # The brief's case: Esc leaves the passphrase empty, three Enters reach the letter.
        ([], [ESC, ENTER, ENTER, ENTER], WriteScreen),
        # Help (a modal) closed with Esc, then Enter chooses the case.
        ([ESC, F1], [ESC, ENTER], LanguageScreen),
        # Esc back from the recipients, then Enter on the language again.
        ([ESC, ENTER, ENTER], [ESC, ENTER], RecipientsScreen),
        # Esc then Tab: the Tab moves the focus on, never back (Textual read it as Shift+Tab).
        ([ESC, F1], [ESC, TAB, ENTER], LanguageScreen),
    ],
)
def test_escape_and_the_keys_behind_it_in_one_burst_reach_where_slow_keys_reach(
    start: list[str], keys: list[str], expected: type[Screen[object]]
) -> None:
    slow = asyncio.run(on_screen_after(keys, fast=False, start=start))
    assert slow is expected
    assert asyncio.run(on_screen_after(keys, fast=True, start=start)) is slow


def test_the_help_screen_is_left_with_escape_from_a_burst() -> None:
    """Esc then Enter at once on the help: Esc closes it (Enter alone would close it too, but
    then the case list would never see the Enter)."""
    assert asyncio.run(on_screen_after([ESC, ENTER], fast=True, start=[ESC, F1])) is not HelpScreen


@pytest.mark.parametrize(
    ("data", "keys"),
    [
        # ESC then Enter, Tab or Space (which Textual folds into the bare key): Escape, then it.
        ("\x1b\r", ["escape", "enter"]),
        ("\x1b\r\r\r", ["escape", "enter", "enter", "enter"]),
        ("\x1b\t", ["escape", "tab"]),
        ("\x1b ", ["escape", "space"]),
        # ESC then a letter is Alt+letter, as Textual reads it (an Alt chord in the editor types
        # the letter; read as Escape, it would leave the writing screen).
        ("\x1bq", ["alt+q"]),
        ("\x1bab", ["alt+a", "b"]),
        # Escape sequences stay the keys they are.
        ("\x1b", ["escape"]),
        ("\x1b\x1b", ["escape", "escape"]),
        ("\x1b[A", ["up"]),
        (F1, ["f1"]),
        ("\x1b[Z", ["shift+tab"]),
        ("\x1b\x1b[B\r", ["escape", "down", "enter"]),
        # A line feed (Enter typed before the terminal was raw, or a pasted line end) is Enter.
        ("\n", ["enter"]),
        ("\n\n\n", ["enter", "enter", "enter"]),
        ("\x1b\n", ["escape", "enter"]),
        # Kept as Textual reads them: Alt+Backspace deletes a word, Option+arrows move by one.
        ("\x1b\x7f", ["ctrl+w"]),
        ("\x1bb", ["ctrl+left"]),
    ],
)
def test_the_terminal_s_escape_is_read_as_the_escape_key(data: str, keys: list[str]) -> None:
    from appeal_tui.ui.textual_compat import keep_escape_apart

    keep_escape_apart()  # (the app does it as it starts)
    assert keys_read(data) == keys


async def screen_after_burst(data: str) -> type[Screen[object]]:
    """No event: `data` typed on the case list in one burst."""
    app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_cases(app)
        await burst(pilot, data)
        return type(app.screen)


def test_enters_typed_while_the_app_starts_reach_the_letter() -> None:
    """Keys typed before the app owns the terminal arrive with each Enter turned into a line
    feed by the terminal: three of them reach the writing screen as three Enters do."""
    from appeal_tui.ui.textual_compat import keep_escape_apart

    keep_escape_apart()
    assert asyncio.run(screen_after_burst("\r\r\r")) is WriteScreen
    assert asyncio.run(screen_after_burst("\n\n\n")) is WriteScreen
