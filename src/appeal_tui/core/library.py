"""The case library: every case file from the bundled cases, the user's folder and `--cases DIR`s.

Sources are given in override order: a case in a later source replaces a case with the same id
from an earlier one (that is how an organiser updates a bundled case), with a warning on the
replacing file so the swap is never silent. Two files with the same
id inside one source is a mistake, reported naming both files; the first (by file name) is kept.
One bad file never stops the others from loading.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

from appeal_tui.core.case_row import ListedFile
from appeal_tui.core.case_row import listed as listing_of
from appeal_tui.core.i18n import _
from appeal_tui.core.loading import LoadResult, load_case_file
from appeal_tui.core.model import Case
from appeal_tui.core.problems import Problem, Severity

CASE_SUFFIXES = (".yaml", ".yml")
_ID_LINE = re.compile(r"^id:[ \t]*", re.MULTILINE)


def bundled_cases_dir() -> Path:
    """The bundled cases: inside the installed package, else the repository's cases/ folder."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "bundled_cases"
    if installed.is_dir():
        return installed
    # An editable install: src/appeal_tui/core/library.py -> the repository root.
    return package.parent.parent / "cases"


def _case_entries(source: Path) -> list[tuple[str, bool]]:
    """(name, is a symlink) of each case file directly in folder `source` (not subfolders),
    sorted by name; hidden files skipped."""
    try:
        entries = list(os.scandir(source))
    except OSError:
        return []
    return sorted(
        (e.name, e.is_symlink())
        for e in entries
        if e.name.endswith(CASE_SUFFIXES) and not e.name.startswith(".") and e.is_file()
    )


def _case_files_in(source: Path) -> list[Path]:
    """Case files directly in folder `source` (not subfolders), sorted; hidden files skipped."""
    return [source / name for name, _ in _case_entries(source)]


def _files_of(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    return _case_files_in(source)


def _file_keys(source: Path, known: Mapping[str, Path] | None = None) -> Iterator[tuple[Path, str]]:
    """(path, the file it is once symlinks are resolved, as a comparable string) for each case
    file of `source`.

    The folder is resolved once; only a file that is itself a symlink is resolved on its own
    (resolving every file walked its whole path again: a tenth of `validate`'s time). The keys
    are strings: a second path object and its hash for each of 10,000 files took a tenth of a
    second at a first start. `known`: path objects made before, by their text: the same
    files' are given again (a first start lists the files twice: making and comparing 10,000
    path objects again took a tenth of a second)."""
    if source.is_file():
        yield source, os.path.normcase(source.resolve())
        return
    entries = _case_entries(source)
    if not entries:
        return
    folder = os.path.normcase(source.resolve())
    prefix = str(source)
    for name, is_symlink in entries:
        # (The text `source / name` has: a path's text is normalised, "." is left out.)
        path = known.get(name if prefix == "." else os.path.join(prefix, name)) if known else None
        if path is None:
            path = source / name
        yield path, (os.path.normcase(path.resolve()) if is_symlink else os.path.join(folder, name))


def scan_case_files(sources: Sequence[Path]) -> list[Path]:
    """Every case file in `sources`, in source order and by name within a folder.

    A source may be a folder (its *.yaml and *.yml files) or a single file; missing ones are
    skipped. A file named twice is listed once, where it first appears.
    """
    return [path for _number, path in _numbered_files(sources)]


@dataclass(frozen=True)
class CaseLibrary:
    """The loaded cases by id, and every file's `LoadResult` in the order read.

    A file whose id clashes with another file's in the same source has no case in `files`
    and carries the clash as an error problem.
    """

    cases: dict[str, Case]
    files: tuple[LoadResult, ...]
    # Warnings for cases that replace a case of the same id from an earlier source (also in
    # their files' problems): the command line prints these on stderr whatever it runs.
    overrides: tuple[Problem, ...] = ()

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem of every file (id clashes included), in file order."""
        return tuple(p for f in self.files for p in f.problems)

    @property
    def broken(self) -> tuple[LoadResult, ...]:
        """The files that gave no case because of an error."""
        return tuple(f for f in self.files if f.has_errors)

    def get(self, case_id: str) -> Case | None:
        return self.cases.get(case_id)

    def result_for(self, case_id: str) -> LoadResult | None:
        """The `LoadResult` of the file the case `case_id` was loaded from."""
        case = self.cases.get(case_id)
        return next((f for f in self.files if f.case is case), None) if case else None


class LoadCache:
    """Remembers each file's `LoadResult` by path, size and modification time, so loading the
    library again (after an organiser edits one file of thousands) reads only what changed.

    Held by whoever reloads (the TUI); the core keeps no global state.
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[int, int, int], LoadResult]] = {}

    def load(self, path: Path) -> LoadResult:
        try:
            st = path.stat()
        except OSError:
            return load_case_file(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        cached = self._entries.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        result = load_case_file(path)
        self._entries[path] = (stamp, result)
        return result


def load_library(
    sources: Sequence[Path],
    cache: LoadCache | None = None,
    progress: Callable[[dict[str, Case]], None] | None = None,
    *,
    helpers: bool | None = None,
) -> CaseLibrary:
    """Load every case file in `sources` (folders or files, in override order).

    With a `cache`, files unchanged since it last saw them are not read again. `progress`, if
    given, is called with the cases loaded so far (by id) each time their number has doubled
    (from 32 on), so a first start can list cases while the rest are read. `helpers`: see
    `iter_library`.
    """
    cases: dict[str, Case] = {}
    results: list[LoadResult] = []
    overrides: list[Problem] = []
    next_report = 32
    loader = cache.load if cache is not None else load_case_file
    for result in iter_library(sources, loader, helpers=helpers):
        case = result.case
        if case is not None:
            if case.id in cases:  # a case of an earlier source replaced (the warning is last)
                overrides.append(result.problems[-1])
            cases[case.id] = case
        results.append(result)
        if progress is not None and len(cases) >= next_report:
            next_report *= 2
            progress(dict(cases))
    return CaseLibrary(cases=cases, files=tuple(results), overrides=tuple(overrides))


def iter_library(
    sources: Sequence[Path],
    load: Callable[[Path], LoadResult] = load_case_file,
    *,
    helpers: bool | None = None,
) -> Iterator[LoadResult]:
    """Each case file's `LoadResult` in the order `load_library` reads them, with the same
    problems (id clashes within a source, warnings on cases that replace an earlier source's),
    one at a time and holding no case.

    `helpers`: read the files with helper processes on the other cores (`load_helpers`; only
    with the default `load`): True shares the reading with this process (a command), False
    leaves it all to them."""
    files = _numbered_files(sources)
    if helpers is not None and load is load_case_file:
        from appeal_tui.core.load_helpers import load_files

        results: Iterable[LoadResult] = load_files([path for _, path in files], here=helpers)
    else:
        results = (load(path) for _, path in files)

    def overriding(result: LoadResult, earlier: str) -> LoadResult:
        assert result.case is not None
        return _with_override(result, result.case, earlier, load)

    yield from _across_sources(
        files,
        results,
        lambda result: result.case.id if result.case is not None else None,
        lambda result, case_id, first: replace(
            result, case=None, problems=(*result.problems, _clash(result.path, case_id, first))
        ),
        overriding,
    )


class Reading(Protocol):
    """Files being listed, one `ListedFile` each, in order (`load_helpers.FileResults`)."""

    paths: list[Path]

    def __iter__(self) -> Iterator[ListedFile]: ...

    def close(self) -> None: ...


def iter_listing(sources: Sequence[Path], reading: Reading) -> Iterator[ListedFile]:
    """What the case list needs of each case file (`ListedFile`: the row and the problems),
    in the order and with the problems of `iter_library`: a caller that keeps only what it
    shows (the app) never has every case in memory.

    `reading`: the files being read (`load_helpers.list_files`, maybe started before the app
    imported its interface), used when they are still the files of `sources` (else closed,
    and the files read anew)."""
    from appeal_tui.core.load_helpers import list_files

    files = _numbered_files(sources, reading.paths)
    paths = [path for _, path in files]
    results: Iterable[ListedFile] = reading
    if reading.paths != paths:
        reading.close()
        results = list_files(paths)
    yield from _across_sources(
        files,
        results,
        lambda listed: listed.row.id if listed.row is not None else None,
        # (A file only glanced at stays to be checked: `checked` is kept.)
        lambda listed, case_id, first: listed._replace(
            row=None, problems=(*listed.problems, _clash(listed.path, case_id, first))
        ),
        _listed_override,
    )


def _numbered_files(sources: Sequence[Path], known: Sequence[Path] = ()) -> list[tuple[int, Path]]:
    """Every case file of `sources`, each once (by what it is once symlinks are resolved), in
    order, with the number of its source (`known`: path objects to give again, `_file_keys`)."""
    by_text = {str(path): path for path in known}
    files: list[tuple[int, Path]] = []
    seen: set[str] = set()
    for number, source in enumerate(sources):
        for path, key in _file_keys(source, by_text):
            if key not in seen:
                seen.add(key)
                files.append((number, path))
    return files


_Result = TypeVar("_Result", LoadResult, ListedFile)


def _across_sources(
    files: list[tuple[int, Path]],
    results: Iterable[_Result],
    case_id: Callable[[_Result], str | None],
    clash: Callable[[_Result, str, str], _Result],
    override: Callable[[_Result, str], _Result],
) -> Iterator[_Result]:
    """`results` (one per file of `files`) with the problems that come from several files: an
    id used twice in one source (`clash`: the later file gives no case), a case replacing the
    case of the same id from an earlier source (`override`: a warning)."""
    # The file each case id was last loaded from: a case of a later source that replaces it
    # is compared with it then (read again: rare, and holding every case would not be).
    kept: dict[str, str] = {}
    in_this_source: dict[str, str] = {}
    current = -1
    for (number, _path), result in zip(files, results, strict=True):
        if number != current:
            current, in_this_source = number, {}
        found = case_id(result)
        if found is not None and found in in_this_source:
            result = clash(result, found, in_this_source[found])
        elif found is not None:
            earlier = kept.get(found)
            if earlier is not None:
                result = override(result, earlier)
            in_this_source[found] = result.path
            kept[found] = result.path
        yield result


def _listed_override(listed: ListedFile, earlier: str) -> ListedFile:
    """`listed` with the warning `iter_library` gives a case that replaces an earlier source's
    (the file is read again here, in full, to compare the two cases: rare)."""
    result = load_case_file(Path(listed.path))
    # (The stamp taken before the first reading: a file changed since is read again next time.)
    if result.case is None or listed.row is None or result.case.id != listed.row.id:
        return listing_of(result, listed.stamp)  # (changed since it was listed: as it is now)
    return listing_of(_with_override(result, result.case, earlier, load_case_file), listed.stamp)


def _with_override(
    result: LoadResult, case: Case, earlier_path: str, load: Callable[[Path], LoadResult]
) -> LoadResult:
    """`result` with a warning that its case replaces the case of the same id loaded from
    `earlier_path`, a file of an earlier source (the bundled cases, the user's folder): a case
    file from someone else could otherwise swap an official's address without a word.
    `validate`, the command line and the TUI's case detail all show it."""
    earlier = load(Path(earlier_path)).case
    changed = []
    if earlier is not None and earlier.id == case.id:
        changed = [
            what
            for what, differs in (
                (_("recipients or addresses"), case.recipients != earlier.recipients),
                (_("asks"), case.asks != earlier.asks),
                (_("title"), case.title != earlier.title),
            )
            if differs
        ]
    detail = _("; its {fields} differ").format(fields=", ".join(changed)) if changed else ""
    warning = Problem(
        result.path,
        None,
        None,
        _(
            "case id '{id}' replaces the case of the same id in {where}{detail}. "
            "Letters use this file; if that is not what you meant, give this case "
            "another id"
        ).format(id=case.id, where=earlier_path, detail=detail),
        Severity.WARNING,
    )
    return replace(result, problems=(*result.problems, warning))


def _clash(path: str, case_id: str, first: str) -> Problem:
    """The error on the file at `path`, whose case id `case_id` the file `first` of the same
    source has already (the file gives no case)."""
    line = column = None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
        match = _ID_LINE.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            column = match.end() - match.start() + 1
    except (OSError, UnicodeDecodeError):
        pass
    # "id" is the key as the file spells it.
    where = "id" if line is not None else _("the id (from the file name)")
    return Problem(
        path,
        line,
        column,
        _(
            "{where}: case id '{case_id}' is also used by {first}; give one of "
            "them another id (this file was not loaded)"
        ).format(where=where, case_id=case_id, first=first),
    )


def resolve_case(library: CaseLibrary | None, ref: str) -> LoadResult:
    """What a command means by `ref`: a case id in `library`, or a path to a case file.

    Always a `LoadResult`: its `case` is None when the id is unknown and no such file exists
    (the problem says so) or when the file has errors. Something that looks like a path
    (a separator or a .yaml/.yml suffix) is read as a path first.
    """
    looks_like_path = os.sep in ref or "/" in ref or ref.endswith(CASE_SUFFIXES)
    if not looks_like_path and library is not None:
        found = library.result_for(ref)
        if found is not None:
            return found
    path = Path(ref)
    if path.is_file():
        return load_case_file(path)
    what = (
        _("no such case file")
        if looks_like_path
        else _("no case with id '{id}' and no such file").format(id=ref)
    )
    return LoadResult(ref, None, (Problem(ref, None, None, what),))
