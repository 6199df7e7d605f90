"""Options several commands take, defined once: the same name, choices, default and wording
wherever they appear (what they mean is decided in `core.choices`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar, get_args

import click

from appeal_tui.cli.translated import option
from appeal_tui.core.choices import DEFAULT_MODE, MODES
from appeal_tui.core.draft import STATUSES
from appeal_tui.core.i18n import N_
from appeal_tui.core.model import Paper

F = TypeVar("F", bound=Callable[..., object])

PAPERS: tuple[str, ...] = get_args(Paper)


def _stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several options as one decorator, in the order given (as they would be written)."""

    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def to_option(help: str, metavar: str = "all|primary|KEY") -> Callable[[F], F]:
    """`--to`: recipients, `all`, `primary` or keys, repeated or comma separated; `help` is
    a message marked with `N_` that says the default."""
    return option("--to", "to", multiple=True, metavar=metavar, help=help)


def mode_option(help: str) -> Callable[[F], F]:
    """`--mode post|email`, post by default."""
    return option(
        "--mode",
        type=click.Choice(MODES),
        default=DEFAULT_MODE,
        show_default=True,
        help=help,
    )


def paper_option(help: str) -> Callable[[F], F]:
    """`--paper a4|letter`, A4 by default."""
    return option("--paper", type=click.Choice(PAPERS), default="a4", show_default=True, help=help)


# The help of the sender's options, for a letter's sender and for an envelope's return address
# (whole sentences, so that each language can word them its own way).
SENDER_HELP = {
    "name": N_("The sender: name (leave out to sign by hand)."),
    "address": N_("The sender: a line of the address (repeatable)."),
    "city": N_("The sender: town or city."),
    "country": N_("The sender: country."),
    "email": N_("The sender: email address."),
}
RETURN_ADDRESS_HELP = {
    "name": N_("The return address: name."),
    "address": N_("The return address: a line of the address (repeatable)."),
    "city": N_("The return address: town or city."),
    "country": N_("The return address: country (decides airmail)."),
}


def sender_options(helps: Mapping[str, str]) -> Callable[[F], F]:
    """`--name`, `--address` (repeatable), `--city`, `--country` and, when `helps` has an
    "email" entry, `--email`; each with its help from `helps` (SENDER_HELP, ...)."""
    options = [
        option("--name", default="", help=helps["name"]),
        option("--address", multiple=True, help=helps["address"]),
        option("--city", default=None, help=helps["city"]),
        option("--country", default=None, help=helps["country"]),
    ]
    if "email" in helps:
        options.append(option("--email", default=None, help=helps["email"]))
    return _stack(*options)


EVENT_HELP = N_("Only drafts of this event (repeatable; default: the --event given to appeal-tui).")
STATUS_HELP = N_("Only drafts with this status (repeatable): draft, ready, printed, sent.")


def events_option(help: str = EVENT_HELP) -> Callable[[F], F]:
    """`--event NAME`, repeatable: the drafts of these events."""
    return option("--event", "events", multiple=True, metavar="NAME", help=help)


def collected_options() -> Callable[[F], F]:
    """`--event NAME` and `--status S`, repeatable: which collected drafts."""
    return _stack(
        events_option(),
        option(
            "--status", "statuses", multiple=True, type=click.Choice(STATUSES), help=STATUS_HELP
        ),
    )


def new_file_output(metavar: str = "FILE") -> Callable[[F], F]:
    """`-o/--output FILE`, required: a new file (an existing one is kept)."""
    return option(
        "-o",
        "--output",
        required=True,
        type=click.Path(path_type=Path, dir_okay=False),
        metavar=metavar,
        help=N_("Where to write (an existing file is kept; a numbered name is used instead)."),
    )
