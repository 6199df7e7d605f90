"""The writing screen lets the terminal's reader and writer threads in sooner while it is open
(`sys.setswitchinterval`), and gives the interpreter its own setting back when it closes."""

from __future__ import annotations

import asyncio
import sys

from pilot_support import fixture_app, settled, type_keys, wait_for_cases

from appeal_tui.ui.screens.write import SWITCH_INTERVAL, WriteScreen


def test_the_switch_interval_is_short_while_writing_and_restored_after() -> None:
    before = sys.getswitchinterval()

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter", "enter", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert sys.getswitchinterval() == min(before, SWITCH_INTERVAL)
            await type_keys(pilot, *"Hola")
            await type_keys(pilot, "escape")
            await settled(pilot)
            assert not isinstance(app.screen, WriteScreen)
            assert sys.getswitchinterval() == before

    asyncio.run(run())
    assert sys.getswitchinterval() == before
