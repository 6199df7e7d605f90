"""Run every benchmark of the project and print one table of ratios against same-run baselines.

Usage: python benchmarks/run.py [--quick] [--only NAME ...] [--markdown]

Each benchmark module in this folder exposes `run(quick: bool = False) -> dict | list[dict]` with
keys name, value, baseline, ratio, unit (and optionally target, note). Machines here are noisy, so
every number is a ratio against a baseline measured in the same run, never an absolute time.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# The order of the table: the user-facing experience first.
ORDER = [
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    ap.add_argument("--only", nargs="*", default=[], help="benchmark module names to run")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
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
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in table:
            print("| " + " | ".join(c.replace("|", "/") for c in line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in table)) for i, h in enumerate(header)]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
        for line in table:
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
