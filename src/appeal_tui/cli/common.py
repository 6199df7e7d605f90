"""What the subcommands share: the state of the top-level options and the way to fail."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import click


@dataclass(frozen=True)
class CliState:
    cases_dirs: tuple[Path, ...] = ()
    event: str | None = None
    # Event mode: seconds without a key before a writer's turn ends (`--idle-timeout`).
    idle_timeout: float = 180.0


def state(ctx: click.Context) -> CliState:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, CliState) else CliState()


def fail(message: str, code: int = 2) -> NoReturn:
    """A one-line error on stderr and an exit code; never a traceback."""
    click.echo(f"appeal-tui: error: {message}", err=True)
    sys.exit(code)
