"""A listing that shares the files with forked copies of the process (`DraftStore.rows` with
`helpers`, as `drafts list` lists 100,000 drafts) gives what a listing in one process gives:
the same rows, the same problems in file order, the same files quarantined, the same index."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from appeal_tui.core import forked
from appeal_tui.core.draft import SCHEMA, new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage import drafts
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths
from hostile.hostile_text import HOSTILE


def _files(count: int) -> dict[str, bytes]:
    """Draft files of every kind a folder may hold: plain ones, ones valid only once cleaned,
    and ones that are no draft (bad JSON, not UTF-8, another id, a newer schema)."""
    files: dict[str, bytes] = {}
    for n in range(count):
        draft_id = f"{n:04x}abcd{n:04d}-20240515"
        draft = new_draft(
            f"case-{n % 5}",
            language=("en", "fa", "es")[n % 3],
            recipients=("leader", "judiciary")[: n % 3],
            sender=Sender("Ana" if n % 4 else ""),
            body=f"Letter {n}",
            case_title=HOSTILE[: n % 20] if n % 7 == 0 else f"Case {n}",
            event="Leeds stall" if n % 2 else None,
        )
        data = to_json(draft)
        data["id"] = draft_id
        data["updated"] = f"2024-05-{1 + n % 28:02d}T10:{n % 60:02d}:00Z"
        kind = n % 11
        if kind == 3:
            data["case_id"] = "case\u202e-x"  # valid once cleaned: read the full way
        text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        if kind == 5:
            text = text[:-9]  # cut short: not JSON
        elif kind == 7:
            text = b"\xff" + text  # not UTF-8
        elif kind == 9:
            text = text.replace(draft_id.encode(), b"0000ffff0000-20240101")  # another id
        elif kind == 10 and n % 2:
            data["schema"] = SCHEMA + 1  # from a newer app: a warning, left in place
            text = json.dumps(data).encode("utf-8")
        files[draft_id] = text
    return files


def _bad(count: int) -> int:
    """How many of `_files(count)` are no draft (or one from a newer app)."""
    return sum(1 for n in range(count) if n % 11 in (5, 7, 9) or (n % 11 == 10 and n % 2))


def _store(root: Path, files: dict[str, bytes]) -> DraftStore:
    store = DraftStore(Paths(root))
    for draft_id, data in files.items():
        (store.folder / f"{draft_id}.json").write_bytes(data)
    return store


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Listings fork from 4 files on, here too (the test runner's own threads would stop it),
    and each copy's result is noted: True when the copy gave its share back."""
    monkeypatch.setattr(drafts, "FORK_MIN_FILES", 4)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    gave: list[bool] = []
    result = forked.Forked.result

    def noted(self: forked.Forked) -> Any:
        got = result(self)
        gave.append(got is not None)
        return got

    monkeypatch.setattr(forked.Forked, "result", noted)
    return gave


def _problems(store: DraftStore) -> list[str]:
    return [p.format().replace(str(store.folder), "DRAFTS") for p in store.problems]


def _index_rows(store: DraftStore) -> list[list[Any]]:
    """The index's rows without the files' signatures (two folders' files differ in those)."""
    rows = json.loads((store.folder / drafts.INDEX_NAME).read_bytes())["rows"]
    return sorted((row[3:] for row in rows), key=lambda row: row[0])


def test_forked_readers_list_what_one_process_lists(tmp_path: Path, copies: list[bool]) -> None:
    files = _files(70)
    alone = _store(tmp_path / "alone", files)
    shared = _store(tmp_path / "shared", files)
    in_order = [e.name for e in os.scandir(shared.folder) if e.name.endswith(".json")]

    expected = alone.rows()
    listed = shared.rows(helpers=3)

    assert copies == [True, True, True]
    assert listed == expected
    assert sorted(_problems(shared)) == sorted(_problems(alone))
    assert len(shared.problems) == _bad(70)
    # Problems come in the order of the files in the folder, as a listing in one process
    # gives them.
    named = [Path(p.path).name for p in shared.problems]
    assert named == [name for name in in_order if name in named]
    assert [p.name for p in shared.quarantined] == [
        name for name in in_order if name in {p.name for p in alone.quarantined}
    ]
    assert _index_rows(shared) == _index_rows(alone)
    # The next listing reads the index the copies' shares were written into.
    again = DraftStore(Paths(tmp_path / "shared"))
    assert again.rows(helpers=3) == expected
    assert copies == [True, True, True]  # nothing left to read: nothing forked


def test_a_share_whose_copy_fails_is_read_by_the_listing(
    tmp_path: Path, copies: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(40)
    expected = _store(tmp_path / "alone", files).rows()

    listing = os.getpid()
    quick_share = drafts._quick_share

    def fails_in_a_copy(entries: Any) -> Any:
        if os.getpid() != listing:
            raise OSError("no")
        return quick_share(entries)

    monkeypatch.setattr(drafts, "_quick_share", fails_in_a_copy)
    shared = _store(tmp_path / "shared", files)
    assert shared.rows(helpers=2) == expected
    assert copies == [False, False]
    assert len(shared.problems) == _bad(40)


@pytest.mark.parametrize(
    ("cores", "load", "ready", "copies"),
    [
        # Other programs keep a core busy: the load average says so, and they are ready to run.
        (1, 0.0, 1, 0),
        (2, 0.0, 1, 1),
        (2, 1.0, 2, 1),
        (2, 1.6, 3, 0),
        (2, 9.0, 12, 0),
        (4, 1.2, 3, 3),
        (16, 0.0, 1, 3),
        # The average still counts this command's own last run, but nothing else is ready to
        # run now: the cores are idle.
        (2, 1.6, 1, 1),
        (4, 3.0, 2, 3),
        # Ready now but not for the last minute (a start's blip): the average decides.
        (2, 0.2, 3, 1),
    ],
)
def test_copies_are_forked_for_idle_cores_only(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    cores: int,
    load: float,
    ready: int,
    copies: int,
) -> None:
    """One copy per other core that nothing else uses (the last minute's load average, or the
    tasks ready to run now when they are fewer): none on a busy machine, where they would only
    add the copying of their results."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    loadavg = tmp_path / "loadavg"
    loadavg.write_text(f"{load:.2f} {load:.2f} {load:.2f} {ready}/321 4567\n")
    monkeypatch.setattr(forked, "LOADAVG", str(loadavg))
    assert forked.spare_cores() == copies


def test_without_the_kernels_figures_the_load_average_decides(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 1.6, 1.6))
    monkeypatch.setattr(forked, "LOADAVG", str(tmp_path / "missing"))
    assert forked.busy_cores() == 1.6
    (tmp_path / "odd").write_text("not the kernel's format\n")
    monkeypatch.setattr(forked, "LOADAVG", str(tmp_path / "odd"))
    assert forked.busy_cores() == 1.6
