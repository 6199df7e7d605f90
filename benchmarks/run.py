"""Run every benchmark of the project and print one table of ratios against same-run baselines.

Usage: python benchmarks/run.py [--quick] [--only NAME ...] [--markdown] [--tests]

Each benchmark module in this folder exposes `run(quick: bool = False) -> dict | list[dict]` with
keys name, value, baseline, ratio, unit (and optionally target, note; `goal` and `met` for the rows
that judge a goal themselves). Machines here are noisy, so every number is a ratio against a
baseline measured in the same run, never an absolute time.

After the table comes one line per goal of issue 18 ("Fast in a real terminal, at scale") with
the measured value and met / MISSED (or "not measured" when no benchmark of this run gave it).
`--tests` also times the README's test command (its second Quickstart line, as .ci/run runs it).
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# The order of the table: the user-facing experience first.
ORDER = [
    "user_view",
    "startup",
    "memory",
    "typing_latency",
    "validate",
    "compose",
    "drafts_list",
    "batch_mailmerge",
    "scale",
    "import_accuracy",
]


def _modules(only: list[str]) -> list[Path]:
    # Modules named with a leading underscore are shared helpers, not benchmarks.
    found = {p.stem: p for p in HERE.glob("*.py") if p.stem != "run" and not p.stem.startswith("_")}
    names = [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)
    if only:
        names = [n for n in names if n in only]
    return [found[n] for n in names]


def _load(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return f"{x:.3g}" if abs(x) < 1000 else f"{x:,.0f}"
    return str(x)


@dataclass(frozen=True)
class Goal:
    """One row of issue 18's table: which result row measures it and how it is judged."""

    measure: str
    goal: str
    find: Callable[[dict[str, Any]], bool]
    met: Callable[[dict[str, Any]], bool] | None = None  # None: the row says (`met`)


def _named(*prefixes: str) -> Callable[[dict[str, Any]], bool]:
    return lambda row: str(row.get("name", "")).startswith(prefixes)


def _number(row: dict[str, Any], key: str) -> float:
    value = row.get(key)
    return float(value) if isinstance(value, int | float) else float("nan")


GOALS = [
    Goal("warm start, 1,000 cases", "<= 1.2x bare app", _named("warm start, 1,000 cases")),
    Goal("importing the app", "(no goal)", _named("importing the app")),
    Goal(
        "first start on 1,000 new case files",
        "<= 2x bare app",
        _named("first start, 1,000 new case files"),
    ),
    Goal(
        "first start on 10,000 new case files",
        "<= 2x bare app, list usable at once",
        _named("first start, 10,000 new case files"),
    ),
    Goal("peak memory, 1,000 cases", "<= bare + 25 MiB", _named("peak memory, 1,000 cases")),
    Goal("peak memory, 10,000 cases", "<= bare + 60 MiB", _named("peak memory, 10,000 cases")),
    Goal(
        "validate on 1,000 cases, as a command",
        "<= 1.2x a CSafeLoader-only process",
        _named("validate, 1,000 case files (command)"),
    ),
    Goal(
        "batch, 10,000 letters (median)",
        "<= 0.2x mailmerge's dry run",
        _named("batch 10,000 letters vs mailmerge (disk)", "batch 10,000 letters"),
        lambda row: _number(row, "ratio") <= 0.2,
    ),
    Goal(
        "batch memory",
        "flat in the number of letters",
        lambda row: "batch" in str(row.get("name", "")) and "memory" in str(row.get("name", "")),
        # The row's own target (batch_mailmerge.py): peak at 10x the letters <= 1.1x.
        lambda row: _number(row, "ratio") <= 1.1,
    ),
    Goal(
        "drafts list on a terminal, 100,000 drafts",
        "first screenful <= 2 s",
        _named("drafts list on a terminal, 100,000 drafts"),
    ),
    Goal(
        "drafts list without the index, piped, 100,000",
        "<= 1.1x the bare loop",
        _named("drafts list piped without the index, 100,000"),
    ),
    Goal("F2 with 100,000 drafts", "opens in <= 1 s", _named("F2 with 100,000 drafts")),
    Goal(
        "typing with the live preview refreshing",
        "<= 16 ms whole-process CPU (p95)",
        _named("typing, preview refresh"),
        lambda row: _number(row, "value") <= 16,
    ),
    Goal(
        "typing: key to screen in a pty",
        "<= 16 ms (p95)",
        _named("typing, key to screen (pty)"),
    ),
    Goal("the README's test command", "<= 5 minutes", _named("the README's test command")),
]


def goal_lines(rows: list[dict[str, Any]]) -> list[list[str]]:
    """[measure, goal, measured, status] for every goal of issue 18."""
    lines = []
    for goal in GOALS:
        row = next((r for r in rows if "value" in r and goal.find(r)), None)
        if row is None:
            lines.append([goal.measure, goal.goal, "", "not measured"])
            continue
        ratio = row.get("ratio", "")
        measured = f"{_fmt(row.get('value'))} {row.get('unit', '')}".strip()
        if ratio not in ("", None):
            measured += f" ({_fmt(ratio)}x {_fmt(row.get('baseline'))})"
        if goal.goal == "(no goal)":
            lines.append([goal.measure, goal.goal, measured, "(no goal)"])
            continue
        met = goal.met(row) if goal.met is not None else bool(row.get("met"))
        lines.append([goal.measure, goal.goal, measured, "met" if met else "MISSED"])
    return lines


README = HERE.parent / "README.md"


def readme_test_command() -> str:
    """The README's second Quickstart command line (what .ci/run runs as the tests)."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Quickstart")
    commands: list[str] = []
    fence = False
    for line in lines[start + 1 :]:
        if line.startswith("```"):
            if fence:
                break
            fence = True
            continue
        if fence and line.strip() and not line.lstrip().startswith("#"):
            commands.append(line)
    return commands[1]


def time_test_command() -> dict[str, Any]:
    command = readme_test_command()
    started = time.perf_counter()
    done = subprocess.run(["bash", "-c", command], cwd=README.parent, check=False)
    seconds = time.perf_counter() - started
    return {
        "name": "the README's test command",
        "value": round(seconds, 1),
        "unit": "s",
        "target": "<= 300 s",
        "met": seconds <= 300 and done.returncode == 0,
        "note": f"`{command}`, exit code {done.returncode}",
    }


def _print_table(header: list[str], table: list[list[str]], markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in table:
            print("| " + " | ".join(c.replace("|", "/") for c in line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in table)) for i, h in enumerate(header)]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
        for line in table:
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    ap.add_argument("--only", nargs="*", default=[], help="benchmark module names to run")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--tests", action="store_true", help="also time the README's test command")
    args = ap.parse_args()

    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for path in _modules(args.only):
        module = _load(path)
        run = getattr(module, "run", None)
        if run is None:
            continue
        t0 = time.perf_counter()
        print(f"running {path.stem} …", file=sys.stderr, flush=True)
        try:
            kwargs = {"quick": args.quick} if "quick" in inspect.signature(run).parameters else {}
            result = run(**kwargs)
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            result = {"name": path.stem, "note": f"failed: {exc}"}
        for row in result if isinstance(result, list) else [result]:
            row.setdefault("seconds", time.perf_counter() - t0)
            rows.append(row)
    if args.tests:
        print("timing the README's test command …", file=sys.stderr, flush=True)
        rows.append(time_test_command())

    header = ["benchmark", "value", "baseline", "ratio", "target", "unit", "note"]
    table = [
        [
            str(r.get("name", "?")),
            _fmt(r.get("value", "")),
            _fmt(r.get("baseline", "")),
            _fmt(r.get("ratio", "")),
            str(r.get("target", "")),
            str(r.get("unit", "")),
            str(r.get("note", "")),
        ]
        for r in rows
    ]
    _print_table(header, table, args.markdown)
    print()
    print("Goals of issue 18 (as a user sees them):")
    _print_table(["measure", "goal", "measured", "status"], goal_lines(rows), args.markdown)
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
