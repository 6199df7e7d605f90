"""The theme the writer picks is there again the next time the app starts."""

from __future__ import annotations

import asyncio
import datetime as dt

from appeal_tui.core.library import CaseLibrary
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app


def _app():  # type: ignore[no-untyped-def]
    empty = CaseLibrary(cases={}, files=())
    return make_app(
        case_sources=[], paths=default_paths(), today=dt.date(2026, 1, 1), library=empty
    )


def test_the_chosen_theme_is_remembered() -> None:
    async def switch() -> str:
        app = _app()
        async with app.run_test() as pilot:
            await pilot.pause()
            app.action_toggle_dark()
            await pilot.pause()
            await pilot.pause()
            return app.theme

    async def reopen() -> str:
        app = _app()
        async with app.run_test() as pilot:
            await pilot.pause()
            return app.theme

    chosen = asyncio.run(switch())
    assert chosen == "textual-light"
    assert asyncio.run(reopen()) == "textual-light"


def test_the_paper_size_from_the_palette_is_remembered_and_printed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The palette's paper command switches A4 <-> US Letter, is there after a restart, and the
    preview's print and export files use it."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.core.model import Sender
    from appeal_tui.storage.profile import load_paper
    from appeal_tui.ui.letter_export import export_to_folder, write_print_html

    async def switch() -> None:
        app = _app()
        async with app.run_test() as pilot:
            await pilot.pause()
            app.action_toggle_paper()
            await pilot.pause()

    assert load_paper(default_paths()) == "a4"
    asyncio.run(switch())
    assert load_paper(default_paths()) == "letter"
    library = load_library([bundled_cases_dir()])
    case = library.cases["ir-hossein-ronaghi-maleki"]
    primary = [r.key for r in case.recipients if r.role == "primary"]
    letters = compose_letters(case, "en", primary, Sender(name="Ana Example"))
    printed = write_print_html(letters, tmp_path, paper=load_paper(default_paths()))
    assert "size: letter" in printed.read_text(encoding="utf-8")
    [exported] = export_to_folder("html", letters, case, None, tmp_path / "x", paper="letter")
    assert "size: letter" in exported.read_text(encoding="utf-8")
    asyncio.run(switch())
    assert load_paper(default_paths()) == "a4"
