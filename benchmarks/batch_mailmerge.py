"""Batch letters against mailmerge: 10,000 signed letters (one case, one language, one recipient).

Both tools run as the command a user types, in a fresh process, side by side in this run:

- ours: `appeal-tui batch CASE --lang en --to KEY --signers signers.csv --format txt --out DIR`
  (one text file per letter, plus the manifest);
- baseline: `mailmerge --dry-run --no-limit --output-format raw` with an equivalent template (the
  same composed letter, the signer's details as Jinja fields) and the same signers as database,
  its output going to a file.

The ratio is our time over mailmerge's (target: at most 0.2), the median of rounds in which
the two run one after the other (so both meet the same load). mailmerge is not a dependency of
the project: install it with `pip install mailmerge` to run this benchmark; without it, the
benchmark says so and reports no ratio.

Memory rows: the peak resident set of `appeal-tui batch` at 10,000 and at 100,000 letters
(tmpfs when there is one), the baseline being the 10,000-letter run: a ratio near 1 means
memory is flat in the number of letters. mailmerge's peak at 10,000 is given in the note.

Each note says CONTENDED when the machine's load average was above its number of cores while
the benchmark ran: the times are then only comparable within the run.

Usage: python benchmarks/batch_mailmerge.py [--quick]
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CASE = "ir-hossein-ronaghi-maleki"
RECIPIENT = "supreme-leader"
TARGET = 0.2
ROUNDS = 5


def _mailmerge() -> list[str] | None:
    """The mailmerge command: next to this Python first (a venv), else on PATH."""
    beside = Path(sys.executable).with_name("mailmerge")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("mailmerge")
    return [found] if found else None


def _appeal_tui() -> list[str]:
    beside = Path(sys.executable).with_name("appeal-tui")
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "appeal_tui"]


def _write_inputs(folder: Path, n: int) -> tuple[Path, Path, Path]:
    """signers.csv (also mailmerge's database), mailmerge's template and its config."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.core.model import Sender
    from appeal_tui.export.text import letter_to_text

    signers = folder / "signers.csv"
    with open(signers, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "address", "city", "country", "email"])
        for i in range(n):
            writer.writerow(
                [f"Signer Number {i}", f"{i} High Street", "Leeds", "United Kingdom",
                 f"signer{i}@example.org"]
            )  # fmt: skip

    # The template is our own composed letter with the signer's details as Jinja fields, so
    # both tools produce the same text.
    case = load_library([bundled_cases_dir()]).cases[CASE]
    marker = Sender("@@NAME@@", ("@@ADDRESS@@",), "@@CITY@@", "@@COUNTRY@@", "@@EMAIL@@")
    letter = compose_letters(case, "en", (RECIPIENT,), marker, today=dt.date.today())[0]
    body = letter_to_text(letter)
    for mark, field in (("@@NAME@@", "name"), ("@@ADDRESS@@", "address"), ("@@CITY@@", "city"),
                        ("@@COUNTRY@@", "country"), ("@@EMAIL@@", "email")):  # fmt: skip
        body = body.replace(mark, "{{" + field + "}}")
    template = folder / "template.txt"
    template.write_text(
        "TO: office@example.org\nFROM: {{email}}\nSUBJECT: "
        + (letter.subject or case.title)
        + "\n\n"
        + body,
        encoding="utf-8",
    )
    config = folder / "server.conf"
    config.write_text(
        "[smtp_server]\nhost = localhost\nport = 25\nsecurity = Never\nusername = nobody\n",
        encoding="utf-8",
    )
    return signers, template, config


def _settle() -> None:
    """Let the disk finish writing what the previous round left (not timed), so each tool
    starts on a quiet disk instead of paying for the other's write-back."""
    if hasattr(os, "sync"):
        os.sync()


def _env() -> dict[str, str]:
    """The environment for both tools. Bytecode may be written: an installed package has its
    .pyc files (pip compiles them), and a checkout with PYTHONDONTWRITEBYTECODE set would
    otherwise recompile every module of the project on each run."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time(command: list[str], cwd: Path, stdout: Path | None = None) -> float:
    env = _env()
    started = time.perf_counter()
    with open(stdout or Path("/dev/null"), "wb") as out:
        subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.PIPE, check=True, env=env)
    return time.perf_counter() - started


def _run_measured(command: list[str], cwd: Path, stdout: Path | None = None) -> tuple[float, float]:
    """(seconds, peak resident MiB) of `command` run to its end in a fresh process.

    The peak is the child's own VmHWM, read from /proc while it runs: `ru_maxrss` of a child
    starts from its parent's size at fork (here the benchmark's 40 MiB), hiding smaller peaks.
    """
    env = _env()
    started = time.perf_counter()
    peak_kib = 0
    with open(stdout or Path("/dev/null"), "wb") as out:
        proc = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.PIPE, env=env)
        status = Path(f"/proc/{proc.pid}/status")
        while proc.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kib = max(peak_kib, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.02)
        err = proc.stderr.read().decode() if proc.stderr else ""
    elapsed = time.perf_counter() - started
    if proc.returncode:
        raise RuntimeError(f"{command[0]} failed: {err[-500:]}")
    return elapsed, peak_kib / 1024


def contention() -> str:
    """ "CONTENDED (load 7.9 on 2 cores)" when the machine is busier than its cores, else ""."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return ""
    cores = os.cpu_count() or 1
    return f"CONTENDED (load {load:.1f} on {cores} cores)" if load > cores else ""


def run(quick: bool = False) -> list[dict[str, Any]]:
    """One row per place the files go: the temporary folder on disk, and a RAM-backed folder
    (/dev/shm) where other programs' disk traffic cannot slow either tool down; then memory."""
    rows = [_run_in(None, "disk", quick)]
    shm = Path("/dev/shm")
    where = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    if where is not None:
        rows.append(_run_in(shm, "tmpfs", quick))
    rows.append(_memory(where, quick))
    return rows


def _memory(where: Path | None, quick: bool) -> dict[str, Any]:
    """Peak memory of a batch at n and 10n letters (flat: a ratio near 1)."""
    small, large = (1_000, 10_000) if quick else (10_000, 100_000)
    name = f"batch memory, {large:,} vs {small:,} letters"
    peaks: dict[int, float] = {}
    mailmerge = _mailmerge()
    theirs = None
    with tempfile.TemporaryDirectory(prefix="bench-batch-mem-", dir=where) as tmp:
        folder = Path(tmp)
        for n in (small, large):
            signers, template, config = _write_inputs(folder, n)
            out = folder / f"letters-{n}"
            peaks[n] = _run_measured(
                [*_appeal_tui(), "batch", CASE, "--lang", "en", "--to", RECIPIENT,
                 "--signers", str(signers), "--format", "txt", "--out", str(out)],
                folder,
            )[1]  # fmt: skip
            shutil.rmtree(out)
            if n == small and mailmerge is not None:
                theirs = _run_measured(
                    [*mailmerge, "--template", str(template), "--database", str(signers),
                     "--config", str(config), "--dry-run", "--no-limit",
                     "--output-format", "raw"],
                    folder,
                )[1]  # fmt: skip
    note = f"peak RSS of `appeal-tui batch` (txt) at {large:,} letters vs at {small:,}"
    if theirs is not None:
        note += f"; mailmerge at {small:,}: {theirs:.1f} MiB"
    return {
        "name": name,
        "value": round(peaks[large], 1),
        "baseline": round(peaks[small], 1),
        "ratio": round(peaks[large] / peaks[small], 3),
        "unit": "MiB",
        "target": "ratio <= 1.1 (flat)",
        "note": " ".join(x for x in (note, contention()) if x),
    }


# The floor on a file system: n new files of the letter's size in one new folder, created as
# the batch creates them (os.open with O_EXCL, one write, close), and nothing else.
_BARE_LOOP = """
import os, sys
folder, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.mkdir(folder)
data = b"x" * size
for i in range(n):
    fd = os.open(f"{folder}/letter-{i}.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, data)
    os.close(fd)
"""


def _run_in(where: Path | None, label: str, quick: bool) -> dict[str, Any]:
    """{"name", "value", "baseline", "ratio", "unit", "target", "note"}: seconds for n letters."""
    n = 1_000 if quick else 10_000
    name = f"batch {n:,} letters vs mailmerge ({label})"
    mailmerge = _mailmerge()
    if mailmerge is None:
        message = "skipped: mailmerge is not installed (pip install mailmerge)"
        print(message, file=sys.stderr)
        return {"name": name, "unit": "s", "target": f"<= {TARGET}", "note": message}
    ours: list[float] = []
    theirs: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-", dir=where) as tmp:
        folder = Path(tmp)
        signers, template, config = _write_inputs(folder, n)
        for round_ in range(ROUNDS):
            out = folder / f"letters-{round_}"
            _settle()
            ours.append(
                _time(
                    [*_appeal_tui(), "batch", CASE, "--lang", "en", "--to", RECIPIENT,
                     "--signers", str(signers), "--format", "txt", "--out", str(out)],
                    folder,
                )
            )  # fmt: skip
            written = sum(1 for _ in out.rglob("*.txt"))
            if written != n:
                raise RuntimeError(f"appeal-tui batch wrote {written} letters, expected {n}")
            size = next(out.rglob("*.txt")).stat().st_size
            _settle()
            bare.append(_time([sys.executable, "-c", _BARE_LOOP, str(folder / f"bare-{round_}"),
                               str(n), str(size)], folder))  # fmt: skip
            # Outputs stay until the end: creating files just after deleting thousands costs the
            # file system extra work, which would be charged to whichever tool runs next.
            merged = folder / f"mailmerge-{round_}.txt"
            _settle()
            theirs.append(
                _time(
                    [*mailmerge, "--template", str(template), "--database", str(signers),
                     "--config", str(config), "--dry-run", "--no-limit",
                     "--output-format", "raw"],
                    folder,
                    stdout=merged,
                )
            )  # fmt: skip
    value, baseline = statistics.median(ours), statistics.median(theirs)
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    ratio = statistics.median(ratios)
    floor = statistics.median(b / t for b, t in zip(bare, theirs, strict=True))
    note = (
        f"median of {ROUNDS} alternating rounds (ratio: median of each round's ratio, "
        f"{min(ratios):.3f}-{max(ratios):.3f}); both as CLI processes, files vs mailmerge raw "
        f"output; a bare Python loop creating the same {n:,} files (one open and write each) "
        f"took {statistics.median(bare):.3f} s, {floor:.3f}x mailmerge: the floor of any "
        "one-file-per-letter writer on this file system"
    )
    return {
        "name": name,
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(ratio, 3),
        "unit": "s",
        "target": f"<= {TARGET}",
        "note": " ".join(x for x in (note, contention()) if x),
    }


if __name__ == "__main__":
    results = run(quick="--quick" in sys.argv)
    for result in results:
        print(result)
    sys.exit(0 if all(r.get("ratio", 0) <= TARGET for r in results) else 1)
