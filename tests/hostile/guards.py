"""Guards for fuzz tests: a hard time limit, and a record of every file under a folder."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path


class HardTimeout(Exception):
    """The code under test ran past its hard limit: a hang, not a slow example."""


@contextlib.contextmanager
def hard_timeout(seconds: int) -> Iterator[None]:
    """Raise HardTimeout if the block runs longer than `seconds` (POSIX, main thread; elsewhere
    the block runs unguarded and Hypothesis's per-example deadline is the only limit)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise HardTimeout(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def files_under(root: Path) -> set[str]:
    """Every file, folder and link under `root`, as paths relative to it (links not followed)."""
    found: set[str] = set()
    for folder, dirs, names in os.walk(root, followlinks=False):
        for name in [*dirs, *names]:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def new_files_outside(root: Path, allowed: Path, before: set[str]) -> list[str]:
    """Paths under `root` that are new since `before` and not inside `allowed`."""
    inside = os.path.relpath(allowed, root)
    new = files_under(root) - before
    return sorted(p for p in new if p != inside and not p.startswith(inside + os.sep))
