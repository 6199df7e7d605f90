"""The top-level click group: with no subcommand it starts the TUI."""

from __future__ import annotations

import importlib
from functools import cached_property
from pathlib import Path

import click

from appeal_tui import __version__
from appeal_tui.cli.common import CliState, rtl_option


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used, so `appeal-tui` starts fast."""

    @cached_property
    def _lazy(self) -> dict[str, str]:
        """Command name -> "package.module:attribute", imported when first asked for."""
        return {}

    def register_lazy(self, name: str, target: str) -> None:
        """Register `name` as the click command `target` ("package.module:attribute")."""
        self._lazy[name] = target

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._lazy and cmd_name not in self.commands:
            module_name, attr = self._lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--cases",
    "cases_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Also load case files from DIR (repeatable; later folders override earlier ones by id).",
    metavar="DIR",
)
@click.option("--event", default=None, metavar="NAME", help="Event mode: tag letters with NAME.")
@click.option(
    "--idle-timeout",
    type=click.FloatRange(min=1),
    default=180,
    show_default=True,
    metavar="SECONDS",
    help="Event mode: a writer's turn ends after this long without a key (their letter is "
    "saved; the last 30 s are counted down on screen).",
)
@rtl_option
@click.version_option(__version__, prog_name="appeal-tui")
@click.pass_context
def main(
    ctx: click.Context,
    cases_dirs: tuple[Path, ...],
    event: str | None,
    idle_timeout: float,
    rtl: str | None,
) -> None:
    """Write polite, personal human-rights appeal letters.

    With no command, starts the app on the bundled cases, your own cases folder and any --cases DIR.
    """
    ctx.obj = CliState(
        cases_dirs=tuple(cases_dirs), event=event, idle_timeout=idle_timeout, rtl=rtl
    )
    if ctx.invoked_subcommand is None:
        from appeal_tui.cli.tui import run_tui

        run_tui(ctx.obj)
