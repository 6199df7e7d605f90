"""`DraftStore(keep_names=True)`: the names listed at the opening serve the first listing
when the folder is unchanged since and was settled before (issue 18, session 14)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from appeal_tui.core.draft import new_draft, to_json
from appeal_tui.storage import atomic, drafts
from appeal_tui.storage.atomic import TEMP_PREFIX, clean_stray_temps
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths


def _write(folder: Path, case: str) -> str:
    draft = new_draft(case, language="en", recipients=("leader",))
    data = json.dumps(to_json(draft), ensure_ascii=False, indent=1).encode("utf-8")
    (folder / f"{draft.id}.json").write_bytes(data)
    return draft.id


def _settle(folder: Path) -> None:
    """The folder's time set a minute back: left unchanged since."""
    st = folder.stat()
    os.utime(folder, ns=(st.st_atime_ns, st.st_mtime_ns - 60 * 10**9))


@pytest.fixture
def listings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each listing of a folder, by its path."""
    seen: list[str] = []
    listdir = os.listdir

    def noted(path: object = ".") -> list[str]:
        seen.append(str(path))
        return listdir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "listdir", noted)
    return seen


def _ids(store: DraftStore) -> list[str]:
    return sorted(values[0] for values in store.rows())


def test_a_settled_folder_is_listed_once(tmp_path: Path, listings: list[str]) -> None:
    folder = DraftStore(Paths(tmp_path)).folder
    ids = sorted(_write(folder, f"case-{n}") for n in range(5))
    (folder / f"{TEMP_PREFIX}stray").write_bytes(b"x")
    _settle(folder)
    listings.clear()
    store = DraftStore(Paths(tmp_path), keep_names=True)
    assert _ids(store) == ids
    assert listings.count(str(folder)) == 1
    # The names serve the first listing only: the next one lists the folder again.
    assert _ids(store) == ids
    assert listings.count(str(folder)) == 2


def test_a_draft_added_after_the_opening_is_listed(tmp_path: Path, listings: list[str]) -> None:
    folder = DraftStore(Paths(tmp_path)).folder
    ids = [_write(folder, f"case-{n}") for n in range(3)]
    _settle(folder)
    store = DraftStore(Paths(tmp_path), keep_names=True)
    ids.append(_write(folder, "case-new"))
    (folder / f"{ids[0]}.json").unlink()
    assert _ids(store) == sorted(ids[1:])


def test_a_folder_changed_just_before_the_opening_is_listed_again(
    tmp_path: Path, listings: list[str]
) -> None:
    folder = DraftStore(Paths(tmp_path)).folder
    ids = sorted(_write(folder, f"case-{n}") for n in range(3))
    # Its time as late as the listing's (here later): a change in the same tick of the file
    # system's clock would keep the folder's stamp.
    st = folder.stat()
    os.utime(folder, ns=(st.st_atime_ns, time.time_ns() + 10 * 10**9))
    listings.clear()
    store = DraftStore(Paths(tmp_path), keep_names=True)
    assert _ids(store) == ids
    assert listings.count(str(folder)) == 2


def test_without_keep_names_nothing_is_kept(tmp_path: Path, listings: list[str]) -> None:
    folder = DraftStore(Paths(tmp_path)).folder
    ids = sorted(_write(folder, f"case-{n}") for n in range(3))
    _settle(folder)
    listings.clear()
    store = DraftStore(Paths(tmp_path))
    assert _ids(store) == ids
    assert listings.count(str(folder)) == 2


def test_kept_names_list_what_a_fresh_listing_lists(tmp_path: Path) -> None:
    folder = DraftStore(Paths(tmp_path)).folder
    for n in range(6):
        _write(folder, f"case-{n}")
    (folder / "not-a-draft.txt").write_text("x")
    (folder / ".hidden.json").write_text("{}")
    (folder / f"{TEMP_PREFIX}x.json").write_text("{}")
    _settle(folder)
    kept = DraftStore(Paths(tmp_path), keep_names=True).rows()
    (folder / drafts.INDEX_NAME).unlink()
    fresh = DraftStore(Paths(tmp_path)).rows()
    assert kept == fresh


def test_clean_stray_temps_takes_the_names_listed(tmp_path: Path) -> None:
    old = tmp_path / f"{TEMP_PREFIX}old"
    unlisted = tmp_path / f"{TEMP_PREFIX}unlisted"
    for path in (old, unlisted):
        path.write_bytes(b"x")
        os.utime(path, (0, 0))
    assert clean_stray_temps(tmp_path, names=[old.name, "draft.json"]) == [old]
    assert unlisted.exists()
    assert atomic.clean_stray_temps(tmp_path) == [unlisted]
