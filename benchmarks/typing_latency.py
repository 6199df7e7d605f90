"""Typing latency in the editor with the live preview open, for a two-page letter.

Usage: python benchmarks/typing_latency.py [--quick]

(Not named typing.py: run as a script from this folder, that name would shadow the standard
library's `typing` module for every benchmark here.)

Drives the writing screen with Pilot at 160x50 (the preview beside the editor), the body a
two-page letter (about 900 words), and types a sentence key by key. `value`: the 95th
percentile of the time each key takes until the screen has handled and painted it, in ms.
`baseline`: the same keys typed into a bare Textual app holding only a TextArea with the same
text, same run. The preview is recomposed 0.25 s after the last key (debounced); the time one
recompose takes is reported in the note. Target: value <= 16 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SENTENCE = "I am a teacher and I think of him every day. "
SIZE = (160, 50)


def _two_pages(template: str) -> str:
    own = (
        "I write to you as a nurse who has cared for people with kidney disease for many years. "
        "I know how dangerous it is to interrupt specialised treatment. "
    ) * 3
    body = template
    while len(body.split()) < 900:
        body += "\n\n" + own
    return body


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


async def _type(pilot: Any, keys: list[str]) -> list[float]:
    times: list[float] = []
    for key in keys:
        started = time.perf_counter()
        await pilot.press(key)
        times.append((time.perf_counter() - started) * 1000)
    return times


async def _appeal(keys: list[str], data: Path) -> tuple[list[float], float]:
    from dataclasses import replace

    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.storage.paths import Paths
    from appeal_tui.ui import letters
    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.screens.write import WriteScreen
    from appeal_tui.ui.selection import WriteStart

    library = load_library([bundled_cases_dir()])
    case = library.get("ir-hossein-ronaghi-maleki")
    assert case is not None
    start = WriteStart(case=case, language="en", recipient_keys=("supreme-leader",))
    app = make_app(case_sources=[], paths=Paths(data), start=start, library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WriteScreen)
        area = screen.query_one("#body")
        area.load_text(_two_pages(letters.template_for(case, "en")))  # type: ignore[attr-defined]
        area.move_cursor(area.document.end)  # type: ignore[attr-defined]
        await pilot.pause(0.5)
        assert screen.has_class("-preview-open")
        times = await _type(pilot, keys)
        started = time.perf_counter()
        screen._refresh_preview()
        recompose = (time.perf_counter() - started) * 1000
        screen.draft = replace(screen.draft)
    return times, recompose


async def _bare(keys: list[str], text: str) -> list[float]:
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(text, soft_wrap=True)

    app = Bare()
    async with app.run_test(size=SIZE) as pilot:
        area = app.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.pause()
        return await _type(pilot, keys)


def run(quick: bool = False) -> dict[str, Any]:
    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.ui import letters

    sentence = SENTENCE if quick else SENTENCE * 4
    keys = ["space" if c == " " else ("full_stop" if c == "." else c) for c in sentence]
    case = load_library([bundled_cases_dir()]).get("ir-hossein-ronaghi-maleki")
    assert case is not None
    text = _two_pages(letters.template_for(case, "en"))
    with tempfile.TemporaryDirectory() as tmp:
        ours, recompose = asyncio.run(_appeal(keys, Path(tmp)))
    bare = asyncio.run(_bare(keys, text))
    value, baseline = _p95(ours), _p95(bare)
    return {
        "name": "typing",
        "value": round(value, 2),
        "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2),
        "target": "value <= 16 ms",
        "unit": "ms p95/key",
        "note": (
            f"{len(keys)} keys, {len(text.split())}-word letter, preview open; median "
            f"{statistics.median(ours):.1f} ms; one debounced preview recompose {recompose:.1f} ms"
        ),
    }


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
