"""`appeal-tui batch`: letters for an event, every case × language × recipient × signer."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from appeal_tui.cli.common import fail, say
from appeal_tui.cli.options import mode_option, paper_option, to_option
from appeal_tui.cli.translated import command, option
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.problems import shown
from appeal_tui.core.signers import SignersChecking

if TYPE_CHECKING:
    from appeal_tui.core.model import Case
    from appeal_tui.export.batch import BatchResult, BatchSpec

# The letter and batch modules (composing, Babel's data, the file formats) are imported once
# the signers file's check is under way in a forked copy: the two overlap.


@command(
    help=N_(
        "Write letters for every CASE, language, recipient and signer into DIR: one file per "
        "letter (DIR/<case>/<lang>/<recipient>[-<n>].<ext>), manifest.csv, and print.html with "
        "html.\n\n"
        "Every input is checked before anything is written. Letters already in DIR are never "
        "replaced: running the same batch again writes only what is missing, so an interrupted "
        "batch is finished by running it again. On a terminal a progress bar is shown; "
        "otherwise one JSON line sums up what was done.\n\n"
        "Each case is written only in the languages it offers: any other is skipped with a line"
        " on stderr (refused with --strict), so a batch never mixes languages."
    )
)
@click.argument("refs", nargs=-1, required=True, metavar="CASE...")
@option(
    "--lang",
    "langs",
    required=True,
    multiple=True,
    metavar="L[,L...]",
    help=N_("Languages of the letters (BCP 47 codes), comma-separated or repeated."),
)
@to_option(
    N_("Recipients (repeatable, or comma separated); default: all."), metavar="all|primary|KEY..."
)
@mode_option(
    N_("post: one letter per recipient; email: one letter to the primaries, copies in Cc.")
)
@option(
    "--signers",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE.csv",
    help=N_(
        "One letter set per row: name[,address,city,country,"
        "email]. Without it, letters are left to be signed by hand."
    ),
)
@option(
    "--format",
    "formats",
    multiple=True,
    metavar="txt,md,html,eml",
    help=N_("File formats (default txt); with html, print.html holds every letter."),
)
@option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path),
    metavar="DIR",
    help=N_("A new folder, or the folder of an unfinished run of the same batch."),
)
@paper_option(N_("Paper of the html letters: A4 (DL window envelope) or US Letter (#10 window)."))
@option(
    "--dry-run",
    is_flag=True,
    help=N_("Check everything; list the files it would write and count those already there."),
)
@option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help=N_("Write at most N new letters now (run again to write the rest)."),
)
@option(
    "--strict",
    is_flag=True,
    help=N_(
        "Refuse the batch when anything would be left out (a language a case does not "
        "offer, a recipient key a case lacks, a post recipient without an address)."
    ),
)
@option(
    "--without-address",
    is_flag=True,
    help=N_("Post mode: also write letters to recipients with no postal address."),
)
@click.pass_context
def batch(
    ctx: click.Context,
    refs: tuple[str, ...],
    langs: tuple[str, ...],
    to: tuple[str, ...],
    mode: str,
    signers: Path | None,
    formats: tuple[str, ...],
    out: Path,
    paper: str,
    dry_run: bool,
    limit: int | None,
    strict: bool,
    without_address: bool,
) -> None:  # fmt: skip
    import datetime as dt

    from appeal_tui.core.guidance import case_warnings

    # The signers file is checked (a forked copy reads it when a core is idle) while the cases
    # load and their first letter is composed once, so the language data is ready.
    checking = SignersChecking.start(signers) if signers is not None and not dry_run else None
    from appeal_tui.cli.sheets_cmd import load_cases
    from appeal_tui.export.batch import BatchError, build_spec

    try:
        _library, cases = load_cases(ctx, refs)
        if checking is not None:
            _warm_up(cases, langs, mode)
        spec, warnings = build_spec(
            cases,
            languages=langs,
            to=to,
            mode=mode,
            formats=formats,
            out=out,
            signers_file=signers,
            strict=strict,
            without_address=without_address,
            paper=paper,
            signers_checked=checking,
        )
    except BatchError as e:
        lines = str(e).splitlines()
        for line in lines[:-1]:
            say(line, err=True)
        fail(lines[-1] + (_("; nothing was written") if len(lines) > 1 else ""))
    finally:
        if checking is not None:
            checking.stop()
    for problem in warnings:
        say(problem.format(), err=True)
    today = dt.date.today()
    for case in spec.cases:
        for warning in case_warnings(case, today):
            say(_("warning: {warning}").format(warning=warning), err=True)
    for line in spec.skipped:
        say(line, err=True)
    for line in _addresses_too_long(spec):
        say(_("warning: {warning}").format(warning=line), err=True)
    _report(_run(spec, limit=limit, dry_run=dry_run))


def _warm_up(cases: list[Case], langs: tuple[str, ...], mode: str) -> None:
    """Compose the batch's first letter, unsigned, and let it go: the language data it loads
    (dates, country names) is what every letter needs. Anything wrong is left to the checks
    that follow."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.model import Sender

    wanted = [code.strip() for value in langs for code in value.split(",")]
    for case in cases[:1]:
        offered = [code for code in wanted if code in case.languages] or list(case.languages)
        keys = tuple(r.key for r in case.primary_recipients)[:1]
        with contextlib.suppress(Exception):
            compose_letters(case, offered[0], keys, Sender(), mode="email" if mode == "email"
                            else "post")  # fmt: skip


def _addresses_too_long(spec: BatchSpec) -> list[str]:
    """For printed post letters: each recipient address too long for the envelope window even
    at the smallest type (as `letter --format html` says). The address does not depend on the
    signer, so each case, language and recipient is composed once, unsigned."""
    if spec.mode != "post" or "html" not in spec.formats:
        return []
    from appeal_tui.core.compose import ComposeError, compose_letters
    from appeal_tui.core.model import Sender
    from appeal_tui.export.html import address_fits, address_too_long_message

    lines: list[str] = []
    for case in spec.cases:
        keys = spec.recipients.get(case.id, ())
        for language in spec.languages_for(case):
            try:
                letters = compose_letters(case, language, keys, Sender(), mode="post")
            except ComposeError:
                continue  # the batch itself reports it
            lines += [
                _("case {case} in {language}: {problem}").format(
                    case=case.id, language=language, problem=address_too_long_message(letter)
                )
                for letter in letters
                if not address_fits(letter, spec.paper)
            ]
    return list(dict.fromkeys(lines))


def _run(spec: BatchSpec, *, limit: int | None, dry_run: bool) -> BatchResult:
    from appeal_tui.core.forked import spare_cores
    from appeal_tui.export.batch import BatchError, run_batch

    on_terminal = sys.stderr.isatty() and not dry_run
    # A large batch is written by this command and a forked copy when a core is idle.
    helpers = 0 if dry_run else spare_cores(most=1)
    try:
        if not on_terminal:
            return run_batch(spec, limit=limit, dry_run=dry_run, helpers=helpers)
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TimeRemainingColumn,
        )

        columns: list[ProgressColumn] = [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
        # Drawn when the batch reports progress (about 200 times), not by a thread of its own:
        # the batch forks a copy only while no other thread runs.
        with Progress(*columns, transient=True, auto_refresh=False) as bar:
            task = bar.add_task("letters", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, refresh=True)

            return run_batch(spec, limit=limit, progress=advance, helpers=helpers)
    except BatchError as e:
        fail(str(e))
    except OSError as e:
        fail(_write_error(spec.out, e), code=1)


def _write_error(out: Path, error: OSError) -> str:
    """'cannot write in OUT: the disk is full (OUT/case/en/x.txt)'; the file only when known.
    Letters written before the error are complete and kept: running the batch again resumes."""
    from appeal_tui.storage.drafts import describe_os_error

    where = f" ({shown(error.filename)})" if error.filename else ""
    return _(
        "cannot write in {folder}: {reason}{file}; the letters written so far are complete, "
        "run the same command again to write the rest"
    ).format(folder=shown(out), reason=describe_os_error(error), file=where)


def _report(result: BatchResult) -> None:
    if not sys.stdout.isatty():
        # For scripts: the same keys in every interface language.
        say(json.dumps(result.summary()))
        return
    letters = _letters(result.letters)
    if result.dry_run:
        for rel in result.would_write:
            say(_("would write {file}").format(file=result.out / rel))
        if result.skipped:
            plan = _(
                "would write {new} ({written} of the batch's {files}) into {folder}, keep "
                "{kept} already there; {letters} in the batch; {skipped} skipped (see above)"
            )
        else:
            plan = _(
                "would write {new} ({written} of the batch's {files}) into {folder}, keep "
                "{kept} already there; {letters} in the batch"
            )
        say(
            plan.format(
                new=_letters(result.new_letters),
                written=result.written,
                files=_files(result.files),
                folder=result.out,
                kept=_files(result.existing),
                letters=letters,
                skipped=len(result.skipped),
            )
        )
        return
    state = _("all letters are there") if result.complete else _("not finished: run it again")
    if result.skipped:
        done = _(
            "{folder}: wrote {written}, kept {kept} already there; {letters} in the batch, "
            "{state}; {skipped} skipped (see above)"
        )
    else:
        done = _(
            "{folder}: wrote {written}, kept {kept} already there; {letters} in the batch, {state}"
        )
    say(
        done.format(
            folder=result.out,
            written=_files(result.written),
            kept=result.existing,
            letters=letters,
            state=state,
            skipped=len(result.skipped),
        )
    )


def _letters(n: int) -> str:
    return ngettext("{n} letter", "{n} letters", n).format(n=n)


def _files(n: int) -> str:
    return ngettext("{n} file", "{n} files", n).format(n=n)
