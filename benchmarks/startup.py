"""Startup with 1,000 case files until the list is usable, against a bare Textual app.

Usage: python benchmarks/startup.py [--quick]

Rows (each against a bare Textual app with a Header, a Footer and one OptionList of as many
options, started and painted in the same run; medians of alternating rounds; headless via
`App.run_test`, imports left out):
- warm start: seconds from creating the app until the first frame whose case list holds
  every case, the data folder kept from an earlier start (the list comes from the rows
  remembered then). Target: ratio <= 1.2.
- first start, 1,000 and 10,000 new case files (a fresh data folder each round): seconds
  until the first frame whose list holds a screenful of cases (usable: the writer can move
  and choose while the rest are read); the note gives when every case was listed. Target:
  ratio <= 2.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _frames import PaintHook

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CASE_TEMPLATE = REPO / "tests" / "ui" / "fixture_cases" / "xx-river-defenders.yaml"


def make_case_files(folder: Path, count: int) -> None:
    """`count` valid case files, each with its own id and title."""
    text = CASE_TEMPLATE.read_text(encoding="utf-8")
    for n in range(count):
        body = text.replace("id: xx-river-defenders", f"id: bench-case-{n:04d}").replace(
            "title: River defenders", f"title: Case {n} river defenders"
        )
        (folder / f"bench-case-{n:04d}.yaml").write_text(body, encoding="utf-8")


class _FirstFullFrame(PaintHook):
    """Records when a screen is first painted with an option list holding `count` options
    (`at`), and when first with all of `every` (`full_at`).

    Both apps are timed this way: the time is that of the first frame in which the whole list is
    on screen, with no waiting for idle afterwards (which a worker still running would delay).
    """

    def __init__(self, count: int, every: int | None = None) -> None:
        from textual.widgets import OptionList

        self.count = count
        self.every = every or count
        self.at: float | None = None
        self.full_at: float | None = None

        def painted(screen: Any) -> None:
            if self.full_at is None:
                lists = screen.query(OptionList)
                if not lists or screen._compositor.visible_widgets.get(lists.first()) is None:
                    return
                shown = lists.first().option_count
                now = time.perf_counter()
                if shown >= self.count and self.at is None:
                    self.at = now
                if shown >= self.every:
                    self.full_at = now

        super().__init__(painted)

    async def wait(self) -> float:
        while self.at is None:
            await asyncio.sleep(0.001)
        return self.at

    async def wait_full(self) -> float:
        while self.full_at is None:
            await asyncio.sleep(0.001)
        return self.full_at


# A screenful: a first start counts as usable once this many cases are listed.
SCREENFUL = 20


async def _time_appeal_app(cases: Path, data: Path, count: int) -> tuple[float, float]:
    """Seconds until the first frame with every case in the list; seconds until every case is
    loaded too (the detail pane shows it; Enter before that opens it once loaded)."""
    from appeal_tui.storage.paths import Paths
    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.screens.cases import CasesScreen

    with _FirstFullFrame(count) as frame:
        started = time.perf_counter()
        app = make_app(case_sources=[cases], paths=Paths(data))
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, CasesScreen)
            usable = await frame.wait() - started
            while not app.cases.ready:
                await asyncio.sleep(0.001)
            loaded = time.perf_counter() - started
            await pilot.pause()
    return usable, loaded


async def _time_bare_app(count: int) -> float:
    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import Footer, Header, OptionList
    from textual.widgets.option_list import Option

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList(
                *(Option(Content(f"Case {n}\n  person · country"), id=str(n)) for n in range(count))
            )
            yield Footer()

    with _FirstFullFrame(count) as frame:
        started = time.perf_counter()
        app = Bare()
        async with app.run_test(size=(120, 40)) as pilot:
            usable = await frame.wait() - started
            await pilot.pause()
    return usable


async def _time_first_start(cases: Path, data: Path, count: int) -> tuple[float, float]:
    """A first start (an empty data folder): seconds until the first frame with a screenful
    of cases listed; seconds until every case is listed."""
    from appeal_tui.storage.paths import Paths
    from appeal_tui.ui.app import make_app

    with _FirstFullFrame(min(SCREENFUL, count), count) as frame:
        started = time.perf_counter()
        app = make_app(case_sources=[cases], paths=Paths(data))
        async with app.run_test(size=(120, 40)) as pilot:
            usable = await frame.wait() - started
            full = await frame.wait_full() - started
            await pilot.pause()
    return usable, full


def first_start(count: int, rounds: int) -> dict[str, Any]:
    """The first-start row for `count` new case files."""
    import shutil

    with tempfile.TemporaryDirectory() as tmp:
        cases = Path(tmp) / "cases"
        cases.mkdir()
        make_case_files(cases, count)
        data = Path(tmp) / "data"
        ours: list[float] = []
        full: list[float] = []
        bare: list[float] = []
        for _ in range(rounds):
            shutil.rmtree(data, ignore_errors=True)
            bare.append(asyncio.run(_time_bare_app(count)))
            usable, every = asyncio.run(_time_first_start(cases, data, count))
            ours.append(usable)
            full.append(every)
    value = statistics.median(ours)
    baseline = statistics.median(bare)
    return {
        "name": f"startup, first start ({count:,} new files)",
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2),
        "target": "<= 2",
        "unit": "s",
        "note": (
            f"until {SCREENFUL} cases are listed (the list usable) vs bare app with all "
            f"{count:,}; every case listed after {statistics.median(full):.2f} s"
        ),
    }


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows = [warm_start(quick)]
    rows.append(first_start(200 if quick else 1000, 3 if quick else 5))
    if not quick:
        rows.append(first_start(10_000, 3))
    return rows


def warm_start(quick: bool = False) -> dict[str, Any]:
    count = 200 if quick else 1000
    rounds = 3 if quick else 7
    # Imports are paid once by both apps alike; measure starting, not importing.
    import appeal_tui.ui.app  # noqa: F401

    with tempfile.TemporaryDirectory() as tmp:
        cases = Path(tmp) / "cases"
        cases.mkdir()
        make_case_files(cases, count)
        data = Path(tmp) / "data"
        ours: list[float] = []
        loaded: list[float] = []
        bare: list[float] = []
        asyncio.run(_time_bare_app(count))  # warm-up: first Textual start pays one-off costs
        asyncio.run(_time_appeal_app(cases, data, count))  # a first start writes the cache
        for _ in range(rounds):
            bare.append(asyncio.run(_time_bare_app(count)))
            usable, full = asyncio.run(_time_appeal_app(cases, data, count))
            ours.append(usable)
            loaded.append(full)
    value = statistics.median(ours)
    baseline = statistics.median(bare)
    return {
        "name": "startup",
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2),
        "target": "<= 1.2",
        "unit": "s",
        "note": (
            f"warm start, {count} case files until the list is filled and painted vs bare "
            f"Header+OptionList+Footer; every case loaded after {statistics.median(loaded):.3f} s"
        ),
    }


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
