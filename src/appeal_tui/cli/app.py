"""The top-level click group: with no subcommand it starts the TUI."""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import click

from appeal_tui import __version__
from appeal_tui.cli.common import CliState, rtl_option
from appeal_tui.cli.translated import Group, option
from appeal_tui.core.i18n import (
    ENV_UI_LANG,
    N_,
    UI_LANGUAGES,
    _,
    choose,
    normalise,
    set_ui_language,
)


def _remembered_settings() -> Mapping[str, object]:
    """The app's settings, where a language chosen in the app is remembered; {} when there are
    none or they cannot be read (the interface is then in the locale's language)."""
    try:
        from appeal_tui.storage.paths import default_paths
        from appeal_tui.storage.profile import load_settings

        return load_settings(default_paths())
    except (OSError, ValueError):
        return {}


def start_language(chosen: str | None = None) -> str:
    """Set the interface language for this run (`core.i18n.choose`): `chosen` (--ui-lang),
    APPEAL_TUI_UI_LANG, the language remembered in the app, the locale, else English. The
    settings file is read only when neither the option nor the variable decides."""
    decided = normalise(chosen) or normalise(os.environ.get(ENV_UI_LANG))
    settings = {} if decided else _remembered_settings()
    return set_ui_language(choose(chosen, settings, os.environ))


def _ui_lang_given(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    # Eager: processed before --help when given before it (`appeal-tui --ui-lang es --help`).
    if value is not None:
        start_language(value)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    # click.version_option would translate its line once, when this module is imported (before
    # the language is chosen): this one says it in the interface language, with click's words.
    if not value or ctx.resilient_parsing:
        return
    click.echo(
        _("%(prog)s, version %(version)s") % {"prog": "appeal-tui", "version": __version__},
        color=ctx.color,
    )
    ctx.exit()


def _ui_lang_in(args: list[str]) -> str | None:
    """The value of `--ui-lang` among the command line's words, if it is there."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--ui-lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--ui-lang="):
            return arg.split("=", 1)[1]
    return None


class LazyGroup(Group):
    """A group whose subcommands are imported only when used, so `appeal-tui` starts fast.

    The interface language is set before anything is parsed, so that `--help` and click's own
    errors are in it too (`LANG=es_ES.UTF-8 appeal-tui --help`)."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        if parent is None:
            # --ui-lang first, wherever it is: `--version --ui-lang es` and `--help --ui-lang es`
            # are answered before click reaches the option.
            start_language(_ui_lang_in(args))
        return super().make_context(info_name, args, parent, **extra)

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
    help=N_(
        "Write polite, personal human-rights appeal letters.\n\n"
        "With no command, starts the app on the bundled cases, your own cases folder and any "
        "--cases DIR."
    ),
)
@option(
    "--ui-lang",
    type=click.Choice(list(UI_LANGUAGES), case_sensitive=False),
    default=None,
    is_eager=True,
    expose_value=False,
    callback=_ui_lang_given,
    help=N_(
        "Language of the app and its messages (also APPEAL_TUI_UI_LANG). Default: the one "
        "chosen last in the app, else the locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), "
        "else English."
    ),
)
@option(
    "--cases",
    "cases_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help=N_(
        "Also load case files from DIR (repeatable; later folders override earlier ones by id)."
    ),
    metavar="DIR",
)
@option("--event", default=None, metavar="NAME", help=N_("Event mode: tag letters with NAME."))
@option(
    "--idle-timeout",
    type=click.FloatRange(min=1),
    default=180,
    show_default=True,
    metavar="SECONDS",
    help=N_(
        "Event mode: a writer's turn ends after this long without a key (their letter is "
        "saved; the last 30 s are counted down on screen)."
    ),
)
@rtl_option
@option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help=N_("Show the version and exit."),
)
@click.pass_context
def main(
    ctx: click.Context,
    cases_dirs: tuple[Path, ...],
    event: str | None,
    idle_timeout: float,
    rtl: str | None,
) -> None:
    ctx.obj = CliState(
        cases_dirs=tuple(cases_dirs), event=event, idle_timeout=idle_timeout, rtl=rtl
    )
    if ctx.invoked_subcommand is None:
        from appeal_tui.cli.tui import run_tui

        run_tui(ctx.obj)
