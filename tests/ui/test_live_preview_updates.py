"""The live preview beside the editor follows the writer's typing (it repaints in a worker)."""

from __future__ import annotations

import asyncio

from pilot_support import (
    preview_settled,
    resize,
    screen_text,
    until,
    write_app,
    write_screen_settled,
)

from appeal_tui.ui.widgets.letter_preview import LetterPreview


def test_the_live_preview_shows_what_was_typed_and_drops_what_was_deleted() -> None:
    app = write_app()

    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        # The preview waits for a pause in typing, then renders.
        await until(pilot, lambda: app.screen.query(LetterPreview), "the write screen")
        await preview_settled(pilot)

    async def walk() -> tuple[str, str]:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            assert app.screen.query_one(LetterPreview).display
            await pilot.press(*"Zanzibar teacher")
            await settle(pilot)
            typed = screen_text(app)
            for _ in range(len("teacher")):
                await pilot.press("backspace")
            await pilot.press(*"nurse")
            await settle(pilot)
            return typed, screen_text(app)

    typed, edited = asyncio.run(walk())
    # Once in the editor and once on the page beside it.
    assert typed.count("Zanzibar teacher") == 2
    assert edited.count("Zanzibar nurse") == 2
    assert "Zanzibar teacher" not in edited


def test_typing_repaints_only_the_changed_lines_of_the_page_and_they_match_a_full_layout() -> None:
    app = write_app()

    async def walk() -> list[tuple[int, int, bool]]:
        async with app.run_test(size=(160, 50)) as pilot:

            async def settle() -> None:
                await until(pilot, lambda: app.screen.query(LetterPreview), "the write screen")
                await preview_settled(pilot)

            await settle()
            editor = app.screen.query_one("#body")
            editor.move_cursor((2, len(editor.document[2])))  # type: ignore[attr-defined]
            preview = app.screen.query_one(LetterPreview)
            refreshed: list[tuple[int, int]] = []
            original = preview.refresh_lines

            def refresh_lines(y_start: int, line_count: int = 1) -> None:
                refreshed.append((y_start, line_count))
                original(y_start, line_count)

            preview.refresh_lines = refresh_lines  # type: ignore[method-assign]
            seen: list[tuple[int, int, bool]] = []
            for word in ["Zanzibar", "nurse", "in", "Leeds"]:
                refreshed.clear()
                await pilot.press("space", *word)
                await settle()
                assert word in screen_text(app)
                shown = preview.shown_lines
                # The same letter laid out afresh, with nothing remembered.
                fresh = LetterPreview(preview.letter)
                await app.screen.mount(fresh)
                fresh.styles.width = preview.size.width
                fresh.styles.height = preview.size.height
                await settle()
                same = list(fresh.shown_lines) == list(shown)
                await fresh.remove()
                seen.append((sum(n for _, n in refreshed), len(shown), same))
            return seen

    seen = asyncio.run(walk())
    # What each keystroke drew is what laying out the whole letter again gives; a word that
    # does not make its paragraph longer repainted its line or two (the notes below the page
    # may change once too), and none repainted the whole page.
    assert all(same for _, _, same in seen), seen
    assert all(0 < repainted < total for repainted, total, _ in seen), seen
    assert any(repainted <= 2 for repainted, _, _ in seen), seen


def test_the_live_preview_follows_a_resize_without_waiting_for_a_key() -> None:
    app = write_app()

    async def walk() -> tuple[list[str], list[str]]:
        async with app.run_test(size=(160, 50)) as pilot:
            await write_screen_settled(pilot)
            preview = app.screen.query_one(LetterPreview)
            before = [line.text for line in preview.shown_lines]
            width = preview.scrollable_content_region.width
            await resize(pilot, 130, 50)
            # The layout follows the Resize event a refresh later: wait for the narrower pane
            # (not for the preview, which is what is checked), then for its refresh.
            await until(
                pilot,
                lambda: preview.scrollable_content_region.width < width,
                "the preview's pane narrower",
            )
            await preview_settled(pilot)
            after = [line.text for line in preview.shown_lines]
            # Every line is as wide as the pane is now, and that is what the screen shows.
            assert {len(line) for line in after} == {preview.scrollable_content_region.width}
            assert after[1].strip() in screen_text(app)
            return before, after

    before, after = asyncio.run(walk())
    assert len(after[1]) < len(before[1])
    # The page was wrapped again, not cut: the narrower page has more lines.
    assert len(after) > len(before)
