"""Who wrote what: the organiser's list of an event's letters with the writers' names, as CSV.

Opt-in and for the organiser only: the command `appeal-tui drafts writers` writes it to a file
readable by its owner; nothing in the writers' path (the app) shows it. Every cell a
spreadsheet could run as a formula is neutralised.
"""

from __future__ import annotations

from collections.abc import Sequence

from appeal_tui.core.draft import Draft
from appeal_tui.core.tally import letters_in, written_date
from appeal_tui.export.csv_cells import csv_bytes
from appeal_tui.export.text import without_controls

WRITERS_HEADER = (
    "name",
    "case",
    "case_title",
    "language",
    "recipients",
    "mode",
    "letters",
    "status",
    "written",
    "sent",
    "event",
)


def writers_csv(drafts: Sequence[Draft]) -> bytes:
    """One row per draft: the writer, what they wrote and where it stands (UTF-8, CRLF).

    The writer's name only: their address and email stay in the drafts (the letters need
    them), not in a list that may be printed or passed on."""
    rows: list[tuple[str, ...]] = []
    for draft in drafts:
        written = written_date(draft)
        sent = draft.status_dates.get("sent", "")[:10] if draft.status == "sent" else ""
        cells = (
            draft.sender.name,
            draft.case_id,
            draft.case_title,
            draft.language,
            " ".join(draft.recipients),
            draft.mode,
            str(letters_in(draft)),
            draft.status,
            written.isoformat() if written else "",
            sent,
            draft.event or "",
        )
        # Line breaks inside a cell are legal CSV, but hidden controls never reach the file.
        rows.append(tuple(without_controls(cell) for cell in cells))
    # One CSV writer for the project: it neutralises formulas in every cell.
    return csv_bytes(WRITERS_HEADER, rows)
