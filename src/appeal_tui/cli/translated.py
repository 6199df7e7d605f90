"""The command line in the interface language: help texts, and click's own words.

Click keeps a command's or option's help as the text it was given when the module was
imported, before the language is chosen. The classes here keep that text (marked with `N_`)
and translate it each time click reads it, so `appeal-tui --ui-lang es --help` is Spanish, and
a test can change the language between two runs.

Click's own words ("Usage:", "Options", "Error: No such option ...") come from its calls of
the standard `gettext`, which reads the global domain in the locale's language, not ours:
`use_interface_language` points click's modules at `core.i18n`, and CLICK_MESSAGES puts those
words in our catalog. A test fails when a click release adds a message this list lacks, or
names its gettext functions otherwise.
"""

from __future__ import annotations

import gettext
import importlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from appeal_tui.core.i18n import N_, _, ngettext

FC = TypeVar("FC", bound=Callable[..., Any] | click.Command)


class Option(click.Option):
    """A click option whose help is translated when shown (the text given is the message)."""

    @property
    def help(self) -> str | None:
        return _(self._message) if self._message else self._message

    @help.setter
    def help(self, value: str | None) -> None:
        self._message = value


class Command(click.Command):
    """A click command whose help, short help and epilog are translated when shown."""

    @property
    def help(self) -> str | None:
        return _(self._help_message) if self._help_message else self._help_message

    @help.setter
    def help(self, value: str | None) -> None:
        self._help_message = value

    @property
    def short_help(self) -> str | None:
        return _(self._short_message) if self._short_message else self._short_message

    @short_help.setter
    def short_help(self, value: str | None) -> None:
        self._short_message = value

    @property
    def options_metavar(self) -> str | None:
        raw = self._options_metavar
        return _(raw) if raw else raw

    @options_metavar.setter
    def options_metavar(self, value: str | None) -> None:
        self._options_metavar = value

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        # Click makes the --help option once, in the language of that moment: its help is
        # set again each time it is asked for.
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _("Show this message and exit.")
        return option


class Group(Command, click.Group):
    """A click group that translates like `Command`, and so do the commands made with it."""

    command_class = Command

    @property
    def subcommand_metavar(self) -> str:
        return _(self._subcommand_metavar)

    @subcommand_metavar.setter
    def subcommand_metavar(self, value: str) -> None:
        self._subcommand_metavar = value


Group.group_class = Group


def option(*param_decls: str, **attrs: Any) -> Callable[[FC], FC]:
    """`click.option` with a translated help (`help=N_("...")`)."""
    attrs.setdefault("cls", Option)
    return click.option(*param_decls, **attrs)


# The click modules that show words to the user, each importing `gettext as _` (and some
# `ngettext`) from the standard library when click is imported.
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
    "click.utils",
    "click.shell_completion",
)


def use_interface_language() -> None:
    """Make click say its own words (usage, errors) in the interface language."""
    for name in CLICK_MODULES:
        module = sys.modules.get(name) or importlib.import_module(name)
        if getattr(module, "_", None) is gettext.gettext:
            module._ = _  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = ngettext  # type: ignore[attr-defined]


# Click's messages a user of `appeal-tui` can see, so that the catalog has them (click 8.x;
# `test_i18n_cli` lists those left out on purpose: messages for programmers, not users).
CLICK_MESSAGES = (
    N_("Aborted!"),
    N_("deprecated"),
    N_("Options"),
    N_("Positional arguments"),
    N_("Commands"),
    N_("Missing command."),
    N_("DeprecationWarning: The command {name!r} is deprecated.{extra_message}"),
    N_("DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}"),
    N_("env var: {var}"),
    N_("default: {default}"),
    N_("required"),
    N_("(dynamic)"),
    N_("Do you want to continue?"),
    N_("Confirm the action without prompting."),
    N_("%(prog)s, version %(version)s"),
    N_("Show the version and exit."),
    N_("Show this message and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("unknown error"),
    N_("Could not open file {filename!r}: {message}"),
    N_("Usage:"),
    # The usage line's placeholders (click's defaults, not gettext messages in click).
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
    N_("[COMMAND] [ARGS]..."),
    N_("Invalid start character for option ({option})"),
    N_("Argument {name!r} takes {nargs} values."),
    N_("Option {name!r} does not take a value."),
    N_("Repeat for confirmation"),
    N_("Error: The two entered values do not match."),
    N_("Error: invalid input"),
    N_("Press any key to continue..."),
    N_("Choose from:\n\t{choices}"),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("{value!r} is not a valid UUID."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("{name} {filename!r} is not executable."),
)


def click_counted_messages(n: int) -> tuple[str, ...]:
    """Click's counted messages, as `ngettext` calls so the catalog has their plural forms;
    each in the form for `n` (the tests call it to see them translated)."""
    return (
        ngettext(
            "Got unexpected extra argument ({args})",
            "Got unexpected extra arguments ({args})",
            n,
        ),
        ngettext(
            "Takes {nargs} values but 1 was given.",
            "Takes {nargs} values but {len} were given.",
            n,
        ),
        ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", n),
        ngettext(
            "Option {name!r} requires an argument.",
            "Option {name!r} requires {nargs} arguments.",
            n,
        ),
        ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", n),
        ngettext(
            "{value!r} does not match the format {format}.",
            "{value!r} does not match the formats {formats}.",
            n,
        ),
        ngettext(
            "{len_type} values are required, but {len_value} was given.",
            "{len_type} values are required, but {len_value} were given.",
            n,
        ),
    )


def command(name: str | None = None, **attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    """`click.command` making a `Command` (help translated when shown)."""
    return click.command(name, cls=Command, **attrs)


def group(name: str | None = None, **attrs: Any) -> Callable[[Callable[..., Any]], Group]:
    """`click.group` making a `Group` (help translated when shown, its commands' too)."""
    return click.group(name, cls=Group, **attrs)


use_interface_language()
