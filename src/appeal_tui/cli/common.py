"""What the subcommands share: the state of the top-level options and the way to fail."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from appeal_tui.cli.translated import option
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.problems import shown_message

if TYPE_CHECKING:
    from appeal_tui.core.library import CaseLibrary
    from appeal_tui.core.problems import Problem


@dataclass(frozen=True)
class CliState:
    cases_dirs: tuple[Path, ...] = ()
    event: str | None = None
    # Event mode: seconds without a key before a writer's turn ends (`--idle-timeout`).
    idle_timeout: float = 180.0
    # How the app shows right-to-left text (`--rtl visual|terminal`); None: remembered/default.
    rtl: str | None = None


def state(ctx: click.Context) -> CliState:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, CliState) else CliState()


def fail(message: str, code: int = 2) -> NoReturn:
    """A one-line error on stderr and an exit code; never a traceback.

    The message often quotes a file name or a case's text: control characters in it are printed
    escaped (`\\x1b`), never sent to the terminal (`say` does the same for other lines)."""
    say(_("appeal-tui: error: {message}").format(message=message), err=True)
    sys.exit(code)


def say(message: str, *, err: bool = False, nl: bool = True) -> None:
    """Print a line of the command's own making that may quote a stranger's text or file name;
    every hidden character is printed escaped (see `core.problems.shown`)."""
    click.echo(shown_message(message), err=err, nl=nl)


def case_library(ctx: click.Context) -> CaseLibrary:
    """Every case the app would load (bundled, the user's folder, `--cases DIR`s).

    A case that replaces a case of the same id from an earlier source is announced on stderr:
    a `--cases` folder from someone else must not swap an official's address silently."""
    from appeal_tui.core.library import load_library
    from appeal_tui.storage.paths import case_sources, default_paths

    library = load_library(case_sources(default_paths(), state(ctx).cases_dirs))
    for warning in library.overrides:
        say(warning.format(), err=True)
    return library


def broken_case_problems(library: CaseLibrary, ref: str) -> tuple[Problem, ...]:
    """The errors of the case file that `ref` names by id but that did not load: a file of the
    library named `<ref>.yaml` (the id a case takes from its file name) that has errors.

    Empty when there is none, so a command can tell "this case has errors" (and list them, as
    `validate` does) from "no such case"."""
    from pathlib import Path

    for result in library.broken:
        if Path(result.path).stem == ref:
            return tuple(p for p in result.problems if p.is_error)
    return ()


# How Persian and Arabic are shown, for the app and `write` (remembered in the app's settings).
# Here rather than in cli/options.py: the entry point imports this module only, and keeps
# start-up free of what the options module loads.
rtl_option = option(
    "--rtl",
    type=click.Choice(["visual", "terminal"]),
    default=None,
    help=N_(
        "Persian and Arabic: 'visual' reorders them for terminals that do not (tmux, screen, "
        "xterm, kitty), 'terminal' leaves that to the terminal (GNOME Terminal, Konsole, mlterm). "
        "Default: the one chosen last in the app, else what suits this terminal."
    ),
)
