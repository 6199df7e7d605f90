"""Bundles of drafts: how letters written on several laptops at an event reach the organiser.

A bundle is a zip file with `manifest.json` and one `drafts/<id>.json` per draft (the same JSON
as a draft file). A bundle comes from someone else's laptop, so reading one trusts nothing: the
whole bundle is checked first (the entry count and directory size from the zip's end record,
before zipfile reads the directory; entry names, kinds and sizes, declared and actual; every JSON
file; the manifest against the files; each draft's fields against the case format, its size and
its clock) and refused as a whole with a message if anything is wrong. Checking and merging read
one draft at a time, never a whole bundle into memory.

Merging (`storage/bundle_merge.py`) is all or nothing and never loses a version: for a draft id
that exists already, the newer one (by `updated`, then `revision`) becomes the draft and the other
is kept as an earlier version (`appeal-tui drafts history ID`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from appeal_tui.core.case_nodes import ID_PATTERN
from appeal_tui.core.draft import (
    Draft,
    DraftFormatError,
    from_json,
    is_valid_id,
    utc_now,
)
from appeal_tui.core.i18n import _
from appeal_tui.core.languages import is_known_language
from appeal_tui.core.problems import shown
from appeal_tui.storage.atomic import write_exclusive
from appeal_tui.storage.bundle_merge import (
    STAGING_PREFIX,
    MergeReport,
    MergeStep,
    Outcome,
    existing_drafts,
    merge_bundles,
    plan_merge,
    save_history,
)
from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore, draft_file_bytes

__all__ = [
    "STAGING_PREFIX",
    "Bundle",
    "BundleError",
    "CheckedBundle",
    "MergeReport",
    "MergeStep",
    "Outcome",
    "bundle_bytes",
    "check_bundle",
    "draft_field_problem",
    "drafts_to_export",
    "existing_drafts",
    "merge_bundles",
    "plan_merge",
    "read_bundle",
    "save_history",
    "write_bundle",
]

BUNDLE_FORMAT = "appeal-tui-drafts"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
# Limits far above any real event (a draft is a few kilobytes) and far below harm.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 20_001
MAX_DRAFT_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# The central directory of MAX_ENTRIES entries with 64-character ids is about 2.5 MB; zipfile
# reads all of it (and makes an object per entry) before any entry can be counted.
MAX_DIRECTORY_BYTES = MAX_ENTRIES * 160
# One draft's text (body and every other field together), in characters. A letter is 2-6 KB;
# 256 KiB is forty times the longest letter we have seen and still far from harm (255 drafts of
# 1 MiB each made a 392 KB bundle that wrote 255 MiB).
MAX_DRAFT_TEXT = 256 * 1024
# Clocks differ between laptops, and time zones by up to a day; a draft dated later than this
# after our clock is refused rather than allowed to win every merge.
MAX_CLOCK_AHEAD = dt.timedelta(days=1)
# A draft's case id, language and recipient keys, as the case format allows them.
MAX_KEY_LENGTH = 100
MAX_RECIPIENTS = 200
# Saves of one draft: a writer saving every second for thirty years stays below.
MAX_REVISION = 10**9
_DRAFT_ENTRY = re.compile(r"drafts/([0-9a-z][0-9a-z-]{3,63})\.json")
_CHUNK = 64 * 1024


class BundleError(Exception):
    """The bundle cannot be used; the message says why, naming the bundle and the entry."""


@dataclass(frozen=True)
class Bundle:
    """A checked bundle: its drafts, and what its manifest says about where it came from."""

    path: str
    drafts: tuple[Draft, ...]
    created: str = ""
    event: str | None = None

    def iter_drafts(self) -> Iterator[Draft]:
        return iter(self.drafts)


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle that passed every check, its drafts left in the file (`check_bundle`).

    Importing reads them again one at a time (`iter_drafts`), each checked again against the
    checksum seen when the bundle was checked: a file swapped meanwhile is refused, and memory
    holds one draft, not a bundle (four 255-draft bundles peaked at 1.33 GB held in memory)."""

    path: Path
    name: str
    checksums: tuple[tuple[str, str], ...]
    created: str = ""
    event: str | None = None

    @property
    def count(self) -> int:
        return len(self.checksums)

    def iter_drafts(self) -> Iterator[Draft]:
        refuse = _refuser(self.name)
        with _open_zip(self.path, refuse) as zf:
            for entry, digest in self.checksums:
                try:
                    info = zf.getinfo(entry)
                except KeyError:
                    raise refuse(
                        _("entry {entry} disappeared since it was checked").format(
                            entry=repr(entry)
                        )
                    ) from None
                yield _draft_from(entry, _read_entry(zf, info, refuse), digest, refuse)


# --- writing -------------------------------------------------------------------------------------


def bundle_bytes(drafts: Sequence[Draft], *, event: str | None = None) -> bytes:
    """The zip file for `drafts`, with a manifest listing each draft's file and checksum."""
    import io

    buffer = io.BytesIO()
    entries: list[dict[str, Any]] = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for draft in sorted(drafts, key=lambda d: d.id):
            data = _draft_bytes(draft)
            name = f"drafts/{draft.id}.json"
            zf.writestr(_entry(name), data)
            entries.append(
                {
                    "id": draft.id,
                    "file": name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "revision": draft.revision,
                    "updated": draft.updated,
                }
            )
        manifest = {
            "format": BUNDLE_FORMAT,
            "version": BUNDLE_VERSION,
            "created": utc_now(),
            "event": event,
            "drafts": entries,
        }
        zf.writestr(_entry(MANIFEST), json.dumps(manifest, indent=1).encode("utf-8"))
    return buffer.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def _draft_bytes(draft: Draft) -> bytes:
    return draft_file_bytes(draft)


def write_bundle(path: Path, drafts: Sequence[Draft], *, event: str | None = None) -> int:
    """Write a bundle of `drafts` to a new file `path`; returns the number of drafts.

    Raises FileExistsError when `path` exists (a bundle is never replaced), OSError otherwise.
    The file is owner-only: drafts hold names and addresses.
    """
    write_exclusive(path, bundle_bytes(drafts, event=event))
    return len(drafts)


# --- reading -------------------------------------------------------------------------------------


def _refuser(name: str) -> Callable[[str], BundleError]:
    def refuse(message: str) -> BundleError:
        return BundleError(
            _("{bundle}: {problem}; nothing was imported").format(bundle=name, problem=message)
        )

    return refuse


def check_bundle(path: Path) -> CheckedBundle:
    """Check the bundle at `path` in full, one entry at a time, and return what it holds without
    keeping its drafts in memory; raise BundleError if anything in it is damaged, hostile or
    unexpected. `CheckedBundle.iter_drafts` reads the drafts again, one at a time."""
    name = shown(path)
    refuse = _refuser(name)
    with _open_zip(path, refuse) as zf:
        infos = zf.infolist()
        _check_entries(infos, refuse)
        by_name = {info.filename: info for info in infos}
        manifest = _json(MANIFEST, _read_entry(zf, by_name[MANIFEST], refuse), refuse)
        checksums = _checksums(manifest, by_name, refuse)
        for entry, digest in checksums:
            _draft_from(entry, _read_entry(zf, by_name[entry], refuse), digest, refuse)
    event = manifest.get("event")
    created = manifest.get("created")
    return CheckedBundle(
        path,
        name,
        checksums,
        created=created if isinstance(created, str) else "",
        event=event if isinstance(event, str) else None,
    )


def read_bundle(path: Path) -> Bundle:
    """`check_bundle`, with every draft read into memory (small bundles, tests)."""
    checked = check_bundle(path)
    return Bundle(
        checked.name, tuple(checked.iter_drafts()), created=checked.created, event=checked.event
    )


@contextlib.contextmanager
def _open_zip(path: Path, refuse: Callable[[str], BundleError]) -> Iterator[zipfile.ZipFile]:
    """The zip file at `path`, once its size and its central directory's declared size and entry
    count are known to be within bounds (read from the end record, before zipfile reads the
    directory: a 400 KB zip can declare 700,000 entries)."""
    try:
        if path.is_symlink() or not path.is_file():
            raise refuse(_("not a regular file"))
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_BUNDLE_BYTES:
                raise refuse(
                    _("larger than {mib} MiB; not a bundle of drafts").format(
                        mib=MAX_BUNDLE_BYTES // 2**20
                    )
                )
            _check_directory_size(f, size, refuse)
            with zipfile.ZipFile(f) as zf:
                yield zf
    except BundleError:
        raise
    # zlib.error: a damaged deflate stream (one flipped byte in transit).
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        NotImplementedError,
        zlib.error,
        struct.error,
    ) as e:
        raise refuse(_("not a readable zip file ({reason})").format(reason=e)) from e
    except OSError as e:
        raise refuse(_("cannot read it ({reason})").format(reason=e.strerror or e)) from e


_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")


def _check_directory_size(f: BinaryIO, size: int, refuse: Callable[[str], BundleError]) -> None:
    """Refuse a zip whose end record declares more entries, or a larger central directory, than
    a bundle can have. Found as zipfile finds it: the last end record in the final 64 KiB."""
    tail_size = min(size, _EOCD.size + 0xFFFF)
    f.seek(size - tail_size)
    tail = f.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        raise refuse(_("not a readable zip file (it has no end of central directory record)"))
    fields = _EOCD.unpack_from(tail, at)
    entries, directory = fields[4], fields[5]
    if entries == 0xFFFF or directory == 0xFFFFFFFF or fields[6] == 0xFFFFFFFF:
        # Zip64: the real numbers are in the Zip64 end record the locator points to.
        locator_at = size - tail_size + at - _EOCD64_LOCATOR.size
        if locator_at >= 0:
            f.seek(locator_at)
            locator = f.read(_EOCD64_LOCATOR.size)
            if locator[:4] == b"PK\x06\x07":
                f.seek(_EOCD64_LOCATOR.unpack(locator)[2])
                record = f.read(_EOCD64.size)
                if len(record) == _EOCD64.size and record[:4] == b"PK\x06\x06":
                    entries, directory = _EOCD64.unpack(record)[6:8]
    if entries > MAX_ENTRIES:
        raise refuse(
            _("it has {n} entries, more than the {limit} allowed").format(
                n=entries, limit=MAX_ENTRIES
            )
        )
    if directory > MAX_DIRECTORY_BYTES:
        raise refuse(
            _("its list of entries is {size} bytes, more than the {limit} a bundle needs").format(
                size=directory, limit=MAX_DIRECTORY_BYTES
            )
        )


# --- reading -------------------------------------------------------------------------------------


def _check_entries(infos: list[zipfile.ZipInfo], refuse: Callable[[str], BundleError]) -> None:
    """Names, kinds and declared sizes of every entry, before anything is decompressed."""
    if len(infos) > MAX_ENTRIES:
        raise refuse(
            _("it has {n} entries, more than the {limit} allowed").format(
                n=len(infos), limit=MAX_ENTRIES
            )
        )
    seen: set[str] = set()
    declared = 0
    for info in infos:
        entry = info.filename
        shown = repr(entry)
        if not entry:  # zipfile's own is_dir() fails on an empty name
            raise refuse(_("an entry has no name"))
        if "\\" in entry:
            raise refuse(
                _("entry {entry} has a backslash in its name (a Windows path)").format(entry=shown)
            )
        if entry.startswith("/") or re.match(r"[A-Za-z]:", entry) or "\x00" in entry:
            raise refuse(_("entry {entry} has an absolute path").format(entry=shown))
        if ".." in entry.split("/"):
            raise refuse(_("entry {entry} climbs out of the folder ('..')").format(entry=shown))
        if entry in seen:
            raise refuse(_("entry {entry} appears twice").format(entry=shown))
        seen.add(entry)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise refuse(_("entry {entry} is a symbolic link").format(entry=shown))
        if info.flag_bits & 0x1:
            raise refuse(_("entry {entry} is encrypted").format(entry=shown))
        if info.is_dir():
            if entry != "drafts/":
                raise refuse(_("unexpected folder {entry}").format(entry=shown))
            continue
        if kind not in (0, stat.S_IFREG):
            raise refuse(_("entry {entry} is not a regular file").format(entry=shown))
        if entry != MANIFEST and not _DRAFT_ENTRY.fullmatch(entry):
            raise refuse(
                _("unexpected entry {entry} (a bundle holds manifest.json and drafts/)").format(
                    entry=shown
                )
            )
        limit = MAX_MANIFEST_BYTES if entry == MANIFEST else MAX_DRAFT_BYTES
        if info.file_size > limit:
            raise refuse(
                _("entry {entry} is {size} bytes, more than {limit} allowed").format(
                    entry=shown, size=info.file_size, limit=limit
                )
            )
        declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise refuse(
                _("its files add up to more than {mib} MiB").format(mib=MAX_TOTAL_BYTES // 2**20)
            )
    if MANIFEST not in seen:
        raise refuse(_("it has no manifest.json (was it made with `appeal-tui drafts export`?)"))


def _read_entry(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, refuse: Callable[[str], BundleError]
) -> bytes:
    """The entry's bytes, reading at most its size limit however large it turns out to be."""
    if info.is_dir():
        return b""
    limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_DRAFT_BYTES
    chunks: list[bytes] = []
    size = 0
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            size += len(chunk)
            if size > limit or size > info.file_size:
                raise refuse(
                    _("entry {entry} is larger than it declares").format(entry=repr(info.filename))
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _json(entry: str, data: bytes, refuse: Callable[[str], BundleError]) -> Any:
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise refuse(
            _("entry {entry} is not valid JSON ({reason})").format(entry=repr(entry), reason=e)
        ) from e


def _no_constant(name: str) -> NoReturn:
    raise ValueError(_("{name} is not allowed").format(name=name))


def _checksums(
    manifest: Any, infos: dict[str, zipfile.ZipInfo], refuse: Callable[[str], BundleError]
) -> tuple[tuple[str, str], ...]:
    """The manifest checked against the entries: (entry, sha256) of each draft, by entry name."""
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise refuse(_("manifest.json is not an appeal-tui drafts manifest"))
    version = manifest.get("version")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not 1 <= version <= BUNDLE_VERSION
    ):
        raise refuse(
            _("bundle version {version} is not one this appeal-tui can read").format(
                version=shown(repr(version)[:40])
            )
        )
    listed = manifest.get("drafts")
    if not isinstance(listed, list):
        raise refuse(_("manifest.json has no list of drafts"))
    checksums: dict[str, str] = {}
    for item in listed:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("file"), str)
            and isinstance(item.get("sha256"), str)
        ):
            raise refuse(_("manifest.json lists a draft without its file and checksum"))
        if item["file"] in checksums:
            raise refuse(_("manifest.json lists {entry} twice").format(entry=repr(item["file"])))
        checksums[item["file"]] = item["sha256"]
    files = {entry for entry in infos if _DRAFT_ENTRY.fullmatch(entry)}
    for entry in sorted(set(checksums) - files):
        raise refuse(
            _("manifest.json lists {entry} but the bundle does not hold it").format(
                entry=repr(entry)
            )
        )
    for entry in sorted(files - set(checksums)):
        raise refuse(_("entry {entry} is not listed in manifest.json").format(entry=repr(entry)))
    return tuple((entry, checksums[entry]) for entry in sorted(files))


def _draft_from(
    entry: str, data: bytes, digest: str, refuse: Callable[[str], BundleError]
) -> Draft:
    """The draft in `entry`, checked: checksum, JSON, draft format, id, fields and bounds."""
    if hashlib.sha256(data).hexdigest() != digest:
        raise refuse(
            _("entry {entry} does not match its checksum (damaged in transit?)").format(
                entry=repr(entry)
            )
        )
    try:
        draft = from_json(_json(entry, data, refuse))
    except DraftFormatError as e:
        raise refuse(
            _("entry {entry} is not a valid draft: {problem}").format(entry=repr(entry), problem=e)
        ) from e
    match = _DRAFT_ENTRY.fullmatch(entry)
    if match is None or match.group(1) != draft.id or not is_valid_id(draft.id):
        raise refuse(
            _("entry {entry} holds draft {draft}, not the one its name says").format(
                entry=repr(entry), draft=repr(draft.id)
            )
        )
    wrong = draft_field_problem(draft)
    if wrong:
        raise refuse(
            _("entry {entry} is not a valid draft: {problem}").format(
                entry=repr(entry), problem=wrong
            )
        )
    return draft


def draft_field_problem(draft: Draft) -> str | None:
    """What is wrong with a draft from someone else's laptop, checked against the case format's
    own patterns (ids and recipient keys `[a-z0-9-]`, a known language code) and bounds; None
    when nothing is. These fields reach file names, CSV cells and the terminal."""
    if not (0 < len(draft.case_id) <= MAX_KEY_LENGTH and ID_PATTERN.fullmatch(draft.case_id)):
        return _("field 'case_id': {value} is not a case id ([a-z0-9-])").format(
            value=repr(shown(draft.case_id[:80]))
        )
    if not (len(draft.language) <= MAX_KEY_LENGTH and is_known_language(draft.language)):
        return _("field 'language': {value} is not a language code").format(
            value=repr(shown(draft.language[:80]))
        )
    if len(draft.recipients) > MAX_RECIPIENTS:
        return _("field 'recipients': {n} recipients, more than {limit}").format(
            n=len(draft.recipients), limit=MAX_RECIPIENTS
        )
    for key in draft.recipients:
        if not (0 < len(key) <= MAX_KEY_LENGTH and ID_PATTERN.fullmatch(key)):
            return _("field 'recipients': {value} is not a recipient key ([a-z0-9-])").format(
                value=repr(shown(key[:80]))
            )
    if not 0 <= draft.revision <= MAX_REVISION:
        return _("field 'revision': {value} is out of range (0-{limit})").format(
            value=_short_number(draft.revision), limit=MAX_REVISION
        )
    size = _text_size(draft)
    if size > MAX_DRAFT_TEXT:
        return _(
            "{size} characters of text, more than the {limit} a letter can need ({kib} KiB)"
        ).format(size=size, limit=MAX_DRAFT_TEXT, kib=MAX_DRAFT_TEXT // 1024)
    latest = dt.datetime.now(dt.UTC) + MAX_CLOCK_AHEAD
    for name in ("created", "updated"):
        when = _parse_time(getattr(draft, name))
        if when is not None and when > latest:
            return _(
                "field '{field}': {value} is more than a day after this computer's clock; "
                "check the clock of the laptop that made the bundle, and export it again"
            ).format(field=name, value=shown(getattr(draft, name)[:40]))
    return None


def _text_size(draft: Draft) -> int:
    s = draft.sender
    texts = [draft.body, draft.case_title, draft.event, s.name, s.city, s.country, s.email]
    size = sum(len(t) for t in texts if t)
    return size + sum(map(len, s.address)) + sum(map(len, draft.status_dates.values()))


def _parse_time(text: str) -> dt.datetime | None:
    """An ISO time from a draft as an aware datetime; None when it is not one."""
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _short_number(n: int) -> str:
    """A number for a message: a 250-digit one is shown by its size, not its digits."""
    digits = len(str(abs(n))) if abs(n) < 10**100 else 101
    if digits <= 20:
        return str(n)
    if digits > 100:
        return _("a number of over 100 digits")
    return _("a number of {n} digits").format(n=digits)


# --- merging: see storage/bundle_merge.py (names kept here for callers) --------------------------


def drafts_to_export(
    store: DraftStore, *, event: str | None = None, statuses: Sequence[str] = ()
) -> list[Draft]:
    """The drafts of `store` for a bundle: of `event` (without regard to case and spacing) and
    with one of `statuses` when given; unreadable ones are skipped (the store reports them)."""
    wanted_event = " ".join(event.casefold().split()) if event else None
    chosen: list[Draft] = []
    for summary in store.list():
        event_here = " ".join((summary.event or "").casefold().split())
        if wanted_event is not None and event_here != wanted_event:
            continue
        if statuses and summary.status not in statuses:
            continue
        try:
            chosen.append(store.load(summary.id))
        except (DraftNotFoundError, DraftFormatError, OSError):
            continue
    return chosen
