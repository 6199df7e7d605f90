"""Kill -9 while the writer types: every draft file still parses and lags at most ~1 s of typing.

Two tests, both killing real processes with SIGKILL at random moments:
- a small driver process that feeds keystrokes to `Autosaver.update` (the storage on its own);
- the app itself on a pseudo-terminal (`python -m appeal_tui write CASE`), typed into like a person.

"Lags at most one second": every character typed more than `MAX_LAG` seconds before the kill
must be in the file; what is in the file must be exactly a prefix of what was typed. When
other processes keep every core busy the second grows with the load average (`allowed_lag`):
the app then reads the keys late, which is the machine's lag, not the autosave's.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pilot_support import own_terminal

from appeal_tui.core.draft import Draft, from_json

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and pseudo-terminals are POSIX"
)

MAX_LAG = 1.0
KEY_PAUSE = 0.05  # 20 characters a second: a quick typist
CASE_ID = "ir-hossein-ronaghi-maleki"
WAIT = 30.0  # for a process to come up; only reached when something is broken
LETTERS = "abcdefghijklmnopqrstuvwxyz      "


def typed_text(rng: random.Random, n: int = 80) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def every_draft_parses(folder: Path) -> dict[str, Draft]:
    """Every draft file in `folder`, parsed and validated (a failure here fails the test)."""
    found = {}
    for path in folder.glob("*.json"):
        if path.name.startswith("."):
            continue  # temp files and the list index
        draft = from_json(json.loads(path.read_bytes()))
        found[draft.id] = draft
    return found


def allowed_lag() -> float:
    """MAX_LAG on a machine with a core to spare; more when other processes keep every core
    busy (the load average above the number of cores), since then the app gets a share of a
    core and reads the keys late. The saved text must still be exactly a prefix of what was
    typed, whatever the load."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return MAX_LAG
    return MAX_LAG * max(1.0, load / (os.cpu_count() or 1))


def required_length(keys: list[tuple[int, float]], killed_at: float, at_least: int) -> int:
    """How long the saved text must be: every key typed `allowed_lag()` before the kill is in
    it."""
    old_enough = [n for n, t in keys if t <= killed_at - allowed_lag()]
    return max([at_least, *old_enough])


# -- the storage on its own: a driver process feeding keystrokes to the Autosaver ------------

DRIVER = r"""
import os, sys, time
from pathlib import Path
from appeal_tui.core.draft import new_draft
from appeal_tui.storage.autosave import Autosaver
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

data, draft_id, text, pause = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
store = DraftStore(Paths(Path(data)))
draft = new_draft("case", language="en") if draft_id == "-" else store.load(draft_id)
saver = Autosaver(store, draft)
saver.flush()
print("ready", saver.draft.id, flush=True)
body = draft.body
for ch in text:
    time.sleep(pause)
    body += ch
    saver.update(body=body)
    # Reported after update(): the parent knows what was typed, and when.
    os.write(1, f"{len(body)} {time.monotonic()}\n".encode())
time.sleep(60)
"""


def kill_driver_once(data_dir: Path, draft_id: str, text: str, burst: float) -> tuple[str, str]:
    """Run the driver on `draft_id` ('-' for a new one), kill it after `burst` seconds of typing;
    returns (draft id, body before typing) after checking the file."""
    folder = data_dir / "drafts"
    before = every_draft_parses(folder).get(draft_id)
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(data_dir), draft_id, text, str(KEY_PAUSE)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().split()
    assert ready[:1] == ["ready"], ready
    time.sleep(burst)
    killed_at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    keys = [(int(n), float(t)) for n, t in (line.split() for line in out.splitlines())]

    drafts = every_draft_parses(folder)
    draft = drafts[ready[1]]
    prior = before.body if before else ""
    expected = prior + text
    assert expected.startswith(draft.body), "the file holds exactly a prefix of what was typed"
    assert len(draft.body) >= required_length(keys, killed_at, len(prior)), (
        f"lost more than {MAX_LAG}s of typing: saved {len(draft.body)} characters, "
        f"typed {keys[-1][0] if keys else len(prior)}"
    )
    return draft.id, draft.body


def test_autosaver_survives_sigkill_at_random_moments(data_dir: Path, run_slow: bool) -> None:
    rng = random.Random(4)
    # 3 x 10 = 30 kills with --run-slow; 3 x 3 by default (the same chains, cut short).
    chains = 3
    kills_per_chain = 10 if run_slow else 3

    def chain(seed: int, failures: list[BaseException]) -> None:
        chain_rng = random.Random(seed)
        draft_id = "-"
        try:
            for _ in range(kills_per_chain):
                burst = chain_rng.uniform(0.05, 2.0)
                # Each run goes on typing into the draft the last (killed) run left.
                draft_id, _body = kill_driver_once(data_dir, draft_id, typed_text(chain_rng), burst)
        except BaseException as e:
            failures.append(e)

    failures: list[BaseException] = []
    threads = [threading.Thread(target=chain, args=(rng.random(), failures)) for _ in range(chains)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise failures[0]
    assert len(every_draft_parses(data_dir / "drafts")) == chains


# -- the app on a pseudo-terminal ------------------------------------------------------------


@contextmanager
def app_on_pty(data_dir: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """`python -m appeal_tui write CASE` on a fresh pseudo-terminal of 100×30."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "100",
        "LINES": "30",
        "APPEAL_TUI_DATA_DIR": str(data_dir),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "appeal_tui", "write", CASE_ID],
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
    # The app blocks once the terminal's buffer is full: keep reading what it draws.
    drain = threading.Thread(target=_drain, args=(master,), daemon=True)
    drain.start()
    try:
        yield proc, master
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        os.close(master)


def _drain(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def wait_for_new_draft(folder: Path, known: set[str], proc: subprocess.Popen[bytes]) -> Draft:
    """The draft the write screen saves as it opens (template text, nothing typed yet)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the app exited before its write screen opened"
        new = {i: d for i, d in every_draft_parses(folder).items() if i not in known}
        if new:
            assert len(new) == 1
            return next(iter(new.values()))
        time.sleep(0.02)
    raise AssertionError("the write screen never saved its draft")


def kill_app_once(data_dir: Path, rng: random.Random) -> None:
    """Open the write screen, type for a random while, SIGKILL the app, check its draft file."""
    folder = data_dir / "drafts"
    known = set(every_draft_parses(folder)) if folder.exists() else set()
    text = typed_text(rng, 60)
    burst = rng.uniform(0.05, 2.0)
    with app_on_pty(data_dir) as (proc, master):
        opened = wait_for_new_draft(folder, known, proc)
        template = opened.body
        keys: list[tuple[int, float]] = []
        started = time.monotonic()
        for n, ch in enumerate(text, start=1):
            if time.monotonic() - started >= burst:
                break
            os.write(master, ch.encode())
            keys.append((n, time.monotonic()))
            time.sleep(KEY_PAUSE)
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    draft = every_draft_parses(folder)[opened.id]
    assert draft.body.startswith(template), "the template text is kept as it was"
    saved = draft.body[len(template) :]
    assert text.startswith(saved), f"the typed text is kept exactly: {saved!r}"
    assert len(saved) >= required_length(keys, killed_at, 0), (
        f"lost more than {MAX_LAG}s of typing: saved {len(saved)} of {len(keys)} characters"
    )


def test_app_on_a_terminal_survives_sigkill_while_typing(data_dir: Path, run_slow: bool) -> None:
    rng = random.Random(9)
    # Two apps at a time, each chain on its own data dir (each run opens a new draft there):
    # 2 x 15 = 30 kills in about half the time with --run-slow; 2 x 3 by default (the same
    # chains, cut short).
    chains, kills_per_chain = 2, (15 if run_slow else 3)
    failures: list[BaseException] = []

    def chain(folder: Path, seed: float) -> None:
        chain_rng = random.Random(seed)
        try:
            for _ in range(kills_per_chain):
                kill_app_once(folder, chain_rng)
        except BaseException as e:
            failures.append(e)

    threads = [
        threading.Thread(target=chain, args=(data_dir / f"chain-{i}", rng.random()))
        for i in range(chains)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise failures[0]
    for i in range(chains):
        assert len(every_draft_parses(data_dir / f"chain-{i}" / "drafts")) == kills_per_chain
