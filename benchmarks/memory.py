"""Peak memory at startup: the app until its case list is filled, vs a bare Textual app.

Each side runs in its own fresh Python process (so neither sees the other's imports or heap)
and reports its peak resident set size (VmHWM from /proc/self/status on Linux, else
`resource.getrusage(RUSAGE_SELF).ru_maxrss`):
- value: `make_app` on the bundled cases plus 1,000 (a second row: 10,000) generated ones
  (100 with --quick), a first start (empty data folder), run with `App.run_test` until the
  case list holds every case; target: the baseline plus 25 MiB (60 MiB for 10,000);
- baseline: a bare Textual app with a Header, a Footer and an OptionList of as many options.

Usage: python benchmarks/memory.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

_PEAK = """
def peak_mib():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource, sys
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
"""

APP = (
    _PEAK
    + """
import asyncio, sys, tempfile
from pathlib import Path

async def main():
    from textual.widgets import OptionList
    from appeal_tui.storage.paths import Paths
    from appeal_tui.core.library import bundled_cases_dir
    from appeal_tui.ui.app import make_app

    with tempfile.TemporaryDirectory() as data:
        sources = [bundled_cases_dir(), Path(sys.argv[1])]
        app = make_app(case_sources=sources, paths=Paths(Path(data)))
        async with app.run_test(size=(120, 40)) as pilot:
            while True:
                await app.workers.wait_for_complete()
                await pilot.pause()
                lists = list(app.screen.query(OptionList))
                if lists and lists[0].option_count >= int(sys.argv[2]):
                    return lists[0].option_count

count = asyncio.run(main())
print(peak_mib(), count)
"""
)

BARE = (
    _PEAK
    + """
import asyncio, sys
from textual.app import App
from textual.widgets import Footer, Header, OptionList

class Bare(App):
    def compose(self):
        yield Header()
        n = int(sys.argv[1])
        yield OptionList(*(f"Case number {i}: a title of ordinary length" for i in range(n)))
        yield Footer()

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return app.query_one(OptionList).option_count

count = asyncio.run(main())
print(peak_mib(), count)
"""
)


def _measure(code: str, *args: str) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[-2]), int(out[-1])


def _cases(folder: Path, count: int) -> None:
    sys.path.insert(0, str(HERE))
    from scale import make_cases  # the same generated cases as the scale benchmark

    make_cases(folder, count)


def run(quick: bool = False) -> list[dict[str, Any]]:
    if quick:
        return [measure(100, 25)]
    return [measure(1_000, 25), measure(10_000, 60)]


def measure(extra: int, allowance: int) -> dict[str, Any]:
    """The row for the bundled cases plus `extra` generated ones; the target is the bare
    app's peak plus `allowance` MiB."""
    with tempfile.TemporaryDirectory(prefix="appeal-memory-") as tmp:
        folder = Path(tmp) / "cases"
        folder.mkdir()
        _cases(folder, extra)
        from appeal_tui.core.library import bundled_cases_dir

        total = extra + len(list(bundled_cases_dir().glob("*.yaml")))
        # Best of 3 each: other processes on the machine do not change a process's own peak,
        # but the allocator's timing can.
        app = min(_measure(APP, str(folder), str(total))[0] for _ in range(3))
        bare = min(_measure(BARE, str(total))[0] for _ in range(3))
    return {
        "name": f"memory at startup ({total:,} cases)",
        "value": app,
        "baseline": bare,
        "ratio": app / bare,
        "unit": "MiB peak RSS",
        "target": f"<= baseline + {allowance} MiB",
        "note": (
            f"first start (empty data folder), app until its case list is filled vs bare "
            f"Header/Footer/OptionList app: {app - bare:+.1f} MiB"
        ),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="100 generated cases instead of 1,000 and 10,000"
    )
    args = ap.parse_args()
    print(json.dumps(run(quick=args.quick), indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
