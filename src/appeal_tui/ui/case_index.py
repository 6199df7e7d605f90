"""The case library as the app holds it: one object, owned by the app, shown by the case list.

It never holds every case. It holds what the list shows (a row per case), where each case
lives and its problems, and the files that could not be loaded; a case itself is read when
the writer looks at it (`get`, a few kept). At a start the index remembered from the last start
(`storage.case_cache`) fills the list at once; a worker then checks every file's size and
time (`load`) and reads them all again only when one changed, listing the cases as they are
read when nothing was remembered (a first start).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from appeal_tui.core.case_row import CaseRow, ListedFile
from appeal_tui.core.loading import LoadResult
from appeal_tui.core.problems import Problem

if TYPE_CHECKING:
    from appeal_tui.core.library import CaseLibrary
    from appeal_tui.core.load_helpers import FileResults
    from appeal_tui.core.model import Case
    from appeal_tui.storage.paths import Paths

# Cases read for the detail pane and the writing screens, kept for moving up and down the list.
KEPT_CASES = 16
# At a first start the list is filled when this many cases are read (a screenful), then again
# with every row read so far (`_Refills`): each filling lays out every row (a first start on
# 10,000 files filled it six times, 0.8 s of the app's CPU against 0.15 s for the last alone).
FIRST_REPORT = 24
# Filled again at most once in so many seconds, and only when the rest of the files will take
# longer than that to read (else the full list follows soon).
REFILL_EVERY = 1.0
# ... and only after the reading went on this many times as long as the last filling took.
REFILL_PAUSE = 3.0
# A file's stamp as the index keeps it: size, modification time, inode (None: unreadable).
Stamp = list[int] | None


@dataclass
class Scan:
    """What reading the case files gave, as the index keeps it (no case in it)."""

    # Each file and its stamp as JSON keeps it (None: could not be read).
    files: list[tuple[str, Stamp]] = field(default_factory=list)
    rows: dict[str, CaseRow] = field(default_factory=dict)
    where: dict[str, tuple[str, tuple[Problem, ...]]] = field(default_factory=dict)
    broken: list[LoadResult] = field(default_factory=list)
    # The cases whose files were only glanced at (their rows are right, their problems not
    # known yet: `CaseIndex.load` checks them next), and whether every file is listed.
    unchecked: set[str] = field(default_factory=set)
    complete: bool = True


class CaseIndex:
    """The cases from `sources`: `rows` to list at once, `ready` once checked against the files."""

    def __init__(
        self, sources: Sequence[Path], paths: Paths | None, library: CaseLibrary | None = None
    ) -> None:
        self.sources = tuple(sources)
        self.paths = paths
        self.rows: list[CaseRow] = []
        self.broken: list[LoadResult] = []
        # True once the rows are those of the files as they are now, every file checked.
        self.ready = False
        # A first start lists the cases from a glance at each file, then checks them: until
        # then, the cases not checked yet, and whether every file is listed (`Scan`).
        self.unchecked: set[str] = set()
        self.complete = True
        # Cases not checked yet whose file turned out to have errors when read (`get`).
        self._failed: dict[str, LoadResult] = {}
        # Each case's file and problems, by id.
        self._where: dict[str, tuple[str, tuple[Problem, ...]]] = {}
        self._files: list[tuple[str, Stamp]] = []
        self._remembered: bool | None = None
        self._kept: OrderedDict[str, Case] = OrderedDict()
        # A library the caller loaded already (`appeal-tui write`): its cases are in memory.
        self._library = library
        # A first start: the reading of the files by helper processes, started before the app
        # imported its interface (`start_reading`).
        self._started: FileResults[ListedFile] | None = None
        self._lock = threading.Lock()
        self._remember_lock = threading.Lock()
        # Set once the case list is on screen: loading (which holds the interpreter lock half
        # the time) waits for it, so the first frame is not delayed by it.
        self.painted = threading.Event()
        if library is not None:
            self._take(_scan_of(library))
            self.ready = True

    # -- what the list shows --------------------------------------------------------------

    def remembered_rows(self) -> list[CaseRow]:
        """The rows remembered from the last start for these sources ([] if none); read once."""
        # Asked by the loading worker and by the case list as it mounts, maybe at once: the
        # second caller waits for the first's answer (else it saw "nothing remembered" while
        # the first was still reading, and the list stayed empty).
        with self._remember_lock:
            if self._remembered is None:
                remembered = None if self.ready else self._read()
                if remembered is not None:
                    self._take(remembered)
                self._remembered = remembered is not None
        return self.rows if self._remembered else []

    def _read(self) -> Scan | None:
        from appeal_tui.storage.case_cache import problem_from_plain, read_index

        if self.paths is None:
            return None
        data = read_index(self.paths, self.sources)
        if data is None:
            return None
        try:
            scan = Scan(files=[(str(p), _stamp_from_plain(s)) for p, s in data["files"]])
            names = [path for path, _ in scan.files]
            for values in data["rows"]:
                row = CaseRow.from_plain(values)
                scan.rows[row.id] = row
            for case_id, number, problems in data["cases"]:
                path = names[number]
                found = tuple(problem_from_plain(p, path) for p in problems)
                scan.where[str(case_id)] = (path, found)
            for number, problems in data["broken"]:
                path = names[number]
                found = tuple(problem_from_plain(p, path) for p in problems)
                scan.broken.append(LoadResult(path, None, found))
        except (TypeError, ValueError, KeyError, IndexError):  # damaged: read the files
            return None
        if set(scan.rows) != set(scan.where):
            return None
        return scan

    def _take(self, scan: Scan) -> None:
        with self._lock:
            self.rows = list(scan.rows.values())
            self._where = dict(scan.where)
            self.broken = list(scan.broken)
            self._files = list(scan.files)

    def start_reading(self) -> None:
        """Before the app is made (and Textual imported, which takes a while): read the index
        remembered from the last start, and when there is none, start the helper processes
        that glance at the case files (`load` then takes what they send, and checks them)."""
        from appeal_tui.core.library import scan_case_files
        from appeal_tui.core.load_helpers import list_files

        if self.remembered_rows() or self.ready or self.paths is None:
            return
        self._started = list_files(scan_case_files(self.sources), glance=True, fork=True)

    # -- checking the files (a worker thread) -------------------------------------------

    def load(self, progress: Callable[[Scan], None] | None = None) -> Scan | None:
        """The case files as they are now: None when they are as remembered (nothing read),
        else every file read again (`progress` gets what was read so far, now and then).
        Runs in a worker thread; `loaded` then hands the result over on the app's thread.

        A first start (helpers started by `start_reading`) lists the files from a glance at
        each (`glance_case_file`, a few times quicker than checking one): `progress` gets every
        row (`Scan.complete`) before the files only glanced at are checked."""
        # Imported while the first frame is being made (a first start needs the loader soon).
        from appeal_tui.core.library import iter_listing, scan_case_files
        from appeal_tui.core.load_helpers import list_files, list_helpers
        from appeal_tui.storage.case_cache import stamp

        reading, self._started = self._started, None
        # Each file's stamp as it was just before it was read (`ListedFile.stamp`): a file
        # changed since is read again next time.
        now: list[tuple[str, Stamp]] | None = None
        if reading is None:
            # Reading here would take the interpreter lock from the first frame: wait for it,
            # unless helper processes read (a first start on a machine of several cores).
            if self._remembered or list_helpers() == 0:
                self.painted.wait(timeout=1.0)
            files = scan_case_files(self.sources)
            now = [(str(path), _plain_stamp(stamp(path))) for path in files]
            if self._remembered and now == self._files:
                return None
            # Nothing remembered (a first start): glanced at, then checked, as above.
            reading = list_files(files, glance=not self._remembered)
        kept = _Kept(reading)
        scan = self._scan(
            iter_listing(self.sources, kept), progress, reading.waiting, len(reading.paths)
        )
        if now is not None:
            scan.files = now
        if not scan.unchecked:
            return scan
        if progress is not None:
            progress(scan)
        # Check the files only glanced at (the others were checked while listed), and list
        # every file again with what was found (an error drops a case; an id used twice...).
        glanced = [Path(listed.path) for listed in kept.taken if not listed.checked]
        checked = _Checked(kept.paths, kept.taken, list_files(glanced))
        return self._scan(iter_listing(self.sources, checked))

    @staticmethod
    def _scan(
        listing: Iterable[ListedFile],
        progress: Callable[[Scan], None] | None = None,
        waiting: Callable[[], bool] | None = None,
        total: int | None = None,
    ) -> Scan:
        """What `listing` gives, as the index keeps it; `progress` gets the rows read so far
        now and then (`waiting`: whether the next file is not read yet; `total`: how many files
        `listing` gives)."""
        scan = Scan()
        refills = _Refills(total)
        for listed in listing:
            scan.files.append((listed.path, _plain_stamp(listed.stamp)))
            row = listed.row
            if row is None:
                if listed.has_errors:
                    scan.broken.append(LoadResult(listed.path, None, listed.problems))
                continue
            scan.rows[row.id] = row
            scan.where[row.id] = (listed.path, listed.problems)
            if listed.checked:  # (maybe replacing the case of an earlier source, glanced at)
                scan.unchecked.discard(row.id)
            else:
                scan.unchecked.add(row.id)
            if progress is not None and refills.due(len(scan.rows), len(scan.files), waiting):
                started = time.monotonic()
                progress(
                    Scan(
                        rows=dict(scan.rows),
                        where=dict(scan.where),
                        unchecked=set(scan.unchecked),
                        complete=False,
                    )
                )
                refills.filled(started, len(scan.rows), len(scan.files))
        return scan

    def remember(self, scan: Scan) -> None:
        """Keep the index for the next start (a worker thread; never raises)."""
        from appeal_tui.storage.case_cache import problem_plain, write_index

        if self.paths is None:
            return
        # Files by number: each path is written once.
        number = {path: n for n, (path, _) in enumerate(scan.files)}
        if any(path not in number for path, _ in scan.where.values()) or any(
            r.path not in number for r in scan.broken
        ):
            return  # (a file seen by the loader but not by the scan: nothing to remember)
        # Each item made as it is written (10,000 cases' rows at once would take megabytes).
        parts: dict[str, Iterable[object]] = {
            "files": ([path, st] for path, st in scan.files),
            "rows": (row.plain() for row in scan.rows.values()),
            "cases": (
                [case_id, number[path], [problem_plain(p, path) for p in problems]]
                for case_id, (path, problems) in scan.where.items()
            ),
            "broken": (
                [number[r.path], [problem_plain(p, r.path) for p in r.problems]]
                for r in scan.broken
            ),
        }
        write_index(self.paths, self.sources, parts)

    def partly_loaded(self, scan: Scan) -> None:
        """Some of the cases, read so far, or all of them before they are checked (a first
        start): listed, and open to choose."""
        if not self.ready:
            self._take(scan)
            with self._lock:
                self.unchecked = set(scan.unchecked)
            self.complete = scan.complete

    def loaded(self, scan: Scan | None) -> bool:
        """The files are checked (`scan` None: as remembered). True when the rows or the
        broken files changed (the list must be filled again)."""
        self.ready = True
        with self._lock:
            self.unchecked = set()
            self._failed.clear()
        self.complete = True
        if scan is None:
            return False
        before = (self.rows, self.broken)
        self._take(scan)
        with self._lock:
            self._kept.clear()
        return (self.rows, self.broken) != before or not self.rows

    # -- the cases themselves -------------------------------------------------------------

    def get(self, case_id: str) -> Case | None:
        """The case `case_id`, read from its file (a few are kept); None when unknown, or
        when its file no longer holds it."""
        if self._library is not None and case_id in self._library.cases:
            return self._library.cases[case_id]
        with self._lock:
            case = self._kept.get(case_id)
            if case is not None:
                self._kept.move_to_end(case_id)
                return case
            where = self._where.get(case_id)
        if where is None:
            return None
        from appeal_tui.core.loading import load_case_file

        result = load_case_file(Path(where[0]))
        case = result.case
        with self._lock:
            if case_id in self.unchecked:
                # Only glanced at so far: now its problems are known (the check follows).
                if case is None and result.has_errors:
                    self._failed[case_id] = result
                elif case is not None and case.id == case_id:
                    self._where[case_id] = (where[0], result.problems)
        if case is None or case.id != case_id:
            return None
        with self._lock:
            self._kept[case_id] = case
            while len(self._kept) > KEPT_CASES:
                self._kept.popitem(last=False)
        return case

    def failed(self, case_id: str) -> LoadResult | None:
        """The errors of a case's file found when it was read (`get`) before the files were
        checked: the list still shows its row until they are."""
        with self._lock:
            return self._failed.get(case_id)

    def problems_of(self, case_id: str) -> tuple[Problem, ...]:
        """The problems (warnings) of the case's file, a replaced earlier case's included."""
        where = self._where.get(case_id)
        return where[1] if where is not None else ()

    def full_library(self) -> CaseLibrary:
        """Every case, read (for the organisers' screen, which works on all of them)."""
        from appeal_tui.core.library import load_library

        return self._library if self._library is not None else load_library(self.sources)


def _scan_of(library: CaseLibrary) -> Scan:
    """The index of a library loaded already (its cases are the ones it kept by id)."""
    results = {id(r.case): r for r in library.files if r.case is not None}
    scan = Scan(broken=list(library.broken))
    for case in library.cases.values():
        result = results.get(id(case))
        scan.rows[case.id] = CaseRow.of(case)
        scan.where[case.id] = (
            (result.path, result.problems) if result else (case.source_path or "", ())
        )
    return scan


class _Refills:
    """When a first start fills the list with the rows read so far: a screenful at once; then,
    while the next file is not here yet (the helpers read ahead while the interface started),
    when the rows doubled since the last filling, that filling is REFILL_EVERY seconds ago (and
    REFILL_PAUSE times as long as it took), and the files left will take longer than
    REFILL_EVERY to read at the pace since the first filling (`total`: how many files there
    are; None: unknown)."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.next = FIRST_REPORT
        self.at = 0.0  # (`time.monotonic`) not before
        self.first: tuple[float, int] | None = None  # when the first filling ended, files read

    def due(self, rows: int, files: int, waiting: Callable[[], bool] | None) -> bool:
        """Whether to fill the list now, with `rows` rows from the first `files` files."""
        if rows < self.next:
            return False
        if self.first is None:
            return True
        if waiting is None or not waiting():
            return False
        now = time.monotonic()
        if now < self.at:
            return False
        since, read_then = self.first
        read = files - read_then
        left = None if self.total is None or read <= 0 else self.total - files
        return left is None or left * (now - since) / read > REFILL_EVERY

    def filled(self, started: float, rows: int, files: int) -> None:
        """The list was filled with `rows` rows from `files` files (begun at `started`)."""
        ended = time.monotonic()
        self.next = 2 * rows
        self.at = max(started + REFILL_EVERY, ended + REFILL_PAUSE * (ended - started))
        if self.first is None:
            self.first = (ended, files)


class _Kept:
    """The files `reading` lists (a `library.Reading`), each kept as it is taken."""

    def __init__(self, reading: FileResults[ListedFile]) -> None:
        self.reading = reading
        self.paths = reading.paths
        self.taken: list[ListedFile] = []

    def __iter__(self) -> Iterator[ListedFile]:
        for listed in self.reading:
            self.taken.append(listed)
            yield listed

    def close(self) -> None:
        self.reading.close()


class _Checked:
    """The files of `listed` again, each checked: those only glanced at as `checking` (the
    reading of just those files) gives them, in order; the others as they were."""

    def __init__(
        self, paths: list[Path], listed: list[ListedFile], checking: FileResults[ListedFile]
    ) -> None:
        self.paths = paths
        self._listed = listed
        self._checking = checking

    def __iter__(self) -> Iterator[ListedFile]:
        checked = iter(self._checking)
        for listed in self._listed:
            yield listed if listed.checked else next(checked)
        self._checking.close()

    def close(self) -> None:
        self._checking.close()


def _plain_stamp(values: tuple[int, int, int] | None) -> Stamp:
    """A file's stamp as the index keeps it."""
    return list(values) if values is not None else None


def _stamp_from_plain(values: object) -> list[int] | None:
    """A file's stamp back from the remembered index; raises TypeError when malformed."""
    if values is None:
        return None
    if not isinstance(values, list) or not all(isinstance(v, int) for v in values):
        raise TypeError("malformed file stamp")
    return values
