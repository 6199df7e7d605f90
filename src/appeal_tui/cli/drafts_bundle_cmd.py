"""`appeal-tui drafts export|import`: carry an event's drafts from each laptop to the organiser.

On each laptop: `appeal-tui drafts export --event NAME -o laptop1.zip`. On the organiser's:
`appeal-tui drafts import laptop1.zip laptop2.zip`. Every bundle is checked in full before any
is merged; a damaged or hostile one is refused and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui.cli.common import fail, say, state
from appeal_tui.cli.translated import command, option
from appeal_tui.core.draft import STATUSES
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.problems import shown
from appeal_tui.storage.bundles import (
    BundleError,
    CheckedBundle,
    MergeStep,
    check_bundle,
    drafts_to_export,
    merge_bundles,
    write_bundle,
)
from appeal_tui.storage.drafts import DraftStore, describe_os_error
from appeal_tui.storage.paths import default_paths


def _statuses(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--status ready --status sent` or `--status ready,sent`, checked against the known ones."""
    chosen = tuple(s.strip() for value in values for s in value.split(",") if s.strip())
    for status in chosen:
        if status not in STATUSES:
            fail(
                _("unknown status '{status}'; choose from {choices}").format(
                    status=status, choices=", ".join(STATUSES)
                )
            )
    return chosen


@command(
    "export",
    help=N_(
        "Bundle this laptop's drafts into one zip file for the organiser.\n\n"
        "The bundle holds each draft as it is saved (names and addresses included): hand it "
        "over in person or over a channel you trust, and delete it when it has been imported."
    ),
)
@option("--event", default=None, metavar="NAME", help=N_("Only drafts of this event."))
@option(
    "--status",
    "statuses",
    multiple=True,
    metavar="STATUS",
    help=N_(
        "Only drafts with this status (draft, ready, printed, sent); repeatable or comma-separated."
    ),
)
@option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.zip",
    help=N_("The bundle to write (must not exist yet)."),
)
@click.pass_context
def export_cmd(
    ctx: click.Context, event: str | None, statuses: tuple[str, ...], output: Path
) -> None:
    event = event or state(ctx).event
    chosen_statuses = _statuses(statuses)
    if output.exists() or output.is_symlink():
        fail(
            _(
                "{file} exists already; choose another file name (a bundle is never replaced)"
            ).format(file=output)
        )
    store = DraftStore(default_paths())
    drafts = drafts_to_export(store, event=event, statuses=chosen_statuses)
    for problem in store.problems:
        say(problem.format(), err=True)
    if not drafts:
        if event:
            message = _(
                "no drafts of event {events} to export (see `appeal-tui drafts list`)"
            ).format(events=f"'{event}'")
        else:
            message = _("no drafts to export (see `appeal-tui drafts list`)")
        fail(message, code=1)
    try:
        count = write_bundle(output, drafts, event=event)
    except FileExistsError:
        fail(_("{file} exists already; choose another file name").format(file=output))
    except OSError as e:
        fail(
            _("cannot write {file}: {reason}").format(file=output, reason=describe_os_error(e)),
            code=1,
        )
    what = ngettext("{n} draft", "{n} drafts", count).format(n=count)
    say(_("wrote {what} to {file}").format(what=what, file=output))


@command(
    "import",
    help=N_(
        "Merge bundles from `drafts export` into this data folder, without duplicates.\n\n"
        "A draft that is here already is updated when the bundle's copy is newer; the other "
        "version is kept (`drafts history ID` lists it, `drafts restore ID` brings it back). "
        "Drafts dated more than a day after this computer's clock are refused. Every bundle is "
        "checked before anything is written: one damaged bundle means nothing is imported. Exit"
        " status 1 when a bundle is refused."
    ),
)
@click.argument(
    "bundles",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.zip...",
)
def import_cmd(bundles: tuple[Path, ...]) -> None:
    # Checked one at a time, their drafts left in the files: memory holds one draft, not every
    # bundle (four bundles of 255 large drafts once peaked at 1.33 GB).
    checked: list[CheckedBundle] = []
    for path in bundles:
        try:
            checked.append(check_bundle(path))
        except BundleError as e:
            fail(str(e), code=1)
    store = DraftStore(default_paths())
    try:
        report = merge_bundles(store, checked)
    except BundleError as e:
        fail(str(e), code=1)
    except OSError as e:
        fail(
            _("cannot write to {folder}: {reason}; nothing was imported").format(
                folder=store.folder, reason=describe_os_error(e)
            ),
            1,
        )
    for step in report.steps:
        say(_step_line(step))
    say(report.summary())


# What happened to each draft, a word per line of the import's report.
_VERBS = {
    "added": N_("added"),
    "updated": N_("updated"),
    "unchanged": N_("unchanged"),
    "kept": N_("kept"),
}


def _step_line(step: MergeStep) -> str:
    draft = step.draft
    # The case id and language came from another laptop's file: print them inert.
    case_id, language = (shown(t) for t in (draft.case_id, draft.language))
    # The words in a column as wide as the longest of them in the interface language.
    width = max(len(_(verb)) for verb in _VERBS.values())
    return f"{_(_VERBS[step.outcome]).ljust(width)}  {draft.id}  {case_id}  {language}"
