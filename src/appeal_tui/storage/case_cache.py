"""The case index remembered between starts, so the app lists 1,000 cases without reading them.

One JSON file, `<data>/cache/case-index.json` (only a cache: missing, stale, damaged or from
another version, it is ignored and rebuilt; a failed write only costs speed next time). It
holds, for the case sources it was made from:

- `files`: every case file read, with its size, modification time and inode then;
- `rows`: one row of plain values per case (whatever the case list shows and filters on);
- `cases`: each case's id, file and problems (warnings), so a case is read only when shown;
- `broken`: each file that gave no case, with its problems.

When every file is as it was, a start reads nothing else: the list is filled from the rows and
each case file is read when the writer looks at it. It is plain JSON read with `json.loads`,
so even a crafted file can only give wrong rows (which a check of the files then corrects),
never run code. It is dropped when the app's version or any module of the core changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import appeal_tui
import appeal_tui.core
from appeal_tui.core.i18n import messages_version
from appeal_tui.core.problems import Problem, Severity
from appeal_tui.storage.atomic import write_atomic
from appeal_tui.storage.paths import Paths

INDEX_NAME = "case-index.json"
# Written by earlier versions (the pickle held every case): removed when the index is written.
_OLD_NAMES = ("case-cache.pickle", "case-rows.json")
_FORMAT = 3
# Stamp of a file: size, modification time (ns) and inode; None when it cannot be read.
Stamp = tuple[int, int, int]


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
    """The folder of the cache file (inside the owner-only data folder)."""
    return paths.data / "cache"


def index_file(paths: Paths) -> Path:
    """The file of `read_index` and `write_index`."""
    return cache_folder(paths) / INDEX_NAME


def stamp(path: Path) -> Stamp | None:
    """What tells a changed file: its size, modification time and inode."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def problem_plain(problem: Problem, file: str) -> list[int | str | None]:
    """A problem of `file` as JSON values (its path only when it is another file's)."""
    plain: list[int | str | None] = [
        problem.line,
        problem.column,
        problem.message,
        str(problem.severity),
    ]
    return plain if problem.path == file else [*plain, problem.path]


def problem_from_plain(values: Any, file: str) -> Problem:
    """A problem of `file` back from `problem_plain`; raises ValueError/TypeError when
    malformed."""
    line, column, message, severity, *elsewhere = values
    path = elsewhere[0] if len(elsewhere) == 1 else file
    if len(elsewhere) > 1 or not isinstance(path, str) or not isinstance(message, str):
        raise TypeError("malformed problem")
    if not all(
        v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (line, column)
    ):
        raise TypeError("malformed problem")
    return Problem(path, line, column, message, Severity(severity))


def _sources_key(sources: Sequence[Path]) -> list[str]:
    return [str(Path(s).resolve()) for s in sources]


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_index(paths: Paths, sources: Sequence[Path]) -> dict[str, Any] | None:
    """The index last written for these case `sources` by this version, or None.

    Its parts are plain JSON lists (checked only for their outer shape here: whoever reads
    the rows checks each one). It may be stale (a case file changed since): compare `files`
    with the files as they are now before trusting it.
    """
    try:
        data = json.loads(index_file(paths).read_bytes())
        if (
            isinstance(data, dict)
            and data.get("fingerprint") == _code_fingerprint()
            and data.get("sources") == _sources_key(sources)
            and data.get("messages") == messages_version()
            and all(
                isinstance(data.get(part), list) for part in ("files", "rows", "cases", "broken")
            )
        ):
            return data
    except (OSError, ValueError, TypeError):
        pass
    return None


def write_index(paths: Paths, sources: Sequence[Path], parts: dict[str, Iterable[object]]) -> None:
    """Remember the index `parts` (`files`, `rows`, `cases`, `broken`: JSON-able items, given
    one at a time) for these case `sources`. Never raises."""
    # Problems are kept in the words of the interface language: another language, or another
    # catalog, makes another index.
    head = {
        "fingerprint": _code_fingerprint(),
        "sources": _sources_key(sources),
        "messages": messages_version(),
    }
    # Encoded an item at a time: with 10,000 cases one string of the whole file would be the
    # largest object the app ever makes (and, with Persian or Arabic in it, 2-4 bytes a letter).
    try:
        pieces = [json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1].encode()]
        for name, items in parts.items():
            pieces.append(f',"{name}":['.encode())
            pieces.append(b",".join(_json(item) for item in items))
            pieces.append(b"]")
        pieces.append(b"}")
    except (TypeError, ValueError):
        return
    data = b"".join(pieces)
    del pieces
    target = index_file(paths)
    try:
        paths.ensure(target.parent)
        write_atomic(target, data)
        for name in _OLD_NAMES:
            (target.parent / name).unlink(missing_ok=True)
    except OSError:
        pass
