"""`appeal-tui import` of a short urgent action, the whole process as a user runs it, against the
command line's own start (`appeal-tui --version`), measured in the same run.

Usage: python benchmarks/import_startup.py [--quick] [--against SRC] [--rounds N]

Each round runs both commands in fresh processes, alternately, and the rows give the medians:
- wall: seconds until the command exits, what a user waits for;
- CPU: user + system seconds of the process (steadier than wall on a shared machine).
The document is tests/unit/importer_docs/en_plain_bullets.txt (one page): nearly all of the
time is the importer's start (loading its modules, making its tables), not the reading.
Bytecode is cached as after `pip install` (in a temporary folder, after a first run), so the
source is not compiled again in every process, even where PYTHONDONTWRITEBYTECODE is set.

--against SRC also times `import` with the package from the folder SRC (a checkout's `src`,
e.g. `git archive main src | tar -x -C /tmp/main`) in the same rounds: its rows give this
tree's medians against that tree's (ratio < 1: this one starts faster). The note says
CONTENDED when the load average was above the number of cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DOCUMENT = REPO / "tests" / "unit" / "importer_docs" / "en_plain_bullets.txt"


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of `command` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _env(pycache: str, src: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    env.pop("PYTHONPATH", None)
    if src is not None:
        env["PYTHONPATH"] = src
    return env


def _row(name: str, ours: list[float], theirs: list[float], note: str) -> dict[str, Any]:
    value, baseline = statistics.median(ours), statistics.median(theirs)
    return {
        "name": name,
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2),
        "unit": "s",
        "note": note,
    }


def run(quick: bool = False, against: str | None = None, rounds: int = 0) -> list[dict[str, Any]]:
    rounds = rounds or (3 if quick else 7)
    python = [sys.executable, "-m", "appeal_tui"]
    commands = {
        "import": [*python, "import", str(DOCUMENT)],
        "version": [*python, "--version"],
    }
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in (*commands, "against")}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as pycache:
        ours, theirs = _env(pycache, None), _env(pycache, against)
        # A first run of each writes the bytecode, as installing the package does.
        for command in commands.values():
            _timed(command, ours)
        if against is not None:
            _timed(commands["import"], theirs)
        for _ in range(rounds):
            for key, command in commands.items():
                times[key].append(_timed(command, ours))
            if against is not None:
                times["against"].append(_timed(commands["import"], theirs))
    load = max(load, os.getloadavg()[0])
    contended = " CONTENDED" if load > (os.cpu_count() or 1) else ""
    note = f"median of {rounds} alternating rounds, load {load:.1f}{contended}"
    wall = {k: [w for w, _ in v] for k, v in times.items()}
    cpu = {k: [c for _, c in v] for k, v in times.items()}
    rows = [
        _row("import start-up (wall)", wall["import"], wall["version"],
             f"`import` of one page vs `--version`; {note}"),
        _row("import start-up (CPU)", cpu["import"], cpu["version"],
             f"user+system seconds, `import` of one page vs `--version`; {note}"),
    ]  # fmt: skip
    if against is not None:
        rows += [
            _row("import start-up vs --against (wall)", wall["import"], wall["against"],
                 f"this tree vs {against}; {note}"),
            _row("import start-up vs --against (CPU)", cpu["import"], cpu["against"],
                 f"this tree vs {against}; {note}"),
        ]  # fmt: skip
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--against", metavar="SRC", default=None)
    parser.add_argument("--rounds", type=int, default=0)
    args = parser.parse_args()
    for row in run(quick=args.quick, against=args.against, rounds=args.rounds):
        print(row)
