"""Scale: 10,000 case files and 100,000 drafts (1,000 and 10,000 with --quick).

Rows, each against a baseline measured in the same run on the same files:
- library cold: `load_library` of 10,000 case files (read, hash, check every rule) vs reading
  each file and parsing it with PyYAML's C loader alone (`yaml.load(..., CSafeLoader)`);
- library reload: `load_library` again with the `LoadCache` that loaded them (what the TUI does
  after an organiser edits one file) vs the same bare parse;
- drafts list: `DraftStore.list()` of 100,000 drafts with its summary index vs `os.scandir` and
  `json.loads` of every draft;
- case list on screen: the app (`make_app`, `App.run_test`) until its case list holds all 10,000
  cases vs a bare Textual app that puts 10,000 options in an `OptionList`.

Generated trees are cached under $TMPDIR/appeal-tui-scale/ between runs (about 60 MB and 150 MB).

Usage: python benchmarks/scale.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from appeal_tui.core.draft import new_draft, to_json
from appeal_tui.core.library import LoadCache, load_library
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "appeal-tui-scale"
_ID_LINE = re.compile(r"^id: .*$", re.MULTILINE)
BODY = (
    "Your Excellency,\n\nI am writing to ask you to release him at once and without conditions, "
    "and to make sure that he gets the medical care he needs.\n\n"
) * 6


def _ready(folder: Path, count: int, make: Callable[[Path, int], None]) -> Path:
    """`folder` holding `count` generated files: made once, kept for later runs."""
    done = folder / ".complete"
    if done.exists() and done.read_text() == str(count):
        return folder
    if folder.exists():
        for entry in os.scandir(folder):
            os.unlink(entry.path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    make(folder, count)
    done.write_text(str(count))
    return folder


def make_cases(folder: Path, count: int) -> None:
    """`count` case files: the bundled cases, each copy with its own id."""
    sources = [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted((REPO / "cases").glob("*.yaml"))
    ]
    for i in range(count):
        stem, text = sources[i % len(sources)]
        case_id = f"{stem}-{i:05d}"
        (folder / f"{case_id}.yaml").write_text(_ID_LINE.sub(f"id: {case_id}", text, count=1))


def make_drafts(folder: Path, count: int) -> None:
    """`count` draft files, written plainly (durability is not what is measured)."""
    sender = Sender("Ana Example", ("1 High Street",), "Leeds", "UK")
    template = to_json(new_draft("case", language="en", sender=sender, body=BODY))
    for i in range(count):
        draft_id = f"{i:012x}-20240515"
        data = {**template, "id": draft_id, "case_id": f"case-{i % 400}", "body": BODY + str(i)}
        (folder / f"{draft_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1))


def timed(fn: Callable[[], Any], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bare_parse(folder: Path) -> None:
    for path in folder.glob("*.yaml"):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def bare_drafts(folder: Path) -> None:
    for entry in os.scandir(folder):
        if entry.name.endswith(".json") and not entry.name.startswith("."):
            with open(entry.path, "rb") as f:
                json.loads(f.read())


def _row(name: str, value: float, baseline: float, target: str, note: str = "") -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "baseline": baseline,
        "ratio": value / baseline if baseline else float("nan"),
        "unit": "s",
        "target": target,
        "note": note,
    }


async def _app_list_time(cases: Path, count: int) -> float:
    from textual.widgets import OptionList

    from appeal_tui.ui.app import make_app

    with tempfile.TemporaryDirectory(prefix="appeal-scale-data-") as data:
        app = make_app(case_sources=[cases], paths=Paths(Path(data)))
        t0 = time.perf_counter()
        async with app.run_test(size=(120, 40)) as pilot:
            while True:
                await app.workers.wait_for_complete()
                await pilot.pause()
                lists = list(app.screen.query(OptionList))
                if lists and lists[0].option_count >= count:
                    break
            return time.perf_counter() - t0


async def _bare_list_time(count: int) -> float:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList(
                *(f"Case number {i}: a title of ordinary length" for i in range(count))
            )
            yield Footer()

    app = Bare()
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.query_one(OptionList).option_count == count
        return time.perf_counter() - t0


def run(quick: bool = False) -> list[dict[str, Any]]:
    n_cases, n_drafts = (1_000, 10_000) if quick else (10_000, 100_000)
    cases = _ready(CACHE / f"cases-{n_cases}", n_cases, make_cases)
    drafts_data = CACHE / f"drafts-{n_drafts}"
    _ready(drafts_data / "drafts", n_drafts, make_drafts)
    rows: list[dict[str, Any]] = []

    bare = timed(lambda: bare_parse(cases), 2)
    cache = LoadCache()
    library: list[Any] = []
    cold = timed(lambda: library.append(load_library([cases], cache=LoadCache())), 1)
    load_library([cases], cache=cache)
    reload = timed(lambda: load_library([cases], cache=cache), 3)
    loaded = len(library[0].cases)
    note = f"{loaded:,} cases loaded"
    rows.append(_row(f"scale library cold ({n_cases:,})", cold, bare, "ratio < 2", note))
    rows.append(_row(f"scale library reload ({n_cases:,})", reload, bare, "ratio < 0.2"))

    store = DraftStore(Paths(drafts_data))
    store.list()  # builds the summary index the first time
    listing = timed(lambda: DraftStore(Paths(drafts_data)).list(), 3)
    baseline = timed(lambda: bare_drafts(drafts_data / "drafts"), 2)
    rows.append(_row(f"scale drafts list ({n_drafts:,})", listing, baseline, "ratio < 1"))

    on_screen = asyncio.run(_app_list_time(cases, loaded))
    bare_screen = asyncio.run(_bare_list_time(loaded))
    rows.append(
        _row(f"scale case list on screen ({n_cases:,})", on_screen, bare_screen, "ratio < 5")
    )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10x smaller")
    args = ap.parse_args()
    for row in run(quick=args.quick):
        print(
            f"{row['name']:40s} {row['value']:8.3f} s  baseline {row['baseline']:8.3f} s  "
            f"ratio {row['ratio']:.3g}  ({row['target']}) {row['note']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
