"""`appeal-tui tally`: how many letters were written, per case, language, recipient and status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from appeal_tui.cli.common import case_library, state
from appeal_tui.cli.options import events_option
from appeal_tui.cli.translated import command, option
from appeal_tui.core.draft import Draft
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.problems import shown
from appeal_tui.core.tally import Tally, TallyRow, tally_drafts
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths

BAR_WIDTH = 30


@command(
    help=N_(
        "Count the letters in this data folder's drafts (after `drafts import`, every "
        "laptop's).\n\n"
        "\b\n"
        "How letters count:\n"
        "  - a draft in post mode is one letter per recipient (3 recipients: 3 letters);\n"
        "  - a draft in email mode is one letter, however many copies it names;\n"
        "  - per recipient, each letter counts for every recipient it names.\n\n"
        "Every status counts (draft, ready, printed, sent); the status breakdown shows how many"
        " of them went out. Writers are counted as distinct names or emails, never shown or "
        "saved."
    )
)
@events_option(N_("Only drafts of this event (repeat for one tally over several events)."))
@option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help=N_("Only drafts last changed on or after this day."),
)
@option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "html"]),
    default="table",
    show_default=True,
    help=N_("A table with bars, CSV for the national office, or an HTML page with a chart."),
)
@option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE",
    help=N_("Write to FILE instead of the terminal."),
)
@click.pass_context
def tally(
    ctx: click.Context,
    events: tuple[str, ...],
    since: dt.datetime | None,
    fmt: str,
    output: Path | None,
) -> None:
    top = state(ctx).event
    event = events or ((top,) if top else ())
    library = case_library(ctx)
    result = tally_drafts(
        _all_drafts(), library.cases, event=event, since=since.date() if since else None
    )
    if fmt == "table":
        _print_table(result, output)
        return
    from appeal_tui.export.tally import tally_to_csv, tally_to_html

    data = tally_to_csv(result) if fmt == "csv" else tally_to_html(result)
    if output is None:
        # CSV lines end in CR LF; any other control character is dropped on the way out.
        lines = data.decode("utf-8").split("\r\n")
        click.echo("\r\n".join(without_hidden(line) for line in lines), nl=False)
        return
    _write(output, data)


def _write(output: Path, data: bytes) -> None:
    from appeal_tui.cli.collected import write_output

    # Counts only, no names: readable like any document. An older tally is kept (a numbered
    # sibling is written), as every command does with a file that exists (docs/files.md).
    write_output(output, data, _("the tally"), mode=0o644)


def _all_drafts() -> list[Draft]:
    from appeal_tui.cli.collected import readable_drafts

    return readable_drafts(DraftStore(default_paths()))


def _print_table(result: Tally, output: Path | None) -> None:
    from rich.console import Console, Group, RenderableType
    from rich.table import Table
    from rich.text import Text

    from appeal_tui.export.tally import (
        row_label,
        section_column,
        section_title,
        tally_dates,
        tally_heading,
        tally_totals,
    )

    parts: list[RenderableType] = [
        Text(tally_heading(result), style="bold"),
        Text(tally_totals(result)),
    ]
    dates = tally_dates(result)
    if dates:
        parts.append(Text(dates))
    references = [f"{case_id}: {ref}" for case_id, ref in result.references if ref]
    if references:
        line = _("References: {references}").format(references="; ".join(references))
        parts.append(Text(shown(line)))
    for section, rows in result.sections():
        if not rows:
            continue
        table = Table(title=section_title(section), title_justify="left", expand=False)
        table.add_column(section_column(section), overflow="fold")
        table.add_column(_("Letters"), justify="right")
        table.add_column("", no_wrap=True)
        for row in rows:
            table.add_row(Text(shown(row_label(section, row))), str(row.letters), _bar(row, rows))
        parts.append(table)
    if output is None:
        Console().print(Group(*parts))
        return
    import io

    console = Console(record=True, width=100, file=io.StringIO())
    console.print(Group(*parts))
    _write(output, console.export_text().encode("utf-8"))


def _bar(row: TallyRow, rows: tuple[TallyRow, ...]) -> str:
    top = max(r.letters for r in rows) or 1
    return "█" * max(1 if row.letters else 0, round(BAR_WIDTH * row.letters / top))
