"""DraftStore: conflicts keep both versions, corrupt files are quarantined, faults lose nothing."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from appeal_tui.core.draft import Draft, DraftFormatError, new_draft, to_json
from appeal_tui.storage import atomic
from appeal_tui.storage.drafts import (
    AmbiguousDraftIdError,
    DraftNotFoundError,
    DraftSaveError,
    DraftStore,
    draft_file_bytes,
)
from appeal_tui.storage.paths import Paths

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths(data_dir)


def a_draft(body: str = "Dear Sir,") -> Draft:
    return new_draft("ir-hossein-ronaghi-maleki", language="en", body=body, case_title="A case")


def on_disk(store: DraftStore, draft_id: str) -> dict[str, object]:
    data = json.loads(store.path_of(draft_id).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_save_and_load_round_trip_with_revisions(paths: Paths) -> None:
    store = DraftStore(paths)
    first = store.save(a_draft())
    assert first.draft.revision == 1 and not first.conflict
    second = store.save(replace(first.draft, body="Dear Sir, I write"))
    assert second.draft.revision == 2
    assert store.load(first.draft.id) == second.draft
    assert on_disk(store, first.draft.id)["body"] == "Dear Sir, I write"


def test_two_instances_saving_the_same_draft_keep_both_versions(paths: Paths) -> None:
    here, there = DraftStore(paths), DraftStore(paths)
    original = here.save(a_draft("start")).draft
    # Both windows opened revision 1; the other one saves first.
    theirs = there.save(replace(original, body="their words")).draft
    result = here.save(replace(original, body="my words"))

    assert result.conflict
    assert "another window" in result.message
    assert result.draft.id != original.id
    assert result.draft.conflict_of == original.id
    assert here.load(original.id).body == "their words"
    assert here.load(result.draft.id).body == "my words"
    assert theirs.revision == 2
    listed = {s.id: s for s in DraftStore(paths).list()}
    assert set(listed) == {original.id, result.draft.id}
    assert listed[result.draft.id].conflict_of == original.id

    # Saving on from the kept copy is an ordinary save, no new conflict.
    later = here.save(replace(result.draft, body="my words, more"))
    assert not later.conflict and later.draft.id == result.draft.id


def test_expected_revision_can_be_given_explicitly(paths: Paths) -> None:
    store = DraftStore(paths)
    saved = store.save(a_draft()).draft
    assert store.save(replace(saved, revision=99), expected_revision=1).draft.revision == 2
    assert store.save(saved, expected_revision=1).conflict


def test_a_corrupt_file_is_quarantined_and_the_others_still_list(paths: Paths) -> None:
    store = DraftStore(paths)
    good = store.save(a_draft("good")).draft
    bad = store.save(a_draft("soon broken")).draft
    store.path_of(bad.id).write_bytes(b'{"schema": 1, "id": "tr')
    wrong_type = store.save(a_draft("wrong")).draft
    data = to_json(wrong_type)
    data["recipients"] = "everyone"
    store.path_of(wrong_type.id).write_text(json.dumps(data), encoding="utf-8")

    fresh = DraftStore(paths)
    listed = fresh.list()
    assert [s.id for s in listed] == [good.id]
    messages = sorted(p.message for p in fresh.problems)
    assert len(messages) == 2
    assert any("not valid JSON" in m for m in messages)
    assert any("field 'recipients'" in m for m in messages)
    quarantine = paths.drafts / "quarantine"
    assert sorted(p.name for p in quarantine.iterdir()) == sorted(
        [f"{bad.id}.json", f"{wrong_type.id}.json"]
    )
    assert (quarantine / f"{bad.id}.json").read_bytes() == b'{"schema": 1, "id": "tr'
    with pytest.raises(DraftNotFoundError):
        fresh.load(bad.id)


def test_loading_a_corrupt_draft_quarantines_it_with_a_clear_error(paths: Paths) -> None:
    store = DraftStore(paths)
    draft = store.save(a_draft()).draft
    store.path_of(draft.id).write_bytes(b"\xff\xfe not text")
    with pytest.raises(DraftFormatError, match=r"not UTF-8 text.*moved to .*quarantine"):
        store.load(draft.id)
    assert not store.path_of(draft.id).exists()


def test_a_draft_from_a_newer_version_is_reported_but_left_alone(paths: Paths) -> None:
    store = DraftStore(paths)
    draft = store.save(a_draft()).draft
    data = {**to_json(draft), "schema": 7}
    store.path_of(draft.id).write_text(json.dumps(data), encoding="utf-8")
    assert store.list() == []
    assert "newer" in store.problems[0].message
    assert store.path_of(draft.id).exists()


def test_the_list_notices_files_changed_behind_its_index(paths: Paths) -> None:
    store = DraftStore(paths)
    draft = store.save(a_draft()).draft
    assert [s.status for s in store.list()] == ["draft"]
    # Another program (a bundle merge, another window) rewrites the file.
    data = {**to_json(draft), "status": "sent", "revision": 5}
    atomic.write_atomic(store.path_of(draft.id), json.dumps(data).encode())
    assert [(s.status, s.revision) for s in store.list()] == [("sent", 5)]
    store.path_of(draft.id).unlink()
    assert store.list() == []


def test_a_garbled_index_is_rebuilt(paths: Paths) -> None:
    store = DraftStore(paths)
    draft = store.save(a_draft()).draft
    store.list()
    (paths.drafts / ".index.json").write_text('{"version": 1, "entries": {"x": [1]}}')
    assert [s.id for s in store.list()] == [draft.id]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES])
def test_a_refused_write_raises_clearly_and_loses_nothing(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    store = DraftStore(paths)
    saved = store.save(a_draft("first words")).draft
    real_replace = os.replace

    def refuse(*_: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    typed = replace(saved, body="first words and more")
    with pytest.raises(DraftSaveError) as info:
        store.save(typed)
    reason = "the disk is full" if code == errno.ENOSPC else "no permission to write there"
    assert reason in str(info.value)
    assert "kept in the app" in str(info.value)
    assert store.load(saved.id).body == "first words"
    assert [p.name for p in paths.drafts.iterdir() if p.name.startswith(".tmp-")] == []

    monkeypatch.setattr(atomic.os, "replace", real_replace)
    again = store.save(typed)
    assert not again.conflict
    assert store.load(saved.id).body == "first words and more"


@posix_only
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_a_read_only_drafts_folder_fails_clearly_then_recovers(paths: Paths) -> None:
    store = DraftStore(paths)
    saved = store.save(a_draft("first")).draft
    os.chmod(paths.drafts, 0o500)
    try:
        with pytest.raises(DraftSaveError, match="no permission"):
            store.save(replace(saved, body="second"))
        assert [s.id for s in store.list()] == [saved.id]  # listing still works
    finally:
        os.chmod(paths.drafts, 0o700)
    assert store.save(replace(saved, body="second")).draft.body == "second"
    assert store.load(saved.id).body == "second"


@posix_only
def test_folders_are_owner_only_and_files_0600(paths: Paths) -> None:
    old = os.umask(0o022)
    try:
        store = DraftStore(paths)
        draft = store.save(a_draft()).draft
        store.delete(draft.id)
        store.path_of(store.save(a_draft()).draft.id).write_bytes(b"broken")
        store.list()
    finally:
        os.umask(old)
    for folder in (paths.data, paths.drafts, store.trash, store.quarantine):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    saved = [p for p in paths.drafts.iterdir() if p.is_file()]
    assert saved  # the index
    for f in [*saved, *store.trash.iterdir()]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_delete_moves_to_trash_and_old_trash_is_purged(paths: Paths) -> None:
    store = DraftStore(paths)
    draft = store.save(a_draft("to delete")).draft
    target = store.delete(draft.id)
    assert target.parent == store.trash
    assert json.loads(target.read_text())["body"] == "to delete"
    assert store.list() == []
    with pytest.raises(DraftNotFoundError):
        store.delete(draft.id)

    long_ago = time.time() - 31 * 86400
    os.utime(target, (long_ago, long_ago))
    recent = store.delete(store.save(a_draft()).draft.id)
    DraftStore(paths)  # opening a store purges
    assert not target.exists()
    assert recent.exists()


def test_stray_temp_files_are_cleaned_when_a_store_opens(paths: Paths) -> None:
    store = DraftStore(paths)
    stray = paths.drafts / ".tmp-abc.json-1234"
    stray.write_bytes(b'{"half')
    long_ago = time.time() - 3600
    os.utime(stray, (long_ago, long_ago))
    assert store.list() == []  # never listed
    DraftStore(paths)
    assert not stray.exists()


def test_ids_resolve_from_unique_prefixes(paths: Paths) -> None:
    store = DraftStore(paths)
    one = store.save(replace(a_draft(), id="abc111-20240101")).draft
    store.save(replace(a_draft(), id="abc222-20240101"))
    assert store.resolve("abc1") == one.id
    assert store.resolve(one.id) == one.id
    with pytest.raises(AmbiguousDraftIdError, match="'abc' matches 2 drafts"):
        store.resolve("abc")
    with pytest.raises(DraftNotFoundError):
        store.resolve("zzz")
    with pytest.raises(DraftNotFoundError):
        store.load("../escape")


def test_newest_rows_follow_saves_and_give_way_to_any_other_change(tmp_path: Path) -> None:
    """`newest` answers from the small file a listing left, kept current by saves; a draft
    added any other way (a file renamed into the folder) makes it step aside (None)."""
    store = DraftStore(Paths(tmp_path / "data"))
    assert store.newest(5) is None  # nothing listed yet
    first = store.save(new_draft("case-a", language="en", body="one")).draft
    store.list()
    assert store.newest(5) == ([store.list()[0]], 1)
    second = store.save(new_draft("case-b", language="en", body="two")).draft
    again = store.save(replace(first, body="one, edited")).draft
    # Both saved within the same second: rows updated at the same time go by id, as list()'s.
    newest = store.newest(5)
    assert newest is not None and {s.id for s in newest[0]} == {again.id, second.id}
    assert store.newest(5) == (store.list(), 2)
    # Another program's file appears: the rows may be stale now.
    other = new_draft("case-c", language="en", body="three")
    (store.folder / f"{other.id}.json").write_bytes(draft_file_bytes(other))
    assert store.newest(5) is None
    assert len(store.list()) == 3 and store.newest(5) is not None


def test_newest_gives_the_rows_it_keeps_when_asked_for_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("appeal_tui.storage.drafts.NEWEST_ROWS", 2)
    store = DraftStore(Paths(tmp_path / "data"))
    for n in range(4):
        store.save(new_draft(f"case-{n}", language="en", body="x"))
    listed = store.list()
    assert store.newest(100) == (listed[:2], 4)
