"""Fuzzing the case index kept in the data folder (`storage/case_cache.py`): a damaged or
crafted index file is ignored or gives rows that the check of the files corrects; reading it
never raises and never runs code (it is JSON, read with `json.loads`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.storage.case_cache import index_file
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.case_index import CaseIndex
from hostile.guards import hard_timeout

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "cases"


def _index(sources: list[Path], paths: Paths) -> CaseIndex:
    """A case index with no screen: `load` does not wait for a first frame (1 s)."""
    index = CaseIndex(sources, paths)
    index.painted.set()
    return index


def _open(root: Path, data: bytes) -> CaseIndex:
    paths = Paths(root / "data")
    target = index_file(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    with hard_timeout(30):
        index = _index([CASES], paths)
        index.remembered_rows()
        return index


def _valid(root: Path) -> bytes:
    paths = Paths(root / "valid")
    index = _index([CASES], paths)
    scan = index.load()
    assert scan is not None
    index.remember(scan)
    return index_file(paths).read_bytes()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_random_bytes(tmp_path_factory: Any, data: bytes) -> None:
    _open(tmp_path_factory.mktemp("cache"), data)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=6))
def test_valid_index_with_bytes_flipped(tmp_path_factory: Any, flips: list[Any]) -> None:
    root = tmp_path_factory.mktemp("cache")
    data = bytearray(_valid(root))
    for offset, value in flips:
        data[offset % len(data)] = value
    index = _open(root, bytes(data))
    # Whatever the damaged file listed, checking the files gives the cases as they are.
    scan = index.load()
    if scan is not None:  # (None: the file list survived; its rows are trusted as they are)
        index.loaded(scan)
        assert "ir-hossein-ronaghi-maleki" in {row.id for row in index.rows}


def test_a_valid_index_is_read(tmp_path: Path) -> None:
    index = _open(tmp_path, _valid(tmp_path))
    assert len(index.rows) > 0
    assert index.load() is None  # the files are as the index says
