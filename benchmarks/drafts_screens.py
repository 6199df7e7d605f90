"""`drafts list` and the drafts screen (F2) with 100,000 drafts, as a user meets them.

Rows, each against a baseline measured in the same run, as the median of alternating rounds:
- piped: `appeal-tui drafts list > file` (index warm) vs a Python process that `os.scandir`s
  the folder and `json.loads` every draft (target: at most 1.1 times);
- first screenful on a terminal: `appeal-tui drafts list` in an 80×24 pty, until the header
  and a screenful of rows have arrived (target: at most 2 s), against the same bare loop;
- F2: the app (headless, `run_test` at 80×24, cases already on screen) from the F2 key until
  the drafts table shows rows (target: at most 1 s), against pushing a bare screen holding a
  DataTable of 200 rows the same way.

Each note says CONTENDED when the load average was above the number of cores.

Usage: python benchmarks/drafts_screens.py [--quick] [--data DIR]
(--data: a data folder that already holds drafts, e.g. from an earlier run, to skip making
100,000 of them.)
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _pty import _own_terminal  # noqa: E402
from batch_mailmerge import contention  # noqa: E402
from drafts_list import BARE_LOOP, make_drafts  # noqa: E402

ROUNDS = 5

F2_APP = r"""
import asyncio, sys, time, json
from pathlib import Path
from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.app import make_app
from textual.widgets import DataTable

async def main(data, bare):
    app = make_app(case_sources=[bundled_cases_dir()], paths=Paths(Path(data)))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):  # the case list on screen first
            await pilot.pause(0.05)
            if getattr(app.cases, "ready", False):
                break
        await pilot.pause(0.2)
        started = time.perf_counter()
        if bare:
            from textual.screen import Screen
            class Bare(Screen):
                def compose(self):
                    yield DataTable()
                def on_mount(self):
                    table = self.query_one(DataTable)
                    table.add_columns("Case", "Language", "Recipients", "Status", "Updated")
                    for i in range(200):
                        table.add_row(f"case {i}", "en", "minister", "draft", "2024-05-15 10:00")
            app.push_screen(Bare())
        else:
            # Posted, not pressed: pilot.press waits until every worker and chunk is done.
            app.simulate_key("f2")
        while True:
            await pilot.pause(0.005)
            tables = app.screen.query(DataTable)
            if tables and tables.first().row_count > 0:
                break
            if time.perf_counter() - started > 120:
                break
        elapsed = time.perf_counter() - started
        rows = tables.first().row_count if tables else 0
    print(json.dumps({"seconds": elapsed, "rows": rows}))

asyncio.run(main(sys.argv[1], sys.argv[2] == "bare"))
"""


def _first_screen(command: list[str], env: dict[str, str], rows: int = 24) -> float:
    """Seconds until `command`, in a pty of `rows` × 80, has printed a header and a screenful."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
    started = time.perf_counter()
    # Its own session with the pty as its controlling terminal (as `_pty.run_on_pty`): a killed
    # benchmark's pty hangs the app up instead of leaving it spinning on a dead terminal.
    proc = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, preexec_fn=_own_terminal
    )
    os.close(slave)
    seen = b""
    first = float("nan")
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 1 << 16)
        except OSError:
            break
        if not data:
            break
        if first != first:  # not yet
            seen += data
            if seen.count(b"\n") >= rows - 1:
                first = time.perf_counter() - started
    proc.wait()
    os.close(master)
    return first


def _seconds(command: list[str], env: dict[str, str], stdout: Any = subprocess.DEVNULL) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=stdout)
    return time.perf_counter() - started


def _f2(data: Path, bare: bool) -> float:
    out = subprocess.run(
        [sys.executable, "-c", F2_APP, str(data), "bare" if bare else "app"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "APPEAL_TUI_DATA_DIR": str(data)},
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not result["rows"]:
        raise RuntimeError("the drafts screen showed no rows")
    return float(result["seconds"])


def _row(name: str, ours: list[float], base: list[float], target: str, note: str) -> dict[str, Any]:
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    return {
        "name": name,
        "value": round(statistics.median(ours), 3),
        "baseline": round(statistics.median(base), 3),
        "ratio": round(statistics.median(ratios), 3),
        "unit": "s",
        "target": target,
        "note": " ".join(x for x in (note, contention()) if x),
    }


def measure(data: Path, n: int) -> list[dict[str, Any]]:
    env = {**os.environ, "APPEAL_TUI_DATA_DIR": str(data)}
    command = [sys.executable, "-m", "appeal_tui", "drafts", "list"]
    bare = [sys.executable, "-c", BARE_LOOP, str(data / "drafts")]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)  # the index, warm
    piped: list[float] = []
    screen: list[float] = []
    loop: list[float] = []
    with tempfile.TemporaryFile() as sink:
        for _ in range(ROUNDS):
            loop.append(_seconds(bare, env))
            sink.seek(0)
            piped.append(_seconds(command, env, stdout=sink))
            screen.append(_first_screen(command, env))
    f2: list[float] = []
    f2_bare: list[float] = []
    for _ in range(ROUNDS):
        f2_bare.append(_f2(data, bare=True))
        f2.append(_f2(data, bare=False))
    label = f"{n:,}"
    return [
        _row(f"drafts list piped ({label})", piped, loop, "ratio <= 1.1",
             "python -m appeal_tui drafts list > file vs python running the bare loop"),
        _row(f"drafts list first screenful, terminal ({label})", screen, loop, "value <= 2 s",
             "80x24 pty until header + 23 rows; baseline: the bare loop"),
        _row(f"drafts screen F2 opens ({label})", f2, f2_bare, "value <= 1 s",
             "headless run_test 80x24, F2 to rows shown; baseline: a bare DataTable screen"),
    ]  # fmt: skip


def run(quick: bool = False, data: Path | None = None) -> list[dict[str, Any]]:
    """Rows for 100,000 drafts (1,000 with `quick`), made in a temporary folder unless `data`."""
    n = 1_000 if quick else 100_000
    if data is not None:
        count = sum(1 for e in os.scandir(data / "drafts") if e.name.endswith(".json"))
        return measure(data, count - (1 if (data / "drafts" / ".index.json").exists() else 0))
    with tempfile.TemporaryDirectory(prefix="appeal-bench-drafts-") as tmp:
        folder = Path(tmp) / "data"
        make_drafts(folder / "drafts", n)
        return measure(folder, n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 drafts")
    ap.add_argument("--data", type=Path, default=None, help="a data folder with drafts in it")
    args = ap.parse_args()
    for row in run(quick=args.quick, data=args.data):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
