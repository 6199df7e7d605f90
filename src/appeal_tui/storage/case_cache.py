"""Case files remembered between starts, so the app lists 1,000 cases without re-reading them.

Two files in `<data>/cache/`, both only caches (missing, stale, damaged or from another version:
ignored and rebuilt; a failed write only costs speed next time):

- `case-cache.pickle`: each case file's `LoadResult`, kept while the file's size, modification
  time and inode are unchanged (`PersistentLoadCache`). It is read with an unpickler that only
  builds the core model's own classes and a few plain types, so even a tampered file cannot
  run code.
- `case-rows.json`: one small row of plain values per case (whatever the case list shows and
  filters on), for the case sources it was made from (`read_rows`, `write_rows`). Reading it
  takes milliseconds where unpickling 1,000 full cases takes about 0.1 s, so the list is filled
  from it at once, and the full cases follow from a worker.

Both are dropped when the app's version or any module of the core (the loader) changes.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import appeal_tui
import appeal_tui.core
from appeal_tui.core.library import LoadCache
from appeal_tui.core.loading import LoadResult
from appeal_tui.storage.atomic import write_atomic
from appeal_tui.storage.paths import Paths

CACHE_NAME = "case-cache.pickle"
ROWS_NAME = "case-rows.json"
_FORMAT = 2
_ALLOWED_MODULES = ("appeal_tui.core.",)
_ALLOWED_GLOBALS = {
    ("datetime", "date"),
    ("builtins", "frozenset"),
    ("builtins", "set"),
    ("collections", "OrderedDict"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "Path"),
}


class _ModelUnpickler(pickle.Unpickler):
    """Builds only the core's dataclasses and plain values."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_GLOBALS:
            return super().find_class(module, name)
        # Only classes defined in a core module: a dotted name ("os.system") or anything a core
        # module merely imports or defines as a function would let a crafted file run code.
        if module.startswith(_ALLOWED_MODULES) and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"not allowed in the case cache: {module}.{name}")


@functools.cache
def _code_fingerprint() -> str:
    """Changes whenever the loader's code changes, so a new version never trusts old results.

    Computed once per process: the code does not change under a running app."""
    core = Path(appeal_tui.core.__file__).resolve().parent
    h = hashlib.sha256(f"{_FORMAT}:{appeal_tui.__version__}".encode())
    # kinds.yaml holds the recipient kinds the loader accepts: it is loader code too.
    for path in sorted([*core.rglob("*.py"), *core.rglob("kinds.yaml")]):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(core)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def cache_folder(paths: Paths) -> Path:
    """The folder of both cache files (inside the owner-only data folder)."""
    return paths.data / "cache"


def cache_file(paths: Paths) -> Path:
    """The file of `PersistentLoadCache`."""
    return cache_folder(paths) / CACHE_NAME


def rows_file(paths: Paths) -> Path:
    """The file of `read_rows` and `write_rows`."""
    return cache_folder(paths) / ROWS_NAME


def _write(paths: Paths, target: Path, data: bytes) -> bool:
    try:
        paths.ensure(target.parent)
        write_atomic(target, data)
    except OSError:
        return False
    return True


class PersistentLoadCache(LoadCache):
    """A `LoadCache` read from the data folder when made, and written back by `save`."""

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self.paths = paths
        self._fingerprint = _code_fingerprint()
        self._changed = False
        self._used: set[Path] = set()
        self._read()

    @classmethod
    def open(cls, paths: Paths) -> PersistentLoadCache:
        """The cache as last saved; empty when missing, stale or unreadable."""
        return cls(paths)

    def _read(self) -> None:
        try:
            data = cache_file(self.paths).read_bytes()
            fingerprint, entries = _ModelUnpickler(io.BytesIO(data)).load()
        except Exception:  # a cache we cannot read is a cache we do not have
            return
        if fingerprint == self._fingerprint and isinstance(entries, dict):
            self._entries.update(entries)

    def load(self, path: Path) -> LoadResult:
        before = self._entries.get(path)
        result = super().load(path)
        self._used.add(path)
        if self._entries.get(path) is not before:
            self._changed = True
        return result

    def save(self, keep: set[Path] | None = None) -> None:
        """Write the cache if it changed, keeping only `keep` (by default: the files loaded
        since it was opened, so deleted or moved files drop out). Never raises."""
        wanted = keep if keep is not None else self._used
        kept = {path: entry for path, entry in self._entries.items() if path in wanted}
        unchanged = not self._changed and len(kept) == len(self._entries)
        if unchanged and cache_file(self.paths).exists():
            return
        try:
            data = pickle.dumps((self._fingerprint, kept), protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        if _write(self.paths, cache_file(self.paths), data):
            self._changed = False


def _sources_key(sources: Sequence[Path]) -> list[str]:
    return [str(Path(s).resolve()) for s in sources]


def read_rows(paths: Paths, sources: Sequence[Path]) -> list[list[Any]] | None:
    """The rows last written for these case `sources` by this version, or None.

    The rows are plain JSON values (what the case list needs); they may be stale (a case file
    changed since), so whoever shows them must load the cases and correct them afterwards.
    """
    try:
        data = json.loads(rows_file(paths).read_bytes())
        if (
            data["fingerprint"] == _code_fingerprint()
            and data["sources"] == _sources_key(sources)
            and isinstance(data["rows"], list)
            and all(isinstance(row, list) for row in data["rows"])
        ):
            rows: list[list[Any]] = data["rows"]
            return rows
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def write_rows(paths: Paths, sources: Sequence[Path], rows: list[list[Any]]) -> None:
    """Remember `rows` (JSON-able lists) for these case `sources`. Never raises."""
    payload = {"fingerprint": _code_fingerprint(), "sources": _sources_key(sources), "rows": rows}
    try:
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):
        return
    _write(paths, rows_file(paths), data)
