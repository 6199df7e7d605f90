"""A case as the case list shows it: `CaseRow`, plain values that are cheap to send and to keep.

A case file is read by a helper process at a first start (`core.load_helpers`), and the app
only lists it: `ListedFile` (the row and the file's problems) is all the helper sends back, a
tenth of the whole case. The case itself is read again when the writer opens it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from appeal_tui.core.problems import Problem, has_errors

if TYPE_CHECKING:
    from appeal_tui.core.loading import LoadResult
    from appeal_tui.core.model import Case


class CaseRow(NamedTuple):
    """What the list shows and filters on for one case: plain values, cheap to cache on disk."""

    id: str
    title: str
    person: str
    country: str
    deadline: int | None  # date.toordinal(), so the row is plain JSON
    languages: tuple[str, ...]
    writable: bool
    search_text: str  # already casefolded

    @classmethod
    def of(cls, case: Case) -> CaseRow:
        """The row of `case`."""
        words = [
            case.title,
            case.country,
            case.reference or "",
            case.id,
            *(p.label for p in case.people),
            *(n for p in case.people for n in p.also_known_as),
            *case.tags,
        ]
        return cls(
            case.id,
            case.title,
            case.person_label,
            case.country,
            case.deadline.toordinal() if case.deadline is not None else None,
            tuple(case.languages),
            case.is_writable,
            " ".join(words).casefold(),
        )

    @classmethod
    def from_plain(cls, values: list[Any]) -> CaseRow:
        """A row back from its cached JSON form; raises ValueError/TypeError when malformed."""
        id_, title, person, country, deadline, languages, writable, search = values
        if not all(isinstance(v, str) for v in (id_, title, person, country, search)):
            raise TypeError("malformed case row")
        if deadline is not None and not isinstance(deadline, int):
            raise TypeError("malformed case row")
        if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
            raise TypeError("malformed case row")
        return cls(id_, title, person, country, deadline, tuple(languages), bool(writable), search)

    def plain(self) -> list[object]:
        """The row as JSON values."""
        return [*self[:5], list(self.languages), self.writable, self.search_text]

    @property
    def deadline_date(self) -> dt.date | None:
        return dt.date.fromordinal(self.deadline) if self.deadline is not None else None

    def matches(self, needle: str) -> bool:
        """True when every word of `needle` (casefolded) is in the title, people, country,
        reference, id or tags."""
        return all(word in self.search_text for word in needle.split())

    def order(self, today: dt.date) -> tuple[bool, bool, dt.date, str]:
        """Open cases first, soonest deadline first; passed deadlines, then closed cases, last."""
        deadline = self.deadline_date
        return (
            not self.writable,
            deadline is not None and deadline < today,
            deadline or dt.date.max,
            self.title.casefold(),
        )


class ListedFile(NamedTuple):
    """What the case list needs of one loaded case file: its case's row (None when the file
    gave no case) and every problem of the file, as `load_case_file` found them; and the
    file's size, modification time and inode just before it was read (None: unknown).

    `checked` False: only glanced at (`glance_case_file`), the row is right but the problems
    are not known (none are given): the file may still have errors."""

    path: str
    row: CaseRow | None
    problems: tuple[Problem, ...]
    stamp: tuple[int, int, int] | None = None
    checked: bool = True

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def listed(result: LoadResult, stamp: tuple[int, int, int] | None = None) -> ListedFile:
    """The listing of a loaded file (`stamp`: the file's, taken before it was read)."""
    row = CaseRow.of(result.case) if result.case is not None else None
    return ListedFile(result.path, row, result.problems, stamp)


def list_case_file(path: Path) -> ListedFile:
    """Load the case file at `path` (`load_case_file`) and keep what the list needs, with the
    file's stamp taken just before (a file changed while it is read is read again next time:
    the index keeps the stamp). Stamped here, in the helper processes, not by the app before
    it starts them (10,000 `stat`s before its interface could start)."""
    from appeal_tui.core.loading import load_case_file

    stamp = _stamp(path)
    return listed(load_case_file(path), stamp)


def glance_case_file(path: Path) -> ListedFile:
    """The row of the case file at `path` read quickly (`loading.glance_case_bytes`: a few
    times quicker), not checked (`checked` False, no problems); or, when a glance is not
    enough to be sure of the row, `list_case_file` (checked)."""
    from appeal_tui.core.loading import LoadResult, glance_case_bytes, load_case_bytes
    from appeal_tui.core.loading import read_case_file as read

    stamp = _stamp(path)
    data = read(path)
    if isinstance(data, LoadResult):
        return listed(data, stamp)
    name = str(path)
    case = glance_case_bytes(data, name)
    if case is None:
        return listed(load_case_bytes(data, name), stamp)
    return ListedFile(name, CaseRow.of(case), (), stamp, checked=False)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)
