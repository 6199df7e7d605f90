"""SIGTERM and SIGHUP (the terminal closed) save what was typed before the app stops.

The app runs on a pseudo-terminal that is its controlling terminal (`python -m appeal_tui write
CASE`), is typed into like a person, and is stopped the moment the last typed characters are on
its screen: by SIGTERM, by SIGHUP, and by closing the terminal (the kernel's SIGHUP). The draft
on disk must hold every character, and the app must have stopped through its handler (exit
status 128 + the signal), not been killed by the signal.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pilot_support import own_terminal

from appeal_tui.core.draft import Draft, from_json

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and ptys are POSIX")

CASE_ID = "ir-hossein-ronaghi-maleki"
WAIT = 60.0  # for the app to come up or stop; only reached when something is broken
TYPED = " I think of him every day ZQXEND"
MARKER = b"ZQXEND"


def drafts_in(folder: Path) -> list[Draft]:
    if not folder.exists():
        return []
    return [
        from_json(json.loads(p.read_bytes()))
        for p in folder.glob("*.json")
        if not p.name.startswith(".")
    ]


class Terminal:
    """A pseudo-terminal running the app as its session's controlling terminal."""

    def __init__(self, data_dir: Path) -> None:
        import fcntl
        import pty
        import struct
        import termios

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "APPEAL_TUI_DATA_DIR": str(data_dir),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "appeal_tui", "write", CASE_ID],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            preexec_fn=own_terminal,
        )
        os.close(slave)
        self.output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self.output += chunk

    def shown(self, marker: bytes) -> bool:
        with self._lock:
            return marker in self.output

    def type(self, text: str) -> None:
        for ch in text:
            os.write(self.master, ch.encode())
            time.sleep(0.02)

    def close_master(self) -> None:
        os.close(self.master)
        self.master = -1

    def finish(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.master >= 0:
            os.close(self.master)


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError(f"waited in vain for {what}")


@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "terminal closed"])
def test_a_stop_signal_saves_every_typed_character(how: str, data_dir: Path) -> None:
    folder = data_dir / "drafts"
    term = Terminal(data_dir)
    try:
        wait_for(lambda: drafts_in(folder), "the writing screen's first save")
        [opened] = drafts_in(folder)
        term.type(TYPED)
        # Stop it the moment the last characters are on its screen (in the editor, not saved
        # yet by the autosaver unless it happened to be quick).
        wait_for(lambda: term.shown(MARKER), "the typed text on screen")
        if how == "terminal closed":
            term.close_master()  # the kernel hangs up the session: SIGHUP
            signum = signal.SIGHUP
        else:
            signum = getattr(signal, how)
            term.proc.send_signal(signum)
        wait_for(lambda: term.proc.poll() is not None, "the app to stop")
        assert term.proc.returncode == 128 + signum, (
            f"the app did not stop through its handler: exit status {term.proc.returncode}"
        )
        if how == "SIGTERM":  # the terminal is still there: the app says what it did
            term._reader.join(timeout=WAIT)
            assert term.shown(b"stopped by SIGTERM; your drafts are saved")
    finally:
        term.finish()
    [draft] = drafts_in(folder)
    assert draft.id == opened.id
    assert draft.body == opened.body + TYPED
