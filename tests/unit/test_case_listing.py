"""A first start lists the case files from what helper processes send back (issue 18): only the
list's row and the file's problems, which must be exactly what loading the file here gives; the
case itself is read from its file when the writer opens it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_load_helpers import BAD_CASES, _folder  # the same folder of good and bad cases

from appeal_tui.core import loading
from appeal_tui.core.case_row import CaseRow, list_case_file, listed
from appeal_tui.core.library import iter_library, iter_listing, scan_case_files
from appeal_tui.core.load_helpers import list_files
from appeal_tui.core.loading import load_case_file
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.case_index import CaseIndex


def test_helpers_send_the_rows_and_problems_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted(_folder(tmp_path).glob("*.yaml"))
    here = [load_case_file(p) for p in paths]
    expected = [list_case_file(p) for p in paths]
    assert [x._replace(stamp=None) for x in expected] == [listed(r) for r in here]
    assert [x.row for x in expected if x.row] == [CaseRow.of(r.case) for r in here if r.case]
    assert any(x.has_errors for x in expected) and any(x.problems and x.row for x in expected)
    loaded_here: list[Path] = []
    real = loading.load_case_file

    def counted(path: Path) -> loading.LoadResult:
        loaded_here.append(path)
        return real(path)

    monkeypatch.setattr(loading, "load_case_file", counted)
    for helpers in (1, 2, 3):
        assert list(list_files(paths, helpers=helpers)) == expected
    assert loaded_here == []  # every file came from a helper
    assert list(list_files(paths, helpers=0)) == expected
    assert len(loaded_here) == len(paths)


@pytest.mark.parametrize("helpers", [0, 2])
def test_the_listing_has_the_problems_of_the_library(tmp_path: Path, helpers: int) -> None:
    first = _folder(tmp_path, "first")
    second = _folder(tmp_path, "second", count=130)  # its cases replace the first folder's
    (second / "clash-a.yaml").write_text((BAD_CASES / "clash-a.yaml").read_text())
    (second / "clash-b.yaml").write_text((BAD_CASES / "clash-b.yaml").read_text())
    sources = [first, second]
    expected = [listed(r) for r in iter_library(sources)]
    assert any("replaces the case" in p.message for x in expected for p in x.problems)
    assert any("also used by" in p.message for x in expected for p in x.problems)
    reading = list_files(scan_case_files(sources), helpers=helpers)
    listing = list(iter_listing(sources, reading))
    assert [x._replace(stamp=None) for x in listing] == expected
    assert all(x.stamp is not None for x in listing)
    # Files read for other sources (the folder changed since): read again, for these.
    stale = list_files(scan_case_files([first]), helpers=helpers)
    assert [x._replace(stamp=None) for x in iter_listing(sources, stale)] == expected


def _scan_of(index: CaseIndex) -> tuple[object, ...]:
    scan = index.load()
    assert scan is not None
    return scan.files, scan.rows, scan.where, scan.broken


def test_reading_started_before_the_interface_gives_the_same_list(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    early = CaseIndex([folder], Paths(tmp_path / "early"))
    early.start_reading()
    late = CaseIndex([folder], Paths(tmp_path / "late"))
    late.painted.set()
    assert _scan_of(early) == _scan_of(late)


@pytest.mark.parametrize("relative", [False, True])
@pytest.mark.parametrize("changed", [False, True])
def test_the_files_are_listed_as_they_are_when_the_reading_started_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool, changed: bool
) -> None:
    """The reading started before the interface is used only while the folder holds the same
    files (`--cases .` too); a file removed or added since is listed as the folder is now."""
    folder = _folder(tmp_path)
    source = folder
    if relative:
        monkeypatch.chdir(folder)
        source = Path(".")
    early = CaseIndex([source], Paths(tmp_path / "early"))
    early.start_reading()
    if changed:
        (folder / "case-000.yaml").unlink()
        (folder / "case-900.yaml").write_bytes((folder / "case-001.yaml").read_bytes())
    late = CaseIndex([source], Paths(tmp_path / "late"))
    late.painted.set()
    scan = early.load()
    assert scan is not None
    assert (scan.files, scan.rows, scan.where, scan.broken) == _scan_of(late)
    names = {Path(path).name for path, _ in scan.files}
    assert ("case-900.yaml" in names) is changed and ("case-000.yaml" in names) is not changed


def _edit_title(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Case number", f"title: {title}", 1), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))


def test_a_case_opened_is_read_from_its_file_as_it_is_then(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    paths = Paths(tmp_path / "data")
    index = CaseIndex([folder], paths)
    index.start_reading()
    scan = index.load()
    assert scan is not None
    index.loaded(scan)
    index.remember(scan)
    path = folder / "case-007.yaml"
    case_id = "case-007"
    assert index.get(case_id) == load_case_file(path).case
    # Changed between listing and opening: opened as the file is now.
    _edit_title(path, "Edited after the list was made")
    index = CaseIndex([folder], paths)
    assert index.remembered_rows()
    index.painted.set()
    opened = index.get(case_id)
    assert opened is not None and opened == load_case_file(path).case
    assert opened.title.startswith("Edited after the list was made")


def test_a_file_changed_while_it_was_read_is_listed_as_it_is_at_the_next_start(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    paths = Paths(tmp_path / "data")
    index = CaseIndex([folder], paths)
    index.start_reading()  # the helpers read (and stamp) the files from now on
    _edit_title(folder / "case-042.yaml", "Edited while read")  # before or after its reading
    scan = index.load()
    assert scan is not None
    index.loaded(scan)
    index.remember(scan)
    again = CaseIndex([folder], paths)
    assert again.remembered_rows()
    again.painted.set()
    # Read before the edit: its stamp is the old one, so it is read again now; read after: the
    # index has it as it is. Either way the list shows the file as it is.
    scan = again.load()
    if scan is not None:
        again.loaded(scan)
    assert {row.id: row.title for row in again.rows}["case-042"].startswith("Edited while read")


def test_a_listed_file_carries_its_stamp_from_before_it_was_read(tmp_path: Path) -> None:
    path = _folder(tmp_path) / "case-001.yaml"
    st = path.stat()
    assert list_case_file(path).stamp == (st.st_size, st.st_mtime_ns, st.st_ino)
    assert list_case_file(tmp_path / "gone.yaml").stamp is None
