"""Validating case files vs only parsing them with PyYAML's C loader.

Writes N generated case files (about 4 KB each: Markdown summary, four languages of asks,
several recipients) to a temporary folder, then times, in the same run:
  value:    `load_library(folder)` - read, hash, check every rule, build the Cases;
  baseline: read each file and `yaml.load(text, Loader=yaml.CSafeLoader)`, checking nothing.
The ratio says what the checks and line-numbered problems cost over bare parsing.

A second row times the same as commands, what a user waits for: `appeal-tui validate FOLDER`
in a fresh process against a fresh Python process that parses every file with CSafeLoader
(target: at most 1.2 times), the median of alternating rounds. Its note says CONTENDED when the
load average was above the number of cores.

    python benchmarks/validate.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from appeal_tui.core.library import load_library

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROUNDS = 5
_RECIPIENT = """\
  - key: official-{j}
    role: {role}
    name: Official number {j}
    title: Minister of Something
    organisation: Ministry of Something
    address:
      - {j} Example Street
      - 012345 Capital City
    country: Exampleland
    email: [office{j}@example.org]
    salutation: {{en: Dear Minister, es: Señor Ministro, fr: Monsieur le Ministre}}
"""


def case_text(i: int) -> str:
    """A realistic case file, different for each `i`."""
    recipients = "".join(
        _RECIPIENT.format(j=j, role="primary" if j == 0 else "copy") for j in range(4)
    )
    asks = "".join(
        f"  {lang}:\n"
        + "".join(
            f"    - Ask number {k} of case {i}, written out as a full sentence.\n" for k in range(3)
        )
        for lang in ("en", "es", "fr", "fa")
    )
    summary = "".join(
        f"  Paragraph {p} of case {i}: *someone* was detained after a **peaceful** protest and "
        "has been held without charge or access to a lawyer.\n\n"
        for p in range(4)
    )
    return (
        f"format: 1\nid: case-{i:05d}\ntitle: Case {i} - activist detained\nreference: UA {i}/24\n"
        f"issued: 2024-01-10\ndeadline: 2024-03-01\ncountry: NO\n"
        f"people:\n  - name: Person {i}\n    also_known_as: [P. {i}]\n"
        f"tags: [detention, health]\nsummary: |\n{summary}"
        f"background: |\n{summary}languages: [en, es, fr, fa]\nasks:\n{asks}"
        f'letter:\n  en:\n    subject: "Case {i}: release now"\ntips: Be polite.\n'
        f"recipients:\n{recipients}"
    )


def _time(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


BARE_PARSE = """
import os, sys, yaml
for e in sorted(os.scandir(sys.argv[1]), key=lambda e: e.name):
    if e.name.endswith(".yaml"):
        with open(e.path, "rb") as f:
            yaml.load(f.read().decode("utf-8"), Loader=yaml.CSafeLoader)
"""


def command_row(folder: Path, n: int) -> dict[str, Any]:
    """`appeal-tui validate FOLDER` against a bare parsing process, alternating."""
    from batch_mailmerge import contention

    env = {**os.environ, "APPEAL_TUI_DATA_DIR": str(folder / ".data")}
    ours_cmd = [sys.executable, "-m", "appeal_tui", "validate", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE_PARSE, str(folder)]
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(ROUNDS):
        for command, times in ((bare_cmd, bare), (ours_cmd, ours)):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    ratios = [a / b for a, b in zip(ours, bare, strict=True)]
    note = f"median of {ROUNDS} alternating rounds, each ratio {min(ratios):.2f}-{max(ratios):.2f}"
    return {
        "name": f"validate {n} case files as a command vs a CSafeLoader parse process",
        "value": statistics.median(ours),
        "baseline": statistics.median(bare),
        "ratio": statistics.median(ratios),
        "unit": "s",
        "target": "ratio <= 1.2",
        "note": " ".join(x for x in (note, contention()) if x),
    }


def run(n: int = 1000, quick: bool = False) -> list[dict[str, Any]]:
    """Time validating `n` generated files against parsing them; smaller with `quick`."""
    if quick:
        n = min(n, 200)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(n):
            (folder / f"case-{i:05d}.yaml").write_text(case_text(i), encoding="utf-8")
        files = sorted(folder.glob("*.yaml"))

        def parse_only() -> None:
            for path in files:
                yaml.load(path.read_bytes().decode("utf-8"), Loader=yaml.CSafeLoader)

        def validate() -> None:
            library = load_library([folder])
            assert len(library.cases) == n and not library.problems

        validate()  # warm caches (Babel's language data) outside the timing
        values, baselines = [], []
        for _ in range(ROUNDS):  # interleaved, best of each, against a noisy machine
            baselines.append(_time(parse_only))
            values.append(_time(validate))
        as_command = command_row(folder, n)
    value, baseline = min(values) / n * 1000, min(baselines) / n * 1000
    in_process = {
        "name": f"validate {n} case files vs C YAML parse",
        "value": value,
        "baseline": baseline,
        "ratio": value / baseline,
        "unit": "ms/file",
        "note": f"file size {len(case_text(0).encode())} bytes",
    }
    return [in_process, as_command]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        print(
            f"{result['name']}: {result['value']:.3f} {result['unit']} vs "
            f"{result['baseline']:.3f} baseline -> ratio {result['ratio']:.2f} ({result['note']})"
        )
