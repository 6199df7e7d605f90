"""A Persian interface in visual order: placeholders, buttons, radio buttons, recipient lines
and the palette's search field read right to left too; what the user types is never reordered.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pilot_support import (
    FIXTURE_CASES,
    TODAY,
    screen_lines,
    settled,
    type_keys,
    until,
    wait_for_cases,
)
from textual.widgets import Input
from ui_language_support import catalogs, write_catalog

from appeal_tui.core import i18n
from appeal_tui.core.model import Recipient
from appeal_tui.core.visual_order import visual_line
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.cases import FILTER_PLACEHOLDER, CasesScreen
from appeal_tui.ui.screens.recipients import recipient_prompt

__all__ = ["catalogs"]  # the fixture, used by name

FILTER = "برای پالایش بنویسید"
SEARCH = "جستجوی فرمان‌ها…"
POST = "پست"
MAIN = "[اصلی] {who} — {ways}"
PERSIAN = {
    FILTER_PLACEHOLDER: FILTER,
    "Search for commands…": SEARCH,
    "post": POST,
    "[main] {who} — {ways}": MAIN,
}


@pytest.fixture
def persian(catalogs: Path) -> None:
    write_catalog(catalogs, "fa", PERSIAN.get)
    assert i18n.set_ui_language("fa") == "fa" and i18n.is_rtl()


def run(rtl: str, typed: str = "") -> tuple[list[str], list[str]]:
    """The case list's lines (after putting `typed` in the filter) and the palette's."""

    async def shown() -> tuple[list[str], list[str]]:
        app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, rtl=rtl)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            if typed:
                app.screen.query_one("#case-filter", Input).value = typed
            await settled(pilot)
            cases = screen_lines(app)
            app.action_command_palette()
            await settled(pilot)
            return cases, screen_lines(app)

    return asyncio.run(shown())


def test_placeholder_and_palette_in_visual_order(persian: None) -> None:
    cases, palette = run("visual")
    text = "\n".join(cases)
    assert visual_line(FILTER, rtl=True) in text
    assert FILTER not in text
    assert visual_line(SEARCH, rtl=True) in "\n".join(palette)
    assert "Search for commands" not in "\n".join(palette)


def test_placeholder_left_to_the_terminal_in_logical_order(persian: None) -> None:
    cases, palette = run("terminal")
    assert FILTER in "\n".join(cases)
    assert SEARCH in "\n".join(palette)


def test_recipient_line_translated_and_in_visual_order(persian: None) -> None:
    recipient = Recipient(
        key="minister", role="primary", name="وزیر دادگستری", address=("خیابان ۱",)
    )
    logical = MAIN.format(who="وزیر دادگستری", ways=POST)
    assert recipient_prompt(recipient).plain == logical
    assert recipient_prompt(recipient, visual=True).plain == visual_line(logical, rtl=True)


def test_what_the_user_types_stays_in_logical_order(persian: None) -> None:
    typed = "زندانی ۱۰"
    cases, _ = run("visual", typed)
    line = next(line for line in cases if "زندانی" in line or "ینادنز" in line)
    assert typed in line, line  # as typed: the terminal's own line editor order
    assert visual_line(FILTER, rtl=True) not in "\n".join(cases)


NOTE_WORD = "یادداشت"
BY_POST = "با پست"


def recipients_screen(rtl: str) -> list[str]:
    """The recipients screen of the fixture case with the ambassador (who has a note)
    highlighted, in a Persian interface."""

    async def shown() -> list[str]:
        app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, rtl=rtl)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            app.screen.query_one("#case-filter", Input).value = "river"
            await settled(pilot)
            await type_keys(pilot, "enter")  # the case
            await settled(pilot)
            await type_keys(pilot, "enter")  # its first language
            await settled(pilot)
            await type_keys(pilot, "down", "down")  # the ambassador
            await settled(pilot)
            return screen_lines(app)

    return asyncio.run(shown())


def test_the_recipients_note_follows_the_right_to_left_setting(catalogs: Path) -> None:
    """The lines under a recipient ("Note: …", "Email: …") read right to left in visual order
    too, like the recipient lines above them; the terminal's order leaves them as stored."""
    write_catalog(catalogs, "fa", {**PERSIAN, "Note: ": NOTE_WORD + ": ", "By post": BY_POST}.get)
    i18n.set_ui_language("fa")
    visual = "\n".join(recipients_screen("visual"))
    assert "Send a copy here" in visual  # the ambassador's note is on screen
    assert visual_line(NOTE_WORD, rtl=True) in visual
    assert NOTE_WORD not in visual
    # The radio buttons' labels too, their buttons left where they are.
    assert visual_line(BY_POST, rtl=True) in visual and BY_POST not in visual
    terminal = "\n".join(recipients_screen("terminal"))
    assert NOTE_WORD + ": Send a copy here" in terminal
    assert BY_POST in terminal


NO_POST = "با پست به {name} نامه‌ای نوشته نمی‌شود: نشانی پستی او معلوم نیست.{how}"
REACH = " از این راه به او برسید: {ways}."
# Two words of the line, on one screen line whatever the wrapping.
NO_POST_WORDS = "نوشته نمی‌شود"


def post_note_lines(rtl: str) -> list[str]:
    """The recipients screen of the bundled Egypt case with the fax-only minister chosen, by
    post, in a Persian interface: the line saying no post letter goes to them."""
    from appeal_tui.core.library import bundled_cases_dir
    from appeal_tui.ui.screens.recipients import RecipientsScreen

    async def shown() -> list[str]:
        app = make_app(
            case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY, rtl=rtl
        )
        async with app.run_test(size=(110, 40)) as pilot:
            await wait_for_cases(app)
            app.screen.query_one("#case-filter", Input).value = "Egypt"
            await type_keys(pilot, "enter")
            await until(pilot, lambda: not isinstance(app.screen, CasesScreen), "the case")
            await type_keys(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, RecipientsScreen), "recipients")
            screen = app.screen
            assert isinstance(screen, RecipientsScreen) and screen.mode == "post"
            keys = [r.key for r in screen.case.recipients]
            await type_keys(pilot, *["down"] * keys.index("interior-minister"), "space")
            await until(pilot, lambda: screen.query_one("#post-note").display, "the post note")
            return screen_lines(app)

    return asyncio.run(shown())


def test_the_post_note_follows_the_right_to_left_setting(catalogs: Path) -> None:
    """The line under the recipients naming who gets no post letter reads right to left in
    visual order, like the recipient lines; left to the terminal, it stays as stored."""
    translations = {
        **PERSIAN,
        "No letter by post to {name}: no postal address is known.{how}": NO_POST,
        " Reach them by {ways}.": REACH,
    }
    write_catalog(catalogs, "fa", translations.get)
    i18n.set_ui_language("fa")
    visual = "\n".join(post_note_lines("visual"))
    assert visual_line(NO_POST_WORDS, rtl=True) in visual, visual
    assert NO_POST_WORDS not in visual
    # The minister's Latin name keeps its own order inside the line.
    assert "Major General Adel Mahmoud Ragab" in visual
    terminal = "\n".join(post_note_lines("terminal"))
    assert NO_POST_WORDS in terminal
    assert visual_line(NO_POST_WORDS, rtl=True) not in terminal
