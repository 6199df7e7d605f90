"""A load cache that survives restarts, so the app shows 1,000 cases without re-reading them.

The cache maps each case file to its `LoadResult`, keyed by the file's size, mtime and inode, and
is kept in `<data>/settings/case-cache.pickle`. It is only a cache: a missing, stale, corrupt or
newer-format file is ignored and rebuilt. It is written by this app into an owner-only folder
(pickle runs code on load, so it is never read from anywhere a stranger's file can reach: bundles
and case files are never written there).
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from appeal_tui import __version__
from appeal_tui.core import library as _library
from appeal_tui.core.library import LoadCache
from appeal_tui.storage.atomic import write_atomic
from appeal_tui.storage.paths import Paths

CACHE_NAME = "case-cache.pickle"
_SCHEMA = 1


def _code_fingerprint() -> str:
    """Changes whenever the loader's code changes, so a new version never trusts old results."""
    core = Path(_library.__file__).resolve().parent
    h = hashlib.sha256(f"{_SCHEMA}:{__version__}".encode())
    for path in sorted(core.glob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


class PersistentLoadCache(LoadCache):
    """A `LoadCache` read from and saved to the data folder."""

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self._file = paths.settings / CACHE_NAME
        self._paths = paths
        self._fingerprint = _code_fingerprint()
        self._loaded_count = 0
        self._read()

    def _read(self) -> None:
        try:
            raw = self._file.read_bytes()
            fingerprint, entries = pickle.loads(raw)
        except Exception:  # a cache we cannot read is a cache we do not have
            return
        if fingerprint != self._fingerprint or not isinstance(entries, dict):
            return
        self._entries.update(entries)
        self._loaded_count = len(entries)

    def save(self, keep: set[Path] | None = None) -> None:
        """Write the cache (only entries for `keep`, when given, so deleted files drop out).

        Never raises: a cache that cannot be saved only makes the next start slower.
        """
        entries = self._entries
        if keep is not None:
            entries = {p: v for p, v in entries.items() if p in keep}
        try:
            self._paths.ensure(self._paths.settings)
            data = pickle.dumps((self._fingerprint, entries), protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self._file, data)
        except Exception:
            return
