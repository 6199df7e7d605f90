"""Run a whole program on a real pseudo-terminal, the way a user starts it, and watch its screen.

Not a benchmark itself (`run.py` skips modules whose name starts with an underscore): the
helper the "as a user sees it" rows use (`user_view.py`).

`run_on_pty(argv, until=screen_shows("1000 cases"))` starts `argv` as its own process on a new
pty of the given size, feeds everything it writes to a terminal emulator (pyte, a bench-only
dependency: `pip install -e '.[bench]'`), answers the terminal queries pyte knows (device
attributes, cursor position), and returns:

- `seconds`: from just before the process is started until the first complete frame on which
  `until(screen_lines)` holds. Textual draws each frame inside a synchronized-output block
  (DEC mode 2026), which a terminal shows only when the block ends: the screen is looked at only
  there (and between writes of programs that do not use the mode). Imports, interpreter start,
  reading files and the first paints are all inside the time, as the user waits for them.
- `peak_rss_mib`: the peak resident memory of the process tree: the largest of the process's own
  peak (`ru_maxrss` from `wait4`) and the summed RSS of it and its descendants, sampled every few
  milliseconds while it runs.
- `screen`: the screen's text at that moment (for checking what was measured).

The process is killed (its whole session) once the condition held and `settle` seconds passed,
or after `timeout` seconds (`seconds` is then None).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Condition = Callable[[list[str]], bool]

SYNC_START = b"\x1b[?2026h"
SYNC_END = b"\x1b[?2026l"
PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 0.005


def _need_pyte() -> object:
    try:
        import pyte
    except ImportError:  # pragma: no cover - a message, not a traceback
        sys.exit("benchmarks/_pty.py needs pyte: pip install -e '.[bench]'")
    return pyte


def screen_shows(*texts: str) -> Condition:
    """True once every one of `texts` is somewhere on the screen."""

    def shows(lines: list[str]) -> bool:
        screen = "\n".join(lines)
        return all(text in screen for text in texts)

    shows.__doc__ = f"the screen shows {texts!r}"
    return shows


def screen_matches(pattern: str, check: Callable[[re.Match[str]], bool] | None = None) -> Condition:
    """True once `pattern` matches a line of the screen (and `check(match)` holds)."""
    compiled = re.compile(pattern)

    def matches(lines: list[str]) -> bool:
        for line in lines:
            for match in compiled.finditer(line):
                if check is None or check(match):
                    return True
        return False

    matches.__doc__ = f"the screen matches {pattern!r}"
    return matches


@dataclass
class PtyRun:
    seconds: float | None
    peak_rss_mib: float
    screen: str
    exit_status: int | None
    # For each of `then`'s steps: seconds from writing its keys to its condition (None: never).
    steps: list[float | None]
    # Set by callers that time a start in two parts (user_view's first starts).
    first_rows: float | None = None


class _Lines:
    """The screen's lines as text, as `pyte.Screen.display` gives them, kept up to date from
    the lines pyte marks dirty: `display` builds every line again, cell by cell (3-7 ms for
    120x40 here), and the screen is looked at after every frame, so a key's time counted the
    harness's own rebuilding of 40 unchanged lines."""

    def __init__(self, screen: Any) -> None:
        self.screen = screen
        self.lines: list[str] = list(screen.display)
        screen.dirty.clear()

    def _line(self, y: int) -> str:
        # pyte's own rendering of a line: the stub cell after a wide character is skipped.
        from wcwidth import wcwidth

        line = self.screen.buffer[y]
        out: list[str] = []
        wide = False
        for x in range(self.screen.columns):
            if wide:
                wide = False
                continue
            char = line[x].data
            wide = wcwidth(char[0]) == 2
            out.append(char)
        return "".join(out)

    def now(self) -> list[str]:
        screen = self.screen
        if len(self.lines) != screen.lines:
            self.lines = list(screen.display)
        else:
            for y in screen.dirty:
                if 0 <= y < screen.lines:
                    self.lines[y] = self._line(y)
        screen.dirty.clear()
        if CHECK_LINES:
            assert self.lines == list(screen.display)
        return list(self.lines)


# Set to compare every incremental update with pyte's full `display` (slow; for checking).
CHECK_LINES = bool(os.environ.get("APPEAL_BENCH_CHECK_LINES"))


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
        except OSError:
            continue
        found.extend(int(c) for c in text.split())
    return found


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of `pid` and every descendant, now (Linux /proc)."""
    total = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            resident = int(Path(f"/proc/{current}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        total += resident * PAGE
        todo.extend(_children(current))
    return total


def _reap(pid: int, options: int) -> tuple[int, Any] | None:
    """(wait status, rusage) once `pid` has ended, else None (with WNOHANG)."""
    got, status, usage = os.wait4(pid, options)
    return None if got == 0 else (status, usage)


def _own_terminal() -> None:
    """In the child, before exec: a new session, with its standard input as its terminal."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_on_pty(
    argv: Sequence[str],
    *,
    until: Condition,
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (120, 40),
    timeout: float = 120.0,
    settle: float = 0.0,
    cwd: str | Path | None = None,
    then: Sequence[tuple[bytes, Condition]] = (),
) -> PtyRun:
    """Start `argv` on a fresh pty of `size` (columns, rows) and time it to `until`; then, for
    each (keys, condition) of `then`, type `keys` and time until `condition` holds."""
    pyte = _need_pyte()
    columns, rows = size
    screen = pyte.Screen(columns, rows)  # type: ignore[attr-defined]
    stream = pyte.ByteStream(screen)  # type: ignore[attr-defined]
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {
        **(env if env is not None else os.environ),
        "TERM": "xterm-256color",
        "COLUMNS": str(columns),
        "LINES": str(rows),
    }
    # PYTHONDONTWRITEBYTECODE too: an installed program has its bytecode (pip compiles it);
    # a checkout run with it set would compile every changed module again on each start.
    for name in ("NO_COLOR", "TEXTUAL_DRIVER", "TEXTUAL_HEADLESS", "PYTHONDONTWRITEBYTECODE"):
        full_env.pop(name, None)

    def answer(data: str) -> None:
        # pyte's replies to the program's terminal queries go back as the terminal's input.
        with contextlib.suppress(OSError):
            os.write(master, data.encode())

    screen.write_process_input = answer
    shown_lines = _Lines(screen)
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
        cwd=cwd,
        # A session of its own whose controlling terminal is the pty, as in a terminal window:
        # if this process dies before its `finally` (SIGTERM, ^C of run.py), the master closes
        # and the kernel hangs the program up. Without a controlling terminal it was left
        # reading a dead terminal, at half a core, for hours.
        preexec_fn=_own_terminal,
        close_fds=True,
    )
    os.close(slave)
    seen_at: float | None = None
    pending = list(then)
    step_started = 0.0
    step_times: list[float | None] = []
    done_at: float | None = None
    in_sync = False
    finished: tuple[int, Any] | None = None
    peak = 0
    next_sample = 0.0
    shown = ""
    try:
        while True:
            now = time.perf_counter()
            if now >= next_sample:
                peak = max(peak, tree_rss_bytes(proc.pid))
                next_sample = now + SAMPLE_EVERY
            if done_at is not None and now - done_at >= settle:
                break
            if now - started > timeout:
                break
            ready, _, _ = select.select([master], [], [], SAMPLE_EVERY)
            if not ready:
                if finished is None:
                    finished = _reap(proc.pid, os.WNOHANG)
                if finished is not None:
                    break
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break  # the program closed the terminal
            if not chunk:
                break
            # Feed frame by frame: the screen is looked at where each synchronized block ends.
            pos = 0
            while pos < len(chunk):
                marker = SYNC_END if in_sync else SYNC_START
                at = chunk.find(marker, pos)
                end = len(chunk) if at < 0 else at + len(marker)
                stream.feed(chunk[pos:end])
                pos = end
                if at >= 0:
                    in_sync = not in_sync
                if in_sync or done_at is not None:
                    continue
                lines = shown_lines.now()
                if seen_at is None:
                    if not until(lines):
                        continue
                    seen_at = time.perf_counter()
                elif pending[0][1](lines):
                    step_times.append(time.perf_counter() - step_started)
                    pending.pop(0)
                else:
                    continue
                shown = "\n".join(line.rstrip() for line in lines)
                if pending:
                    step_started = time.perf_counter()
                    os.write(master, pending[0][0])
                else:
                    done_at = time.perf_counter()
    finally:
        if finished is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            finished = _reap(proc.pid, 0)
        os.close(master)
    assert finished is not None
    status, usage = finished
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux: the main process's own peak, which sampling can miss.
    peak = max(peak, usage.ru_maxrss * 1024)
    return PtyRun(
        seconds=None if seen_at is None else seen_at - started,
        peak_rss_mib=peak / 2**20,
        screen=shown or "\n".join(line.rstrip() for line in screen.display),
        exit_status=proc.returncode,
        steps=step_times + [None] * len(pending),
    )


BARE_APP = r"""
import sys
from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

COUNT = int(sys.argv[1])


class Bare(App[None]):
    TITLE = "Bare app"

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(
            *(Option(Content(f"Case {n}\n  person · country"), id=str(n)) for n in range(COUNT))
        )
        yield Footer()


Bare().run()
"""


def bare_app_argv(count: int) -> list[str]:
    """A bare Textual app (Header, an OptionList of `count` two-line options, Footer) as a
    process: the baseline for start-up and memory. Its first full frame shows "Case 0"."""
    return [sys.executable, "-c", BARE_APP, str(count)]


def alternate(runs: int, *commands: Callable[[], PtyRun]) -> list[list[PtyRun]]:
    """`runs` rounds of every command in turn (A B A B ...), so a noisy machine weighs on all
    of them alike; one list of results per command."""
    results: list[list[PtyRun]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            results[i].append(command())
    return results
