"""A Persian interface: the app's own words read right to left "as far as the terminal allows".

With the app reordering right-to-left text (`--rtl visual`, for terminals without bidi) the
footer keys, the header and the help are in visual order, and the help's paragraphs start on
the right; left to the terminal (`--rtl terminal`) they stay in logical order for it to reorder.
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
from ui_language_support import catalogs, write_catalog

from appeal_tui.core import i18n
from appeal_tui.core.visual_order import visual_line
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.help import HelpScreen

__all__ = ["catalogs"]  # the fixture, used by name

WRITE = "نوشتن نامه"
CHOOSE = "انتخاب پرونده"
CLOSE = "برای بستن Esc را بزنید."
PERSIAN = {
    "Write a letter": WRITE,
    "Choose a case": CHOOSE,
    "Esc, F1 or Enter closes this help.": CLOSE,
}


@pytest.fixture
def persian(catalogs: Path) -> None:
    write_catalog(catalogs, "fa", PERSIAN.get)
    assert i18n.set_ui_language("fa") == "fa" and i18n.is_rtl()


def run(rtl: str) -> tuple[list[str], list[str]]:
    """The case list's lines and the help's, with the right-to-left setting `rtl`."""

    async def shown() -> tuple[list[str], list[str]]:
        app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, rtl=rtl)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            cases = screen_lines(app)
            await type_keys(pilot, "f1")
            await settled(pilot)
            assert isinstance(app.screen, HelpScreen)
            help_lines = screen_lines(app)
            assert app.has_class("-rtl-ui") == i18n.is_rtl()
            return cases, help_lines

    return asyncio.run(shown())


def test_persian_words_in_visual_order_and_right_aligned(persian: None) -> None:
    cases, help_lines = run("visual")
    assert visual_line(WRITE, rtl=True) in cases[-1]  # the footer
    assert WRITE not in cases[-1]
    assert visual_line(CHOOSE, rtl=True) in cases[0]  # the header's step
    shown = visual_line(CLOSE, rtl=True)
    close = next(line for line in help_lines if shown in line)
    # Right-aligned in the help's box (between its borders): the words end at its right.
    left, right = close.index("█"), close.rindex("█")
    start = close.index(shown)
    assert close[start + len(shown) : right].strip() == "", close
    assert start - left > 20, close


def test_persian_words_left_to_the_terminal_in_logical_order(persian: None) -> None:
    cases, help_lines = run("terminal")
    assert WRITE in cases[-1]
    assert CHOOSE in cases[0]
    assert any(CLOSE in line for line in help_lines)
    assert not any(visual_line(CLOSE, rtl=True) in line for line in help_lines)
    assert "Write a letter" not in "\n".join(cases)


def test_english_stays_left_aligned(catalogs: Path) -> None:
    i18n.set_ui_language("en")
    cases, help_lines = run("visual")
    assert "Write a letter" in cases[-1]
    close = next(line for line in help_lines if "Esc, F1 or Enter closes this help." in line)
    assert close.index("Esc, F1") - close.index("█") <= 2, close


# -- notifications ---------------------------------------------------------------------------

BROKEN = "این پرونده خطا دارد؛ هنوز نمی‌توان از آن نامه نوشت."


def notification_lines(rtl: str) -> list[str]:
    """The screen's lines with the notice about a broken case file on show (the broken file is
    the last in the list), in a Persian interface with the right-to-left setting `rtl`."""

    async def shown() -> list[str]:
        app = make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, rtl=rtl)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "tab", "end", "enter")
            await until(pilot, lambda: app._notifications, "the notice")
            await until(
                pilot,
                lambda: any("پرونده" in line or "هدنورپ" in line for line in screen_lines(app)),
                "the toast drawn",
            )
            return screen_lines(app)

    return asyncio.run(shown())


def test_notifications_follow_the_right_to_left_setting(catalogs: Path) -> None:
    """A notification reads right to left in visual order like the rest of the screen (after
    it is wrapped: its first line is the sentence's beginning) and starts on the right; left to
    the terminal, it stays in logical order."""
    write_catalog(
        catalogs,
        "fa",
        {
            **PERSIAN,
            "This case file has errors, so no letter can be written from it yet.": BROKEN,
        }.get,
    )
    i18n.set_ui_language("fa")
    visual = "\n".join(notification_lines("visual"))
    words = BROKEN.split()
    # Wrapped in the toast: the first words on its first line, each line in visual order.
    first = [line for line in visual.splitlines() if visual_line(words[0], rtl=True) in line]
    assert first, visual
    assert visual_line(words[1], rtl=True) in first[0]
    # Starts on the right of the toast: nothing but its padding after the words.
    assert first[0].endswith(visual_line(" ".join(words[:2]), rtl=True) + "   "), first[0]
    assert words[0] not in visual and words[1] not in visual
    terminal = "\n".join(notification_lines("terminal"))
    assert words[0] in terminal and visual_line(words[0], rtl=True) not in terminal
