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
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue().encode("utf-8")
