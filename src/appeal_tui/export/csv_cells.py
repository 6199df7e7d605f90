"""CSV files that a spreadsheet opens as data, never as formulas: the one writer for every CSV.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`, `+cmd|' /C calc'!A0`). Cells come from
bundles made on other laptops and from case files sent by email, so every text cell gets a
leading apostrophe when it starts that way (shown as written, not run). Numbers are written as
numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int


def safe_cell(value: Cell) -> Cell:
    """`value` as a spreadsheet shows it, never runs it: text that would start a formula gets
    a leading apostrophe; a number is kept."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """UTF-8 CSV with CR LF line ends (RFC 4180), every cell passed through `safe_cell`."""
    out = io.StringIO(newline="")
    writer = SafeCsvWriter(out, header)
    for row in rows:
        writer.row(row)
    return out.getvalue().encode("utf-8")


class SafeCsvWriter:
    """`csv_bytes`'s CSV written row by row to `stream` (a text stream opened with newline=""),
    for files too long to hold in memory (a batch's manifest)."""

    def __init__(self, stream: TextIO, header: Sequence[str]) -> None:
        self._writer = csv.writer(stream, lineterminator="\r\n")
        self.row(header)

    def row(self, cells: Sequence[Cell]) -> None:
        """One row, every cell neutralised."""
        self._writer.writerow([safe_cell(c) for c in cells])

    def safe_row(self, cells: Sequence[Cell]) -> None:
        """One row of cells already passed through `safe_cell` (a caller writing many rows
        that share cells neutralises those once)."""
        self._writer.writerow(cells)

    def safe_rows(self, rows: Iterable[Sequence[Cell]]) -> None:
        """`safe_row` for each of `rows`, in one call."""
        self._writer.writerows(rows)
