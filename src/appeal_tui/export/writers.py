"""Who wrote what: the organiser's list of an event's letters with the writers' names, as CSV.

Opt-in and for the organiser only: the command `appeal-tui drafts writers` writes it to a file
readable by its owner; nothing in the writers' path (the app) shows it. Every cell a
spreadsheet could run as a formula is neutralised.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from appeal_tui.core.draft import Draft
from appeal_tui.core.tally import letters_in, written_date
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
# A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets
# (tab and carriage return hide one behind whitespace).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it: a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def writers_csv(drafts: Sequence[Draft]) -> bytes:
    """One row per draft: the writer, what they wrote and where it stands (UTF-8, CRLF).

    The writer's name only: their address and email stay in the drafts (the letters need
    them), not in a list that may be printed or passed on."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(WRITERS_HEADER)
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
        writer.writerow(tuple(neutral_cell(without_controls(cell)) for cell in cells))
    return out.getvalue().encode("utf-8")
