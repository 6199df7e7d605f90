"""The organiser screen: a batch written from the form with a progress bar, and the tally."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

from pilot_support import screen_lines
from textual.app import App
from textual.widgets import Button, DataTable, Input, ProgressBar, SelectionList, Static

from appeal_tui.core.draft import new_draft, with_status
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.screens.organiser import OrganiserScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from batch_fakes import fake_compose

SEED = "ir-hossein-ronaghi-maleki"
TODAY = dt.date(2024, 5, 15)


class Host(App[None]):
    def __init__(self, screen: OrganiserScreen) -> None:
        super().__init__()
        self.organiser = screen

    def on_mount(self) -> None:
        self.push_screen(self.organiser)


def _screen(data_dir: Path, out: Path) -> OrganiserScreen:
    library = load_library([bundled_cases_dir()])
    return OrganiserScreen(
        library, Paths(data_dir), event="W4R", today=TODAY, out_dir=out, compose=fake_compose
    )


def _text(screen: OrganiserScreen, widget_id: str) -> str:
    return str(screen.query_one(f"#{widget_id}", Static).render())


def test_write_a_batch_from_the_form(data_dir: Path, tmp_path: Path) -> None:
    async def run() -> None:
        signers = tmp_path / "signers.csv"
        signers.write_text("name,city\nAna,Madrid\nBob,Leeds\n", encoding="utf-8")
        out = tmp_path / "letters"
        screen = _screen(data_dir, out)
        app = Host(screen)
        async with app.run_test(size=(120, 50)) as pilot:
            # No bar pulses before a batch runs; the footer writes Ctrl keys as other screens do.
            assert not screen.query_one("#org-progress", ProgressBar).display
            assert "^B Write batch" in screen_lines(app)[-1]
            # Nothing chosen yet: the screen says what is missing and writes nothing.
            await pilot.click("#org-write")
            await pilot.pause()
            assert _text(screen, "org-batch-status") == "choose at least one case"
            assert not out.exists()

            screen.query_one("#org-cases", SelectionList).select(SEED)
            screen.query_one("#org-langs", Input).value = "en,es"
            screen.query_one("#org-to", Input).value = "primary"
            screen.query_one("#org-signers", Input).value = str(signers)
            screen.query_one("#org-formats", Input).value = "txt,html"
            await pilot.press("ctrl+b")
            await app.workers.wait_for_complete()
            await pilot.pause()

            status = _text(screen, "org-batch-status")
            assert status.startswith("4 letters: wrote 8 files")
            assert "print.html prints them all" in status
            bar = screen.query_one("#org-progress", ProgressBar)
            assert (bar.progress, bar.total) == (4, 4)
            # The bar is on screen, with room for its one row (issue 14: it never appeared).
            assert bar.display and bar.content_region.height == 1
            row = screen_lines(app)[bar.content_region.y]
            assert "━" in row and "100%" in row
            assert not screen.query_one("#org-write", Button).disabled
        assert (out / SEED / "es" / "supreme-leader-2.txt").read_text().startswith("Bob\nLeeds\n")
        assert (out / "print.html").is_file() and (out / "manifest.csv").is_file()

    asyncio.run(run())


def test_bad_signers_file_names_the_line(data_dir: Path, tmp_path: Path) -> None:
    async def run() -> None:
        signers = tmp_path / "signers.csv"
        signers.write_text("name,city\nAna,Madrid\n,Leeds\n", encoding="utf-8")
        screen = _screen(data_dir, tmp_path / "letters")
        async with Host(screen).run_test(size=(120, 50)) as pilot:
            screen.query_one("#org-cases", SelectionList).select(SEED)
            screen.query_one("#org-signers", Input).value = str(signers)
            await pilot.press("ctrl+b")
            await pilot.pause()
            assert (
                _text(screen, "org-batch-status") == f"{signers}:3:1: error: this row has no name"
            )
        assert not (tmp_path / "letters").exists()

    asyncio.run(run())


def test_tally_for_the_event(data_dir: Path, tmp_path: Path) -> None:
    async def run() -> None:
        store = DraftStore(Paths(data_dir))
        for name, event in (("Ana", "W4R"), ("Bob", "W4R"), ("Cleo", "other")):
            keys = ("supreme-leader", "head-of-judiciary")
            draft = new_draft(
                SEED, language="en", recipients=keys, sender=Sender(name), event=event
            )
            store.save(with_status(draft, "ready"))
        screen = _screen(data_dir, tmp_path / "letters")
        async with Host(screen).run_test(size=(120, 50)) as pilot:
            await pilot.press("ctrl+t")
            await screen.app.workers.wait_for_complete()
            await pilot.pause()
            assert _text(screen, "org-tally-summary") == (
                "4 letters for W4R from 2 drafts by 2 distinct writers"
            )
            table = screen.query_one("#org-tally", DataTable)
            cells = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
            title = "Blogger ordered back to prison while critically ill"
            assert cells[0][:3] == ["Case", title, "4"]
            # Labelled as `appeal-tui tally` labels them (core.tally.tally_drafts): two cases
            # can both write to a "Minister of Justice".
            label = f"Ayatollah Sadegh Larijani ({SEED})"
            assert ["Recipient", label, "2"] in [c[:3] for c in cells]
            assert not any("Ana" in cell or "Bob" in cell for row in cells for cell in row)

    asyncio.run(run())


def test_tally_of_one_says_one(data_dir: Path, tmp_path: Path) -> None:
    """Plurals (issue 14): one email draft is "1 letter from 1 draft by 1 distinct writer"."""

    async def run() -> None:
        draft = new_draft(
            SEED, language="en", recipients=("supreme-leader",), sender=Sender("Ana"), event="W4R"
        )
        DraftStore(Paths(data_dir)).save(with_status(draft, "ready"))
        screen = _screen(data_dir, tmp_path / "letters")
        async with Host(screen).run_test(size=(120, 50)) as pilot:
            await pilot.press("ctrl+t")
            await screen.app.workers.wait_for_complete()
            await pilot.pause()
            assert _text(screen, "org-tally-summary") == (
                "1 letter for W4R from 1 draft by 1 distinct writer"
            )

    asyncio.run(run())


def test_enter_on_the_case_list_goes_on_and_space_chooses(data_dir: Path, tmp_path: Path) -> None:
    """The batch's case list works as the recipients list does: Space adds or removes a case
    (as its title says), Enter goes on to the next field. As a plain SelectionList, Enter
    toggled the highlighted case, and a second Enter took it off again. Each case's box shows
    whether it is chosen by a mark, not only by a colour."""
    from pilot_support import settled, type_keys

    async def run() -> None:
        screen = _screen(data_dir, tmp_path / "letters")
        app = Host(screen)
        async with app.run_test(size=(100, 40)) as pilot:
            await settled(pilot)
            cases = screen.query_one("#org-cases", SelectionList)
            assert app.focused is cases
            first = cases.get_option_at_index(0).value
            await type_keys(pilot, "space")
            await settled(pilot)
            assert cases.selected == [first]
            lines = screen_lines(app)
            assert sum("▐X▌" in line for line in lines) == 1
            assert sum("▐ ▌" in line for line in lines) == cases.option_count - 1
            await type_keys(pilot, "enter")
            await settled(pilot)
            assert cases.selected == [first], "Enter never adds or removes a case"
            assert app.focused is screen.query_one("#org-langs", Input)

    asyncio.run(run())
