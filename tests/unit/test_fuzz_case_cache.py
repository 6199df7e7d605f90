"""Fuzzing the case cache kept in the data folder (`storage/case_cache.py`): a damaged or crafted
cache file is ignored (the cases are read again), and never runs code while it is read."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.storage.case_cache import PersistentLoadCache, cache_file
from appeal_tui.storage.paths import Paths
from hostile.guards import hard_timeout

REPO = Path(__file__).resolve().parents[2]


def _open(root: Path, data: bytes) -> PersistentLoadCache:
    paths = Paths(root / "data")
    target = cache_file(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    with hard_timeout(30):
        return PersistentLoadCache.open(paths)


def _valid(root: Path) -> bytes:
    paths = Paths(root / "valid")
    cache = PersistentLoadCache(paths)
    for path in sorted((REPO / "cases").glob("*.yaml")):
        cache.load(path)
    cache.save()
    return cache_file(paths).read_bytes()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_random_bytes(tmp_path_factory: Any, data: bytes) -> None:
    _open(tmp_path_factory.mktemp("cache"), b"\x80\x04" + data)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=6))
def test_valid_cache_with_bytes_flipped(tmp_path_factory: Any, flips: list[Any]) -> None:
    root = tmp_path_factory.mktemp("cache")
    data = bytearray(_valid(root))
    for offset, value in flips:
        data[offset % len(data)] = value
    _open(root, bytes(data))


def _global_call(module: str, name: str, *args: str) -> bytes:
    """A protocol-4 pickle that looks up `module`.`name` and calls it with `args`."""

    def text(s: str) -> bytes:
        raw = s.encode()
        return b"\x8c" + bytes([len(raw)]) + raw + b"\x94"

    call_args = b"".join(text(a) for a in args) + (b"\x85" if len(args) == 1 else b")")
    return b"\x80\x04" + text(module) + text(name) + b"\x93" + call_args + b"R."


CRAFTED = {
    "os.system": ("os", "system"),
    "dotted through a core module": ("appeal_tui.core.library", "os.system"),
    "builtins eval": ("builtins", "eval"),
    "a core function": ("appeal_tui.core.loading", "load_case_file"),
    "an import of a core module": ("appeal_tui.core.library", "Path"),
    "a missing core module": ("appeal_tui.core.nothing_here", "X"),
    "subprocess": ("subprocess", "getoutput"),
}


@pytest.mark.parametrize("name", list(CRAFTED))
def test_crafted_cache_runs_nothing(name: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    module, attr = CRAFTED[name]
    cache = _open(tmp_path, _global_call(module, attr, f"touch {marker}"))
    assert not marker.exists()
    assert not os.path.exists(marker)
    assert isinstance(cache, PersistentLoadCache)


def test_a_valid_cache_is_read(tmp_path: Path) -> None:
    data = _valid(tmp_path)
    _stamp, entries = pickle.loads(data)  # our own file: plain pickle is fine here
    cache = _open(tmp_path, data)
    assert len(cache._entries) == len(entries) > 0
