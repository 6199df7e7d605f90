"""The theme the writer picks is there again the next time the app starts."""

from __future__ import annotations

import asyncio
import datetime as dt

from appeal_tui.core.library import CaseLibrary
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app


def _app():  # type: ignore[no-untyped-def]
    empty = CaseLibrary(cases={}, files=())
    return make_app(
        case_sources=[], paths=default_paths(), today=dt.date(2026, 1, 1), library=empty
    )


def test_the_chosen_theme_is_remembered() -> None:
    async def switch() -> str:
        app = _app()
        async with app.run_test() as pilot:
            await pilot.pause()
            app.action_toggle_dark()
            await pilot.pause()
            await pilot.pause()
            return app.theme

    async def reopen() -> str:
        app = _app()
        async with app.run_test() as pilot:
            await pilot.pause()
            return app.theme

    chosen = asyncio.run(switch())
    assert chosen == "textual-light"
    assert asyncio.run(reopen()) == "textual-light"
