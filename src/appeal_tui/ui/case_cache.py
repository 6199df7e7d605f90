"""A cache of loaded case files on disk, so the case list fills at once on the next start.

Each entry is a file's `LoadResult`, kept while the file's size, modification time and inode
are unchanged. The whole cache is dropped when the app's version or any module of the core (the
loader) changes. It lives in the owner-only data folder and is read with an unpickler that
only builds the model's own classes, so even a tampered file cannot run code.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import appeal_tui
import appeal_tui.core
from appeal_tui.core.library import LoadCache
from appeal_tui.core.loading import LoadResult
from appeal_tui.storage.paths import Paths

CACHE_FORMAT = 1
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


def _code_stamp() -> tuple[Any, ...]:
    """What invalidates every entry: the version, this format and the core's source files."""
    core = Path(appeal_tui.core.__file__).parent
    sources = sorted(core.rglob("*.py"))
    return (
        appeal_tui.__version__,
        CACHE_FORMAT,
        tuple((p.name, p.stat().st_mtime_ns) for p in sources),
    )


def cache_file(paths: Paths) -> Path:
    return paths.data / "cache" / "cases.pickle"


class PersistentCaseCache(LoadCache):
    """A `LoadCache` that can be read from and written to the data folder."""

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self.paths = paths
        self._stamp = _code_stamp()
        self._changed = False
        self._used: set[Path] = set()

    @classmethod
    def open(cls, paths: Paths) -> PersistentCaseCache:
        """The cache as last saved; empty when missing, stale or unreadable."""
        cache = cls(paths)
        try:
            data = cache_file(paths).read_bytes()
            stamp, entries = _ModelUnpickler(io.BytesIO(data)).load()
        # Any failure means no cache: a damaged file raises nearly anything (ImportError for an
        # unknown module name, IndexError, KeyError, RecursionError ...).
        except Exception:
            return cache
        if stamp == cache._stamp and isinstance(entries, dict):
            cache._entries.update(entries)
        return cache

    def load(self, path: Path) -> LoadResult:
        before = self._entries.get(path)
        result = super().load(path)
        self._used.add(path)
        if self._entries.get(path) is not before:
            self._changed = True
        return result

    def save(self) -> None:
        """Write the cache if it changed; a failure only costs speed next time."""
        # Files no longer loaded (deleted, moved) are dropped from the cache.
        kept = {path: entry for path, entry in self._entries.items() if path in self._used}
        if not self._changed and len(kept) == len(self._entries):
            return
        target = cache_file(self.paths)
        with contextlib.suppress(OSError):
            self.paths.ensure(target.parent)
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".cases-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump((self._stamp, kept), f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temp)
            self._changed = False
