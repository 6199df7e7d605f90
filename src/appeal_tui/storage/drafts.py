"""DraftStore: one JSON file per draft in `<data>/drafts/`, never lost, never silently overwritten.

- Every write is atomic and durable (`storage.atomic.write_atomic`), files owner-only.
- A save whose draft was changed on disk by another window meanwhile keeps both versions: ours
  is saved as a new draft that names the original in `conflict_of`.
- A file that cannot be read as a draft is moved to `drafts/quarantine/` and reported as a problem;
  the listing goes on with the others.
- Deleting moves to `drafts/trash/`; trash older than 30 days is purged when a store opens.
- Listing reads a small index (`drafts/.index.json`) of summaries keyed by each file's inode,
  size and mtime, so only new or changed files are parsed: 100,000 drafts stay listable.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, TypeGuard, cast

from appeal_tui.core.choices import MODES
from appeal_tui.core.draft import (
    SCHEMA,
    STATUSES,
    Draft,
    DraftFormatError,
    DraftTooNewError,
    from_json,
    is_valid_id,
    new_draft_id,
    to_json,
    utc_now,
)
from appeal_tui.core.hidden_text import HIDDEN, without_hidden
from appeal_tui.core.i18n import _, ngettext
from appeal_tui.core.problems import Problem, Severity
from appeal_tui.storage.atomic import TEMP_PREFIX, clean_stray_temps, write_atomic
from appeal_tui.storage.paths import Paths

try:  # POSIX: serialise check-then-write between app instances on one machine.
    import fcntl
except ImportError:  # pragma: no cover - Windows: saves still detect conflicts, without a lock
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".json"
INDEX_NAME = ".index.json"
# The newest drafts' rows, for a first screenful at once (`DraftStore.newest`).
NEWEST_FOLDER = ".newest"
NEWEST_NAME = "rows.json"
NEWEST_ROWS = 200
INDEX_VERSION = 3
# A listing shares this many files to read or more with forked copies (`DraftStore.rows`).
FORK_MIN_FILES = 2000
TRASH_DAYS = 30
# A draft larger than this is not a letter; refuse to read it into memory.
MAX_DRAFT_BYTES = 16 * 1024 * 1024
_JSON = json.JSONDecoder()
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


class DraftSaveError(Exception):
    """A draft could not be written. The message says why in words; the text is still in memory."""


class DraftNotFoundError(LookupError):
    """No draft with that id (or id prefix)."""


class AmbiguousDraftIdError(LookupError):
    """An id prefix that matches more than one draft; `matches` lists them."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        super().__init__(
            ngettext(
                "'{prefix}' matches {n} draft: {ids}",
                "'{prefix}' matches {n} drafts: {ids}",
                len(matches),
            ).format(prefix=prefix, n=len(matches), ids=", ".join(matches[:5]))
        )
        self.matches = matches


@dataclass(frozen=True)
class SaveResult:
    """What a save did. `draft` is what is on disk now (new revision; a new id on conflict)."""

    draft: Draft
    path: Path
    conflict: bool = False
    message: str = ""


@dataclass(frozen=True)
class DraftSummary:
    """What a list of drafts shows, without the body."""

    id: str
    case_id: str
    case_title: str
    language: str
    recipients: tuple[str, ...]
    mode: str
    status: str
    created: str
    updated: str
    event: str | None
    has_sender_name: bool
    revision: int
    conflict_of: str | None = None

    @classmethod
    def of(cls, draft: Draft) -> DraftSummary:
        return cls(
            id=draft.id,
            case_id=draft.case_id,
            case_title=draft.case_title,
            language=draft.language,
            recipients=draft.recipients,
            mode=draft.mode,
            status=draft.status,
            created=draft.created,
            updated=draft.updated,
            event=draft.event,
            has_sender_name=bool(draft.sender.name.strip()),
            revision=draft.revision,
            conflict_of=draft.conflict_of,
        )

    @classmethod
    def from_checked(cls, values: builtins.list[Any]) -> DraftSummary:
        """The summary of `summary_row`'s checked values (recipients made a tuple), made
        without the dataclass's checks: a fifth of the time, for 100,000 drafts."""
        summary = _new_object(cls)
        summary.__dict__.update(zip(_SUMMARY_NAMES, values, strict=True))
        return summary

    def to_row(self) -> builtins.list[Any]:
        """The summary as a JSON list, in field order (compact: the index may hold 100,000)."""
        values: builtins.list[Any] = list(_summary_values(self))
        values[4] = list(self.recipients)
        return values

    @classmethod
    def from_row(cls, row: builtins.list[Any]) -> DraftSummary:
        """The summary from `to_row`'s list; raises TypeError or ValueError on a bad one."""
        values = _trusted_values(row)
        if values is None:
            raise ValueError("not a summary row")
        return cls.from_checked(values)


def _trusted_values(row: builtins.list[Any]) -> builtins.list[Any] | None:
    """`row`, a summary row read from a cache, with recipients made a tuple; None when its
    shape or types are not a summary row's (a damaged index must not put a number or null
    where text is sorted or shown)."""
    try:
        if (
            len(row) != _SUMMARY_FIELDS
            or type(row[4]) is not list
            or {*map(type, row[:4]), *map(type, row[4]), *map(type, row[5:9])} != {str}
        ):
            return None
    except TypeError:
        return None
    values = list(row)
    values[4] = tuple(row[4])
    return values


# The summary's fields in order: the order of its values in `DraftStore.rows`.
SUMMARY_FIELDS = tuple(f.name for f in fields(DraftSummary))
_SUMMARY_FIELDS = len(SUMMARY_FIELDS)
_SUMMARY_NAMES = tuple(f.name for f in fields(DraftSummary))
_new_object = object.__new__
# A summary's values in field order (`dataclasses.fields` per summary was a tenth of a listing).
_summary_values = attrgetter(*(f.name for f in fields(DraftSummary)))
# The id and the time in a summary's values.
_VALUE_ID = itemgetter(0)
_VALUE_UPDATED = itemgetter([f.name for f in fields(DraftSummary)].index("updated"))
# Newest first as one key (time, id), to merge lists already in that order.
_VALUE_NEWEST = itemgetter([f.name for f in fields(DraftSummary)].index("updated"), 0)
# The values many drafts share (case, title, language, recipients, mode, status, event): one
# object each in a listing (`_shared_values`).
_SHARED_AT = tuple(
    [f.name for f in fields(DraftSummary)].index(name)
    for name in ("case_id", "case_title", "language", "recipients", "mode", "status", "event")
)
_MODE_SET = frozenset(MODES)
_STATUS_SET = frozenset(STATUSES)
# Where `updated` is in a summary row.
_UPDATED = [f.name for f in fields(DraftSummary)].index("updated")


def summary_row(raw: object, draft_id: str) -> builtins.list[Any] | None:
    """The summary row (`DraftSummary.to_row`) of the draft file `draft_id` + ".json" whose JSON
    is `raw`, checking every field as `from_json` does but cleaning only those a list shows:
    a listing of 100,000 drafts reads each without building the whole draft.

    None for anything out of the ordinary (a field of the wrong type, a value that is valid
    only once cleaned, another id, a newer schema): the caller then reads the file with
    `from_json`, which refuses it naming what is wrong or gives the same summary
    (tests/unit/test_drafts_summary.py compares the two on drafts of every shape)."""
    if type(raw) is dict:
        try:
            values = _draft_values(raw)
        except KeyError:  # a field left out: the careful check says what it holds instead
            pass
        else:
            row = _plain_row(values, draft_id)
            if row is not None:
                return _shown_row(row)
    return _checked_row(raw, draft_id)


def _checked_row(raw: object, draft_id: str) -> builtins.list[Any] | None:
    """`summary_row` field by field, for any JSON."""
    if type(raw) is not dict:
        return None
    get = raw.get
    schema = get("schema")
    if type(schema) is not int or not 1 <= schema <= SCHEMA:
        return None
    if get("id") != draft_id or not is_valid_id(draft_id):
        return None
    revision = get("revision", 0)
    if type(revision) is not int or revision < 0:
        return None
    sender = get("sender", {})
    if type(sender) is not dict:
        return None
    name = sender.get("name", "")
    if name is None:
        name = ""
    elif type(name) is not str:
        return None
    address = sender.get("address", [])
    if type(address) is not list:
        return None
    for line in address:
        if type(line) is not str:
            return None
    for key in ("city", "country", "email"):
        value = sender.get(key)
        if value is not None and type(value) is not str:
            return None
    dates = get("status_dates", {})
    if type(dates) is not dict:
        return None
    for key, value in dates.items():
        if type(key) is not str or type(value) is not str:
            return None
    case_id = get("case_id")
    language = get("language")
    if type(case_id) is not str or type(language) is not str:
        return None
    recipients = get("recipients", [])
    if type(recipients) is not list:
        return None
    for recipient in recipients:
        if type(recipient) is not str:
            return None
    mode = get("mode", "post")
    status = get("status", "draft")
    if mode is None:
        mode = "post"
    if status is None:
        status = "draft"
    if (
        type(mode) is not str
        or type(status) is not str
        or mode not in _MODE_SET
        or status not in _STATUS_SET
    ):
        return None
    case_title = get("case_title", "")
    created = get("created", "")
    updated = get("updated", "")
    body = get("body", "")
    case_hash = get("case_hash")
    event = get("event")
    conflict_of = get("conflict_of")
    if case_title is None:
        case_title = ""
    if created is None:
        created = ""
    if updated is None:
        updated = ""
    if (
        type(case_title) is not str
        or type(created) is not str
        or type(updated) is not str
        or (body is not None and type(body) is not str)
        or (case_hash is not None and type(case_hash) is not str)
        or (event is not None and type(event) is not str)
        or (conflict_of is not None and type(conflict_of) is not str)
    ):
        return None
    return _shown_row(
        [draft_id, case_id, case_title, language, recipients, mode, status, created, updated,
         event, name, revision, conflict_of]
    )  # fmt: skip


def _shown_row(row: builtins.list[Any]) -> builtins.list[Any]:
    """A checked summary row with what a list shows cleaned of hidden characters, as
    `from_json` cleans it, and the sender's name made "has a name"."""
    _id, case_id, case_title, language, recipients, _m, _s, created, updated, event, name = row[:11]
    # When none of it holds one (nearly always), one look at it all instead of one call per
    # value.
    shown = "".join((case_id, case_title, language, created, updated, event or "",
                     row[12] or "", name, *recipients))  # fmt: skip
    if not (shown.isascii() and shown.isprintable()) and HIDDEN.search(shown):
        for at in (1, 2, 3, 7, 8, 9, 10, 12):
            if row[at] is not None:
                row[at] = without_hidden(row[at])
        row[4] = [without_hidden(recipient) for recipient in recipients]
    row[10] = bool(row[10].strip())
    return row


# A draft file's fields in the order `to_json` writes them, and its sender's.
_draft_values = itemgetter("schema", "id", "revision", "case_id", "case_hash", "case_title",
                           "language", "recipients", "mode", "status", "status_dates", "event",
                           "created", "updated", "conflict_of", "sender", "body")  # fmt: skip
_sender_values = itemgetter("name", "address", "city", "country", "email")


def _plain_row(values: tuple[Any, ...], draft_id: str) -> builtins.list[Any] | None:
    """The summary row (before `_shown_row`) of a draft file whose fields are `values`
    (`_draft_values`) when each is of the type the app writes it as (a text where a field may
    also be null, a name) and valid as it is; None for anything else, which `_checked_row`
    tells apart. What it takes, `_checked_row` takes with the same row, in half the time."""
    (schema, id_, revision, case_id, case_hash, case_title, language, recipients, mode, status,
     dates, event, created, updated, conflict_of, sender, body) = values  # fmt: skip
    try:
        if not (
            type(schema) is int
            and 1 <= schema <= SCHEMA
            and id_ == draft_id
            and type(revision) is int
            and revision >= 0
            and mode in _MODE_SET  # (TypeError when it is a list or an object)
            and status in _STATUS_SET
            and type(body) is str
            and type(recipients) is list
            and type(dates) is dict
            and type(sender) is dict
            and (case_hash is None or type(case_hash) is str)
            and (event is None or type(event) is str)
            and (conflict_of is None or type(conflict_of) is str)
            and is_valid_id(draft_id)
        ):
            return None
        name, address, city, country, email = _sender_values(sender)
        if not (
            type(address) is list
            and (city is None or type(city) is str)
            and (country is None or type(country) is str)
            and (email is None or type(email) is str)
        ):
            return None
        # Texts, and lists and objects of texts: joining them fails on anything else (JSON
        # gives no subclass of str).
        "".join((case_id, case_title, language, created, updated, name, *recipients, *address,
                 *dates, *dates.values()))  # fmt: skip
    except (KeyError, TypeError):
        return None
    return [draft_id, case_id, case_title, language, recipients, mode, status, created, updated,
            event, name, revision, conflict_of]  # fmt: skip


def _quick_row(path: str, name: str) -> builtins.list[Any] | None:
    """The index row of a plainly valid draft file ([*signature, *summary values], recipients
    a tuple), read once with its signature taken from the open file; None for anything else
    (not readable, not JSON, not plainly valid: `DraftStore._listed_file` says what)."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        size = st.st_size
        if size > MAX_DRAFT_BYTES:
            return None
        data = os.read(fd, size + 1)
        if len(data) != size:
            return None
        text = data.decode("utf-8")
        # What `json.loads` does, without its layers (a tenth of reading a draft): the document
        # starts at once and is followed by JSON's whitespace only, else the full reader says
        # what is wrong.
        raw, end = _JSON.raw_decode(text)
        if end != len(text) and text[end:].strip(" \t\n\r"):
            return None
        values = summary_row(raw, name[: -len(SUFFIX)])
    except (OSError, ValueError, RecursionError):
        return None
    finally:
        os.close(fd)
    if values is None:
        return None
    values[4] = tuple(values[4])  # (written to the index as a list all the same)
    values[:0] = st.st_ino, size, st.st_mtime_ns
    return values


def _quick_share(
    part: tuple[str, builtins.list[str], bool],
) -> tuple[builtins.list[builtins.list[Any] | None], bytes, bool]:
    """A share of a listing's files read the quick way (`DraftStore._read_files`): `part` is
    the folder (ending in a separator), the names of the files and whether to put them newest
    first. Gives each file's summary values, None for a file `_quick_row` does not take, the
    index's rows as JSON, and whether the values are newest first (only when every file was
    taken: the caller puts the others in their places first)."""
    folder, names, newest_first = part
    rows = [_quick_row(folder + name, name) for name in names]
    found = [row for row in rows if row is not None]
    encoded = _index_json(found)
    if len(found) == len(rows):
        values = [row[3:] for row in found]
        _shared_values(values)
        if newest_first:
            _newest_first(values)
        return cast(builtins.list[builtins.list[Any] | None], values), encoded, newest_first
    some = [None if row is None else row[3:] for row in rows]
    _shared_values([v for v in some if v is not None])
    return some, encoded, False


def _shared_values(listed: builtins.list[builtins.list[Any]]) -> None:
    """The values drafts share (their case, language, recipients ...) made one object each:
    what the listing's table does with each is then done once per object (their hashes are
    kept), and a forked copy sends each once (`marshal` refers back to an object it sent)."""
    same = cast(dict[object, Any], {}).setdefault
    case, title, language, recipients, mode, status, event = _SHARED_AT
    for v in listed:
        v[case] = same(v[case], v[case])
        v[title] = same(v[title], v[title])
        v[language] = same(v[language], v[language])
        v[recipients] = same(v[recipients], v[recipients])
        v[mode] = same(v[mode], v[mode])
        v[status] = same(v[status], v[status])
        v[event] = same(v[event], v[event])


def _newest_first(listed: builtins.list[builtins.list[Any]]) -> None:
    """Summary values sorted most recently updated first, by time then id: two sorts of plain
    strings (stable), quicker than one of (time, id) pairs."""
    listed.sort(key=_VALUE_ID, reverse=True)
    listed.sort(key=_VALUE_UPDATED, reverse=True)


def _merged(runs: builtins.list[builtins.list[builtins.list[Any]]]) -> builtins.list[Any]:
    """Lists of summary values, each newest first, as one list newest first: the sort finds
    the runs and merges them, one comparison per value."""
    if len(runs) == 1:
        return runs[0]
    listed: builtins.list[Any] = []
    for run in runs:
        listed += run
    listed.sort(key=_VALUE_NEWEST, reverse=True)
    return listed


def _is_share(got: object, count: int) -> TypeGuard[tuple[builtins.list[Any], bytes, bool]]:
    """True when `got` is what `_quick_share` gives for `count` files."""
    return (
        type(got) is tuple
        and len(got) == 3
        and type(got[0]) is list
        and len(got[0]) == count
        and type(got[1]) is bytes
        and type(got[2]) is bool
    )


def _index_json(rows: builtins.list[builtins.list[Any]]) -> bytes:
    """Index rows as the JSON of the index's list, without its brackets (parts are joined by
    commas, `DraftStore._save_index`)."""
    if not rows:
        return b""
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return text[1:-1].encode("utf-8")


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the file at `path`, or its first `limit + 1` bytes when it is longer (the
    caller refuses it). Reads by the file's size: `f.read(limit + 1)` would reserve `limit`
    bytes for every small file (16 MiB per draft made listing 100,000 drafts take 19 s)."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            return f.read(limit + 1)
        data = f.read(size + 1)
        if len(data) > size:  # it grew while we read it
            data += f.read(limit + 1 - len(data))
        return data


def describe_os_error(error: OSError) -> str:
    """A short reason a volunteer can act on."""
    if error.errno == errno.ENOSPC:
        return _("the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("no permission to write there (is the folder read-only?)")
    return error.strerror or str(error)


class DraftStore:
    """The drafts of one data directory. Opening a store cleans up after earlier crashes.

    `keep_names`: for a command that lists the drafts at once (`drafts list`): the names
    listed to clean up are kept for the first `rows()`, which lists them again only when the
    folder may have changed since (`_settled_names`)."""

    def __init__(self, paths: Paths, *, keep_names: bool = False) -> None:
        self.paths = paths
        self.folder = paths.drafts
        self.trash = self.folder / "trash"
        self.quarantine = self.folder / "quarantine"
        # Earlier versions: drafts replaced by an import, or by a restore.
        self.history = self.folder / "history"
        # Problems found by the last list() or load(): quarantined and unreadable files.
        self.problems: list[Problem] = []
        # Files moved to quarantine by this store.
        self.quarantined: list[Path] = []
        # (inode, size, mtime_ns) -> revision of the files this store wrote, to skip re-reading.
        self._written: dict[str, tuple[tuple[int, int, int], int]] = {}
        with contextlib.suppress(OSError):
            paths.ensure(self.folder)
            paths.ensure(self.folder / NEWEST_FOLDER)
        listing = _settled_names(self.folder) if keep_names else None
        # The folder's stamp and names, for the first `rows()` (`keep_names`).
        self._names_at_opening = listing if listing is not None and listing[0] else None
        clean_stray_temps(self.folder, names=None if listing is None else listing[1])
        self.purge_trash()

    # -- paths and ids ---------------------------------------------------------------------

    def path_of(self, draft_id: str) -> Path:
        if not is_valid_id(draft_id):
            raise DraftNotFoundError(_("'{id}' is not a draft id").format(id=draft_id))
        return self.folder / f"{draft_id}{SUFFIX}"

    def ids(self) -> list[str]:
        """The ids of every draft file (readable or not), unsorted."""
        try:
            names = [e.name for e in os.scandir(self.folder)]
        except FileNotFoundError:
            return []
        return [n[: -len(SUFFIX)] for n in names if _is_draft_name(n)]

    def resolve(self, prefix: str) -> str:
        """The full id of the one draft whose id starts with `prefix`.

        Raises DraftNotFoundError when none does, AmbiguousDraftIdError when several do.
        """
        prefix = prefix.strip().lower()
        ids = self.ids()
        if prefix in ids:
            return prefix
        matches = sorted(i for i in ids if prefix and i.startswith(prefix))
        if not matches:
            raise DraftNotFoundError(_("no draft with id '{id}'").format(id=prefix))
        if len(matches) > 1:
            raise AmbiguousDraftIdError(prefix, matches)
        return matches[0]

    # -- saving ----------------------------------------------------------------------------

    def save(self, draft: Draft, *, expected_revision: int | None = None) -> SaveResult:
        """Write `draft` to disk and return what was saved (revision incremented, `updated` now).

        `expected_revision` is the revision the caller last saw on disk (default: the draft's own
        `revision`, which is what `load` and earlier saves return). If the file on disk has
        another revision, another window saved meanwhile: ours is saved as a new draft with
        `conflict_of` set, the other is left alone, and the result has `conflict=True`.
        Raises DraftSaveError when the disk refuses (full, read-only); nothing is changed then.
        """
        path = self.path_of(draft.id)
        expected = draft.revision if expected_revision is None else expected_revision
        try:
            self.paths.ensure(self.folder)
            with self._locked():
                on_disk = self._revision_on_disk(draft.id, path)
                if on_disk is not None and on_disk != expected:
                    return self._save_aside(draft, on_disk)
                saved = replace(draft, revision=max(expected, on_disk or 0) + 1, updated=utc_now())
                self._write(saved, path)
        except OSError as e:
            raise DraftSaveError(
                _(
                    "Could not save the draft in {folder}: {reason}. "
                    "The text is kept in the app and saving will be tried again."
                ).format(folder=self.folder, reason=describe_os_error(e))
            ) from e
        return SaveResult(saved, path)

    def _save_aside(self, draft: Draft, on_disk: int) -> SaveResult:
        now = utc_now()
        aside = replace(
            draft,
            id=new_draft_id(),
            conflict_of=draft.id,
            revision=1,
            created=now,
            updated=now,
        )
        path = self.path_of(aside.id)
        self._write(aside, path)
        message = _(
            "Draft {id} was changed in another window meanwhile. Both versions are "
            "kept: the other one as {id}, yours as the new draft {new_id}."
        ).format(id=draft.id[:8], new_id=aside.id[:8])
        return SaveResult(aside, path, conflict=True, message=message)

    def _write(self, draft: Draft, path: Path) -> None:
        before = _folder_stamp(self.folder)
        existed = path.exists()
        write_atomic(path, draft_file_bytes(draft))
        with contextlib.suppress(OSError):
            signature = _signature(path.stat())
            self._written[draft.id] = (signature, draft.revision)
            self._newest_saved(before, existed, signature, DraftSummary.of(draft))

    def _revision_on_disk(self, draft_id: str, path: Path) -> int | None:
        """Revision of the file on disk; None if there is none (a corrupt one is moved aside)."""
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        known = self._written.get(draft_id)
        if known and known[0] == _signature(st):
            return known[1]
        try:
            return self._read(path).revision
        except DraftTooNewError:
            raise
        except DraftFormatError:
            return None  # quarantined by _read; ours is saved in its place

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock on the drafts folder while we compare revisions and write."""
        if fcntl is None:
            yield
            return
        fd = os.open(self.folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    # -- reading ---------------------------------------------------------------------------

    def load(self, draft_id: str) -> Draft:
        """The draft `draft_id` (a full id). A corrupt file is quarantined and DraftFormatError
        raised; a missing one raises DraftNotFoundError."""
        path = self.path_of(draft_id)
        try:
            return self._read(path)
        except FileNotFoundError:
            raise DraftNotFoundError(_("no draft with id '{id}'").format(id=draft_id)) from None

    def _read(self, path: Path) -> Draft:
        """Parse the draft at `path`; a file that is not a valid draft is quarantined."""
        data = read_bounded(path, MAX_DRAFT_BYTES)
        try:
            if len(data) > MAX_DRAFT_BYTES:
                raise DraftFormatError(_("file is larger than any draft could be"))
            try:
                raw = json.loads(data.decode("utf-8"))
            except UnicodeDecodeError as e:
                raise DraftFormatError(
                    _("not UTF-8 text ({reason})").format(reason=e.reason)
                ) from e
            except json.JSONDecodeError as e:
                raise DraftFormatError(
                    _("not valid JSON: {reason} (line {line})").format(reason=e.msg, line=e.lineno)
                ) from e
            except (ValueError, RecursionError) as e:  # a 5,000-digit number, [[[[... too deep
                raise DraftFormatError(
                    _("not valid JSON ({error}: {reason})").format(error=type(e).__name__, reason=e)
                ) from e
            draft = from_json(raw)
            if draft.id != path.name[: -len(SUFFIX)]:
                raise DraftFormatError(
                    _("file name does not match its id '{id}'").format(id=draft.id)
                )
            return draft
        except DraftTooNewError as e:
            self.problems.append(Problem(str(path), None, None, str(e), Severity.WARNING))
            raise
        except DraftFormatError as e:
            moved = self._quarantine(path)
            where = moved if moved else path
            message = _("unreadable draft ({problem}); moved to {path}").format(
                problem=e, path=where
            )
            if moved is None:
                message = _("unreadable draft ({problem}); could not move it to {path}").format(
                    problem=e, path=self.quarantine
                )
            self.problems.append(Problem(str(path), None, None, message))
            raise DraftFormatError(message) from e

    def _quarantine(self, path: Path) -> Path | None:
        """Move `path` into the quarantine folder (never over another file); None if it failed."""
        try:
            self.paths.ensure(self.quarantine)
            target = self.quarantine / path.name
            n = 1
            while target.exists():
                target = self.quarantine / f"{path.stem}.{n}{path.suffix}"
                n += 1
            os.replace(path, target)
        except OSError:
            return None
        self.quarantined.append(target)
        self._written.pop(path.stem, None)
        return target

    def list(self) -> list[DraftSummary]:
        """Summaries of every readable draft, most recently updated first.

        Never raises for a bad file: it is quarantined and added to `problems`.
        """
        return [DraftSummary.from_checked(values) for values in self.rows()]

    def rows(self, *, helpers: int = 0) -> builtins.list[builtins.list[Any]]:
        """What `list()` gives, each summary as its fields' values in field order (recipients
        a tuple): for a command that prints 100,000 of them, without making the objects.

        `helpers`: how many forked copies of the process may read a share of the files the
        index does not hold (`core.forked`; a command's, never the app's: ignored while
        another thread runs). The rows, problems and quarantined files are the same."""
        self.problems = []
        folder_before = _folder_stamp(self.folder)
        opening, self._names_at_opening = self._names_at_opening, None
        try:
            if opening is not None and opening[0] == folder_before:
                # Listed when the store opened, and the folder unchanged since.
                names = list(filter(_DRAFT_NAME, opening[1]))
            else:
                names = _draft_names(self.folder)
        except FileNotFoundError:
            return []
        folder = os.path.join(self.folder, "")
        index = self._load_index()
        # Rows still current in the index ([inode, size, mtime_ns, *summary values]), their
        # values, and the files to read.
        kept: builtins.list[builtins.list[Any]] = []
        listed: builtins.list[builtins.list[Any]] = []
        unread: builtins.list[str] = [] if index else names
        for name in names if index else ():
            row: Any = index.get(name)
            if isinstance(row, list):
                try:
                    signature = _signature(os.stat(folder + name))
                except OSError:
                    continue
                if tuple(row[:3]) == signature:
                    values = _trusted_values(row[3:])
                    if values is not None:
                        kept.append(row)
                        listed.append(values)
                        continue
            unread.append(name)
        wrote_index = bool(unread) or len(kept) != len(index)
        # Without rows from the index, each share of the files comes newest first (sorted
        # where it was read, by a forked copy too) and the shares are merged.
        runs: builtins.list[builtins.list[builtins.list[Any]]] | None = None if kept else []
        if wrote_index:
            encoded = [_index_json(kept)]
            for values, part_json, ordered in self._read_files(
                folder, unread, helpers, newest_first=runs is not None
            ):
                if runs is None:
                    listed += values
                else:
                    if not ordered:
                        _newest_first(values)
                    runs.append(values)
                encoded.append(part_json)
            self._save_index(encoded)
        if runs:
            listed = _merged(runs)
        else:
            _newest_first(listed)
        # The folder as this listing saw it: as it was before the scan, or, when the index was
        # just written into it (which changes the folder's time), as it is now.
        stamp = _folder_stamp(self.folder) if wrote_index else folder_before
        if stamp is not None and stamp == _folder_stamp(self.folder):
            self._save_newest(stamp, listed)
        return listed

    def _read_files(
        self, folder: str, names: builtins.list[str], helpers: int, *, newest_first: bool
    ) -> Iterator[tuple[builtins.list[builtins.list[Any]], bytes, bool]]:
        """The summary values of the draft files `names` in `folder` (ending in a separator),
        share by share in their order, each share with its rows of the index as JSON and
        whether its values are newest first (asked for by `newest_first`; a share with a file
        read the full way comes in file order). Shares after the first are read by forked
        copies (`helpers` of them, for FORK_MIN_FILES files or more) while this process reads
        the first; a file the quick reader does not take, and a share whose copy failed, are
        read here, where problems are noted and bad files quarantined, in file order."""
        from appeal_tui.core.forked import Forked, can_fork

        count = helpers + 1 if len(names) >= FORK_MIN_FILES and can_fork() else 1
        size = -(-len(names) // count) if names else 1
        shares = [names[at : at + size] for at in range(0, len(names), size)]
        copies = [Forked(_quick_share, (folder, share, newest_first)) for share in shares[1:]]
        for number, share in enumerate(shares):
            got = copies[number - 1].result() if number else None
            if not _is_share(got, len(share)):
                # This process's share, or a failed copy's.
                got = _quick_share((folder, share, newest_first))
            values, part_json, ordered = got
            if None not in values:
                yield cast(builtins.list[builtins.list[Any]], values), part_json, ordered
                continue
            rows: builtins.list[builtins.list[Any]] = []
            for at, name in enumerate(share):
                if values[at] is None:
                    row = self._listed_file(folder + name, name)
                    if row is not None:
                        rows.append(row)
                        values[at] = row[3:]
            if rows:
                part_json = b",".join(j for j in (part_json, _index_json(rows)) if j)
            yield [v for v in values if v is not None], part_json, False

    def _listed_file(self, path: str, name: str) -> builtins.list[Any] | None:
        """The index row of the draft file `path` (named `name`), [*signature, *summary
        values] with recipients a tuple, read for a listing; None when it could not be read, or
        is not a draft (then it is quarantined and the problem noted, as `load` does).

        The file is read once, its signature taken from the open file, and its fields checked
        by `summary_row`; a file that is anything but plainly valid is read again by `_read`,
        which says what is wrong."""
        row = _quick_row(path, name)
        if row is not None:
            return row
        try:
            signature = _signature(os.stat(path))
            values = DraftSummary.of(self._read(Path(path))).to_row()
        except (DraftFormatError, OSError):
            return None
        values[4] = tuple(values[4])
        return [*signature, *values]

    # -- the newest drafts at once ---------------------------------------------------------

    def newest(self, count: int) -> tuple[builtins.list[DraftSummary], int] | None:
        """The `count` (at most NEWEST_ROWS) most recently updated drafts and how many drafts
        there are in all, read
        from a small file the last `list()` left, in milliseconds where `list()` takes seconds
        for 100,000 drafts; None when that file is missing or may be out of date (call
        `list()`).

        It is used while no draft was added, removed or saved since (every save renames a file
        into the folder, which changes the folder's modification time) and while the files of
        the rows it gives are unchanged. A draft file edited in place by hand is not noticed
        until `list()`; callers show these rows first and `list()`'s after."""
        try:
            data = json.loads(self._newest_path().read_bytes())
            if (
                not isinstance(data, dict)
                or data.get("version") != INDEX_VERSION
                or data.get("folder") != _folder_stamp(self.folder)
                or data.get("drafts") is None
            ):
                return None
            # The newest NEWEST_ROWS at most: asked for more, the caller gets those.
            rows = data["rows"][:count]
            if len(rows) < min(count, NEWEST_ROWS, int(data["drafts"])):
                return None  # fewer than it should hold: not trusted
            summaries: builtins.list[DraftSummary] = []
            for row in rows:
                summary = DraftSummary.from_row(row[3:])
                stamp = _signature(os.stat(self.path_of(summary.id)))
                if list(stamp) != row[:3]:
                    return None
                summaries.append(summary)
            total = int(data["drafts"])
        except (OSError, ValueError, TypeError, KeyError, LookupError):
            return None
        return summaries, total

    def _newest_path(self) -> Path:
        # In a folder of its own: writing it into the drafts folder would change that folder's
        # time. The folder is made when the store opens.
        return self.folder / NEWEST_FOLDER / NEWEST_NAME

    def _newest_saved(
        self,
        before: builtins.list[int] | None,
        existed: bool,
        signature: tuple[int, int, int],
        summary: DraftSummary,
    ) -> None:
        """Keep the newest rows up to date after a save (a writer saves as they type, then opens
        the drafts screen): when they were current before it, the saved draft goes on top."""
        path = self._newest_path()
        try:
            data = json.loads(path.read_bytes())
            if not isinstance(data, dict) or before is None or data.get("folder") != before:
                return
            rows = [r for r in data["rows"] if r[3] != summary.id]
            rows.append([*signature, *summary.to_row()])
            rows.sort(key=lambda r: (r[3 + _UPDATED], r[3]), reverse=True)
            data["rows"] = rows[:NEWEST_ROWS]
            data["drafts"] = int(data["drafts"]) + (0 if existed else 1)
            data["folder"] = _folder_stamp(self.folder)
        except (OSError, ValueError, TypeError, KeyError, LookupError):
            return
        with contextlib.suppress(OSError):
            write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), sync=False)

    def _save_newest(
        self, stamp: builtins.list[int], listed: builtins.list[builtins.list[Any]]
    ) -> None:
        rows = []
        for values in listed[:NEWEST_ROWS]:
            try:
                signature = _signature(os.stat(self.path_of(values[0])))
            except OSError:
                return
            rows.append([*signature, *values])
        data = {"version": INDEX_VERSION, "folder": stamp, "drafts": len(listed), "rows": rows}
        encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")
        path = self._newest_path()
        with contextlib.suppress(OSError):
            if path.read_bytes() == encoded:
                return
        # Only a cache: a read-only data folder still lists, without it.
        with contextlib.suppress(OSError):
            write_atomic(path, encoded, sync=False)

    def _load_index(self) -> dict[str, Any]:
        """The index's rows by file name: a draft's file is named by its id (a file that is
        not is no draft), so each row, [inode, size, mtime_ns, id, ...], names its file."""
        # The index is only a cache, checked against every file's signature: any doubt, rebuild.
        try:
            data = json.loads((self.folder / INDEX_NAME).read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
            return {}
        rows = data.get("rows")
        if not isinstance(rows, list):
            return {}
        return {
            f"{row[3]}{SUFFIX}": row
            for row in rows
            if type(row) is list and len(row) > 3 and type(row[3]) is str
        }

    def _save_index(self, parts: builtins.list[bytes]) -> None:
        """Write the index from its rows as JSON (`_index_json`), in parts: a list of rows,
        compact (a third of the time a mapping of file names to rows took to write for 100,000
        drafts), each part made where its files were read."""
        data = b",".join(part for part in parts if part)
        # A read-only folder still lists; the index is rebuilt next time. Not fsynced: it is a
        # cache, every row checked against its file's signature, and an index a crash left
        # empty or garbled is rebuilt (fsyncing 25 MB for 100,000 drafts waited on the disk).
        with contextlib.suppress(OSError):
            write_atomic(
                self.folder / INDEX_NAME,
                b'{"version":%d,"rows":[%b]}' % (INDEX_VERSION, data),
                sync=False,
            )

    # -- earlier versions ------------------------------------------------------------------

    def save_history(self, draft: Draft) -> Path:
        """Keep `draft` as an earlier version, `history/<id>-<revision>.json`; an identical copy
        there already is reused, a different one with that name gets a number (`-2`, `-3` ...)."""
        return self._keep_in_history(draft.id, draft.revision, draft_file_bytes(draft))

    def save_history_file(self, path: Path) -> Path:
        """Move the draft file `path` (written by us, e.g. a staged import) into history."""
        data = path.read_bytes()
        draft = from_json(json.loads(data))
        target = self._keep_in_history(draft.id, draft.revision, data)
        path.unlink()
        return target

    def _keep_in_history(self, draft_id: str, revision: int, data: bytes) -> Path:
        folder = self.paths.ensure(self.history)
        n = 1
        while True:
            suffix = "" if n == 1 else f"-{n}"
            target = folder / f"{draft_id}-{revision}{suffix}{SUFFIX}"
            if not os.path.lexists(target):
                write_atomic(target, data)
                return target
            with contextlib.suppress(OSError):
                if target.read_bytes() == data:
                    return target
            n += 1

    def versions(self, draft_id: str) -> builtins.list[DraftVersion]:
        """The earlier versions of draft `draft_id` kept in history, oldest first (numbered from
        1 in that order); unreadable files are skipped."""
        if not is_valid_id(draft_id):
            raise DraftNotFoundError(_("'{id}' is not a draft id").format(id=draft_id))
        found: builtins.list[tuple[str, int, str, Draft]] = []
        try:
            entries = [e for e in os.scandir(self.history) if _is_version_of(e.name, draft_id)]
        except FileNotFoundError:
            entries = []
        for entry in entries:
            try:
                data = read_bounded(entry.path, MAX_DRAFT_BYTES)
                if len(data) > MAX_DRAFT_BYTES:
                    continue
                draft = from_json(json.loads(data.decode("utf-8")))
            except (OSError, ValueError, RecursionError, DraftFormatError):
                continue
            if draft.id == draft_id:
                found.append((draft.updated, draft.revision, entry.name, draft))
        found.sort(key=lambda item: item[:3])
        return [
            DraftVersion(n, self.history / name, draft)
            for n, (_u, _r, name, draft) in enumerate(found, start=1)
        ]

    def restore(self, draft_id: str, number: int | None = None) -> SaveResult:
        """Make earlier version `number` (default: the newest one) the draft again. The draft as
        it is now goes to history first, so a restore loses nothing and can itself be undone."""
        versions = self.versions(draft_id)
        if not versions:
            raise DraftNotFoundError(_("draft '{id}' has no earlier versions").format(id=draft_id))
        chosen = versions[-1] if number is None else None
        for version in versions:
            if version.number == number:
                chosen = version
        if chosen is None:
            raise DraftNotFoundError(
                _("draft '{id}' has no version {number} (it has 1 to {last})").format(
                    id=draft_id, number=number, last=len(versions)
                )
            )
        path = self.path_of(draft_id)
        try:
            current: Draft | None = self.load(draft_id)
        except DraftNotFoundError:
            current = None
        try:
            self.paths.ensure(self.folder)
            with self._locked():
                if current is not None:
                    self.save_history(current)
                revision = max(chosen.draft.revision, current.revision if current else 0) + 1
                restored = replace(chosen.draft, revision=revision, updated=utc_now())
                self._write(restored, path)
        except OSError as e:
            raise DraftSaveError(
                _("Could not restore the draft in {folder}: {reason}.").format(
                    folder=self.folder, reason=describe_os_error(e)
                )
            ) from e
        return SaveResult(restored, path)

    # -- deleting --------------------------------------------------------------------------

    def delete(self, draft_id: str) -> Path:
        """Move the draft to the trash (kept 30 days); returns where it went."""
        path = self.path_of(draft_id)
        if not path.exists():
            raise DraftNotFoundError(_("no draft with id '{id}'").format(id=draft_id))
        self.paths.ensure(self.trash)
        target = self.trash / path.name
        if target.exists():
            target = self.trash / f"{draft_id}-{int(time.time())}{SUFFIX}"
        os.replace(path, target)
        # The trash's 30 days count from the deletion.
        with contextlib.suppress(OSError):
            os.utime(target)
        self._written.pop(draft_id, None)
        return target

    def purge_trash(self, *, older_than_days: float = TRASH_DAYS) -> builtins.list[Path]:
        """Remove drafts deleted more than `older_than_days` ago; returns what was removed."""
        removed: builtins.list[Path] = []
        limit = time.time() - older_than_days * 86400
        try:
            entries = list(os.scandir(self.trash))
        except OSError:
            return removed
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                continue
        return removed


@dataclass(frozen=True)
class DraftVersion:
    """An earlier version of a draft kept in history: its number (1 = oldest), file and draft."""

    number: int
    path: Path
    draft: Draft


def _is_version_of(name: str, draft_id: str) -> bool:
    """`<id>-<revision>[-<n>].json`, the history file names of `draft_id`."""
    if not (name.startswith(f"{draft_id}-") and name.endswith(SUFFIX)):
        return False
    rest = name[len(draft_id) + 1 : -len(SUFFIX)]
    return all(part.isdigit() and part.isascii() for part in rest.split("-", 1))


def draft_file_bytes(draft: Draft) -> bytes:
    """The bytes of a draft file (and of a draft in a bundle): indented UTF-8 JSON."""
    return (json.dumps(to_json(draft), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# A draft's file name: "<id>.json", not hidden (the index, temp files), matched in C.
_DRAFT_NAME = re.compile(
    rf"(?!{re.escape(TEMP_PREFIX)})[^.].*{re.escape(SUFFIX)}\Z", re.DOTALL
).match


def _draft_names(folder: Path) -> builtins.list[str]:
    """The names of the draft files in `folder` (`_is_draft_name`), in the folder's order:
    without a Python call per name, for 100,000 drafts."""
    return list(filter(_DRAFT_NAME, os.listdir(folder)))


# How long before it is listed a folder must have been last changed for its names to be used
# again while its stamp stays the same (`_settled_names`): longer than a tick of the clock
# file systems stamp times with (1-10 ms), so that any later change gives a later time.
SETTLED_NS = 50_000_000


def _settled_names(
    folder: Path,
) -> tuple[builtins.list[int] | None, builtins.list[str]] | None:
    """Every name in `folder` (None when it cannot be listed), with the folder's stamp when
    the names may be used again while the stamp stays the same (else None): the folder was
    unchanged during the listing and for `SETTLED_NS` before it. A name added or removed
    later gives the folder a later time, so another stamp (a change within the tick of the
    last one could keep it; that one was `SETTLED_NS` before)."""
    started = time.time_ns()
    before = _folder_stamp(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    if before is None or before[1] > started - SETTLED_NS or _folder_stamp(folder) != before:
        return None, names
    return before, names


def _is_draft_name(name: str) -> bool:
    return name.endswith(SUFFIX) and not name.startswith((".", TEMP_PREFIX))


def _folder_stamp(folder: Path) -> builtins.list[int] | None:
    """The folder's inode and modification time: changed by every file added, removed or
    renamed into it."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return [st.st_ino, st.st_mtime_ns]


def _signature(st: os.stat_result) -> tuple[int, int, int]:
    # Every atomic write makes a new inode, so even a same-size rewrite within one mtime tick
    # changes the signature.
    return (st.st_ino, st.st_size, st.st_mtime_ns)
