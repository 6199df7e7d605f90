"""Options several commands take, defined once: the same name, choices, default and wording
wherever they appear (what they mean is decided in `core.choices`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, get_args

import click

from appeal_tui.core.choices import DEFAULT_MODE, MODES
from appeal_tui.core.draft import STATUSES
from appeal_tui.export.html import Paper

F = TypeVar("F", bound=Callable[..., object])

PAPERS: tuple[str, ...] = get_args(Paper)


def _stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several options as one decorator, in the order given (as they would be written)."""

    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def to_option(default: str, metavar: str = "all|primary|KEY") -> Callable[[F], F]:
    """`--to`: recipients, `all`, `primary` or keys, repeated or comma separated."""
    return click.option(
        "--to",
        "to",
        multiple=True,
        metavar=metavar,
        help=f"Recipients (repeatable, or comma separated); default: {default}.",
    )


def mode_option(help: str) -> Callable[[F], F]:
    """`--mode post|email`, post by default."""
    return click.option(
        "--mode",
        type=click.Choice(MODES),
        default=DEFAULT_MODE,
        show_default=True,
        help=help,
    )


def paper_option(help: str) -> Callable[[F], F]:
    """`--paper a4|letter`, A4 by default."""
    return click.option(
        "--paper", type=click.Choice(PAPERS), default="a4", show_default=True, help=help
    )


def sender_options(
    whose: str, *, email: bool = False, name_note: str = "", country_note: str = ""
) -> Callable[[F], F]:
    """`--name`, `--address` (repeatable), `--city`, `--country` and, with `email`, `--email`;
    `whose` begins each help line ("You", "The return address")."""
    options = [
        click.option("--name", default="", help=f"{whose}: name{name_note}."),
        click.option(
            "--address", multiple=True, help=f"{whose}: a line of the address (repeatable)."
        ),
        click.option("--city", default=None, help=f"{whose}: town or city."),
        click.option("--country", default=None, help=f"{whose}: country{country_note}."),
    ]
    if email:
        options.append(click.option("--email", default=None, help=f"{whose}: email address."))
    return _stack(*options)


EVENT_HELP = "Only drafts of this event (repeatable; default: the --event given to appeal-tui)."
STATUS_HELP = "Only drafts with this status (repeatable): draft, ready, printed, sent."


def events_option(help: str = EVENT_HELP) -> Callable[[F], F]:
    """`--event NAME`, repeatable: the drafts of these events."""
    return click.option("--event", "events", multiple=True, metavar="NAME", help=help)


def collected_options() -> Callable[[F], F]:
    """`--event NAME` and `--status S`, repeatable: which collected drafts."""
    return _stack(
        events_option(),
        click.option(
            "--status", "statuses", multiple=True, type=click.Choice(STATUSES), help=STATUS_HELP
        ),
    )


def new_file_output(metavar: str = "FILE") -> Callable[[F], F]:
    """`-o/--output FILE`, required: a new file (an existing one is kept)."""
    return click.option(
        "-o",
        "--output",
        required=True,
        type=click.Path(path_type=Path, dir_okay=False),
        metavar=metavar,
        help="Where to write (an existing file is kept; a numbered name is used instead).",
    )
