"""The case library: where cases come from, which one wins, and what a command means by a name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import appeal_tui
from appeal_tui.core.library import (
    bundled_cases_dir,
    load_library,
    resolve_case,
    scan_case_files,
)

GOOD = (Path(__file__).parent / "bad_cases" / "good.yaml").read_text(encoding="utf-8")


def write_case(
    folder: Path, name: str, *, case_id: str | None = None, title: str = "A case"
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = GOOD.replace("title: A good case beside the bad ones", f"title: {title}")
    if case_id is not None:
        text = f"id: {case_id}\n" + text
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_scan_finds_yaml_files_sorted_and_skips_the_rest(tmp_path: Path) -> None:
    a = tmp_path / "a"
    write_case(a, "b.yml")
    write_case(a, "a.yaml")
    (a / "notes.txt").write_text("not a case")
    (a / ".#a.yaml").write_text("an editor's lock file")
    write_case(a / "sub", "nested.yaml")
    single = write_case(tmp_path / "elsewhere", "one.yaml")
    files = scan_case_files([a, tmp_path / "missing", single, a / "a.yaml"])
    assert files == [a / "a.yaml", a / "b.yml", single]


def test_a_file_reached_twice_through_symlinks_is_loaded_once(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write_case(real, "a.yaml", title="Real")
    write_case(real, "b.yaml", title="Other")
    links = tmp_path / "links"
    links.mkdir()
    (links / "a-link.yaml").symlink_to(real / "a.yaml")  # the same file under another name
    write_case(links, "c.yaml", title="Only here")
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(real, target_is_directory=True)  # the same folder again
    files = scan_case_files([real, links, folder_link])
    assert files == [real / "a.yaml", real / "b.yaml", links / "c.yaml"]
    library = load_library([real, links, folder_link])
    assert [f.path for f in library.files] == [str(f) for f in files]
    assert not library.problems


def test_later_sources_override_earlier_ones_by_id(tmp_path: Path) -> None:
    write_case(tmp_path / "bundled", "x.yaml", case_id="shared", title="Bundled")
    write_case(tmp_path / "bundled", "y.yaml", title="Only bundled")
    write_case(tmp_path / "mine", "z.yaml", case_id="shared", title="My update")
    library = load_library([tmp_path / "bundled", tmp_path / "mine"])
    # The override is never silent (issue 17): one warning on the replacing file, no error.
    (warning,) = library.problems
    assert not warning.is_error and warning.path.endswith("z.yaml")
    assert "x.yaml" in warning.message and "title differ" in warning.message
    assert sorted(library.cases) == ["shared", "y"]
    assert library.cases["shared"].title == "My update"


def test_id_clash_inside_one_source_names_both_files(tmp_path: Path) -> None:
    first = write_case(tmp_path / "src", "a.yaml", case_id="same", title="First")
    second = write_case(tmp_path / "src", "b.yaml", case_id="same", title="Second")
    library = load_library([tmp_path / "src"])
    assert library.cases["same"].title == "First"
    (problem,) = library.problems
    assert problem.is_error
    assert problem.path == str(second)
    assert (problem.line, problem.column) == (1, 5)
    assert str(first) in problem.message
    assert [r.path for r in library.broken] == [str(second)]


def test_id_clash_from_file_names_has_no_line(tmp_path: Path) -> None:
    write_case(tmp_path / "src", "same.yaml")
    write_case(tmp_path / "src", "SAME.yml")
    library = load_library([tmp_path / "src"])
    (problem,) = library.problems
    assert problem.line is None
    assert "the id (from the file name)" in problem.message


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    write_case(folder, "a.yaml")
    (folder / "b.yaml").write_bytes(b"title: [unclosed\n")
    (folder / "c.yaml").write_bytes(b"\xff\xfe not utf-8")
    write_case(folder, "d.yaml")
    library = load_library([folder])
    assert sorted(library.cases) == ["a", "d"]
    assert len(library.broken) == 2
    assert len(library.files) == 4


def test_resolve_case_by_id_or_path(tmp_path: Path) -> None:
    path = write_case(tmp_path / "src", "known.yaml")
    other = write_case(tmp_path / "elsewhere", "loose.yaml", title="Loose")
    library = load_library([tmp_path / "src"])

    by_id = resolve_case(library, "known")
    assert by_id.case is library.cases["known"]
    assert by_id.path == str(path)

    by_path = resolve_case(library, str(other))
    assert by_path.case is not None and by_path.case.title == "Loose"

    missing = resolve_case(library, "nothing-here")
    assert missing.case is None
    assert missing.problems[0].message == "no case with id 'nothing-here' and no such file"

    missing_file = resolve_case(library, "nowhere/x.yaml")
    assert missing_file.problems[0].message == "no such case file"


def test_bundled_cases_dir_is_the_repository_cases_in_a_source_checkout(repo: Path) -> None:
    package_copy = Path(appeal_tui.__file__).parent / "bundled_cases"
    if package_copy.is_dir():
        pytest.skip("installed from a wheel: the bundled cases are inside the package")
    assert bundled_cases_dir() == repo / "cases"


def test_bundled_cases_dir_prefers_the_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import appeal_tui.core.library as library_module

    fake_package = tmp_path / "site-packages" / "appeal_tui"
    (fake_package / "core").mkdir(parents=True)
    (fake_package / "bundled_cases").mkdir()
    shutil.copy(library_module.__file__, fake_package / "core" / "library.py")
    monkeypatch.setattr(library_module, "__file__", str(fake_package / "core" / "library.py"))
    assert bundled_cases_dir() == fake_package / "bundled_cases"


def test_cache_rereads_only_changed_files(tmp_path: Path) -> None:
    import os

    from appeal_tui.core.library import LoadCache

    folder = tmp_path / "src"
    write_case(folder, "a.yaml", title="A")
    b = write_case(folder, "b.yaml", title="B")
    cache = LoadCache()
    first = load_library([folder], cache)
    write_case(folder, "b.yaml", title="B, edited")
    st = b.stat()
    os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # coarse clocks
    second = load_library([folder], cache)
    assert second.cases["a"] is first.cases["a"]  # not read again
    assert second.cases["b"].title == "B, edited"
    assert second.cases["b"].source_path == str(b)
