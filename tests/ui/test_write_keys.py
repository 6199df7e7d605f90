"""The writing screen's keys and words (issue 14): F2 is Drafts as everywhere else, F3/F4
pressed again go back to the letter, a letter changed after `m` is no longer "ready", and the
help says where the panes really are at this width."""

from __future__ import annotations

import asyncio

import pytest
from pilot_support import fixture_app, screen_text, settled, type_keys, wait_for_cases
from textual.widgets import Input, TabbedContent, TextArea

from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.write import WriteScreen


async def to_write(app: AppealApp, pilot: object) -> WriteScreen:
    await wait_for_cases(app)
    await type_keys(pilot, *"river", "enter", "enter", "ctrl+n")  # type: ignore[attr-defined]
    await settled(pilot)  # type: ignore[attr-defined]
    assert isinstance(app.screen, WriteScreen)
    return app.screen


def test_f2_opens_drafts_and_f3_f4_toggle_back_to_the_letter() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            write = await to_write(app, pilot)
            tabs = write.query_one("#write-tabs", TabbedContent)
            await type_keys(pilot, "f3")
            assert tabs.active == "details"
            assert isinstance(app.focused, Input) and app.focused.id == "sender-name"
            await type_keys(pilot, "f3")
            assert tabs.active == "letter" and app.focused is write.query_one("#body")
            await type_keys(pilot, "f4", "f4")
            assert tabs.active == "letter"
            await type_keys(pilot, *"Hola")
            await type_keys(pilot, "f2")
            await settled(pilot)
            assert isinstance(app.screen, DraftsScreen)
            [summary] = DraftStore(default_paths()).list()
            assert DraftStore(default_paths()).load(summary.id).body.rstrip().endswith("Hola")
            assert "1 draft" in screen_text(app)

    asyncio.run(run())


def test_editing_after_marking_ready_makes_it_a_draft_again() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await to_write(app, pilot)
            await type_keys(pilot, "f3", *"Ana", "ctrl+r")
            await settled(pilot)
            preview = app.screen
            assert isinstance(preview, PreviewScreen)
            await type_keys(pilot, "m")
            await settled(pilot)
            store = DraftStore(default_paths())
            [summary] = store.list()
            assert store.load(summary.id).status == "ready"
            assert "2 letters · marked ready" in screen_text(app)

            # Back to the letter and out again without a change: still ready.
            await type_keys(pilot, "escape")
            await settled(pilot)
            await type_keys(pilot, "ctrl+r")
            await settled(pilot)
            assert store.load(summary.id).status == "ready"
            # A change, then the preview at once: a draft again, on disk and on screen.
            await type_keys(pilot, "escape")
            await settled(pilot)
            await type_keys(pilot, *"!", "ctrl+r")
            await settled(pilot)
            assert isinstance(app.screen, PreviewScreen)
            draft = store.load(summary.id)
            assert draft.status == "draft" and "ready" in draft.status_dates
            assert "saved as a draft" in screen_text(app)

    asyncio.run(run())


@pytest.mark.parametrize(
    ("size", "cases_says", "write_says"),
    [
        ((80, 24), "the pane below", "F8 shows the letter as it will look in place of the editor"),
        ((120, 40), "the pane on the right", "is beside the editor; F8 hides or shows it"),
    ],
)
def test_help_matches_the_layout(size: tuple[int, int], cases_says: str, write_says: str) -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=size) as pilot:
            await wait_for_cases(app)
            assert isinstance(app.screen, CasesScreen)
            await type_keys(pilot, "f1")
            await settled(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert cases_says in " ".join(app.screen.help_text.split())
            await type_keys(pilot, "escape")
            await settled(pilot)
            await to_write(app, pilot)
            await type_keys(pilot, "f1")
            await settled(pilot)
            assert isinstance(app.screen, HelpScreen)
            said = " ".join(app.screen.help_text.split())
            assert write_says in said
            assert "F2 leaves the letter (saved) for the list of your drafts" in said

    asyncio.run(run())


def test_a_field_typed_past_its_edge_shows_the_end_and_then_the_start_again() -> None:
    """A field's text wider than the field scrolls with the cursor as it is typed (the field
    repaints itself for each key; it does not lay out the screen), and Home brings its start
    back; the text is kept whole."""
    typed = "Wilhelmina Oduya-Strandqvist of the Lanternmakers' Cooperative, Fenwick Row"

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await to_write(app, pilot)
            await type_keys(pilot, "f3")
            field = app.focused
            assert isinstance(field, Input) and field.id == "sender-name"
            width = field.content_region.width
            assert len(typed) > width
            await type_keys(pilot, *["space" if c == " " else c for c in typed])
            assert field.value == typed
            row = next(line for line in screen_text(app).splitlines() if "Fenwick Row" in line)
            assert "Wilhelmina" not in row
            await type_keys(pilot, "home")
            row = next(line for line in screen_text(app).splitlines() if "Wilhelmina" in line)
            assert "Fenwick Row" not in row
            # The end cut off left of where the field was scrolled to: what is left still shows.
            more = ", Old Harbour Quay 17"
            await type_keys(pilot, "end", *["space" if c == " " else c for c in more])
            await type_keys(pilot, *["left"] * (width + 5), "ctrl+k")
            kept = (typed + more)[: -(width + 5)]
            assert field.value == kept
            region = field.content_region
            shown = screen_text(app).splitlines()[region.y][region.x : region.right]
            assert kept[-8:] in shown

    asyncio.run(run())


def test_letters_typed_after_tab_left_the_letter_land_in_it() -> None:
    """Tab moves the focus from the letter to the row of tabs (tab_behavior="focus"): a writer
    who pressed it by habit and typed on lost every key. They now go where they were meant."""

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            write = await to_write(app, pilot)
            body = write.query_one("#body", TextArea)
            await type_keys(pilot, *"Soy ")
            await type_keys(pilot, "tab", *"maestra.")
            assert body.text.rstrip().endswith("Soy maestra.")
            assert app.focused is body
            await type_keys(pilot, "f3", "shift+tab")  # the name field, then the row of tabs
            assert app.focused is not None and app.focused.id != "sender-name"
            await type_keys(pilot, *"Ana")
            name = write.query_one("#sender-name", Input)
            assert name.value == "Ana" and app.focused is name
            await type_keys(pilot, "f3", "ctrl+s")
            await settled(pilot)
            [summary] = DraftStore(default_paths()).list()
            saved = DraftStore(default_paths()).load(summary.id)
            assert saved.body.rstrip().endswith("Soy maestra.")

    asyncio.run(run())


def test_letters_typed_on_the_tips_go_back_into_the_letter() -> None:
    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(80, 24)) as pilot:
            write = await to_write(app, pilot)
            await type_keys(pilot, "f4", *"Gracias")
            tabs = write.query_one("#write-tabs", TabbedContent)
            body = write.query_one("#body", TextArea)
            assert tabs.active == "letter" and app.focused is body
            assert body.text.rstrip().endswith("Gracias")

    asyncio.run(run())
