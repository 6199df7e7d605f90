"""Reading many case files on every core: helper processes load some of them, in order.

Checking a case file is pure Python (about half a millisecond each), so one process reads a
thousand in half a second however many cores the machine has, and a thread in the app holds
the interpreter lock the interface needs to paint. `load_files(paths)` hands the files to
helper processes (`python -P -m appeal_tui.core.load_helpers`), each reading its share and
sending back every file's `LoadResult` as it is read; the caller gets them one by one in the
order of `paths`, exactly what `load_case_file` gives for each.

A helper that cannot be started, dies or sends something unreadable costs nothing but time:
the files it had not sent are loaded here. Few files, one core or a machine whose cores are
all busy: the files are loaded here directly (a helper takes about 0.1 s to start, and copying
the results back costs a tenth of loading them).

The protocol, on the helper's standard streams: the parent writes the pickled list of path
strings and closes stdin; the helper writes, for each path in order, a 4-byte big-endian
length and the pickled `LoadResult`. Only our own process, started from the same
interpreter, is read this way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import IO

from appeal_tui.core.loading import LoadResult, load_case_file

# Below this many files helpers are not worth starting.
MIN_FILES = 128
# At most this many helpers.
MAX_HELPERS = 4
# Files this process loads before its share is interleaved with the helpers' (as many as it
# reads while a helper starts).
HEAD_START = 160
_LENGTH = struct.Struct(">I")


def usable_cores() -> int:
    """How many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def idle_cores() -> int:
    """About how many of those cores nothing else is using (the load average of the last
    minute): on a busy machine helpers only add their own start and the results' copying."""
    cores = usable_cores()
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - no load average
        return cores
    return max(0, cores - int(busy + 0.5))


def load_files(
    paths: Sequence[Path], *, here: bool = True, helpers: int | None = None
) -> Generator[LoadResult, None, None]:
    """Each of `paths` loaded (`load_case_file`), in order, shared with helper processes.

    `here`: this process loads a share too (a command); False leaves all the reading to the
    helpers (the app, whose thread would take the interpreter lock from the interface).
    `helpers`: how many (default: one per idle core, less one when `here`, at least one when
    not `here` and there are several cores; at most MAX_HELPERS); with none, or fewer than
    MIN_FILES files, every file is loaded here.
    """
    if helpers is None:
        # Sharing: one helper per idle core besides this one. Not sharing (the app), at least
        # one helper on a machine of several cores, however busy: the interface then has its
        # interpreter lock to itself.
        idle = idle_cores()
        many = usable_cores() > 1
        helpers = min(MAX_HELPERS, idle - 1 if here else max(idle, 1 if many else 0))
    if len(paths) < MIN_FILES or helpers < 1 or not sys.executable:
        yield from (load_case_file(path) for path in paths)
        return
    owners = _owners(len(paths), helpers, here)
    shares: list[list[str]] = [[] for _ in range(helpers)]
    for path, owner in zip(paths, owners, strict=True):
        if owner >= 0:
            shares[owner].append(str(path))
    started = [_Helper.start(share) for share in shares]
    try:
        for path, owner in zip(paths, owners, strict=True):
            result = started[owner].next() if owner >= 0 else None
            yield result if result is not None else load_case_file(path)
    finally:
        for helper in started:
            helper.stop()


def _owners(count: int, helpers: int, here: bool) -> list[int]:
    """Who loads each file: -1 this process, else the helper's number. This process takes the
    first HEAD_START files while the helpers start, then files are dealt in turn."""
    if not here:
        return [i % helpers for i in range(count)]
    head = min(HEAD_START, count)
    turn = helpers + 1
    return [-1] * head + [(i % turn) - 1 for i in range(count - head)]


class _Helper:
    """One helper process and what it has sent."""

    def __init__(self, proc: subprocess.Popen[bytes] | None, count: int) -> None:
        self.proc = proc
        self.left = count
        self.failed = proc is None

    @classmethod
    def start(cls, share: list[str]) -> _Helper:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-P", "-m", __name__],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return cls(None, len(share))
        assert proc.stdin is not None
        try:
            with proc.stdin:
                pickle.dump(share, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:  # it ended at once: its files are loaded here
            helper = cls(proc, len(share))
            helper.failed = True
            return helper
        return cls(proc, len(share))

    def next(self) -> LoadResult | None:
        """The next result this helper sends; None once it failed (the caller loads the file)."""
        self.left -= 1
        if self.failed or self.proc is None or self.proc.stdout is None:
            return None
        try:
            head = _read_exactly(self.proc.stdout, _LENGTH.size)
            result = pickle.loads(_read_exactly(self.proc.stdout, _LENGTH.unpack(head)[0]))
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            self.failed = True
            return None
        if not isinstance(result, LoadResult):
            self.failed = True
            return None
        return result

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.left > 0 or self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.kill()
        with contextlib.suppress(OSError):
            if self.proc.stdout is not None:
                self.proc.stdout.close()
        self.proc.wait()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the helper ended early")
    return data


def _serve() -> None:
    """The helper: load the paths given on stdin, send each result on stdout."""
    paths = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for n, path in enumerate(paths):
        data = pickle.dumps(load_case_file(Path(path)), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(data)))
        out.write(data)
        if n < 32 or n % 16 == 15:  # the first ones at once (a list is waiting for them)
            out.flush()
    out.flush()


if __name__ == "__main__":
    _serve()
