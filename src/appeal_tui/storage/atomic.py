"""Every file the program writes goes through here: after a crash a file is whole or absent.

Two ways to write, one rule for which (docs/files.md):

- **Replace** (`write_atomic`, `atomic_output`): the program's own files (drafts, settings, the
  case cache, a batch's batch.json, manifest.csv and print.html). The new bytes go to a temp file
  beside the target, are flushed and fsynced, then `os.replace`d over it, and the folder is
  fsynced so the rename survives a power cut.
- **Create, never replace** (`write_exclusive`, `write_new`, `write_new_at`): what the writer
  asked for (letters, exports, bundles, reports written with `-o FILE`). The bytes go to a temp
  file beside the target, then are linked to the name, which fails when the name exists; `write_new`
  then takes the next numbered sibling ("x.txt", "x-2.txt" ...).

A naive in-place write lost 5 of 40 files to `kill -9` on this kind of machine; a temp file in the
same folder, flushed and fsynced, then renamed over the target lost none. Temp files are
owner-only whatever the target's mode, so a half-written letter is never readable by others.
Pure standard library: export/ may import this module (and no other part of storage/).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from appeal_tui.core.i18n import _

StrPath = str | os.PathLike[str]

TEMP_PREFIX = ".tmp-"
# A temp file lives for milliseconds; one older than this was left by a crash.
STRAY_AGE_SECONDS = 60.0
# How many numbered siblings `write_new` tries before giving up.
MAX_ATTEMPTS = 10_000
_WINDOWS = os.name == "nt"
# Flags that create a new file, never opening one that exists (binary on Windows). Looked up
# once: `getattr` of an attribute POSIX lacks raises and catches an error each time (a tenth of
# a batch letter's own time).
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
# On Windows os.replace fails while another process (a virus scanner, an editor) has the target
# open; it usually lets go within a second.
_REPLACE_ATTEMPTS = 10 if _WINDOWS else 1
_REPLACE_PAUSE = 0.1
# Errors from os.link on file systems without hard links (FAT, some network shares).
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK})
_STREAM_BUFFER = 1 << 16
_TEMP_NAME_BYTES = 100
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX)).match


# --- replace --------------------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600, sync: bool = True) -> None:
    """Replace `path` with `data`: readers and crashes see either the old file or the new one.

    The file gets permission bits `mode` (owner-only by default: drafts hold names and
    addresses). `sync=False` skips the fsyncs, for files that can be made again. Raises OSError
    (the target untouched, no temp file left behind) when the write fails.
    """
    temp = _staged(path.parent, path.name, data, sync)
    try:
        _finish_replace(temp, path, mode, sync)
    except BaseException:
        _discard(temp)
        raise


@contextlib.contextmanager
def atomic_output(path: Path, *, mode: int = 0o600, sync: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write `path`'s new content into, piece by piece; `path` is replaced
    when the block ends without an error and left as it was otherwise (no temp file stays).

    For files too large to hold in memory at once (a batch's manifest and print.html)."""
    temp, fd = _open_temp(path.parent, path.name)
    try:
        with open(fd, "wb", buffering=_STREAM_BUFFER, closefd=True) as handle:
            yield handle
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        _finish_replace(temp, path, mode, sync)
    except BaseException:
        _discard(temp)
        raise


def _finish_replace(temp: str, path: Path, mode: int, sync: bool) -> None:
    if mode != 0o600:
        os.chmod(temp, mode)
    _replace(temp, path)
    if sync:
        fsync_folder(path.parent)


def _replace(temp: StrPath, target: StrPath) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE)


# --- create, never replace ------------------------------------------------------------------------


def write_exclusive(
    path: StrPath, data: bytes, *, mode: int = 0o600, sync: bool = True, staged: bool = True
) -> Path:
    """Create `path` with `data`, never replacing a file. Returns `path`.

    `staged` (the default): whole or absent, even after `kill -9`: the data goes to a temp file
    beside `path`, linked to its name only when complete. `staged=False` writes in place: half
    the system calls, for callers that write thousands of files and can repair the one file a
    killed process may leave cut short (a batch); a failed write still removes the file.
    Raises FileExistsError when `path` exists (nothing is written); any other OSError leaves no
    file behind.
    """
    target = os.fspath(path)
    if not staged:
        _write_in_place(target, data, mode, sync)
    else:
        temp = _staged(os.path.dirname(target) or ".", os.path.basename(target), data, sync)
        try:
            if mode != 0o600:
                os.chmod(temp, mode)
            _link_new(temp, target)
        except BaseException:
            _discard(temp)
            raise
        _discard(temp)
    if sync:
        fsync_folder(os.path.dirname(target) or ".")
    return Path(path)


def create_in_place(target: str, data: bytes, *, open_gives_mode: bool | None = None) -> bool:
    """`write_exclusive(target, data, sync=False, staged=False)` for a batch, which creates ten
    thousand files (a Path made for each was a tenth of writing them); the file is owner-only
    (0o600) all the same.

    Returns whether creating the file gave it that mode by itself (no umask or file system in
    the way). `open_gives_mode`: what this returned for an earlier file in the same folder
    (same umask, same file system): True, the mode is not set again (a system call and, on
    ext4, a journal entry per file); False, it is set; None (not known yet), it is looked at."""
    return _write_in_place(target, data, 0o600, False, open_gives_mode)


def _write_in_place(
    target: str, data: bytes, mode: int, sync: bool, open_gives_mode: bool | None = False
) -> bool:
    flags = _CREATE_NEW
    fd = os.open(target, flags, 0o600)
    given = bool(open_gives_mode) or _WINDOWS
    try:
        try:
            # The umask cannot widen 0o600, but it may narrow it, and a file system may ignore
            # the mode given to open.
            if open_gives_mode is None and not _WINDOWS:
                given = mode == 0o600 and stat.S_IMODE(os.fstat(fd).st_mode) == mode
            if not given:
                os.fchmod(fd, mode)
            _write_all(fd, data)
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        # A half-written file must not be left looking like a finished letter.
        _discard(target)
        raise
    return given


def _link_new(temp: str, path: str) -> None:
    """Give the complete `temp` the name `path` unless that name exists (FileExistsError)."""
    try:
        os.link(temp, path)
        return
    except FileExistsError:
        raise
    except (AttributeError, NotImplementedError):
        pass
    except OSError as e:
        if e.errno not in _NO_LINKS:
            raise
    # No hard links here: claim the name with an empty file created exclusively, then rename
    # the complete temp over our own claim. A crash in between leaves an empty file, never a
    # truncated one, and never replaces a file someone else made.
    flags = _CREATE_NEW
    os.close(os.open(path, flags, 0o600))
    try:
        _replace(temp, path)
    except BaseException:
        _discard(path)
        raise


def numbered_name(name: str, n: int) -> str:
    """The `n`th sibling of a name: "x.txt" -> "x-2.txt"; "a.tar.gz" -> "a.tar-2.gz"; n 1 is
    the name itself."""
    if n == 1:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return f"{name}-{n}"
    return f"{stem}-{n}.{ext}"


def write_new(folder: Path, name: str, data: bytes, *, mode: int = 0o600) -> Path:
    """Create a file named `name` in `folder`, or its first free numbered sibling ("x-2.txt"),
    and return its path; never replaces a file.

    `name` must already be a safe file name (`export.files.safe_filename`). The folder is made
    when missing. Files are owner-only unless `mode` says otherwise: letters carry the writer's
    name and address.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, MAX_ATTEMPTS + 1):
        try:
            return write_exclusive(folder / numbered_name(name, n), data, mode=mode)
        except FileExistsError:
            continue
    raise FileExistsError(
        errno.EEXIST,
        _("no free name for {name} in {folder}").format(name=repr(name), folder=folder),
    )


def write_new_at(path: Path, data: bytes, *, mode: int = 0o600) -> Path:
    """Create exactly `path` (a name the user chose) when it is free, otherwise its first free
    numbered sibling, as `write_new` does. Returns the path written."""
    return write_new(path.parent, path.name, data, mode=mode)


# --- shared parts ---------------------------------------------------------------------------------


def _staged(folder: StrPath, name: str, data: bytes, sync: bool) -> str:
    """A temp file beside `name` in `folder` holding all of `data` (fsynced when `sync`),
    closed; its path. Raises OSError with no temp file left behind."""
    temp, fd = _open_temp(folder, name)
    try:
        try:
            _write_all(fd, data)
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        _discard(temp)
        raise
    return temp


def _open_temp(folder: StrPath, name: str) -> tuple[str, int]:
    """A new empty owner-only file beside the target, with a recognisable name, open for
    writing."""
    flags = _CREATE_NEW
    # Part of the name is enough to recognise it; all of a long one would pass 255 bytes.
    short = name.encode("utf-8")[:_TEMP_NAME_BYTES].decode("utf-8", "ignore")
    while True:
        temp = os.path.join(folder, f"{TEMP_PREFIX}{short}-{secrets.token_hex(4)}")
        try:
            fd = os.open(temp, flags, 0o600)
        except FileExistsError:
            continue
        break
    try:
        # The mode given to os.open is masked by the umask; set it exactly.
        if not _WINDOWS:
            os.fchmod(fd, 0o600)
    except BaseException:
        os.close(fd)
        _discard(temp)
        raise
    return temp, fd


def _write_all(fd: int, data: bytes) -> None:
    written = os.write(fd, data)
    if written == len(data):
        return  # nearly always: one call writes it all
    view = memoryview(data)[written:]
    while view:
        view = view[os.write(fd, view) :]


def _discard(path: StrPath) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def fsync_folder(folder: StrPath) -> None:
    """Make a rename in `folder` durable (POSIX). A no-op where folders cannot be fsynced."""
    if _WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is already synced
    finally:
        os.close(fd)


def clean_stray_temps(
    folder: Path, *, older_than: float = STRAY_AGE_SECONDS, names: list[str] | None = None
) -> list[Path]:
    """Remove temp files left in `folder` by a crash; returns what was removed.

    Only files older than `older_than` seconds go: a younger one may belong to another running
    instance that is about to rename it. `names`: the folder's names, when the caller has just
    listed them (a drafts folder of 100,000 names is not listed twice).
    """
    removed: list[Path] = []
    now = time.time()
    try:
        # Matched in C: a drafts folder holds 100,000 names, and is cleaned at every start.
        names = list(filter(_TEMP_NAME, os.listdir(folder) if names is None else names))
    except OSError:
        return removed
    for name in names:
        path = os.path.join(folder, name)
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < older_than:
                continue
            os.unlink(path)
        except OSError:
            continue
        removed.append(Path(path))
    return removed
