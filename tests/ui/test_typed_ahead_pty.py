"""Keys typed ahead, in the real app on a pseudo-terminal (issue 14): the whole path written to
the terminal in one burst saves the same letter as the same keys written one at a time."""

from __future__ import annotations

import fcntl
import os
import re
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pilot_support import own_terminal

from appeal_tui.core.draft import Draft
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="ptys are POSIX")

WAIT = 30.0
# What a terminal sends for each key.
ENTER, DOWN, TAB, CTRL_N, CTRL_Q, F3 = "\r", "\x1b[B", "\t", "\x0e", "\x11", "\x1bOR"
# The path of test_typed_ahead.py: filter and choose the seed case, the third language, a copy
# recipient too, a line of the letter, then the writer's details with Tab between fields.
PATH = [
    *"ronaghi",
    ENTER,
    DOWN,
    DOWN,
    ENTER,
    DOWN,
    " ",
    CTRL_N,
    *"I think of him.",
    F3,
    *"Ana Example",
    TAB,
    *"12 Park Row",
    TAB,
    *"Leeds",
]
# Keys after which the slow typist waits for the next screen or tab to appear.
CHANGES = {ENTER, CTRL_N, F3}
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]")


class Terminal:
    """The app on a fresh 100×32 pseudo-terminal, and everything it has drawn."""

    def __init__(self, data: Path) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 100, 0, 0))
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLUMNS": "100",
            "LINES": "32",
            "APPEAL_TUI_DATA_DIR": str(data),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "appeal_tui"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            # Its own session with this pty as its controlling terminal: if the test's process
            # dies before its cleanup, the closed pty hangs the app up instead of leaving it
            # spinning on a dead terminal.
            preexec_fn=own_terminal,
        )
        os.close(slave)
        self._drawn: list[str] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self._drawn.append(chunk.decode("utf-8", "replace"))

    def text(self) -> str:
        with self._lock:
            return _ESCAPES.sub("", "".join(self._drawn))

    def wait_for(self, pattern: str) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "the app exited"
            if re.search(pattern, self.text()):
                return
            time.sleep(0.05)
        raise AssertionError(f"never drawn: {pattern}")

    def write(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def close(self) -> None:
        if self.proc.poll() is None:
            self.write(CTRL_Q)
            try:
                self.proc.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        os.close(self.master)


def the_letter(data: Path, fast: bool) -> Draft:
    term = Terminal(data)
    try:
        term.wait_for(r"\d+ cases")
        if fast:
            term.write("".join(PATH))
        else:
            for key in PATH:
                term.write(key)
                time.sleep(0.8 if key in CHANGES else 0.08)
        # The last field's text autosaved (or a while passed: the keys went elsewhere).
        _wait_for_draft(data, lambda d: d.sender.city == "Leeds")
    finally:
        term.close()  # Ctrl+Q saves everything
    drafts = DraftStore(Paths(data))
    [summary] = drafts.list()
    return drafts.load(summary.id)


def _wait_for_draft(data: Path, done: Callable[[Draft], bool]) -> None:
    drafts = DraftStore(Paths(data))
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline:
        try:
            if any(done(drafts.load(s.id)) for s in drafts.list()):
                return
        except Exception:  # a draft being written: look again
            pass
        time.sleep(0.1)


def test_a_burst_written_to_the_terminal_saves_what_slow_typing_saves(tmp_path: Path) -> None:
    slow = the_letter(tmp_path / "slow", fast=False)
    assert slow.language == "es"
    assert slow.recipients == ("supreme-leader", "head-of-judiciary")
    assert slow.body.rstrip().endswith("I think of him.")
    assert (slow.sender.name, slow.sender.address, slow.sender.city) == (
        "Ana Example",
        ("12 Park Row",),
        "Leeds",
    )
    fast = the_letter(tmp_path / "fast", fast=True)
    assert (fast.case_id, fast.language, fast.recipients, fast.body, fast.sender) == (
        slow.case_id,
        slow.language,
        slow.recipients,
        slow.body,
        slow.sender,
    )
