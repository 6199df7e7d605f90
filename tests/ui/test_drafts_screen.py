"""The drafts screen (F2) with more drafts than it lists at once: the newest first, the others
from a worker, every draft once in the end; every column on screen at 80 columns."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.widgets import DataTable, Static

from appeal_tui.core.draft import new_draft
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.screens import drafts as drafts_screen
from appeal_tui.ui.screens.drafts import COLUMNS, DraftsScreen


def _store(tmp_path: Path, count: int) -> DraftStore:
    store = DraftStore(Paths(tmp_path / "data"))
    for i in range(count):
        store.save(new_draft(f"case-{i}", language="en", recipients=("minister", "judge")))
    return store


@pytest.mark.parametrize("listed_before", [True, False])
def test_many_drafts_arrive_in_chunks_newest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listed_before: bool
) -> None:
    store = _store(tmp_path, 12)
    # Few drafts stand for many: 3 listed at once, the rest in chunks of 4.
    monkeypatch.setattr(drafts_screen, "_AT_ONCE", 3)
    monkeypatch.setattr(drafts_screen, "_CHUNK", 4)
    monkeypatch.setattr("appeal_tui.storage.drafts.NEWEST_ROWS", 3)
    expected = [s.id for s in store.list()]  # which leaves the newest rows at hand
    if not listed_before:
        (store.folder / ".newest" / "rows.json").unlink()
    asyncio.run(_check(store, expected))


async def _check(store: DraftStore, expected: list[str]) -> None:
    def names(summary: object) -> str:
        return "Minister Name, Judge Name"

    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = DraftsScreen(store, recipient_names=names)  # type: ignore[arg-type]
        app.push_screen(screen)
        for _ in range(200):
            await pilot.pause(0.02)
            if screen.is_mounted and not screen.loading:
                break
        table = screen.query_one(DataTable)
        assert [s.id for s in screen.summaries] == expected
        assert table.row_count == 12
        assert str(screen.query_one("#drafts-status", Static).render()) == "12 drafts"
        # At 80 columns every column is on screen, the recipients by name.
        header = " ".join(str(c.label) for c in table.ordered_columns)
        assert header == " ".join(COLUMNS)
        right = sum(c.get_render_width(table) for c in table.ordered_columns)
        assert right <= 80
        assert "Minister Name" in str(table.get_row_at(0)[2])


@pytest.mark.parametrize("language", ["es", "fr", "de", "fa", "ar"])
def test_the_status_column_fits_the_status_words_of_the_interface_language(
    tmp_path: Path, language: str
) -> None:
    """A draft's status word is shown whole in every interface language (the column was seven
    cells wide, so Spanish "borrador" was cut to "borrad…")."""
    from appeal_tui.core import i18n
    from appeal_tui.core.draft import STATUSES, status_word

    store = _store(tmp_path, 1)
    i18n.set_ui_language(language)
    words = [status_word(s) for s in STATUSES]

    async def check() -> None:
        app: App[None] = App()
        async with app.run_test(size=(80, 24)) as pilot:
            screen = DraftsScreen(store)
            app.push_screen(screen)
            for _ in range(200):
                await pilot.pause(0.02)
                if screen.is_mounted and not screen.loading:
                    break
            status = screen.query_one(DataTable).ordered_columns[3]
            assert status.width >= max(cell_len(w) for w in words)
            assert status_word("draft") != "draft"  # the language's own word is shown

    asyncio.run(check())
