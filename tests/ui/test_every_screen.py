"""Every screen: help with F1, Esc back a step, and sizes from 60×20 to 250×70 keep the way on."""

from __future__ import annotations

import asyncio

from pilot_support import (
    fixture_app,
    resize,
    screen_lines,
    screen_text,
    settled,
    type_keys,
    wait_for_cases,
)
from textual.pilot import Pilot
from textual.widgets import TextArea

from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen

# The screens of the path, the keys to the next one, and what the footer must show there.
PATH = [
    (CasesScreen, ("r", "i", "v", "e", "r", "enter"), "Write a letter"),
    (LanguageScreen, ("enter",), "Choose"),
    (RecipientsScreen, ("ctrl+n",), "Next"),
    (WriteScreen, ("f3", "A", "n", "a", "ctrl+r"), "Review"),
    (PreviewScreen, (), "Write another"),
]
SIZES = [(60, 20), (80, 24), (250, 70), (60, 20)]


async def _help_opens_and_closes(pilot: Pilot[None]) -> None:
    app = pilot.app
    before = app.screen
    await type_keys(pilot, "f1")
    await settled(pilot)
    assert isinstance(app.screen, HelpScreen)
    assert "Esc, F1 or Enter closes this help." in screen_text(app)
    await type_keys(pilot, "escape")
    await settled(pilot)
    assert app.screen is before


def test_help_sizes_and_footer_on_every_screen() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            for screen_type, keys, forward in PATH:
                assert isinstance(app.screen, screen_type)
                await _help_opens_and_closes(pilot)
                for size in SIZES:
                    await resize(pilot, *size)
                    assert isinstance(app.screen, screen_type)
                    # The way forward is on the footer (the last line) at every size.
                    assert forward in screen_lines(app)[-1], (screen_type, size)
                await resize(pilot, 80, 24)
                await type_keys(pilot, *keys)
                await settled(pilot)

    asyncio.run(run())


def test_escape_goes_back_a_step_and_keeps_the_text() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "r", "i", "v", "e", "r", "enter", "enter", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            # "?" is text in the editor, not a request for help.
            await type_keys(pilot, "H", "i", "question_mark")
            await settled(pilot)
            assert not isinstance(app.screen, HelpScreen)
            await type_keys(pilot, "escape")
            await settled(pilot)
            assert isinstance(app.screen, RecipientsScreen)
            await type_keys(pilot, "escape")
            await settled(pilot)
            assert isinstance(app.screen, LanguageScreen)
            await type_keys(pilot, "enter", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert app.screen.query_one("#body", TextArea).text.endswith("Hi?")

    asyncio.run(run())
