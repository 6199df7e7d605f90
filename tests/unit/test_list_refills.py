"""How often a first start fills the case list while the files are read (a fake clock): a
screenful at once, then the rows read so far at most once a second, and not when the rest of
the files will be read within a second (each filling lays out every row)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from appeal_tui.core.case_row import CaseRow, ListedFile
from appeal_tui.ui import case_index
from appeal_tui.ui.case_index import FIRST_REPORT, REFILL_EVERY, CaseIndex, Scan


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _fills(monkeypatch: pytest.MonkeyPatch, files: int, pace: float) -> list[tuple[float, int]]:
    """(when, how many rows) of each filling while `files` files are read, `pace` seconds
    each; the last row's filling is the caller's, not counted here."""
    clock = Clock()
    monkeypatch.setattr(case_index.time, "monotonic", clock)

    def listing() -> Iterator[ListedFile]:
        for n in range(files):
            clock.now += pace
            row = CaseRow(f"case-{n}", f"Case {n}", "", "Testland", None, ("en",), True, "")
            yield ListedFile(f"/cases/case-{n}.yaml", row, (), None, checked=False)

    fills: list[tuple[float, int]] = []

    def progress(scan: Scan) -> None:
        fills.append((clock.now, len(scan.rows)))
        clock.now += 0.05  # the filling and painting

    scan = CaseIndex._scan(listing(), progress, lambda: True, files)
    assert len(scan.rows) == files
    return fills


def test_files_read_quickly_fill_the_list_with_a_screenful_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 10,000 files at 0.1 ms each: the full list follows the screenful within a second.
    assert [rows for _, rows in _fills(monkeypatch, 10_000, 0.0001)] == [FIRST_REPORT]


def test_files_read_slowly_fill_the_list_about_once_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 2,000 files at 5 ms each (10 s): the rows read so far, doubled each time, a second apart.
    fills = _fills(monkeypatch, 2_000, 0.005)
    assert fills[0][1] == FIRST_REPORT and len(fills) > 2
    for (before, rows_before), (after, rows_after) in itertools.pairwise(fills):
        assert after - before >= REFILL_EVERY
        assert rows_after >= 2 * rows_before
    # None when the rest was to be read within a second.
    assert all((2_000 - rows) * 0.005 > REFILL_EVERY for _, rows in fills)
