"""The live preview draws a letter line by line, part by part; what it draws is exactly the page
`render_letter` gives (Rich's panel), cell for cell, in English, Persian and Arabic, in logical
and in visual order, at several widths."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from test_render import DAY, _case
from textual.strip import Strip

from appeal_tui.core.compose import compose_letters
from appeal_tui.core.model import Letter, Sender
from appeal_tui.render import render_letter
from appeal_tui.ui.widgets import letter_preview as lp

STYLES = lp._Styles(
    base=Style(color="white", bgcolor="black"),
    page=Style(color="bright_white", bgcolor="grey11"),
    notes=Style(color="yellow", bgcolor="black"),
)


def _cells(strips: list[Strip] | tuple[Strip, ...]) -> list[list[tuple[str, Style | None]]]:
    return [[(char, seg.style) for seg in strip for char in seg.text] for strip in strips]


def _expected(letter: Letter, width: int, visual: bool, console: Console) -> list[Strip]:
    """The whole page rendered by Rich, on the page style, with the pane's margins."""
    page = lp._framed(
        console,
        console.options,
        render_letter(letter, visual_rtl=visual),
        STYLES.page,
        STYLES.page,
        width,
    )
    blank = Strip.blank(width, STYLES.page)
    return [blank, *page, blank]


def _letter(language: str) -> Letter:
    sender = Sender(name="Ana Writer", address=("12 Park Row",), city="Leeds")
    (letter,) = compose_letters(_case(), language, ["leader"], sender, today=DAY, own_text="Mine.")
    return letter


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("visual", [False, True])
@pytest.mark.parametrize("width", [38, 61, 90])
def test_the_preview_draws_exactly_the_letters_page(
    language: str, visual: bool, width: int
) -> None:
    console = Console(width=200, color_system="truecolor", legacy_windows=False)
    letter = _letter(language)
    request = lp._Request(letter, visual, width, 1000, 2, STYLES)
    memory = lp._Memory()
    drawn = lp._lines(request, width, console, console.options, memory)
    expected = _expected(letter, width, visual, console)
    assert _cells(drawn[: len(expected)]) == _cells(expected)
    assert all(line.cell_length == width for line in drawn)
    # Drawn again from what was kept: the same lines, as the very same objects.
    again = lp._lines(request, width, console, console.options, memory)
    assert all(a is b for a, b in zip(again, drawn, strict=True))


def test_an_edit_draws_only_the_paragraph_that_changed_again() -> None:
    console = Console(width=200, color_system="truecolor", legacy_windows=False)
    sender = Sender(name="Ana Writer")
    memory = lp._Memory()

    def lines(own_text: str) -> tuple[Strip, ...]:
        (letter,) = compose_letters(_case(), "fa", ["leader"], sender, today=DAY, own_text=own_text)
        request = lp._Request(letter, True, 61, 1000, 2, STYLES)
        return lp._lines(request, 61, console, console.options, memory)

    before = lines("من پرستار هستم")
    rendered: list[object] = []
    original = lp._Page._render

    def counting(self: lp._Page, part: object) -> list[list[Segment]]:
        rendered.append(part)
        return original(self, part)  # type: ignore[arg-type]

    lp._Page._render = counting  # type: ignore[method-assign,assignment]
    try:
        after = lines("من پرستار هستم و")
    finally:
        lp._Page._render = original  # type: ignore[method-assign]
    # One paragraph was drawn again; every other line is the very line drawn before.
    assert len(rendered) == 1
    assert len(after) == len(before)
    assert [n for n, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]
    assert sum(a is not b for a, b in zip(before, after, strict=True)) == 1
