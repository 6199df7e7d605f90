"""The case cache that survives restarts: used when fresh, ignored when stale or damaged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from appeal_tui.core.library import load_library
from appeal_tui.storage.case_cache import CACHE_NAME, PersistentLoadCache
from appeal_tui.storage.paths import Paths


def _cases(tmp_path: Path, bundled_cases: Path) -> Path:
    folder = tmp_path / "cases"
    shutil.copytree(bundled_cases, folder)
    return folder


def test_second_start_reads_no_case_file(tmp_path: Path, bundled_cases: Path, monkeypatch) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    cache = PersistentLoadCache(paths)
    first = load_library([folder], cache=cache)
    cache.save()
    assert (paths.settings / CACHE_NAME).stat().st_mode & 0o777 == 0o600

    from appeal_tui.core import library

    def no_reading(path: Path):  # pragma: no cover - failing is the point
        raise AssertionError(f"read {path} although it had not changed")

    monkeypatch.setattr(library, "load_case_file", no_reading)
    second = load_library([folder], cache=PersistentLoadCache(paths))
    assert sorted(second.cases) == sorted(first.cases)
    assert second.cases["ir-hossein-ronaghi-maleki"] == first.cases["ir-hossein-ronaghi-maleki"]


def test_an_edited_file_is_read_again(tmp_path: Path, bundled_cases: Path) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    cache = PersistentLoadCache(paths)
    load_library([folder], cache=cache)
    cache.save()
    seed = folder / "ir-hossein-ronaghi-maleki.yaml"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("title:", "title: Edited", 1), encoding="utf-8")
    st = seed.stat()
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    again = load_library([folder], cache=PersistentLoadCache(paths))
    assert again.cases["ir-hossein-ronaghi-maleki"].title.startswith("Edited")


def test_a_damaged_cache_is_ignored(tmp_path: Path, bundled_cases: Path) -> None:
    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    paths.ensure(paths.settings)
    (paths.settings / CACHE_NAME).write_bytes(b"not a pickle at all")
    library = load_library([folder], cache=PersistentLoadCache(paths))
    assert "ir-hossein-ronaghi-maleki" in library.cases
