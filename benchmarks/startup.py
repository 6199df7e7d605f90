"""Startup with 1,000 case files until the list is usable, against a bare Textual app.

Usage: python benchmarks/startup.py [--quick]

`value`: seconds from creating the app until its case list holds every case (the worker has
parsed all the files and the list is filled), headless via `App.run_test`. `baseline`: seconds
for a bare Textual app with a Header, a Footer and one OptionList of the same number of
options to start and paint, in the same run. Both are medians of several alternating rounds.
Target: ratio <= 1.3.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


async def _time_appeal_app(cases: Path, data: Path, count: int) -> float:
    from appeal_tui.storage.paths import Paths
    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.widgets.case_list import CaseList

    started = time.perf_counter()
    app = make_app(case_sources=[cases], paths=Paths(data))
    async with app.run_test(size=(120, 40)) as pilot:
        case_list = app.screen.query_one(CaseList)
        while case_list.option_count < count:
            await asyncio.sleep(0.002)
        await pilot.pause()
        elapsed = time.perf_counter() - started
    return elapsed


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

    started = time.perf_counter()
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        elapsed = time.perf_counter() - started
    return elapsed


def run(quick: bool = False) -> dict[str, Any]:
    count = 200 if quick else 1000
    rounds = 3 if quick else 5
    # Imports are paid once by both apps alike; measure starting, not importing.
    import appeal_tui.ui.app  # noqa: F401

    with tempfile.TemporaryDirectory() as tmp:
        cases = Path(tmp) / "cases"
        cases.mkdir()
        make_case_files(cases, count)
        data = Path(tmp) / "data"
        ours: list[float] = []
        bare: list[float] = []
        asyncio.run(_time_bare_app(count))  # warm-up: first Textual start pays one-off costs
        for _ in range(rounds):
            bare.append(asyncio.run(_time_bare_app(count)))
            ours.append(asyncio.run(_time_appeal_app(cases, data, count)))
    value = statistics.median(ours)
    baseline = statistics.median(bare)
    return {
        "name": "startup",
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2),
        "target": "<= 1.3",
        "unit": "s",
        "note": f"{count} case files until the list is filled vs bare Header+OptionList+Footer",
    }


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
