"""`appeal-tui drafts list` on 1,000 drafts (and 100,000 unless --quick), against bare loops.

Rows, each a ratio against a baseline measured in the same run on the same files:
- cold: the first list (no index yet: every file read and validated) vs a bare loop that
  `os.scandir`s the folder and `json.loads` every file;
- warm: a later list (the summary index is read, each file only stat'ed) vs the same bare loop;
- command: `python -m appeal_tui drafts list` in a subprocess (what a user waits for) vs a
  subprocess running the bare loop.

Usage: python benchmarks/drafts_list.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from appeal_tui.core.draft import new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

BODY = (
    "Your Excellency,\n\nI am writing to ask you to release him at once and without conditions, "
    "and to make sure that he gets the medical care he needs. "
) * 8
BARE_LOOP = """
import json, os, sys
for e in os.scandir(sys.argv[1]):
    if e.name.endswith(".json") and not e.name.startswith("."):
        with open(e.path, "rb") as f:
            json.loads(f.read())
"""


def make_drafts(folder: Path, n: int) -> None:
    """`n` realistic draft files, written plainly (durability is not what is measured here)."""
    folder.mkdir(parents=True, exist_ok=True)
    sender = Sender("Ana Example", ("1 High Street", "Leeds LS1 1AA"), "Leeds", "UK")
    for i in range(n):
        draft = new_draft(
            f"case-{i % 40}",
            language=("en", "es", "fa", "fr")[i % 4],
            recipients=("leader", "judiciary", "embassy"),
            sender=sender,
            body=BODY + f"\n\nDraft {i}.",
            case_title=f"Case number {i % 40}",
            event="Leeds stall" if i % 3 == 0 else None,
        )
        data = json.dumps(to_json(draft), ensure_ascii=False, indent=1).encode()
        (folder / f"{draft.id}.json").write_bytes(data)


def bare_loop(folder: Path) -> None:
    for e in os.scandir(folder):
        if e.name.endswith(".json") and not e.name.startswith("."):
            with open(e.path, "rb") as f:
                json.loads(f.read())


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(n: int, repeat: int, with_command: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="appeal-bench-") as tmp:
        data = Path(tmp) / "data"
        paths = Paths(data)
        make_drafts(paths.drafts, n)
        index = paths.drafts / ".index.json"

        def cold() -> None:
            index.unlink(missing_ok=True)
            assert len(DraftStore(paths).list()) == n

        def warm() -> None:
            assert len(DraftStore(paths).list()) == n

        baseline = best(lambda: bare_loop(paths.drafts), repeat)
        cold_time = best(cold, max(1, repeat // 2))
        warm()  # builds the index
        warm_time = best(warm, repeat)
        label = f"{n:,}"
        rows.append(_row(f"drafts_list cold ({label})", cold_time, baseline, "< 0.5 s at 1,000"))
        rows.append(_row(f"drafts_list warm ({label})", warm_time, baseline, "ratio < 1"))
        if with_command:
            env = {**os.environ, "APPEAL_TUI_DATA_DIR": str(data)}
            command = [sys.executable, "-m", "appeal_tui", "drafts", "list"]
            bare = [sys.executable, "-c", BARE_LOOP, str(paths.drafts)]

            def run_command() -> None:
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)

            def run_bare() -> None:
                subprocess.run(bare, check=True)

            def run_version() -> None:
                subprocess.run([*command[:3], "--version"], check=True, stdout=subprocess.DEVNULL)

            run_command()  # warm the OS caches and the index
            startup = best(run_version, 5)
            rows.append(
                _row(
                    f"drafts_list command ({label})",
                    best(run_command, 5),
                    best(run_bare, 5),
                    "well under 1 s",
                    note=(
                        "subprocess wall time; baseline: python running the bare loop; "
                        f"`appeal-tui --version` alone takes {startup:.3f} s"
                    ),
                )
            )
    return rows


def _row(name: str, value: float, baseline: float, target: str, note: str = "") -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "baseline": baseline,
        "ratio": value / baseline if baseline else float("nan"),
        "unit": "s",
        "target": target,
        "note": note or "baseline: scandir + json.loads of every file",
    }


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Rows for 1,000 drafts; unless `quick`, also 100,000 (issue 9's scale)."""
    rows = measure(1000, 5 if quick else 9, with_command=True)
    if not quick:
        rows += measure(100_000, 1, with_command=True)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 drafts only")
    args = ap.parse_args()
    for row in run(quick=args.quick):
        print(
            f"{row['name']:<34} {row['value']:.4f} s  baseline {row['baseline']:.4f} s  "
            f"ratio {row['ratio']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
