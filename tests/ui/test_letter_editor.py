"""The letter editor repaints only the lines a keystroke changes, and shows exactly what
Textual's own TextArea shows.

Two apps side by side, one with `LetterEditor`, one with a stock `TextArea`, get the same keys
(typing, Enter, deleting, moving, selecting, undo, paste) and terminal sizes; after each step
their screens must match cell for cell, styles included (the editor in and out of focus, in
three themes). The screens are read from what the compositor has painted, so a line the editor
forgot to repaint would show up as a difference.
"""

from __future__ import annotations

import asyncio
import random

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import TextArea

from appeal_tui.ui.widgets.letter_editor import LetterEditor

# With Persian (right to left, a zero-width non-joiner) and wide characters, which wrap too.
TEXT = (
    "Your Excellency,\n\n"
    "I am writing to ask you to release Hossein Ronaghi at once and without conditions, and "
    "to make sure that he gets the medical care he needs.\n\n"
    "I am a nurse.\tI know how dangerous it is to stop a treatment.\n"
    "Yours sincerely,\n"
    "عالیجناب، از شما می‌خواهم حسین رونقی ملکی را فوراً آزاد کنید و درمان پزشکی او را تضمین کنید.\n"
    "全角の文字と絵文字 ✉️ も折り返されます。全角の文字と絵文字も折り返されます。\n"
)

KEYS = (
    [*"abcdefghij", "space", "space", "full_stop", "comma"] * 3
    + ["enter", "backspace", "backspace", "delete", "tab"]
    + ["left", "right", "up", "down", "home", "end", "pageup", "pagedown"] * 2
    + ["shift+left", "shift+right", "shift+up", "shift+down", "ctrl+z", "ctrl+y"]
)
SIZES = [(40, 12), (60, 16), (23, 9)]


class EditorApp(App[None]):
    # Component styles that change with focus: the editor must notice style updates.
    CSS = """
    TextArea > .text-area--cursor-line { background: $panel; }
    TextArea:focus > .text-area--cursor-line { background: $accent 30%; }
    """

    def __init__(self, editor_class: type[TextArea], *, auto_height: bool = False) -> None:
        super().__init__()
        self.editor_class = editor_class
        self.auto_height = auto_height

    def compose(self) -> ComposeResult:
        yield self.editor_class(
            TEXT, soft_wrap=True, show_line_numbers=False, tab_behavior="indent", id="editor"
        )

    def on_mount(self) -> None:
        editor = self.query_one("#editor", TextArea)
        editor.cursor_blink = False
        if self.auto_height:
            editor.styles.height = "auto"
        editor.focus()


def painted(app: App[None]) -> list[list[tuple[str, object]]]:
    """The screen as painted: every cell's text and style."""
    strips: list[Strip] = app.screen._compositor.render_strips()
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


async def settle(*pilots: Pilot[None]) -> None:
    for pilot in pilots:
        await pilot.pause()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_screen_as_textarea_after_random_editing(seed: int) -> None:
    asyncio.run(_random_editing(seed))


async def _random_editing(seed: int) -> None:
    rng = random.Random(seed)
    ours, stock = EditorApp(LetterEditor), EditorApp(TextArea)
    size = SIZES[0]
    async with ours.run_test(size=size) as pilot, stock.run_test(size=size) as stock_pilot:
        await settle(pilot, stock_pilot)
        assert painted(ours) == painted(stock)
        for step in range(150):
            roll = rng.random()
            if roll < 0.03:
                size = rng.choice(SIZES)
                for each in (pilot, stock_pilot):
                    await each.resize_terminal(*size)
                action = f"resize to {size}"
            elif roll < 0.05:
                theme = rng.choice(["textual-light", "textual-dark", "nord"])
                for app in (ours, stock):
                    app.theme = theme
                action = f"theme {theme}"
            elif roll < 0.07:
                focused = rng.random() < 0.5
                for app in (ours, stock):
                    if focused:
                        app.query_one("#editor", TextArea).focus()
                    else:
                        app.set_focus(None)
                action = "focus" if focused else "blur"
            elif roll < 0.10:
                pasted = rng.choice(["pasted words ", "two\nlines", "x" * 50])
                for app in (ours, stock):
                    app.query_one("#editor", TextArea).insert(pasted)
                action = f"paste {pasted!r}"
            else:
                key = rng.choice(KEYS)
                for each in (pilot, stock_pilot):
                    await each.press(key)
                action = f"press {key}"
            await settle(pilot, stock_pilot)
            ours_editor = ours.query_one("#editor", TextArea)
            assert ours_editor.text == stock.query_one("#editor", TextArea).text
            assert painted(ours) == painted(stock), f"seed {seed}, step {step}: {action}"


def test_an_editor_sized_by_its_text_grows_like_textarea() -> None:
    async def grow() -> None:
        ours = EditorApp(LetterEditor, auto_height=True)
        stock = EditorApp(TextArea, auto_height=True)
        async with ours.run_test(size=(40, 30)) as pilot, stock.run_test(size=(40, 30)) as other:
            await settle(pilot, other)
            for key in ["enter", "enter", *"words that wrap " * 3, "backspace", "enter"]:
                for each in (pilot, other):
                    await each.press(key)
                await settle(pilot, other)
                assert painted(ours) == painted(stock), key
            editor = ours.query_one("#editor", TextArea)
            assert editor.size.height > 10

    asyncio.run(grow())


def test_typing_at_the_end_of_a_paragraph_repaints_one_line() -> None:
    asyncio.run(_typing_at_the_end())


async def _typing_at_the_end() -> None:
    app = EditorApp(LetterEditor)
    async with app.run_test(size=(40, 20)) as pilot:
        editor = app.query_one("#editor", LetterEditor)
        editor.move_cursor((2, len(editor.document[2])))
        await pilot.pause()
        rendered: list[int] = []
        original = editor._render_line

        def counting(y: int) -> Strip:
            rendered.append(y)
            return original(y)

        editor._render_line = counting  # type: ignore[method-assign]
        for key in "abc":
            rendered.clear()
            await pilot.press(key)
            await pilot.pause()
            # The line the cursor is on, nothing else (a stock TextArea renders all 20).
            assert len(set(rendered)) == 1, rendered
        assert editor.document[2].endswith("needs.abc")
