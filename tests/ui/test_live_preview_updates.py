"""The live preview beside the editor follows the writer's typing (it repaints in a worker)."""

from __future__ import annotations

import asyncio

from pilot_support import screen_text, write_app

from appeal_tui.ui.widgets.letter_preview import LetterPreview


def test_the_live_preview_shows_what_was_typed_and_drops_what_was_deleted() -> None:
    app = write_app()

    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        # The preview waits for a pause in typing, then renders in a worker.
        for _ in range(6):
            await pilot.pause(0.2)
            await app.workers.wait_for_complete()
        await pilot.pause()

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


def test_typing_repaints_only_the_changed_lines_of_the_page_and_they_match_a_full_render() -> None:
    from textual.visual import Visual

    from appeal_tui.ui.widgets import letter_preview

    app = write_app()
    patches: list[bool] = []
    full_renders: list[int] = []

    class Page(letter_preview._Page):
        def patch(self, lines):  # type: ignore[no-untyped-def]
            patched = super().patch(lines)
            patches.append(patched)
            return patched

        def _render_content(self) -> None:
            full_renders.append(1)
            super()._render_content()

    async def walk() -> list[tuple[bool, bool, bool]]:
        async with app.run_test(size=(160, 50)) as pilot:

            async def settle() -> None:
                for _ in range(5):
                    await pilot.pause(0.2)
                    await app.workers.wait_for_complete()

            await settle()
            editor = app.screen.query_one("#body")
            editor.move_cursor((2, len(editor.document[2])))  # type: ignore[attr-defined]
            page = app.screen.query_one(letter_preview._Page)
            seen: list[tuple[bool, bool, bool]] = []
            for word in ["Zanzibar", "nurse", "in", "Leeds"]:
                patches.clear()
                full_renders.clear()
                await pilot.press("space", *word)
                await settle()
                assert word in screen_text(app)
                fresh = Visual.to_strips(page, page._render(), *page.size, page.visual_style)
                # (patched, drawn in full, what is drawn equals a full render)
                drawn = page._render_cache.lines
                seen.append((True in patches, bool(full_renders), drawn == fresh))
            return seen

    letter_preview._Page = Page  # type: ignore[misc]
    try:
        seen = asyncio.run(walk())
    finally:
        letter_preview._Page = Page.__mro__[1]  # type: ignore[misc]
    assert all(same for _, _, same in seen), seen
    # Some refreshes were drawn by replacing a few lines alone (none rendered the whole page),
    # and what they drew is what rendering the whole page gives.
    assert (True, False, True) in seen, seen
