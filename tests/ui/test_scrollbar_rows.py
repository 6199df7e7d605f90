"""The editor's and the preview's scrollbars, repainted row by row as the letter grows, show
what repainting them whole shows (`ui/scrollbar_update.py` repaints only the rows that
change)."""

from __future__ import annotations

import asyncio

from pilot_support import preview_settled, type_keys, until, write_app

from appeal_tui.ui.widgets.letter_editor import LetterEditor
from appeal_tui.ui.widgets.letter_preview import LetterPreview


def test_scrollbars_repainted_by_row_look_as_repainted_whole() -> None:
    app = write_app()

    async def walk() -> tuple[set[int], set[int]]:
        async with app.run_test(size=(160, 50)) as pilot:

            async def settle() -> None:
                await until(pilot, lambda: app.screen.query(LetterPreview), "the write screen")
                await preview_settled(pilot)

            await settle()
            editor = app.screen.query_one("#body", LetterEditor)
            preview = app.screen.query_one(LetterPreview)
            editor.cursor_blink = False  # the screenshots are compared: no blinking
            # Longer than the editor shows, so that it has a scrollbar too.
            paragraph = "I write to you as a nurse who has cared for people for many years. " * 3
            editor.load_text(editor.text + f"\n\n{paragraph}" * 12)
            await settle()
            editor.move_cursor((2, len(editor.document[2])))
            sizes: tuple[set[int], set[int]] = (set(), set())
            for n in range(10):
                # A new paragraph, and words that wrap onto more lines: both grow.
                keys = ["enter"] if n % 3 == 0 else []
                keys += [*"teacher", "space", *"in", "space", *"Leeds", "space"] * 2
                await type_keys(pilot, *keys)  # each key handled and painted before the next
                await settle()
                shown = app.export_screenshot()
                for widget, seen in zip((editor, preview), sizes, strict=True):
                    seen.add(widget.vertical_scrollbar.window_virtual_size)
                    widget.vertical_scrollbar.refresh()
                await settle()
                assert app.export_screenshot() == shown, f"after step {n}"
            return sizes

    editor_sizes, preview_sizes = asyncio.run(walk())
    # The bars did follow new sizes (else nothing was repainted by row).
    assert len(editor_sizes) > 3
    assert len(preview_sizes) > 3
