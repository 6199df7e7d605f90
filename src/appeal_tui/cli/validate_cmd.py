"""`appeal-tui validate [PATH...]`: check case files and say exactly what is wrong, by line.

Exit status: 0 when no file has an error (warnings are fine), 1 when any has, 2 on bad usage.
"""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui.cli.common import fail, say, state
from appeal_tui.cli.translated import command
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.library import iter_library
from appeal_tui.core.problems import Severity


@command(
    help=N_(
        "Check case files (files or folders); with no PATH, every case the app would load.\n\n"
        "Prints one `path:line:col: error|warning: message` line per problem and a summary."
    )
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[PATH]...")
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    for path in paths:
        if not path.exists():
            fail(_("no such file or folder: {path}").format(path=path))
    if paths:
        sources = list(paths)
    else:
        from appeal_tui.storage.paths import case_sources, default_paths

        sources = case_sources(default_paths(), state(ctx).cases_dirs)
    # Each file's problems as it is read, in the library's order, keeping no case (holding a
    # thousand cases cost a tenth more time, most of it the garbage collector's); the other
    # cores read some of the files.
    files = broken = warnings = 0
    for result in iter_library(sources, helpers=True):
        files += 1
        broken += result.has_errors
        for problem in result.problems:
            warnings += problem.severity is Severity.WARNING
            say(problem.format())
    say(summary(files, broken, warnings))
    if broken:
        ctx.exit(1)


def summary(files: int, broken: int, warnings: int) -> str:
    """ "12 files checked: 11 loaded, 1 with errors, 3 warnings"."""
    # TRANSLATORS: the summary of `validate`, e.g. "12 files checked: 11 loaded, 1 with errors,
    # 3 warnings"; {files} and {warnings} are the two counted phrases that follow.
    return _("{files} checked: {loaded} loaded, {broken} with errors, {warnings}").format(
        files=ngettext("{n} file", "{n} files", files).format(n=files),
        loaded=files - broken,
        broken=broken,
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
    )
