"""`appeal-tui drafts print|mark|writers`: the organiser's work with the drafts collected at an
event (after `drafts import`): print every letter, mark many drafts sent at once, and list
who wrote what.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import click

from appeal_tui.cli.collected import (
    chosen_events,
    chosen_names,
    clean,
    collected_drafts,
    letters_of,
    require_some,
    write_output,
)
from appeal_tui.cli.common import fail, say, state
from appeal_tui.cli.options import (
    collected_options,
    events_option,
    new_file_output,
    paper_option,
)
from appeal_tui.cli.translated import command, option
from appeal_tui.core.draft import STATUSES, DraftStatus, with_status
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Letter, Paper

_OUTPUT = new_file_output()


@command(
    "print",
    help=N_(
        "Every letter of the collected drafts as one HTML file to print, one letter a page, "
        "with the writers' own words, each dated the day it was written.\n\n"
        "Open the file in a browser and print. Drafts whose case is not in the case library are"
        " named on stderr and left out."
    ),
)
@collected_options()
@paper_option(N_("A4 (DL window envelopes) or US Letter (#10 window envelopes)."))
@_OUTPUT
@click.pass_context
def print_cmd(
    ctx: click.Context,
    events: tuple[str, ...],
    statuses: tuple[str, ...],
    paper: str,
    output: Path,
) -> None:
    from appeal_tui.core.library import load_library
    from appeal_tui.export.formats import ExportOptions, render
    from appeal_tui.storage.paths import case_sources, default_paths

    chosen = chosen_events(ctx, events)
    _store, drafts = collected_drafts(chosen, statuses)
    require_some(drafts, chosen, statuses)
    library = load_library(case_sources(default_paths(), state(ctx).cases_dirs))
    letters: list[Letter] = []
    left_out = 0
    for draft in drafts:
        made = letters_of(draft, library)
        if isinstance(made, str):
            left_out += 1
            say(
                _("note: draft {id} is left out: {reason}").format(id=draft.id, reason=made),
                err=True,
            )
            continue
        letters.extend(made)
    if not letters:
        fail(_("none of these drafts can be printed (see the notes above)"), code=1)
    # Fold marks on every letter: the organiser folds a pile of them for the envelopes.
    paper_size: Paper = "letter" if paper == "letter" else "a4"
    data = render("html", letters, ExportOptions(paper=paper_size, fold_marks=True))
    printed = len(drafts) - left_out
    # TRANSLATORS: "3 letters from 2 drafts"; {letters} and {drafts} are counted phrases.
    what = _("{letters} from {drafts}").format(
        letters=ngettext("{n} letter", "{n} letters", len(letters)).format(n=len(letters)),
        drafts=ngettext("{n} draft", "{n} drafts", printed).format(n=printed),
    )
    write_output(output, data, what)


@command(
    "mark",
    help=N_(
        "Give many drafts STATUS at once (draft, ready, printed or sent), recording the date: "
        "the drafts of an --event, or the drafts ID... (unique prefixes), or both.\n\n"
        "The date a draft was marked sent is kept in the draft; `appeal-tui tally` counts the "
        "letters marked sent."
    ),
)
@click.argument("status", type=click.Choice(STATUSES))
@click.argument("ids", nargs=-1, metavar="[ID]...")
@events_option()
@option(
    "--from",
    "from_statuses",
    multiple=True,
    type=click.Choice(STATUSES),
    help=N_("Only drafts now in this status (repeatable), e.g. --from ready --from printed."),
)
@option(
    "--date",
    "date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help=N_("The day they got this status (default: now), e.g. the day the letters were posted."),
)
@option("--dry-run", is_flag=True, help=N_("Say what would change; change nothing."))
@click.pass_context
def mark(
    ctx: click.Context,
    status: str,
    ids: tuple[str, ...],
    events: tuple[str, ...],
    from_statuses: tuple[str, ...],
    date: dt.datetime | None,
    dry_run: bool,
) -> None:
    from appeal_tui.storage.drafts import DraftSaveError

    chosen = chosen_events(ctx, events)
    if not chosen and not ids:
        fail(_("say which drafts: --event NAME, or draft IDs (see `appeal-tui drafts list`)"))
    store, drafts = collected_drafts(chosen, from_statuses)
    if ids:
        wanted = {_resolve(store, prefix) for prefix in ids}
        drafts = [d for d in drafts if d.id in wanted]
    require_some(drafts, chosen, from_statuses)
    moment = None
    if date is not None:
        # Noon UTC: the same calendar day in every time zone a laptop may be in.
        moment = dt.datetime.combine(date.date(), dt.time(12), tzinfo=dt.UTC)
    changed = same = 0
    for draft in drafts:
        if draft.status == status and moment is None:
            same += 1
            continue
        changed += 1
        if dry_run:
            continue
        try:
            saved = store.save(with_status(draft, cast(DraftStatus, status), moment))
        except DraftSaveError as e:
            fail(
                _("draft {id}: {problem} ({n} marked before it)").format(
                    id=draft.id, problem=e, n=changed - 1
                ),
                code=1,
            )
        if saved.conflict:
            say(_("note: {note}").format(note=saved.message), err=True)
    drafts_text = ngettext("{n} draft", "{n} drafts", changed).format(n=changed)
    names = chosen_names(chosen)
    # TRANSLATORS: {events} is "'A'" or "'A' or 'B'"; {status} is draft, ready, printed or
    # sent (as typed on the command line).
    if dry_run:
        line = (
            _("would mark {drafts} of event {events} {status}")
            if chosen
            else _("would mark {drafts} {status}")
        )
    else:
        line = (
            _("marked {drafts} of event {events} {status}")
            if chosen
            else _("marked {drafts} {status}")
        )
    line = line.format(drafts=drafts_text, events=names["events"], status=status)
    if same:
        # TRANSLATORS: {marked} is the sentence above ("marked 2 drafts sent");
        # {n} more drafts had {status} already. Order the parts as your language needs.
        line = ngettext(
            "{marked}; {n} already {status}", "{marked}; {n} already {status}", same
        ).format(marked=line, n=same, status=status)
    say(line)


def _resolve(store: object, prefix: str) -> str:
    from appeal_tui.storage.drafts import AmbiguousDraftIdError, DraftNotFoundError, DraftStore

    assert isinstance(store, DraftStore)
    try:
        return store.resolve(prefix)
    except AmbiguousDraftIdError as e:
        fail(_("{problem}; give more of the id").format(problem=e))
    except DraftNotFoundError:
        fail(
            _("no draft with id '{id}' ({hint})").format(
                id=clean(prefix), hint=_("see `appeal-tui drafts list`")
            )
        )


@command(
    "writers",
    help=N_(
        "Who wrote what, for the organiser: a CSV of the collected drafts with each writer's "
        "name, the case, language, recipients, letters, status and dates.\n\n"
        "Only to a file (readable by you only), never on the screen: it holds the writers' "
        "names. Cells a spreadsheet could run as formulas are neutralised."
    ),
)
@collected_options()
@_OUTPUT
@click.pass_context
def writers(
    ctx: click.Context, events: tuple[str, ...], statuses: tuple[str, ...], output: Path
) -> None:
    from dataclasses import replace

    from appeal_tui.core.library import load_library
    from appeal_tui.export.writers import writers_csv
    from appeal_tui.storage.paths import case_sources, default_paths

    chosen = chosen_events(ctx, events)
    _store, drafts = collected_drafts(chosen, statuses)
    require_some(drafts, chosen, statuses)
    library = load_library(case_sources(default_paths(), state(ctx).cases_dirs))
    # A draft saved without its case's title gets it from the case library.
    titled = [
        replace(d, case_title=case.title)
        if not d.case_title and (case := library.get(d.case_id)) is not None
        else d
        for d in drafts
    ]
    what = ngettext("{n} draft", "{n} drafts", len(drafts)).format(n=len(drafts))
    write_output(output, writers_csv(titled), what)
