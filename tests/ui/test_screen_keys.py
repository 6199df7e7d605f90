"""Keys as the screens offer them (issue 14): `?` opens help on the first screen, the import
screen has help and offers saving only once there is something to save, and a dialog's footer
shows the dialog's own keys, not those of the screen beneath it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pilot_support import fixture_app, screen_lines, settled, type_keys, wait_for_cases
from test_import_screen import DOC, Host
from textual.widgets import Input

from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.language import LanguageScreen, LanguageSearchScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.write import WriteScreen


def footer(app: object) -> str:
    """The bottom row of the screen: the footer the user reads."""
    return screen_lines(app)[-1]  # type: ignore[arg-type]


def test_question_mark_opens_help_on_the_case_list() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            cases = app.screen
            assert isinstance(cases, CasesScreen)
            assert isinstance(app.focused, Input)  # the filter has the keys at the start
            await type_keys(pilot, "question_mark")
            await settled(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert cases.query_one("#case-filter", Input).value == ""
            # The dialog's own key, not "Write a letter" or "Drafts" of the list beneath.
            assert "Esc Close help" in footer(app)
            assert "Write a letter" not in footer(app) and "Drafts" not in footer(app)
            await type_keys(pilot, "escape")
            await settled(pilot)
            assert app.screen is cases

    asyncio.run(run())


def test_import_screen_has_help_and_saves_only_what_was_imported(tmp_path: Path) -> None:
    async def run() -> None:
        app = Host(tmp_path / "cases")
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            assert "Save to my cases" not in footer(app)
            assert "^O Import" in footer(app) and "F1 Help" in footer(app)
            await type_keys(pilot, "f1")
            await settled(pilot)
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            assert help_screen.help_title == "Import an urgent action"
            assert "Esc Close help" in footer(app)
            await type_keys(pilot, "escape")
            await settled(pilot)
            # `?` in the path field is a character of the path, not help.
            await type_keys(pilot, "question_mark")
            assert app.screen.query_one("#import-path", Input).value == "?"
            app.screen.query_one("#import-path", Input).value = str(DOC)
            await type_keys(pilot, "ctrl+o")
            await app.workers.wait_for_complete()
            await settled(pilot)
            assert "^S Save to my cases" in footer(app)

    asyncio.run(run())


def test_dialogs_show_their_own_keys() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter")
            await settled(pilot)
            assert isinstance(app.screen, LanguageScreen)
            await type_keys(pilot, "o")
            await settled(pilot)
            assert isinstance(app.screen, LanguageSearchScreen)
            assert "Esc Back" in footer(app) and "Another language" not in footer(app)
            await type_keys(pilot, "escape")
            await settled(pilot)
            await type_keys(pilot, "enter", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            await type_keys(pilot, "f3", *"Ana", "ctrl+r")
            await settled(pilot)
            assert isinstance(app.screen, PreviewScreen)
            assert "Write another" in footer(app)
            await type_keys(pilot, "x")
            await settled(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert "Esc Cancel" in footer(app)
            assert "Write another" not in footer(app) and "Export" not in footer(app)

    asyncio.run(run())
