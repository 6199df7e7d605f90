"""Autosaver: saves off the calling thread, retries after errors, never drops the text."""

from __future__ import annotations

import errno
import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from appeal_tui.core.draft import new_draft
from appeal_tui.storage import atomic
from appeal_tui.storage.autosave import Autosaver
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, SaveResult
from appeal_tui.storage.paths import Paths

WAIT = 10.0  # generous: only reached when something is broken


@pytest.fixture
def store(data_dir: Path) -> DraftStore:
    return DraftStore(Paths(data_dir))


def test_typing_is_saved_in_the_background_and_on_close(store: DraftStore) -> None:
    saved: list[SaveResult] = []
    first_save = threading.Event()

    def on_saved(result: SaveResult) -> None:
        saved.append(result)
        first_save.set()

    saver = Autosaver(store, new_draft("c", language="en"), interval=0.05, on_saved=on_saved)
    text = ""
    for ch in "Dear Minister, please release him.":
        text += ch
        saver.update(body=text)
    assert first_save.wait(WAIT)
    saver.close()
    assert store.load(saver.draft.id).body == text
    # Keystrokes faster than the interval are coalesced: far fewer writes than keys.
    assert 1 <= len(saved) < len(text)
    assert saver.draft.revision == saved[-1].draft.revision
    assert not saver.dirty


def test_flush_saves_a_new_draft_even_without_changes(store: DraftStore) -> None:
    saver = Autosaver(store, new_draft("c", language="en", body="template"), start=False)
    result = saver.flush()
    assert result is not None and result.draft.revision == 1
    assert saver.flush() is None  # nothing new
    assert store.load(result.draft.id).body == "template"


def test_a_failing_disk_keeps_the_text_and_retries_until_it_works(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[DraftSaveError] = []
    saved_after_error = threading.Event()
    real_replace = os.replace
    disk_full = threading.Event()
    disk_full.set()

    def replace_unless_full(src: str, dst: str) -> None:
        if disk_full.is_set():
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    def on_error(e: DraftSaveError) -> None:
        errors.append(e)
        disk_full.clear()  # the writer frees some space

    def on_saved(_: SaveResult) -> None:
        if errors:
            saved_after_error.set()

    monkeypatch.setattr(atomic.os, "replace", replace_unless_full)
    saver = Autosaver(
        store,
        new_draft("c", language="en"),
        interval=0.02,
        on_error=on_error,
        on_saved=on_saved,
    )
    saver.update(body="every word counts")
    # No further keystrokes: the retry alone must get the text to disk.
    assert saved_after_error.wait(WAIT)
    saver.close()
    assert "the disk is full" in str(errors[0])
    assert store.load(saver.draft.id).body == "every word counts"
    assert not saver.dirty


def test_flush_raises_while_the_disk_refuses_and_the_text_stays(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Autosaver(store, new_draft("c", language="en"), start=False)
    saver.update(body="unsaved words")

    def refuse(*_: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(DraftSaveError, match="no permission"):
        saver.flush()
    assert saver.draft.body == "unsaved words" and saver.dirty
    monkeypatch.undo()
    assert saver.flush() is not None
    assert store.load(saver.draft.id).body == "unsaved words"


def test_a_conflict_is_reported_and_saving_goes_on_in_the_kept_copy(store: DraftStore) -> None:
    original = store.save(new_draft("c", language="en", body="start")).draft
    conflicts: list[SaveResult] = []
    saver = Autosaver(store, original, start=False, on_conflict=conflicts.append)
    DraftStore(store.paths).save(replace(original, body="other window"))

    saver.update(body="start, mine")
    saver.flush()
    assert len(conflicts) == 1
    kept = saver.draft
    assert kept.id != original.id and kept.conflict_of == original.id
    saver.update(body="start, mine, more")
    saver.close()
    assert not conflicts[1:]
    assert store.load(original.id).body == "other window"
    assert store.load(kept.id).body == "start, mine, more"
