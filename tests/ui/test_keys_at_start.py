"""Keys typed while the app starts reach what they would have reached had the writer waited
(README: "Keys may be typed as fast as you like").

At a first start the case list fills as the case files are read. An Enter typed before the
first case is listed was meant for that case: it waits for it (`KeyGate`'s `not_ready`), instead
of landing on an empty list and being lost. And the terminal, not yet raw while the app starts,
turns each Enter into a line feed: that is Enter too (`textual_compat.keep_escape_apart`).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from pilot_support import FIXTURE_CASES, TODAY, settled, wait_for_cases
from textual._xterm_parser import XTermParser
from textual.screen import Screen

from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.write import WriteScreen
from appeal_tui.ui.textual_compat import keep_escape_apart


async def screen_after(data: str, *, at_once: bool) -> type[Screen[object]]:
    """`data` read from the terminal as the app starts, before it has read a case file
    (`at_once`), or once the cases are listed."""
    keep_escape_apart()  # (the app does it as it starts)
    app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY)
    keys_sent = threading.Event()
    read_files = app.cases.load

    def load(*args: Any, **kwargs: Any) -> Any:  # the files are read once the keys are in
        keys_sent.wait(timeout=30)
        return read_files(*args, **kwargs)

    app.cases.load = load  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        if not at_once:
            keys_sent.set()
            await wait_for_cases(app)
        parser = XTermParser()
        for event in [*parser.feed(data), *parser.feed("")]:
            app.post_message(event)
        keys_sent.set()  # the files are read behind the keys
        await wait_for_cases(app)
        for _ in range(5):
            await settled(pilot)
        assert not app.key_gate.busy, "the keys never settled"
        return type(app.screen)


@pytest.mark.parametrize("data", ["\r\r\r", "\n\n\n"])
def test_three_enters_typed_as_the_app_starts_reach_the_letter(data: str) -> None:
    # A first start (nothing to list before the files are read), then a later one (the rows
    # remembered from the first are listed at once; the files are checked behind them).
    first = asyncio.run(screen_after(data, at_once=True))
    later = asyncio.run(screen_after(data, at_once=True))
    waited = asyncio.run(screen_after(data, at_once=False))
    assert waited is WriteScreen
    assert (first, later) == (waited, waited)
