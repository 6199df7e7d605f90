"""Reading many case files on every core: helper processes load some of them, in order.

Checking a case file is pure Python (about half a millisecond each), so one process reads a
thousand in half a second however many cores the machine has, and a thread in the app holds
the interpreter lock the interface needs to paint. `load_files(paths)` hands the files to
helper processes (`python -P -m appeal_tui.core.load_helpers`), each reading its share and
sending back every file's `LoadResult` as it is read; the caller gets them one by one in the
order of `paths`, exactly what `load_case_file` gives for each. `list_files(paths)` does the
same for the app's case list, whose helpers send only what it shows (`core.case_row`).

A helper that cannot be started, dies or sends something unreadable costs nothing but time:
the files it had not sent are loaded here. Few files, one core or a machine whose cores are
all busy: the files are loaded here directly (a helper takes about 0.1 s to start, and copying
the results back costs a tenth of loading them).

The protocol, on the helper's standard streams (its arguments: the interface language and
"load" or "list"): the parent writes the pickled list of path strings and closes stdin; the
helper writes, for each path in order, a 4-byte big-endian length and the pickled `LoadResult`
(or `ListedFile`). Only our own process, started from the same interpreter, is read this way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from appeal_tui.core.case_row import ListedFile, list_case_file
from appeal_tui.core.i18n import set_ui_language, ui_language
from appeal_tui.core.loading import LoadResult, load_case_file

if TYPE_CHECKING:
    import subprocess

# Below this many files helpers are not worth starting.
MIN_FILES = 128
# At most this many helpers.
MAX_HELPERS = 4
# Files this process loads before its share is interleaved with the helpers' (as many as it
# reads while a helper starts).
HEAD_START = 160
_LENGTH = struct.Struct(">I")
T = TypeVar("T", LoadResult, ListedFile)
# What a helper is asked to do (its last argument), and the type of what it sends back.
_KINDS: dict[Callable[[Path], Any], str] = {load_case_file: "load", list_case_file: "list"}
_TYPES: dict[str, type[LoadResult] | type[ListedFile]] = {
    "load": LoadResult,
    "list": ListedFile,
}


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
) -> FileResults[LoadResult]:
    """Each of `paths` loaded (`load_case_file`), in order, shared with helper processes.

    `here`: this process loads a share too (a command); False leaves all the reading to the
    helpers (the app, whose thread would take the interpreter lock from the interface).
    `helpers`: how many (default: one per idle core, less one when `here`, at least one when
    not `here` and there are several cores; at most MAX_HELPERS); with none, or fewer than
    MIN_FILES files, every file is loaded here.

    The helpers start at once, before the first result is asked for; close the results (or
    read them all) to end them.
    """
    return FileResults(paths, load_case_file, here=here, helpers=helpers)


def list_files(paths: Sequence[Path], *, helpers: int | None = None) -> FileResults[ListedFile]:
    """Each of `paths` as the case list needs it (`list_case_file`: the row and the problems,
    not the whole case, which is a tenth of the copying), in order, read by helper processes
    only (as `load_files` with `here` False). Started at once: the app starts them before it
    imports its interface, so the files are read while it does.

    `helpers`: by default one per core (at most MAX_HELPERS), however busy, and none on a
    single core: once the app has painted its first frame its process has little to do but
    wait for the rows, and a first start is the one time all the files must be read."""
    if helpers is None:
        cores = usable_cores()
        helpers = min(MAX_HELPERS, cores) if cores > 1 else 0
    return FileResults(paths, list_case_file, here=False, helpers=helpers)


class FileResults(Generic[T]):
    """What `load_files` and `list_files` give: an iterator of one result per path, in order.
    The helpers are started when it is made; `close` ends them (reading every result does)."""

    def __init__(
        self,
        paths: Sequence[Path],
        load: Callable[[Path], T],
        *,
        here: bool,
        helpers: int | None,
    ) -> None:
        self.paths = list(paths)
        self._load: Callable[[Path], T] = load
        self._next = 0
        self._helpers: list[_Helper] = []
        if helpers is None:
            helpers = default_helpers(here=here)
        if len(paths) < MIN_FILES or helpers < 1 or not sys.executable:
            helpers = 0
        self._owners = _owners(len(paths), helpers, here) if helpers else [-1] * len(paths)
        shares: list[list[str]] = [[] for _ in range(helpers)]
        for path, owner in zip(paths, self._owners, strict=True):
            if owner >= 0:
                shares[owner].append(str(path))
        kind = _KINDS[load]
        self._helpers = [_Helper.start(share, kind) for share in shares]

    def __iter__(self) -> FileResults[T]:
        return self

    def __next__(self) -> T:
        n = self._next
        if n >= len(self.paths):
            self.close()
            raise StopIteration
        self._next = n + 1
        owner = self._owners[n]
        result = self._helpers[owner].next() if owner >= 0 else None
        if result is None:
            return self._load(self.paths[n])
        return cast("T", result)

    def waiting(self) -> bool:
        """True when the next result is not here yet (its helper is still reading it, or it is
        to be read in this process); False when it is, or when there is none."""
        n = self._next
        if n >= len(self.paths):
            return False
        owner = self._owners[n]
        return owner < 0 or not self._helpers[owner].has_next()

    def close(self) -> None:
        """End the helpers (those still reading are stopped)."""
        helpers, self._helpers = self._helpers, []
        for helper in helpers:
            helper.stop()

    def __del__(self) -> None:
        # Dropped unread (a start that read the files again): no helper is left behind.
        if self._helpers:
            with contextlib.suppress(Exception):
                self.close()


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

    def __init__(self, proc: subprocess.Popen[bytes] | None, count: int, kind: str) -> None:
        self.proc = proc
        self.kind = kind
        self.left = count
        self.failed = proc is None
        self._data = bytearray()
        self._at = 0  # where the next frame starts in _data
        self._ended = proc is None
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, share: list[str], kind: str = "load") -> _Helper:
        import subprocess  # (only when a helper is started: `validate` of a few files needs none)

        try:
            proc = subprocess.Popen(
                # The interface language: a problem's message is written in it.
                [sys.executable, "-P", "-m", __name__, ui_language(), kind],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return cls(None, len(share), kind)
        helper = cls(proc, len(share), kind)
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

    def has_next(self) -> bool:
        """Whether the next result is here already (or the helper failed: nothing to wait for)."""
        with self._ready:
            data, at = self._data, self._at
            if self.failed or self._ended:
                return True
            if len(data) - at < _LENGTH.size:
                return False
            size: int = _LENGTH.unpack_from(data, at)[0]
            return len(data) - at - _LENGTH.size >= size

    def next(self) -> LoadResult | ListedFile | None:
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
        if not isinstance(result, _TYPES[self.kind]):
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
    load = list_case_file if sys.argv[2:3] == ["list"] else load_case_file
    paths = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for n, path in enumerate(paths):
        data = pickle.dumps(load(Path(path)), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(data)))
        out.write(data)
        if n < 32 or n % 16 == 15:  # the first ones at once (a list is waiting for them)
            out.flush()
    out.flush()


if __name__ == "__main__":
    _serve()
