"""The case index that survives restarts (`storage/case_cache.py`, used by `ui/case_index.py`):
a second start reads no case file, an edited file is read again, a damaged index is ignored."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from appeal_tui.core.library import load_library
from appeal_tui.storage.case_cache import index_file, read_index, write_index
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.case_index import CaseIndex

SEED = "ir-hossein-ronaghi-maleki"


def _index(sources: list[Path], paths: Paths) -> CaseIndex:
    """A case index with no screen: `load` does not wait for a first frame (1 s)."""
    index = CaseIndex(sources, paths)
    index.painted.set()
    return index


def _cases(tmp_path: Path, bundled_cases: Path) -> Path:
    folder = tmp_path / "cases"
    shutil.copytree(bundled_cases, folder)
    return folder


def _first_start(folder: Path, paths: Paths) -> CaseIndex:
    index = _index([folder], paths)
    assert index.remembered_rows() == []
    scan = index.load()
    assert scan is not None
    index.loaded(scan)
    index.remember(scan)
    return index


def test_second_start_reads_no_case_file(
    tmp_path: Path, bundled_cases: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    first = _first_start(folder, paths)
    assert index_file(paths).stat().st_mode & 0o777 == 0o600

    from appeal_tui.core import library, loading

    def no_reading(path: Path):  # pragma: no cover - failing is the point
        raise AssertionError(f"read {path} although it had not changed")

    monkeypatch.setattr(library, "load_case_file", no_reading)
    monkeypatch.setattr(loading, "load_case_file", no_reading)
    second = _index([folder], paths)
    assert second.remembered_rows() == first.rows
    assert second.load() is None  # every file as it was: nothing read
    assert not second.loaded(None)
    assert second.broken == first.broken
    assert second.problems_of(SEED) == first.problems_of(SEED)
    monkeypatch.undo()
    # A case is read when it is shown, from its own file.
    assert second.get(SEED) == load_library([folder]).cases[SEED]


def test_an_edited_file_is_read_again(tmp_path: Path, bundled_cases: Path) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    _first_start(folder, paths)
    seed = folder / f"{SEED}.yaml"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("title:", "title: Edited", 1), encoding="utf-8")
    st = seed.stat()
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    again = _index([folder], paths)
    assert again.remembered_rows()
    scan = again.load()
    assert scan is not None
    assert again.loaded(scan)
    assert {row.id: row.title for row in again.rows}[SEED].startswith("Edited")


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        b"\x80\x04\x95 a pickle",
        b'{"fingerprint": 1}',
        b"[]",
    ],
)
def test_a_damaged_index_is_ignored(tmp_path: Path, bundled_cases: Path, content: bytes) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    paths.ensure(index_file(paths).parent)
    index_file(paths).write_bytes(content)
    index = _index([folder], paths)
    assert index.remembered_rows() == []
    scan = index.load()
    assert scan is not None and SEED in scan.rows


def test_damaged_rows_inside_a_valid_index_are_ignored(tmp_path: Path, bundled_cases: Path) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    _first_start(folder, paths)
    data = json.loads(index_file(paths).read_bytes())
    data["rows"][0] = ["only", "three", "values"]
    index_file(paths).write_text(json.dumps(data), encoding="utf-8")
    assert _index([folder], paths).remembered_rows() == []


def test_the_index_is_kept_for_the_same_sources_only(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    sources = [tmp_path / "cases"]
    parts: dict[str, list[object]] = {"files": [], "rows": [], "cases": [], "broken": []}
    assert read_index(paths, sources) is None
    write_index(paths, sources, parts)  # type: ignore[arg-type]
    assert read_index(paths, sources) is not None
    assert read_index(paths, [tmp_path / "other"]) is None
    index_file(paths).write_text("{not json", encoding="utf-8")
    assert read_index(paths, sources) is None


def test_the_old_pickle_cache_is_removed(tmp_path: Path, bundled_cases: Path) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    old = index_file(paths).parent / "case-cache.pickle"
    paths.ensure(old.parent)
    old.write_bytes(b"\x80\x04old")
    _first_start(folder, paths)
    assert not old.exists()
