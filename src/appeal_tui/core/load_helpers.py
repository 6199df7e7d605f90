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
"load" or "list"): the helper first writes 4 zero bytes (ready); the parent then writes chunks
of paths, each a 4-byte big-endian length and a pickled list of path strings, a new one as the
helper sends results, and closes stdin when no file is left; the helper writes, for each path
in order, a 4-byte length and the pickled `LoadResult` (or `ListedFile`). Only our own process,
started from the same interpreter, is read this way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar, cast

from appeal_tui.core.case_row import ListedFile, glance_case_file, list_case_file
from appeal_tui.core.i18n import set_ui_language, ui_language
from appeal_tui.core.loading import LoadResult, load_case_file, prepare_checking

if TYPE_CHECKING:
    import subprocess

# Below this many files helpers are not worth starting.
MIN_FILES = 128
# When this process reads a share too (`validate`), helpers are started by default only for this
# many files or more: a helper's start and the copying of its results cost about as much CPU as
# reading the files it takes (1,000 files: 0.87 s of CPU with one helper against 0.46 s alone,
# and no quicker on two idle cores); at 10,000 files one helper saves a fifth of the time.
MIN_SHARED_FILES = 4_000
# At most this many helpers.
MAX_HELPERS = 4
# Files a helper is given at a time, and how many such chunks it holds at most (so it never
# waits for its next files, and what is left goes to whoever is free).
CHUNK = 16
AHEAD = 2
# What a helper sends first: it is ready for files.
_HELLO = b"\0\0\0\0"
_LENGTH = struct.Struct(">I")
T = TypeVar("T", LoadResult, ListedFile)
# What a helper is asked to do (its last argument), and the type of what it sends back.
_KINDS: dict[Callable[[Path], Any], str] = {
    load_case_file: "load",
    list_case_file: "list",
    glance_case_file: "glance",
}
_TYPES: dict[str, type[LoadResult] | type[ListedFile]] = {
    "load": LoadResult,
    "list": ListedFile,
    "glance": ListedFile,
}


def usable_cores() -> int:
    """How many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def idle_cores() -> int:
    """About how many of those cores nothing else is using (`forked.busy_cores`): on a busy
    machine helpers only add their own start and the results' copying."""
    from appeal_tui.core.forked import busy_cores

    return max(0, usable_cores() - int(busy_cores() + 0.5))


def default_helpers(*, here: bool) -> int:
    """How many helpers `load_files` starts for MIN_FILES files or more. Sharing (`here`): one
    per idle core besides this one. Not sharing (the app), at least one on a machine of several
    cores, however busy: the interface then has its interpreter lock to itself."""
    idle = idle_cores()
    if here:
        return max(0, min(MAX_HELPERS, idle - 1))
    return min(MAX_HELPERS, max(idle, 1 if usable_cores() > 1 else 0))


def list_helpers() -> int:
    """How many helpers `list_files` starts by default: one per core, none on a single core
    (where the app's worker thread reads them, as fast and without starting another Python)."""
    cores = usable_cores()
    return min(MAX_HELPERS, cores) if cores > 1 else 0


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


def list_files(
    paths: Sequence[Path], *, helpers: int | None = None, glance: bool = False, fork: bool = False
) -> FileResults[ListedFile]:
    """Each of `paths` as the case list needs it (`list_case_file`: the row and the problems,
    not the whole case, which is a tenth of the copying), in order, read by helper processes
    only (as `load_files` with `here` False). Started at once: the app starts them before it
    imports its interface, so the files are read while it does. `glance`: only glanced at
    (`glance_case_file`: the rows, a few times quicker; most files are left unchecked).
    `fork`: fork the helpers from this process when that is safe (`_fork`: the command line,
    before the interface is imported), rather than start new ones.

    `helpers`: by default one per core (`list_helpers`), however busy: the app's own
    process has little to do but paint and wait for them, and they run at a lower priority
    than it (a busy machine still gives two of them more time than one).
    """
    if helpers is None:
        helpers = list_helpers()
    listing = glance_case_file if glance else list_case_file
    return FileResults(paths, listing, here=False, helpers=helpers, fork=fork)


class FileResults(Generic[T]):
    """What `load_files` and `list_files` give: an iterator of one result per path, in order.
    The helpers are started when it is made; `close` ends them (reading every result does).

    The files are dealt CHUNK at a time to whoever is free: each helper holds at most AHEAD
    chunks and asks for more as it sends results, so a helper on a busy core reads fewer and
    none waits for another; this process (when it reads too) takes the chunk it needs next,
    and while a helper is still reading that one, the first chunk nobody took."""

    def __init__(
        self,
        paths: Sequence[Path],
        load: Callable[[Path], T],
        *,
        here: bool,
        helpers: int | None,
        fork: bool = False,
    ) -> None:
        self.paths = list(paths)
        self.fork = fork
        self._load: Callable[[Path], T] = load
        self._here = here
        self._next = 0
        self._helpers: list[_Helper] = []
        # Who reads each chunk: None nobody yet, -1 this process, else the helper's number.
        # Chunks are given in order: those before `_free` are taken, the others not.
        self._owners: list[int | None] = [None] * -(-len(self.paths) // CHUNK)
        self._free = 0
        self._changed = threading.Condition()
        # Read here ahead of their turn (while a helper was reading the files before them).
        self._mine: dict[int, T] = {}
        if helpers is None:
            shared_pays = not here or len(paths) >= MIN_SHARED_FILES
            helpers = default_helpers(here=here) if shared_pays else 0
        if len(paths) < MIN_FILES or helpers < 1 or not sys.executable:
            helpers = 0
        kind = _KINDS[load]
        self._helpers = [_Helper.start(self, number, kind) for number in range(helpers)]
        # Their threads once every helper is started (a helper is forked only from a process
        # with no other thread: `_fork`).
        for helper in self._helpers:
            helper.begin()

    def give(self, owner: int) -> tuple[int, list[str]] | None:
        """The next chunk nobody took, now `owner`'s: its number and paths (None when every
        chunk is taken)."""
        with self._changed:
            chunk = self._free
            if chunk >= len(self._owners):
                return None
            self._owners[chunk] = owner
            self._free = chunk + 1
            self._changed.notify_all()
        return chunk, [str(p) for p in self.paths[chunk * CHUNK : (chunk + 1) * CHUNK]]

    def helper_ended(self) -> None:
        """A helper ended (or failed): whoever waits for a chunk to be taken looks again."""
        with self._changed:
            self._changed.notify_all()

    def _owner(self, chunk: int) -> int:
        """Who reads `chunk`: this process when nobody took it and this process reads too (or
        no helper is left to take it); else the helper that took it, once one did."""
        with self._changed:
            while (owner := self._owners[chunk]) is None:
                if self._here or not any(h.alive for h in self._helpers):
                    # Nobody took it, so it is the first chunk not taken (`_free`).
                    self._owners[chunk] = -1
                    self._free = chunk + 1
                    return -1
                self._changed.wait()
            return owner

    def __iter__(self) -> FileResults[T]:
        return self

    def __next__(self) -> T:
        n = self._next
        if n >= len(self.paths):
            self.close()
            raise StopIteration
        self._next = n + 1
        owner = self._owner(n // CHUNK)
        if owner < 0:
            mine = self._mine.pop(n, None)
            return mine if mine is not None else self._load(self.paths[n])
        helper = self._helpers[owner]
        if self._here:
            # Rather than wait for the helper: read the first chunk nobody took.
            while not helper.has_next() and (given := self.give(-1)) is not None:
                chunk, share = given
                for i, path in enumerate(share, start=chunk * CHUNK):
                    self._mine[i] = self._load(Path(path))
        result = helper.next()
        return cast("T", result) if result is not None else self._load(self.paths[n])

    def waiting(self) -> bool:
        """True when the next result is not here yet (a helper is still reading it, or it is
        to be read in this process); False when it is, or when there is none."""
        n = self._next
        if n >= len(self.paths):
            return False
        owner = self._owners[n // CHUNK]
        if owner is None:
            return True
        if owner < 0:
            return n not in self._mine
        return not self._helpers[owner].has_next()

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


class _Helper:
    """One helper process, and a thread that gives it files a chunk at a time and takes what it
    sends as it comes: a helper never waits for the caller (whose pipe would fill while the
    caller reads files itself, or while the app paints)."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes] | _Forked | None,
        kind: str,
        results: FileResults[Any],
        number: int,
    ) -> None:
        self.proc = proc
        self.kind = kind
        self.failed = proc is None
        self._results = results
        self._number = number
        self._data = bytearray()
        self._at = 0  # where the next result starts in _data
        self._counted = 0  # where the first result not yet counted starts in _data
        self._received = 0  # results received whole
        self._given = 0  # files given
        self._ended = proc is None
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def alive(self) -> bool:
        """Still reading (or starting): it may take more files."""
        return not (self._ended or self.failed)

    @classmethod
    def start(cls, results: FileResults[Any], number: int, kind: str = "load") -> _Helper:
        """The helper's process, forked (`_fork`) or started; `begin` then feeds it."""
        import subprocess  # (only when a helper is started: `validate` of a few files needs none)

        try:
            proc: _Forked | subprocess.Popen[bytes] | None = _fork(kind) if results.fork else None
            if proc is None:
                proc = subprocess.Popen(
                    # The interface language: a problem's message is written in it.
                    [sys.executable, "-P", "-m", __name__, ui_language(), kind],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
        except OSError:
            return cls(None, kind, results, number)
        return cls(proc, kind, results, number)

    def begin(self) -> None:
        """Start the thread that gives the helper files and takes what it sends."""
        if self.proc is not None and self._thread is None:
            self._thread = threading.Thread(target=self._pump, name="case-file-helper", daemon=True)
            self._thread.start()

    def _pump(self) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        assert self.proc.stdout is not None
        stdin = self.proc.stdin
        try:
            fd = self.proc.stdout.fileno()
            ready = False
            while chunk := os.read(fd, 1 << 16):
                with self._ready:
                    self._data += chunk
                    if not ready:
                        if len(self._data) < len(_HELLO):
                            continue
                        if not self._data.startswith(_HELLO):
                            raise ValueError("not a helper")
                        del self._data[: len(_HELLO)]
                        ready = True
                    self._count()
                    self._ready.notify_all()
                    wanted = self._received + CHUNK * (AHEAD - 1) >= self._given
                if wanted and not stdin.closed:
                    self._give(stdin)
        except (OSError, ValueError):  # it ended, or was stopped, or is not our helper
            pass
        finally:
            with self._ready:
                self._ended = True
                self._ready.notify_all()
            with contextlib.suppress(OSError):
                stdin.close()
            self._results.helper_ended()

    def _count(self) -> None:
        """Count the results received whole (with the lock held)."""
        data, at = self._data, self._counted
        while len(data) - at >= _LENGTH.size:
            size: int = _LENGTH.unpack_from(data, at)[0]
            if len(data) - at - _LENGTH.size < size:
                break
            at += _LENGTH.size + size
            self._received += 1
        self._counted = at

    def _give(self, stdin: IO[bytes]) -> None:
        """Give the helper chunks until it holds AHEAD of them; none left: tell it so."""
        while self._given <= self._received + CHUNK * (AHEAD - 1):
            given = self._results.give(self._number)
            if given is None:
                stdin.close()
                return
            data = pickle.dumps(given[1], protocol=pickle.HIGHEST_PROTOCOL)
            stdin.write(_LENGTH.pack(len(data)) + data)
            stdin.flush()
            self._given += len(given[1])

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
                self._counted -= self._at
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
        if self.failed:
            return None
        try:
            (size,) = _LENGTH.unpack(self._take(_LENGTH.size))
            result = pickle.loads(self._take(size))
        except (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            result = None
        if not isinstance(result, _TYPES[self.kind]):
            self._fail()
            return None
        return result

    def _fail(self) -> None:
        """Take no more from it: the files it had are read by the caller, the rest by others."""
        self.failed = True
        if self.proc is not None:
            with contextlib.suppress(OSError):
                self.proc.kill()
        self._results.helper_ended()

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.kill()
        self.proc.wait()
        if self._thread is not None:
            self._thread.join()
        with contextlib.suppress(OSError):
            if self.proc.stdout is not None:
                self.proc.stdout.close()


# The ends of forked helpers' pipes this process holds: a helper forked later closes them (else
# an earlier helper would not see its input end, nor this process its output end).
_PARENT_ENDS: set[int] = set()


class _Forked:
    """A helper forked from this process: what `_Helper` uses of `subprocess.Popen`."""

    def __init__(self, pid: int, stdin: int, stdout: int) -> None:
        self.pid = pid
        self.stdin = os.fdopen(stdin, "wb")
        self.stdout = os.fdopen(stdout, "rb")
        self.returncode: int | None = None
        self._ends = (stdin, stdout)
        _PARENT_ENDS.update(self._ends)

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self._ended(status)
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:
            os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> int:
        if self.returncode is None:
            self._ended(os.waitpid(self.pid, 0)[1])
        assert self.returncode is not None
        return self.returncode

    def _ended(self, status: int) -> None:
        self.returncode = os.waitstatus_to_exitcode(status)
        _PARENT_ENDS.difference_update(self._ends)


def _fork(kind: str) -> _Forked | None:
    """A helper forked from this process, when that is safe (Linux, no other thread: the
    command line's start, before the app's interface is imported): it starts at once, with
    every module it needs imported here first (which the app needs anyway), instead of a new
    interpreter importing them again (a tenth of a second of CPU for each helper). None when
    not safe: start one."""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return None
    prepare_checking()  # (a helper forked imports nothing more)
    to_helper, given = os.pipe()
    sent, to_parent = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: it never returns from here
        code = 1
        try:
            os.dup2(to_helper, 0)
            os.dup2(to_parent, 1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            for fd in (to_helper, given, sent, to_parent, devnull, *_PARENT_ENDS):
                with contextlib.suppress(OSError):
                    os.close(fd)
            _serve_on(os.fdopen(0, "rb", closefd=False), os.fdopen(1, "wb", closefd=False), kind)
            code = 0
        finally:
            os._exit(code)
    os.close(to_helper)
    os.close(to_parent)
    return _Forked(pid, given, sent)


def _serve() -> None:
    """The helper started as a process of its own (`python -m`): its arguments are the
    interface language and what to do ("load", "list" or "glance")."""
    set_ui_language(sys.argv[1] if len(sys.argv) > 1 else None)
    _serve_on(sys.stdin.buffer, sys.stdout.buffer, sys.argv[2] if len(sys.argv) > 2 else "load")


def _serve_on(given: IO[bytes], out: IO[bytes], kind: str) -> None:
    """The helper: load the files given on `given`, a chunk at a time, and send each result on
    `out`, until `given` ends."""
    load = next((f for f, name in _KINDS.items() if name == kind), load_case_file)
    # Second to the process that started it: on a busy machine the app's interface (which
    # imports Textual while the files are read) comes first, and the reading takes what is left.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(5)
    out.write(_HELLO)
    out.flush()
    sent = 0
    while len(head := given.read(_LENGTH.size)) == _LENGTH.size:
        for path in pickle.loads(given.read(_LENGTH.unpack(head)[0])):
            data = pickle.dumps(load(Path(path)), protocol=pickle.HIGHEST_PROTOCOL)
            out.write(_LENGTH.pack(len(data)))
            out.write(data)
            sent += 1
            if sent <= 32:  # the first ones at once (a list is waiting for them)
                out.flush()
        out.flush()


if __name__ == "__main__":
    _serve()
