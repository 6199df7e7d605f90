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
import threading
from collections.abc import Generator, Sequence
from pathlib import Path

from appeal_tui.core.i18n import set_ui_language, ui_language
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


def default_helpers(*, here: bool) -> int:
    """How many helpers `load_files` starts for MIN_FILES files or more. Sharing (`here`): one
    per idle core besides this one. Not sharing (the app), at least one on a machine of several
    cores, however busy: the interface then has its interpreter lock to itself."""
    idle = idle_cores()
    if here:
        return max(0, min(MAX_HELPERS, idle - 1))
    return min(MAX_HELPERS, max(idle, 1 if usable_cores() > 1 else 0))


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
        helpers = default_helpers(here=here)
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
    """One helper process, and a thread that hands it its share and takes what it sends as it
    comes: a helper never waits for the caller (whose pipe would fill while the caller reads
    its own share, or while the app paints)."""

    def __init__(self, proc: subprocess.Popen[bytes] | None, count: int) -> None:
        self.proc = proc
        self.left = count
        self.failed = proc is None
        self._data = bytearray()
        self._at = 0  # where the next frame starts in _data
        self._ended = proc is None
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, share: list[str]) -> _Helper:
        try:
            proc = subprocess.Popen(
                # The interface language: a problem's message is written in it.
                [sys.executable, "-P", "-m", __name__, ui_language()],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return cls(None, len(share))
        helper = cls(proc, len(share))
        helper._thread = threading.Thread(
            target=helper._pump, args=(share,), name="case-file-helper", daemon=True
        )
        helper._thread.start()
        return helper

    def _pump(self, share: list[str]) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        assert self.proc.stdout is not None
        try:
            with self.proc.stdin:
                pickle.dump(share, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            fd = self.proc.stdout.fileno()
            while chunk := os.read(fd, 1 << 16):
                with self._ready:
                    self._data += chunk
                    self._ready.notify()
        except (OSError, ValueError):  # it ended, or was stopped
            pass
        finally:
            with self._ready:
                self._ended = True
                self._ready.notify()

    def _take(self, size: int) -> bytes:
        """The next `size` bytes the helper sent, once they are here."""
        with self._ready:
            while len(self._data) - self._at < size and not self._ended:
                self._ready.wait()
            if len(self._data) - self._at < size:
                raise EOFError("the helper ended early")
            data = bytes(self._data[self._at : self._at + size])
            self._at += size
            if self._at > 1 << 20 and self._at * 2 > len(self._data):
                del self._data[: self._at]
                self._at = 0
            return data

    def next(self) -> LoadResult | None:
        """The next result this helper sends; None once it failed (the caller loads the file)."""
        self.left -= 1
        if self.failed:
            return None
        try:
            (size,) = _LENGTH.unpack(self._take(_LENGTH.size))
            result = pickle.loads(self._take(size))
        except (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
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
        self.proc.wait()
        if self._thread is not None:
            self._thread.join()
        with contextlib.suppress(OSError):
            if self.proc.stdout is not None:
                self.proc.stdout.close()


def _serve() -> None:
    """The helper: load the paths given on stdin, send each result on stdout."""
    set_ui_language(sys.argv[1] if len(sys.argv) > 1 else None)
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
