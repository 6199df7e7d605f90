"""The case library as the app holds it: one object, owned by the app, shown by the case list.

At a start the list is filled from rows remembered from the last start (a small JSON file,
read in milliseconds); the cases themselves are loaded in a worker (`load`, files unchanged
since the last start coming from the load cache) and replace the rows when ready.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from appeal_tui.core.library import CaseLibrary, load_library
from appeal_tui.core.loading import LoadResult
from appeal_tui.core.model import Case
from appeal_tui.storage.case_cache import PersistentLoadCache, read_rows, write_rows
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.widgets.case_list import CaseRow


class CaseIndex:
    """The cases from `sources`: `rows` to list, then `library` once loaded."""

    def __init__(
        self, sources: Sequence[Path], paths: Paths | None, library: CaseLibrary | None = None
    ) -> None:
        self.sources = tuple(sources)
        self.paths = paths
        self.library = library
        self.rows: list[CaseRow] = []
        self.broken: list[LoadResult] = []
        self._cache: PersistentLoadCache | None = None
        self._remembered: list[CaseRow] | None = None
        self._partial: dict[str, Case] = {}
        # Set once the case list is on screen: loading (which holds the interpreter lock half
        # the time) waits for it, so the first frame is not delayed by it.
        self.painted = threading.Event()
        if library is not None:
            self.rows = rows_of(library)
            self.broken = list(library.broken)

    def remembered_rows(self) -> list[CaseRow]:
        """The rows remembered from the last start for these sources ([] if none); read once."""
        if self._remembered is None:
            self._remembered = self._read_rows()
            if self.library is None and not self.rows:
                self.rows = list(self._remembered)
        return self._remembered

    def _read_rows(self) -> list[CaseRow]:
        if self.paths is None:
            return []
        plain = read_rows(self.paths, self.sources)
        try:
            return [CaseRow.from_plain(values) for values in plain or ()]
        except (TypeError, ValueError):  # a damaged file: wait for the cases themselves
            return []

    def load(
        self, progress: Callable[[dict[str, Case]], None] | None = None
    ) -> tuple[CaseLibrary, list[CaseRow]]:
        """Every case file read (unchanged ones from the cache), and its rows. Runs in a
        worker thread; `loaded` then hands the result over on the app's thread. `progress`
        gets the cases read so far, now and then (see `load_library`)."""
        self.painted.wait(timeout=1.0)
        if self._cache is None and self.paths is not None:
            self._cache = PersistentLoadCache.open(self.paths)
        library = load_library(self.sources, cache=self._cache, progress=progress)
        return library, rows_of(library)

    def partly_loaded(self, cases: dict[str, Case], rows: list[CaseRow]) -> None:
        """Some of the cases, read so far (a first start): listed, and open to choose."""
        if self.library is None:
            self._partial = cases
            self.rows = rows

    def remember(self, rows: list[CaseRow]) -> None:
        """Keep the load cache and the rows for the next start (a worker thread; never raises)."""
        if self._cache is None or self.paths is None:
            return
        self._cache.save()
        if rows != self.remembered_rows():
            write_rows(self.paths, self.sources, [row.plain() for row in rows])
            self._remembered = list(rows)

    def loaded(self, library: CaseLibrary, rows: list[CaseRow]) -> bool:
        """The cases as loaded become the library; True when the rows or the broken files
        changed (the list must be filled again)."""
        self.library = library
        self._partial = {}
        broken = list(library.broken)
        changed = rows != self.rows or broken != self.broken or not rows
        self.rows = rows
        self.broken = broken
        return changed

    def get(self, case_id: str) -> Case | None:
        """The case `case_id`, once loaded (or read already, while the rest are loading)."""
        if self.library is not None:
            return self.library.get(case_id)
        return self._partial.get(case_id)


def rows_of(library: CaseLibrary) -> list[CaseRow]:
    """The list's row of every case in `library`."""
    return [CaseRow.of(case) for case in library.cases.values()]
