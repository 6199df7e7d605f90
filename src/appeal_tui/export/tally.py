"""A tally as a file: CSV for the national office, and an HTML page with a bar chart.

Both hold counts only, never a writer's name. The HTML page is self-contained: the bars are
plain CSS widths, no script and nothing fetched from elsewhere, so it can be mailed and printed.
"""

from __future__ import annotations

from html import escape

from appeal_tui.core.plurals import plural
from appeal_tui.core.tally import Tally, TallyRow
from appeal_tui.export.csv_cells import csv_bytes
from appeal_tui.export.page import html_page

CSV_HEADER = ("section", "key", "label", "letters")


def tally_to_csv(tally: Tally) -> bytes:
    """One row per count: `section,key,label,letters`; totals first (section `total`).

    Keys and labels come from imported bundles: every cell is neutralised (`csv_cells`)."""
    rows: list[tuple[str, str, str, str | int]] = [
        ("total", "letters", "letters", tally.letters),
        ("total", "drafts", "drafts", tally.drafts),
        ("total", "writers", "distinct writers", tally.writers),
        ("total", "unnamed", "drafts without a writer's name", tally.unnamed),
    ]
    rows.extend(coverage_rows(tally))
    for section, section_rows in tally.sections():
        rows.extend((section, row.key, row.label, row.letters) for row in section_rows)
    return csv_bytes(CSV_HEADER, rows)


def coverage_rows(tally: Tally) -> list[tuple[str, str, str, str | int]]:
    """The CSV rows after the totals that say what the count covers, for the national office:
    the letters marked sent, each event, the first and last day letters were written, and
    each case's reference (`reference,<case id>,<reference>,`)."""
    rows: list[tuple[str, str, str, str | int]] = [
        ("total", "sent", "letters marked sent", str(tally.sent))
    ]
    rows.extend(("event", "name", name, "") for name in tally.events)
    if tally.first_day and tally.last_day:
        rows.append(("dates", "first", tally.first_day.isoformat(), ""))
        rows.append(("dates", "last", tally.last_day.isoformat(), ""))
    rows.extend(("reference", case_id, reference, "") for case_id, reference in tally.references)
    return rows


def tally_heading(tally: Tally) -> str:
    """'Letters for Write for Rights 2024 since 2024-12-01', as plain text."""
    heading = "Letters"
    events = tally.events or ((tally.event,) if tally.event else ())
    if events:
        heading += " for " + ", ".join(events)
    if tally.since:
        heading += f" since {tally.since.isoformat()}"
    return heading


_STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.totals { display: flex; gap: 2em; margin: 1em 0 2em; }
.total { border: 1px solid #888; padding: 0.6em 1em; min-width: 7em; }
.total b { display: block; font-size: 2em; }
h2 { font-size: 1.1em; margin: 1.5em 0 0.4em; text-transform: capitalize; }
table { border-collapse: collapse; width: 100%; max-width: 48em; }
td { padding: 0.2em 0.5em; vertical-align: middle; }
td.label { width: 40%; }
td.n { width: 4em; text-align: right; font-variant-numeric: tabular-nums; }
.bar { height: 1em; background: #333;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.note { color: #555; font-size: 0.9em; max-width: 48em; }
"""


def tally_to_html(tally: Tally) -> bytes:
    """A printable HTML page: the totals, then a bar chart per breakdown."""
    heading = escape(tally_heading(tally))
    parts = [
        f"<h1>{heading}</h1>",
        '<div class="totals">',
        f'<div class="total"><b>{tally.letters}</b>'
        f"{plural('letter', 'letters', tally.letters)}</div>",
        f'<div class="total"><b>{tally.drafts}</b>{plural("draft", "drafts", tally.drafts)}</div>',
        f'<div class="total"><b>{tally.writers}</b>'
        f"{plural('distinct writer', 'distinct writers', tally.writers)}</div>",
        f'<div class="total"><b>{tally.unnamed}</b>'
        f"{plural('draft without a name', 'drafts without a name', tally.unnamed)}</div>",
        f'<div class="total"><b>{tally.sent}</b>marked sent</div>',
        "</div>",
    ]
    if tally.first_day and tally.last_day:
        parts.append(
            f'<p class="dates">Written from {tally.first_day.isoformat()} '
            f"to {tally.last_day.isoformat()}</p>"
        )
    if any(reference for _, reference in tally.references):
        items = "".join(
            f"<li><bdi>{escape(case_id)}</bdi>: <bdi>{escape(reference or '-')}</bdi></li>"
            for case_id, reference in tally.references
        )
        parts.append(f'<h2>References</h2><ul class="references">{items}</ul>')
    for section, rows in tally.sections():
        if rows:
            parts.append(_section_html(section, rows))
    parts.append(
        '<p class="note">A letter sent by post counts once per recipient; an email counts once, '
        "however many copies it names. In the recipient chart an email counts for each recipient "
        "it names. Writers are counted without their names.</p>"
    )
    # The page frame forbids every fetch, as for the letters: a tally is mailed and opened anywhere.
    return html_page(title=tally_heading(tally), style=_STYLE, body="\n".join(parts)).encode(
        "utf-8"
    )


def _section_html(section: str, rows: tuple[TallyRow, ...]) -> str:
    top = max(row.letters for row in rows) or 1
    lines = [f"<h2>By {escape(section)}</h2>", "<table>"]
    for row in rows:
        width = round(100 * row.letters / top, 1)
        lines.append(
            f'<tr><td class="label" dir="auto">{escape(row.label)}</td>'
            f'<td class="n">{row.letters}</td>'
            f'<td><div class="bar" style="width: {width}%"></div></td></tr>'
        )
    lines.append("</table>")
    return "\n".join(lines)
