"""The footer's keys fit at 80 columns in every interface language: on every screen of the
path and its side screens, each key the footer shows is there in full, key and label ("F1
Hilfe", not "F1"), and left of the palette's key. A key that does not fit is in the help (F1)
and the palette instead, never half shown."""

from __future__ import annotations

import asyncio

from pilot_support import fixture_app, handled, screen_lines, type_keys, until, wait_for_cases
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer

from appeal_tui.core import i18n
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.draft_history import DraftHistoryScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.import_case import ImportCaseScreen
from appeal_tui.ui.screens.language import LanguageScreen, LanguageSearchScreen
from appeal_tui.ui.screens.organiser import OrganiserScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.social_dialog import SocialDialog
from appeal_tui.ui.screens.write import WriteScreen

LANGUAGES = tuple(i18n.UI_LANGUAGES)


def cut_keys(screen: Screen[object]) -> list[str]:
    """The footer keys of `screen` not shown in full on its last line, left of the palette's."""
    footer = screen.query_one(Footer)
    line = screen_lines(screen.app)[footer.region.y]
    keys = list(footer.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    room = line[: palette[0].region.x] if palette else line
    cut: list[str] = []
    at = 0
    for key in keys:
        if key in palette:
            continue
        shown = f"{key.key_display} {key.description}" if key.description else key.key_display
        found = room.find(shown, at)
        if found < 0:
            cut.append(shown)
        else:
            at = found + len(shown)
    return cut


async def walk(pilot: Pilot[None]) -> dict[tuple[str, str], list[str]]:
    """Every screen with a footer, reached by its keys, its footer seen in every interface
    language; what each footer cuts."""
    app = pilot.app
    cut: dict[tuple[str, str], list[str]] = {}

    async def at(screen_type: type[Screen[object]], *keys: str, check: bool = True) -> None:
        if keys:
            await type_keys(pilot, *keys)
        await until(pilot, lambda: isinstance(app.screen, screen_type), screen_type.__name__)
        if not check:
            return
        # The footer in each language: its keys' words are translated as it shows them (the
        # rest of the screen, which the palette's switch would show again too, is not needed).
        for language in LANGUAGES:
            i18n.set_ui_language(language)
            app.screen.refresh_bindings()
            await handled(pilot)
            cut[(screen_type.__name__, language)] = cut_keys(app.screen)
        i18n.set_ui_language("en")
        app.screen.refresh_bindings()
        await handled(pilot)

    await wait_for_cases(app)
    await at(CasesScreen)
    await at(HelpScreen, "f1")
    await at(CasesScreen, "escape", check=False)
    await at(DraftsScreen, "f2")
    await at(CasesScreen, "escape", check=False)
    await at(ImportCaseScreen, "f5")
    await at(CasesScreen, "escape", check=False)
    await at(OrganiserScreen, "f6")
    await at(CasesScreen, "escape", check=False)
    await at(LanguageScreen, "r", "i", "v", "e", "r", "enter")
    await at(LanguageSearchScreen, "o")
    await at(LanguageScreen, "escape", check=False)
    # Persian, the case's third language: the preview shows the right-to-left key too.
    await at(RecipientsScreen, "down", "down", "enter")
    await at(WriteScreen, "ctrl+n")
    await at(PreviewScreen, "f3", "A", "n", "a", "ctrl+r")
    keys = [key.key for key in app.screen.query_one(Footer).query("FooterKey")]
    assert "r" in keys, keys
    await at(ExportDialog, "x")
    await at(PreviewScreen, "escape", check=False)
    await at(SocialDialog, "t")
    await at(PreviewScreen, "escape", check=False)
    await at(DraftsScreen, "f2")
    await at(DraftHistoryScreen, "h")
    return cut


def test_every_footer_key_is_shown_in_full_at_80_columns_in_every_language() -> None:
    async def run() -> dict[tuple[str, str], list[str]]:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            return await walk(pilot)

    cut = asyncio.run(run())
    assert {language for _, language in cut} == set(LANGUAGES)
    assert not any(cut.values()), {where: keys for where, keys in cut.items() if keys}
