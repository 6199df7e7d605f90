"""Enter on the recipients list goes on to the letter with the people chosen (Space or a click
adds or removes one). As a plain SelectionList, Enter took the highlighted person off: a
newcomer pressing Enter to go on lost the main official, which only a colour showed."""

from __future__ import annotations

import asyncio

from pilot_support import TODAY, screen_text, settled, type_keys, wait_for_cases

from appeal_tui.core.i18n import _
from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen


def test_enter_on_the_list_goes_on_to_the_letter_with_the_main_official() -> None:
    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter")
            await settled(pilot)
            assert isinstance(app.screen, LanguageScreen)
            await type_keys(pilot, "enter")
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, RecipientsScreen)
            chosen = screen._chosen()
            assert chosen, "the main official is chosen for the writer"
            await type_keys(pilot, "enter")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert app.screen.letter.recipient_keys == chosen

    asyncio.run(run())


def test_space_still_adds_and_removes_a_person_and_enter_then_goes_on() -> None:
    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter", "enter")
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, RecipientsScreen)
            keys = [r.key for r in screen.case.recipients]
            first = screen._chosen()
            await type_keys(pilot, "down", "space")
            await settled(pilot)
            added = screen._chosen()
            assert set(added) == set(first) ^ {keys[1]}
            await type_keys(pilot, "enter")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert app.screen.letter.recipient_keys == added

    asyncio.run(run())


# "list" in each interface language's help: Enter on the list of people goes on too.
LIST_WORD = {
    "en": "Enter (on the list",
    "es": "lista",
    "fr": "liste",
    "de": "Personenliste",
    "fa": "فهرست",
    "ar": "قائمة",
}


def test_the_help_says_that_enter_on_the_list_goes_on_to_the_letter() -> None:
    """F1 on the recipients screen names every way on to the letter, Enter on the list too, in
    every interface language."""
    from appeal_tui.core import i18n
    from appeal_tui.ui.screens.help import HelpScreen

    for language, word in LIST_WORD.items():
        i18n.set_ui_language(language)
        text = _(RecipientsScreen.HELP_TEXT)
        assert word in text and "Enter" in text and "Ctrl+N" in text, language
    i18n.set_ui_language("en")

    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter", "enter")
            await settled(pilot)
            assert isinstance(app.screen, RecipientsScreen)
            await type_keys(pilot, "f1")
            await settled(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert "Enter (on the list" in screen_text(app)

    asyncio.run(run())
