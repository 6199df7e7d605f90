"""The case cache that survives restarts: used when fresh, ignored when stale or damaged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from appeal_tui.core.library import load_library
from appeal_tui.storage.case_cache import PersistentLoadCache, cache_file
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
    assert cache_file(paths).stat().st_mode & 0o777 == 0o600

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
    paths.ensure(cache_file(paths).parent)
    cache_file(paths).write_bytes(b"not a pickle at all")
    library = load_library([folder], cache=PersistentLoadCache(paths))
    assert "ir-hossein-ronaghi-maleki" in library.cases


def test_a_cache_that_would_run_code_is_refused(tmp_path: Path, bundled_cases: Path) -> None:
    import pickle

    folder = _cases(tmp_path, bundled_cases)
    paths = Paths(tmp_path / "data")
    marker = tmp_path / "ran"

    class RunsCode:
        def __reduce__(self):  # what a tampered cache file would hold
            return (os.system, (f"touch {marker}",))

    cache_file(paths).parent.mkdir(parents=True)
    cache_file(paths).write_bytes(pickle.dumps(("fingerprint", {"x": RunsCode()})))
    library = load_library([folder], cache=PersistentLoadCache(paths))
    assert not marker.exists()
    assert "ir-hossein-ronaghi-maleki" in library.cases


def test_rows_are_kept_for_the_same_sources_only(tmp_path: Path) -> None:
    from appeal_tui.storage.case_cache import read_rows, rows_file, write_rows

    paths = Paths(tmp_path / "data")
    sources = [tmp_path / "cases"]
    rows = [["a-case", "A case", "Ana", "Testland", None, ["en", "fa"], True, "a case ana"]]
    assert read_rows(paths, sources) is None
    write_rows(paths, sources, rows)
    assert read_rows(paths, sources) == rows
    assert read_rows(paths, [tmp_path / "other"]) is None
    rows_file(paths).write_text("{not json", encoding="utf-8")
    assert read_rows(paths, sources) is None
