"""A tally as a file: CSV for the national office, and an HTML page with a bar chart.

Both hold counts only, never a writer's name. The HTML page is self-contained: the bars are
plain CSS widths, no script and nothing fetched from elsewhere, so it can be mailed and printed.
"""

from __future__ import annotations

from html import escape

from appeal_tui.core.draft import status_word
from appeal_tui.core.i18n import N_, _, is_rtl, ngettext, npgettext, pgettext, ui_language
from appeal_tui.core.languages import language_name
from appeal_tui.core.tally import Tally, TallyRow
from appeal_tui.export.csv_cells import csv_bytes
from appeal_tui.export.page import html_page

# The CSV is data for the national office: its keys and labels are the same in every interface
# language, so that tallies from several events can be added up.
CSV_HEADER = ("section", "key", "label", "letters")

# Each breakdown's heading and the heading of its first column, in the interface language.
SECTION_TITLES = {
    "case": (N_("By case"), N_("Case")),
    "language": (N_("By language"), N_("Language")),
    "recipient": (N_("By recipient"), N_("Recipient")),
    "status": (N_("By status"), N_("Status")),
}


def section_title(section: str) -> str:
    """'By case' for the breakdown `section` ("case", ...), translated."""
    title = SECTION_TITLES.get(section)
    return _(title[0]) if title else section


def section_column(section: str) -> str:
    """'Case': the heading of the breakdown's first column, translated."""
    title = SECTION_TITLES.get(section)
    return _(title[1]) if title else section


def row_label(section: str, row: TallyRow) -> str:
    """A row's label as people read it, in the interface language: a language's name
    ("espagnol" in French), a status ("enviada" in Spanish); others as counted (case titles,
    recipients' names). The CSV keeps the English labels."""
    if section == "status":
        return status_word(row.key)
    if section == "language":
        try:
            return language_name(row.key, ui_language())
        except Exception:  # a code from another laptop that Babel does not know
            return row.label
    return row.label


def tally_totals(tally: Tally) -> str:
    """'12 letters from 5 drafts by 4 distinct writers (1 draft without a name); 3 marked
    sent', in the interface language."""
    counts = {
        "letters": ngettext("{n} letter", "{n} letters", tally.letters).format(n=tally.letters),
        "drafts": ngettext("{n} draft", "{n} drafts", tally.drafts).format(n=tally.drafts),
        "writers": ngettext("{n} distinct writer", "{n} distinct writers", tally.writers).format(
            n=tally.writers
        ),
        "sent": str(tally.sent),
    }
    if tally.unnamed:
        # TRANSLATORS: {letters}, {drafts} and {writers} are counted phrases ("12 letters", "5
        # drafts", "4 distinct writers"); {unnamed} is "1 draft without a name".
        return _("{letters} from {drafts} by {writers} ({unnamed}); {sent} marked sent").format(
            unnamed=ngettext(
                "{n} draft without a name", "{n} drafts without a name", tally.unnamed
            ).format(n=tally.unnamed),
            **counts,
        )
    # TRANSLATORS: {letters}, {drafts} and {writers} are counted phrases ("12 letters", "5
    # drafts", "4 distinct writers").
    return _("{letters} from {drafts} by {writers}; {sent} marked sent").format(**counts)


def tally_dates(tally: Tally) -> str:
    """'Written from 2024-12-01 to 2024-12-10', or '' when no draft has a date."""
    if not (tally.first_day and tally.last_day):
        return ""
    return _("Written from {first} to {last}").format(
        first=tally.first_day.isoformat(), last=tally.last_day.isoformat()
    )


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
    events = tally.events or ((tally.event,) if tally.event else ())
    names = ", ".join(events)
    since = tally.since.isoformat() if tally.since else ""
    if events and since:
        return _("Letters for {events} since {day}").format(events=names, day=since)
    if events:
        return _("Letters for {events}").format(events=names)
    if since:
        return _("Letters since {day}").format(day=since)
    return _("Letters")


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
        # The words under the big numbers of the tally page ("draft" is also a status).
        _total(tally.letters, npgettext("tally total", "letter", "letters", tally.letters)),
        _total(tally.drafts, npgettext("tally total", "draft", "drafts", tally.drafts)),
        _total(
            tally.writers,
            npgettext("tally total", "distinct writer", "distinct writers", tally.writers),
        ),
        _total(
            tally.unnamed,
            npgettext(
                "tally total", "draft without a name", "drafts without a name", tally.unnamed
            ),
        ),
        _total(tally.sent, pgettext("tally total", "marked sent")),
        "</div>",
    ]
    dates = tally_dates(tally)
    if dates:
        parts.append(f'<p class="dates">{escape(dates)}</p>')
    if any(reference for _, reference in tally.references):
        items = "".join(
            f"<li><bdi>{escape(case_id)}</bdi>: <bdi>{escape(reference or '-')}</bdi></li>"
            for case_id, reference in tally.references
        )
        references = escape(_("References"))
        parts.append(f'<h2>{references}</h2><ul class="references">{items}</ul>')
    for section, rows in tally.sections():
        if rows:
            parts.append(_section_html(section, rows))
    note = _(
        "A letter sent by post counts once per recipient; an email counts once, however many "
        "copies it names. In the recipient chart an email counts for each recipient it names. "
        "Writers are counted without their names."
    )
    parts.append(f'<p class="note">{escape(note)}</p>')
    # The page frame forbids every fetch, as for the letters: a tally is mailed and opened anywhere.
    # Its words are the interface's: the page says which language they are in.
    page = html_page(
        title=tally_heading(tally),
        style=_STYLE,
        body="\n".join(parts),
        lang=ui_language(),
        direction="rtl" if is_rtl() else "ltr",
    )
    return page.encode("utf-8")


def _total(n: int, word: str) -> str:
    return f'<div class="total"><b>{n}</b>{escape(word)}</div>'


def _section_html(section: str, rows: tuple[TallyRow, ...]) -> str:
    top = max(row.letters for row in rows) or 1
    lines = [f"<h2>{escape(section_title(section))}</h2>", "<table>"]
    for row in rows:
        width = round(100 * row.letters / top, 1)
        lines.append(
            f'<tr><td class="label" dir="auto">{escape(row_label(section, row))}</td>'
            f'<td class="n">{row.letters}</td>'
            f'<td><div class="bar" style="width: {width}%"></div></td></tr>'
        )
    lines.append("</table>")
    return "\n".join(lines)
