"""Work done in a forked copy of a command while the command does its own share.

A listing of 100,000 drafts spends most of its time reading and parsing files, one at a time,
in pure Python. `Forked(work, part)` runs `work(part)` in a copy of the process made by
`os.fork` (no interpreter start, no imports: the copy has them already) and gives back what it
returned through a pipe (`marshal`: only plain values, and only from our own copy). A copy
that cannot be made, fails or dies gives None, and the caller does that share itself.

Only for a command's single thread: a fork copies one thread of a process, and the app's other
threads may hold locks the copy would wait on forever (`can_fork` says when it is safe).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
import sys
from collections.abc import Callable
from typing import Any


def can_fork() -> bool:
    """True where a copy may be forked: POSIX, and no other thread of ours is running."""
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


# The kernel's load figures: the fourth field counts the tasks ready to run at this instant.
LOADAVG = "/proc/loadavg"


def busy_cores() -> float:
    """About how many cores other programs keep busy now: the last minute's load average, or
    fewer when the tasks ready to run at this instant (besides this one) are fewer. The
    average lags a minute and counts this program's own last run: a command run again at once
    (a script, a benchmark's rounds) found the machine "busy" with itself and did its work
    alone. A program that keeps a core busy is ready to run at nearly every instant, so it
    still counts."""
    try:
        average = os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - no load average
        average = 0.0
    try:
        with open(LOADAVG, "rb") as f:
            ready = int(f.read().split()[3].split(b"/")[0])
    except (OSError, ValueError, IndexError):  # not Linux, or a kernel that writes it otherwise
        return average
    return min(average, float(max(0, ready - 1)))


def spare_cores(most: int = 3) -> int:
    """How many copies to fork for a share of the work each (at most `most`): one per core
    besides this process's that nothing else is using (`busy_cores`). None on a busy machine:
    its cores are shared out among the programs running, and copies would only add the copying
    of their results."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(0, min(most, cores - 1, cores - int(busy_cores() + 0.5)))


class Forked:
    """`work(part)` running in a forked copy; `result()` waits for what it returned (a value
    `marshal` can carry), or None when the copy could not do it."""

    def __init__(self, work: Callable[[Any], Any], part: Any) -> None:
        self._pid = 0
        self._fd = -1
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return
        if pid == 0:  # pragma: no cover - the copy (coverage does not follow it)
            code = 1
            try:
                os.close(read_fd)
                data = marshal.dumps(work(part))
                with open(write_fd, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                # Not the parent's exit: no exit handlers, no flushing of its buffers.
                os._exit(code)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    @property
    def started(self) -> bool:
        """Whether the copy was made (and `result` not asked for yet)."""
        return bool(self._pid)

    def stop(self) -> None:
        """Ask the copy to stop (SIGTERM; the work may catch it to stop cleanly), and wait."""
        if not self._pid:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGTERM)
        os.close(self._fd)
        _wait(self._pid)
        self._pid = 0

    def result(self) -> Any | None:
        """What `work(part)` returned; None when the copy failed (do the share here)."""
        if not self._pid:
            return None
        try:
            with open(self._fd, "rb") as pipe:
                data = pipe.read()
        except OSError:
            data = b""
        finally:
            status = _wait(self._pid)
            self._pid = 0
        if status != 0:
            return None
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return None


def _wait(pid: int) -> int:
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:  # pragma: no cover - reaped by someone else
        return -1
