"""Autosaver: saves a draft as the writer types, off the UI thread, losing at most ~1 s of typing.

`update` runs on every keystroke, so it only records the latest state and wakes the saver thread;
the thread writes at most once per `interval`. A failed save (full disk, read-only folder) keeps
the text in memory and is retried with a growing pause until it succeeds or the app closes.

Callbacks run on the saver thread (or on the caller's thread inside `flush`): a Textual app
should hand them to its own thread with `App.call_from_thread`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TypedDict, Unpack

from appeal_tui.core.draft import Draft, DraftStatus
from appeal_tui.core.i18n import _
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, SaveResult

MAX_RETRY_PAUSE = 5.0


class DraftChanges(TypedDict, total=False):
    """The fields of a draft the writer changes while writing (`Autosaver.update`)."""

    body: str
    sender: Sender
    status: DraftStatus
    status_dates: dict[str, str]


class Autosaver:
    """Keeps `draft` saved in `store` while it changes. Start it, `update` it, `close` it."""

    def __init__(
        self,
        store: DraftStore,
        draft: Draft,
        *,
        interval: float = 0.5,
        on_saved: Callable[[SaveResult], None] | None = None,
        on_error: Callable[[DraftSaveError], None] | None = None,
        on_conflict: Callable[[SaveResult], None] | None = None,
        start: bool = True,
    ) -> None:
        self.store = store
        self.interval = interval
        self.on_saved = on_saved
        self.on_error = on_error
        self.on_conflict = on_conflict
        self._draft = draft
        # Changes counted by update(); saved_changes is the count the last good save included.
        self._changes = 0
        self._saved_changes = 0
        self._state = threading.Lock()  # guards _draft and the counters; held for microseconds
        self._saving = threading.Lock()  # one save at a time (thread vs flush)
        self._wake = threading.Event()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="appeal-tui-autosave", daemon=True)
        if start:
            self._thread.start()

    @property
    def draft(self) -> Draft:
        """The latest state: everything `update` was given, with the id and revision of the
        last save."""
        with self._state:
            return self._draft

    @property
    def dirty(self) -> bool:
        """True while there are changes not yet on disk."""
        with self._state:
            return self._changes != self._saved_changes

    def update(self, **changes: Unpack[DraftChanges]) -> None:
        """Record changed fields (e.g. `body=...`). Cheap: call it on every keystroke."""
        with self._state:
            self._draft = replace(self._draft, **changes)
            self._changes += 1
        self._wake.set()

    def flush(self) -> SaveResult | None:
        """Save now, on this thread, if anything changed. Returns the result (None if nothing to
        save); raises DraftSaveError if the save failed (the text stays in memory)."""
        return self._save_once(raise_errors=True)

    def close(self, *, flush: bool = True) -> SaveResult | None:
        """Stop the saver thread; with `flush`, save what is left first (errors raise)."""
        self._closed.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join()
        return self.flush() if flush else None

    # -- the saver thread ------------------------------------------------------------------

    def _run(self) -> None:
        last_save = 0.0
        failures = 0
        while not self._closed.is_set():
            self._wake.wait()
            if self._closed.is_set():
                return
            # At most one save per interval: typing faster than that coalesces into one write.
            pause = last_save + self.interval - time.monotonic()
            if pause > 0 and self._closed.wait(pause):
                return
            self._wake.clear()
            last_save = time.monotonic()
            try:
                self._save_once(raise_errors=True)
                failures = 0
            except DraftSaveError:
                failures += 1
                # Try again later even if the writer stops typing; never drop the text.
                retry = min(self.interval * 2**failures, MAX_RETRY_PAUSE)
                if self._closed.wait(retry):
                    return
                self._wake.set()
            except Exception as e:  # a bug must not silently stop autosaving
                self._report_error(
                    DraftSaveError(_("Saving failed unexpectedly: {error}").format(error=repr(e)))
                )
                if self._closed.wait(MAX_RETRY_PAUSE):
                    return
                self._wake.set()

    def _save_once(self, *, raise_errors: bool) -> SaveResult | None:
        with self._saving:
            with self._state:
                if self._changes == self._saved_changes and self._draft.revision > 0:
                    return None
                snapshot = self._draft
                changes = self._changes
            try:
                result = self.store.save(snapshot)
            except DraftSaveError as e:
                self._report_error(e)
                if raise_errors:
                    raise
                return None
            saved = result.draft
            with self._state:
                # Keep edits made while we were writing; take identity and revision from disk.
                self._draft = replace(
                    self._draft,
                    id=saved.id,
                    revision=saved.revision,
                    updated=saved.updated,
                    created=saved.created,
                    conflict_of=saved.conflict_of,
                )
                self._saved_changes = changes
        if result.conflict and self.on_conflict is not None:
            self.on_conflict(result)
        if self.on_saved is not None:
            self.on_saved(result)
        return result

    def _report_error(self, error: DraftSaveError) -> None:
        if self.on_error is not None:
            self.on_error(error)
