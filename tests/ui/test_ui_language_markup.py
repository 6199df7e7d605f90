"""No Textual markup from a catalog reaches the screen unescaped.

A translator may type "[" in a translation. Here every message the code marks is "translated"
into text that is broken markup ("[/]" closes nothing: parsed, it raises MarkupError) around
markup-looking brackets, and the walk visits every screen, dialog, the palette and the help.
On each, the app must still run and the brackets must be on screen as the characters they are.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pilot_support import (
    FIXTURE_CASES,
    TODAY,
    click,
    fixture_app,
    screen_text,
    settled,
    type_keys,
    wait_for_cases,
)
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from ui_language_support import catalogs, write_catalog

from appeal_tui.core import i18n
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui import opener
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.organiser_lock import OrganiserLock
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.confirm import ConfirmScreen
from appeal_tui.ui.screens.draft_history import DraftHistoryScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.import_case import ImportCaseScreen
from appeal_tui.ui.screens.language import LanguageScreen, LanguageSearchScreen
from appeal_tui.ui.screens.organiser import OrganiserScreen
from appeal_tui.ui.screens.passphrase import PassphraseAskScreen, PassphraseSetScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.quit_problem import QuitProblemScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.social_dialog import SocialDialog
from appeal_tui.ui.screens.still_there import StillThereScreen
from appeal_tui.ui.screens.ui_language_choice import UiLanguageScreen
from appeal_tui.ui.screens.write import WriteScreen

__all__ = ["catalogs"]  # the fixture, used by name

# What every translation starts with: parsed as markup it raises ("[/]" closes nothing).
OPENING = "[/][b]"


def bracketed(message: str) -> str:
    """The test "translation": the message (its placeholders kept) inside broken markup."""
    return f"{OPENING}{message}[/b] [red]"


# Spanish, and Persian (a right-to-left interface: its own words right-aligned, OwnWords).
@pytest.fixture(params=["es", "fa"])
def bracket_language(
    catalogs: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> str:
    language = str(request.param)
    write_catalog(catalogs, language, bracketed)
    assert i18n.set_ui_language(language) == language
    assert i18n._("Help") == bracketed("Help")  # the catalog is the one in use
    monkeypatch.setattr(opener, "open_url", lambda url: opener.Opened(False, "not in a test"))
    return language


def shown(app: AppealApp, where: str) -> str:
    """The screen's text, after checking the app runs and the brackets are shown as typed."""
    assert app.is_running, where
    assert app.return_code is None, where
    text = screen_text(app)
    assert OPENING in text, f"{where}: no translated text on screen:\n{text}"
    return text


async def step(pilot: Pilot[None], *keys: str) -> None:
    """`keys` pressed, each handled before the next, then until the app's workers are done and
    it has handled what they sent (conditions, not `Pilot.pause`'s wait for the CPU to idle)."""
    await type_keys(pilot, *keys)
    await settled(pilot)


async def help_on(pilot: Pilot[None], app: AppealApp, where: str) -> None:
    before = app.screen
    await step(pilot, "f1")
    assert isinstance(app.screen, HelpScreen), where
    text = shown(app, f"help on {where}")
    assert bracketed("Esc, F1 or Enter closes this help.").split("[red]")[0] in text
    await step(pilot, "escape")
    assert app.screen is before, where


async def walk_journey(app: AppealApp) -> None:
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_cases(app)
        assert isinstance(app.screen, CasesScreen)
        text = shown(app, "cases")
        assert "[/][b]Appeal letters[/b] [red]" in text  # the header's title, whole
        await help_on(pilot, app, "cases")

        # The palette: our commands and Textual's, translated and escaped.
        await step(pilot, "ctrl+p")
        text = shown(app, "palette")
        assert "[/][b]Interface language[/b] [red]" in text
        await step(pilot, "escape")
        app.action_choose_ui_language()
        await step(pilot)
        assert isinstance(app.screen, UiLanguageScreen)
        shown(app, "interface language chooser")
        await step(pilot, "escape")

        await step(pilot, *"river", "enter")
        assert isinstance(app.screen, LanguageScreen)
        shown(app, "language")
        await help_on(pilot, app, "language")
        await step(pilot, "o")
        assert isinstance(app.screen, LanguageSearchScreen)
        shown(app, "language search")
        await step(pilot, *"qqqq")
        shown(app, "language search, nothing found")
        await step(pilot, "escape")
        await step(pilot, "down", "enter")  # English (the case offers es, en, fa)

        assert isinstance(app.screen, RecipientsScreen)
        shown(app, "recipients")
        await help_on(pilot, app, "recipients")
        await step(pilot, "e")
        shown(app, "recipients by email")
        await step(pilot, "p", "ctrl+n")

        write = app.screen
        assert isinstance(write, WriteScreen)
        shown(app, "write")
        await help_on(pilot, app, "write")
        await step(pilot, "f3")
        write.query_one("#sender-name", Input).value = "Ana [b]Ruiz[/b]"
        await step(pilot)
        text = shown(app, "write details")
        assert "Ana [b]Ruiz[/b]" in text
        await step(pilot, "f4")
        shown(app, "write tips")
        await step(pilot, "f4", "ctrl+s")
        shown(app, "write saved")
        await step(pilot, "ctrl+r")

        preview = app.screen
        assert isinstance(preview, PreviewScreen)
        shown(app, "preview")
        await help_on(pilot, app, "preview")
        for key in ("m", "s", "c"):
            await step(pilot, key)
            assert app.screen is preview, key
            shown(app, f"preview after {key}")
        await step(pilot, "x")
        assert isinstance(app.screen, ExportDialog)
        shown(app, "export dialog")
        await step(pilot, "escape")
        await step(pilot, "t")
        assert isinstance(app.screen, SocialDialog)
        shown(app, "social dialog")
        await step(pilot, "escape")
        await step(pilot, "n")

        assert isinstance(app.screen, CasesScreen)
        await step(pilot, "f2")
        drafts = app.screen
        assert isinstance(drafts, DraftsScreen)
        shown(app, "drafts")
        await help_on(pilot, app, "drafts")
        await step(pilot, "d")
        assert isinstance(app.screen, ConfirmScreen)
        shown(app, "delete question")
        await step(pilot, "escape")
        await step(pilot, "h")
        assert isinstance(app.screen, DraftHistoryScreen)
        shown(app, "draft history")
        await step(pilot, "escape", "escape")

        assert isinstance(app.screen, CasesScreen)
        await step(pilot, "f5")
        assert isinstance(app.screen, ImportCaseScreen)
        shown(app, "import")
        await help_on(pilot, app, "import")
        app.screen.query_one("#import-paste", TextArea).text = "Not an urgent action [b]x[/b]."
        await click(pilot, "#import-run")
        shown(app, "import, nothing found")
        await step(pilot, "escape")

        assert isinstance(app.screen, CasesScreen)
        await step(pilot, "f6")
        organiser = app.screen
        assert isinstance(organiser, OrganiserScreen)
        shown(app, "organiser")
        await help_on(pilot, app, "organiser")
        await click(pilot, "#org-count")
        shown(app, "organiser tally")
        await step(pilot, "escape")

        # The dialogs of an ended turn and of a refused save, whatever opens them.
        app.push_screen(StillThereScreen(12))
        await step(pilot)
        shown(app, "still there")
        await step(pilot, "space")
        app.push_screen(
            QuitProblemScreen(
                "No space left on device", retry=lambda: "full", save_to=lambda p: [], folder=Path()
            )
        )
        await step(pilot)
        shown(app, "quit problem")
        await click(pilot, "#quit-retry")
        shown(app, "quit problem, retried")
        await step(pilot, "escape")
        assert isinstance(app.screen, CasesScreen)
        shown(app, "cases at the end")


def test_every_screen_shows_a_catalog_s_brackets_as_typed(bracket_language: str) -> None:
    app = fixture_app()
    asyncio.run(walk_journey(app))
    assert app.has_class("-rtl-ui") == (bracket_language == "fa")
    assert app.return_code is None


def test_event_dialogs_show_a_catalog_s_brackets_as_typed(bracket_language: str) -> None:
    async def run() -> None:
        app = make_app(
            case_sources=[FIXTURE_CASES], paths=default_paths(), event="Madrid [b]2024[/b]",
            today=TODAY,
        )  # fmt: skip
        async with app.run_test(size=(100, 30)) as pilot:
            await step(pilot)
            assert isinstance(app.screen, PassphraseSetScreen)
            text = shown(app, "passphrase set")
            assert "Madrid [b]2024[/b]" in text
            await step(pilot, *"abc", "enter", *"abd", "enter")
            shown(app, "passphrases differ")
            await step(pilot, "escape")
            await wait_for_cases(app)
            text = shown(app, "cases at an event")
            assert "[/][b]Event: Madrid [b]2024[/b][/b] [red]" in text
            await step(pilot, "f6")  # locked: no passphrase was set
            shown(app, "organiser locked")
            app.organiser_lock = OrganiserLock("secret passphrase")
            await step(pilot, "f5")
            assert isinstance(app.screen, PassphraseAskScreen)
            shown(app, "passphrase asked")
            await step(pilot, *"wrong!", "enter")
            shown(app, "wrong passphrase")
            await step(pilot, "escape")

    asyncio.run(run())
