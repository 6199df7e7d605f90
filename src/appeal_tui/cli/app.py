"""The top-level click group: with no subcommand it starts the TUI."""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui import __version__
from appeal_tui.cli.common import CliState


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--cases",
    "cases_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Also load case files from DIR (repeatable; later folders override earlier ones by id).",
    metavar="DIR",
)
@click.option("--event", default=None, metavar="NAME", help="Event mode: tag letters with NAME.")
@click.version_option(__version__, prog_name="appeal-tui")
@click.pass_context
def main(ctx: click.Context, cases_dirs: tuple[Path, ...], event: str | None) -> None:
    """Write polite, personal human-rights appeal letters.

    With no command, starts the app on the bundled cases, your own cases folder and any --cases DIR.
    """
    ctx.obj = CliState(cases_dirs=tuple(cases_dirs), event=event)
    if ctx.invoked_subcommand is None:
        from appeal_tui.cli.tui import run_tui

        run_tui(ctx.obj)
