"""Bundles of drafts: how letters written on several laptops at an event reach the organiser.

A bundle is a zip file with `manifest.json` and one `drafts/<id>.json` per draft (the same JSON
as a draft file). A bundle comes from someone else's laptop, so reading one trusts nothing: the
whole bundle is checked first (entry names, kinds and sizes, declared and actual; the number of
entries; every JSON file; the manifest against the files) and refused as a whole with a message
if anything is wrong. Only a bundle that passes every check is merged, so a refused bundle
changes nothing.

Merging never loses a version: for a draft id that exists already, the newer one (by `updated`,
then `revision`) becomes the draft and the other is kept in `drafts/history/<id>-<revision>.json`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from appeal_tui.core.case_nodes import ID_PATTERN
from appeal_tui.core.draft import (
    Draft,
    DraftFormatError,
    from_json,
    is_valid_id,
    to_json,
    utc_now,
)
from appeal_tui.core.languages import is_known_language
from appeal_tui.core.problems import shown
from appeal_tui.export.files import write_exclusive
from appeal_tui.storage.atomic import fsync_folder, write_atomic
from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore

BUNDLE_FORMAT = "appeal-tui-drafts"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
# Limits far above any real event (a draft is a few kilobytes) and far below harm.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 20_001
MAX_DRAFT_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
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
    return (json.dumps(to_json(draft), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_bundle(path: Path, drafts: Sequence[Draft], *, event: str | None = None) -> int:
    """Write a bundle of `drafts` to a new file `path`; returns the number of drafts.

    Raises FileExistsError when `path` exists (a bundle is never replaced), OSError otherwise.
    The file is owner-only: drafts hold names and addresses.
    """
    write_exclusive(path, bundle_bytes(drafts, event=event))
    return len(drafts)


# --- reading -------------------------------------------------------------------------------------


def read_bundle(path: Path) -> Bundle:
    """Check the bundle at `path` in full and return its drafts; raise BundleError if anything
    in it is damaged, hostile or unexpected."""
    name = shown(path)

    def refuse(message: str) -> BundleError:
        return BundleError(f"{name}: {message}; nothing was imported")

    try:
        if path.is_symlink() or not path.is_file():
            raise refuse("not a regular file")
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise refuse(f"larger than {MAX_BUNDLE_BYTES // 2**20} MiB; not a bundle of drafts")
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_entries(infos, refuse)
            contents = {info.filename: _read_entry(zf, info, refuse) for info in infos}
    except BundleError:
        raise
    # zlib.error: a damaged deflate stream (one flipped byte in transit).
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        NotImplementedError,
        zlib.error,
    ) as e:
        raise refuse(f"not a readable zip file ({e})") from e
    except OSError as e:
        raise refuse(f"cannot read it ({e.strerror or e})") from e
    return _parse(name, contents, refuse)


def _check_entries(infos: list[zipfile.ZipInfo], refuse: Any) -> None:
    """Names, kinds and declared sizes of every entry, before anything is decompressed."""
    if len(infos) > MAX_ENTRIES:
        raise refuse(f"it has {len(infos)} entries, more than the {MAX_ENTRIES} allowed")
    seen: set[str] = set()
    declared = 0
    for info in infos:
        entry = info.filename
        shown = repr(entry)
        if not entry:  # zipfile's own is_dir() fails on an empty name
            raise refuse("an entry has no name")
        if "\\" in entry:
            raise refuse(f"entry {shown} has a backslash in its name (a Windows path)")
        if entry.startswith("/") or re.match(r"[A-Za-z]:", entry) or "\x00" in entry:
            raise refuse(f"entry {shown} has an absolute path")
        if ".." in entry.split("/"):
            raise refuse(f"entry {shown} climbs out of the folder ('..')")
        if entry in seen:
            raise refuse(f"entry {shown} appears twice")
        seen.add(entry)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise refuse(f"entry {shown} is a symbolic link")
        if info.flag_bits & 0x1:
            raise refuse(f"entry {shown} is encrypted")
        if info.is_dir():
            if entry != "drafts/":
                raise refuse(f"unexpected folder {shown}")
            continue
        if kind not in (0, stat.S_IFREG):
            raise refuse(f"entry {shown} is not a regular file")
        if entry != MANIFEST and not _DRAFT_ENTRY.fullmatch(entry):
            raise refuse(f"unexpected entry {shown} (a bundle holds manifest.json and drafts/)")
        limit = MAX_MANIFEST_BYTES if entry == MANIFEST else MAX_DRAFT_BYTES
        if info.file_size > limit:
            raise refuse(f"entry {shown} is {info.file_size} bytes, more than {limit} allowed")
        declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise refuse(f"its files add up to more than {MAX_TOTAL_BYTES // 2**20} MiB")
    if MANIFEST not in seen:
        raise refuse("it has no manifest.json (was it made with `appeal-tui drafts export`?)")


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, refuse: Any) -> bytes:
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
                raise refuse(f"entry {info.filename!r} is larger than it declares")
            chunks.append(chunk)
    return b"".join(chunks)


def _json(entry: str, data: bytes, refuse: Any) -> Any:
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise refuse(f"entry {entry!r} is not valid JSON ({e})") from e


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _parse(name: str, contents: dict[str, bytes], refuse: Any) -> Bundle:
    manifest = _json(MANIFEST, contents[MANIFEST], refuse)
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise refuse("manifest.json is not an appeal-tui drafts manifest")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > BUNDLE_VERSION:
        raise refuse(f"bundle version {version!r} is not one this appeal-tui can read")
    listed = manifest.get("drafts")
    if not isinstance(listed, list):
        raise refuse("manifest.json has no list of drafts")
    checksums: dict[str, str] = {}
    for item in listed:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("file"), str)
            and isinstance(item.get("sha256"), str)
        ):
            raise refuse("manifest.json lists a draft without its file and checksum")
        if item["file"] in checksums:
            raise refuse(f"manifest.json lists {item['file']!r} twice")
        checksums[item["file"]] = item["sha256"]
    files = {entry for entry in contents if _DRAFT_ENTRY.fullmatch(entry)}
    for entry in sorted(set(checksums) - files):
        raise refuse(f"manifest.json lists {entry!r} but the bundle does not hold it")
    for entry in sorted(files - set(checksums)):
        raise refuse(f"entry {entry!r} is not listed in manifest.json")

    drafts: list[Draft] = []
    for entry in sorted(files):
        data = contents[entry]
        if hashlib.sha256(data).hexdigest() != checksums[entry]:
            raise refuse(f"entry {entry!r} does not match its checksum (damaged in transit?)")
        try:
            draft = from_json(_json(entry, data, refuse))
        except DraftFormatError as e:
            raise refuse(f"entry {entry!r} is not a valid draft: {e}") from e
        match = _DRAFT_ENTRY.fullmatch(entry)
        if match is None or match.group(1) != draft.id or not is_valid_id(draft.id):
            raise refuse(f"entry {entry!r} holds draft {draft.id!r}, not the one its name says")
        wrong = draft_field_problem(draft)
        if wrong:
            raise refuse(f"entry {entry!r} is not a valid draft: {wrong}")
        drafts.append(draft)
    event = manifest.get("event")
    created = manifest.get("created")
    return Bundle(
        name,
        tuple(drafts),
        created=created if isinstance(created, str) else "",
        event=event if isinstance(event, str) else None,
    )


def draft_field_problem(draft: Draft) -> str | None:
    """What is wrong with a draft from someone else's laptop, checked against the case format's
    own patterns (ids and recipient keys `[a-z0-9-]`, a known language code) and bounds; None
    when nothing is. These fields reach file names, CSV cells and the terminal."""
    if not (0 < len(draft.case_id) <= MAX_KEY_LENGTH and ID_PATTERN.fullmatch(draft.case_id)):
        return f"field 'case_id': {shown(draft.case_id[:80])!r} is not a case id ([a-z0-9-])"
    if not (len(draft.language) <= MAX_KEY_LENGTH and is_known_language(draft.language)):
        return f"field 'language': {shown(draft.language[:80])!r} is not a language code"
    if len(draft.recipients) > MAX_RECIPIENTS:
        return f"field 'recipients': {len(draft.recipients)} recipients, more than {MAX_RECIPIENTS}"
    for key in draft.recipients:
        if not (0 < len(key) <= MAX_KEY_LENGTH and ID_PATTERN.fullmatch(key)):
            return f"field 'recipients': {shown(key[:80])!r} is not a recipient key ([a-z0-9-])"
    if not 0 <= draft.revision <= MAX_REVISION:
        return (
            f"field 'revision': {_short_number(draft.revision)} is out of range (0-{MAX_REVISION})"
        )
    return None


def _short_number(n: int) -> str:
    """A number for a message: a 250-digit one is shown by its size, not its digits."""
    digits = len(str(abs(n))) if abs(n) < 10**100 else 101
    return (
        str(n) if digits <= 20 else f"a number of {'over 100' if digits > 100 else digits} digits"
    )


# --- merging -------------------------------------------------------------------------------------

Outcome = Literal["added", "updated", "unchanged", "kept"]


@dataclass(frozen=True)
class MergeStep:
    """What importing one draft does. `added`: new here; `updated`: the incoming one is newer and
    replaces the draft here (the old one goes to history); `unchanged`: the same draft is here;
    `kept`: the draft here is newer (the incoming one goes to history)."""

    outcome: Outcome
    draft: Draft
    to_history: Draft | None = None


@dataclass
class MergeReport:
    """What an import did, draft by draft."""

    steps: list[MergeStep] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for s in self.steps if s.outcome == outcome)

    def summary(self) -> str:
        """'3 added, 1 updated, 2 unchanged, 0 kept (older copies are in drafts/history)'."""
        return (
            f"{self.count('added')} added, {self.count('updated')} updated, "
            f"{self.count('unchanged')} unchanged, {self.count('kept')} kept as they were "
            "(the other version of each updated or kept draft is in drafts/history)"
        )


def _moment(draft: Draft) -> tuple[dt.datetime, int]:
    try:
        when = dt.datetime.fromisoformat(draft.updated)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
    except ValueError:
        when = dt.datetime.min.replace(tzinfo=dt.UTC)
    return when, draft.revision


def plan_merge(incoming: Iterable[Draft], existing: dict[str, Draft]) -> list[MergeStep]:
    """What merging `incoming` into the drafts `existing` (by id) does, without doing it.

    The same id twice among `incoming` (two bundles with the same draft) is resolved the same
    way, as if the first had been imported before the second.
    """
    current = dict(existing)
    steps: list[MergeStep] = []
    for draft in incoming:
        here = current.get(draft.id)
        if here is None:
            steps.append(MergeStep("added", draft))
            current[draft.id] = draft
        elif to_json(here) == to_json(draft):
            steps.append(MergeStep("unchanged", draft))
        elif _moment(draft) > _moment(here):
            steps.append(MergeStep("updated", draft, to_history=here))
            current[draft.id] = draft
        else:
            steps.append(MergeStep("kept", here, to_history=draft))
    return steps


def history_dir(store: DraftStore) -> Path:
    """Where older versions of merged drafts are kept."""
    return store.folder / "history"


def save_history(store: DraftStore, draft: Draft) -> Path:
    """Keep `draft` as `history/<id>-<revision>.json`; an identical copy there already is reused,
    a different one with that name gets a number (`-2`, `-3` ...)."""
    folder = store.paths.ensure(history_dir(store))
    data = _draft_bytes(draft)
    n = 1
    while True:
        suffix = "" if n == 1 else f"-{n}"
        target = folder / f"{draft.id}-{draft.revision}{suffix}.json"
        if not os.path.lexists(target):
            write_atomic(target, data)
            return target
        try:
            if target.read_bytes() == data:
                return target
        except OSError:
            pass
        n += 1


def existing_drafts(store: DraftStore, ids: Iterable[str]) -> dict[str, Draft]:
    """The drafts in `store` with these ids (a corrupt one is quarantined by the store and
    counts as absent)."""
    found: dict[str, Draft] = {}
    for draft_id in dict.fromkeys(ids):
        try:
            found[draft_id] = store.load(draft_id)
        except (DraftNotFoundError, DraftFormatError):
            continue
    return found


def merge_bundles(store: DraftStore, bundles: Sequence[Bundle]) -> MergeReport:
    """Merge checked `bundles` into `store`: history copies first, so a crash half-way loses
    nothing. Drafts are written as they came (their revision and times kept), not re-saved."""
    incoming = [draft for bundle in bundles for draft in bundle.drafts]
    steps = plan_merge(incoming, existing_drafts(store, (d.id for d in incoming)))
    store.paths.ensure(store.folder)
    for step in steps:
        if step.to_history is not None:
            save_history(store, step.to_history)
        if step.outcome in ("added", "updated"):
            write_atomic(store.path_of(step.draft.id), _draft_bytes(step.draft))
    fsync_folder(store.folder)
    return MergeReport(list(steps))


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
