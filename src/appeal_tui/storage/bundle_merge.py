"""Merging checked bundles into the drafts folder: all or nothing, one draft at a time.

For a draft id that exists already, the newer one (by `updated`, then `revision`) becomes the
draft and the other is kept as an earlier version (`DraftStore.versions`, `drafts history`).
Drafts and the versions they replace are first written to a staging folder inside the drafts
folder, then moved into place by renames; a failure before that changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, Protocol

from appeal_tui.core.draft import Draft, DraftFormatError, from_json, to_json
from appeal_tui.core.i18n import _
from appeal_tui.core.model import Sender
from appeal_tui.storage.atomic import fsync_folder
from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore, draft_file_bytes

STAGING_PREFIX = ".import-"
# A staging folder older than this was left by an interrupted import, not a running one.
STALE_STAGING_SECONDS = 60.0


class DraftSource(Protocol):
    """A checked bundle: `bundles.Bundle` (drafts in memory) or `bundles.CheckedBundle`."""

    def iter_drafts(self) -> Iterator[Draft]: ...


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
        return _(
            "{added} added, {updated} updated, {unchanged} unchanged, {kept} kept as they were "
            "(the other version of each updated or kept draft is kept: "
            "`appeal-tui drafts history ID` lists it, `drafts restore ID` brings it back)"
        ).format(
            added=self.count("added"),
            updated=self.count("updated"),
            unchanged=self.count("unchanged"),
            kept=self.count("kept"),
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


def save_history(store: DraftStore, draft: Draft) -> Path:
    """Keep `draft` as an earlier version (see `DraftStore.save_history`)."""
    return store.save_history(draft)


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


STAGING_PREFIX = ".import-"


def merge_bundles(store: DraftStore, bundles: Sequence[DraftSource]) -> MergeReport:
    """Merge checked `bundles` into `store`, all or nothing.

    Drafts are read one at a time and written, with the versions they replace, into a staging
    folder inside the drafts folder (same file system); only when every one is written are they
    moved into place by renames, history first. A failure before that (a full disk, a bundle
    changed since it was checked) removes the staging folder and changes nothing. Drafts are
    written as they came (their revision and times kept), not re-saved.
    """
    store.paths.ensure(store.folder)
    _remove_stale_staging(store)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=store.folder))
    try:
        steps, staged, history = _stage(store, bundles, stage)
        _commit(store, staged, history)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return MergeReport(steps)


def _stage(
    store: DraftStore, bundles: Sequence[DraftSource], stage: Path
) -> tuple[list[MergeStep], dict[str, Path], list[Path]]:
    """Every draft's outcome, its new file and the versions it sends to history, in `stage`.
    Only the draft being merged is held in memory; a draft met twice is read back from `stage`."""
    staged: dict[str, Path] = {}
    history: list[Path] = []
    steps: list[MergeStep] = []
    for bundle in bundles:
        for draft in bundle.iter_drafts():
            here = _current(store, staged, draft.id)
            (step,) = plan_merge([draft], {draft.id: here} if here is not None else {})
            if step.to_history is not None:
                path = stage / f"history-{len(history)}.json"
                _write_new(path, draft_file_bytes(step.to_history))
                history.append(path)
            if step.outcome in ("added", "updated"):
                path = stage / f"{draft.id}.json"
                _write_new(path, draft_file_bytes(step.draft), replace_ok=True)
                staged[draft.id] = path
            steps.append(_light(step))
    return steps, staged, history


def _current(store: DraftStore, staged: dict[str, Path], draft_id: str) -> Draft | None:
    if draft_id in staged:
        return from_json(json.loads(staged[draft_id].read_bytes()))
    return existing_drafts(store, [draft_id]).get(draft_id)


def _write_new(path: Path, data: bytes, *, replace_ok: bool = False) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace_ok else os.O_EXCL)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb", closefd=True) as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _light(step: MergeStep) -> MergeStep:
    """The step without letter text and writer's details: the report lists ids and cases."""

    def strip(draft: Draft | None) -> Draft | None:
        return None if draft is None else replace(draft, body="", sender=Sender())

    return MergeStep(step.outcome, strip(step.draft) or step.draft, strip(step.to_history))


def _commit(store: DraftStore, staged: dict[str, Path], history: list[Path]) -> None:
    """Move the staged files into place: the earlier versions first, so a crash in between
    loses nothing (a draft is replaced only once the version it replaces is in history)."""
    if history:
        for path in history:
            store.save_history_file(path)
        fsync_folder(store.history)
    for draft_id, path in staged.items():
        os.replace(path, store.path_of(draft_id))
    fsync_folder(store.folder)


def _remove_stale_staging(store: DraftStore) -> None:
    """Staging folders an interrupted import left (older than a minute: not a running one)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(store.folder):
            if (
                entry.name.startswith(STAGING_PREFIX)
                and entry.is_dir(follow_symlinks=False)
                and time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_STAGING_SECONDS
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
