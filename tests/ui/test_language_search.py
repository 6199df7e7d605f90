"""The language search ("Another language…"): opens from the shipped table, not from Babel
locale by locale, and says so when nothing matches (issue 14)."""

from __future__ import annotations

import asyncio

import pytest
from pilot_support import fixture_app, screen_text, settled, type_keys, wait_for_cases
from textual.widgets import OptionList, Static

from appeal_tui.core import languages
from appeal_tui.ui.screens.language import LanguageScreen, LanguageSearchScreen


def test_search_opens_without_asking_babel_and_says_when_nothing_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def counting(name: str):  # type: ignore[no-untyped-def]
        real = getattr(languages, name)

        def call(*args: object, **kwargs: object) -> object:
            asked.append(name)
            return real(*args, **kwargs)

        return call

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter")
            await settled(pilot)
            assert isinstance(app.screen, LanguageScreen)
            # From here on, a name asked of Babel would be counted.
            languages._language_rows.cache_clear()
            for name in ("native_name", "language_name", "build_language_rows"):
                monkeypatch.setattr(languages, name, counting(name))
            await type_keys(pilot, "o")
            await settled(pilot)
            await pilot.pause()  # and a moment idle: anything the search would do later, done
            search = app.screen
            assert isinstance(search, LanguageSearchScreen)
            results = search.query_one("#lang-results", OptionList)
            assert results.option_count == len(languages.all_languages()) > 300
            assert asked == []
            assert not search.query_one("#lang-status", Static).display

            await type_keys(pilot, *"xyzzy")
            await settled(pilot)
            text = screen_text(app)
            assert "No language matches “xyzzy”." in text
            assert not results.display and results.option_count == 0
            # Enter on no match chooses nothing; a shorter search finds languages again.
            await type_keys(pilot, "enter")
            await settled(pilot)
            assert app.screen is search
            await type_keys(pilot, *["backspace"] * 5, *"deutsch")
            await settled(pilot)
            assert results.display and "No language matches" not in screen_text(app)
            assert results.get_option_at_index(0).id == "de"

    asyncio.run(run())
