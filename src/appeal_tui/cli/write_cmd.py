"""`appeal-tui write CASE [--lang LANG] [--to all|primary|KEY ...] [--event NAME]`: straight to
the editor.

For events: a kiosk opens on the writing screen of one case, the focus in the letter, the draft
saved as the volunteer types. Everything is checked before the app starts; a mistake is one
line on stderr and exit status 2.
"""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui.cli.common import fail, rtl_option, state
from appeal_tui.cli.options import mode_option, to_option
from appeal_tui.cli.translated import command, option
from appeal_tui.core.choices import (
    APP_RECIPIENTS,
    ChoiceError,
    check_language,
    check_mode,
    default_language,
    parse_recipients,
)
from appeal_tui.core.i18n import N_, _


@command("write", help=N_("Open the app on the writing screen for CASE (an id or a case file)."))
@click.argument("case_ref", metavar="CASE")
@option("--lang", "language", metavar="LANG", help=N_("Language code (default: the case's first)."))
@to_option(N_("Recipients (repeatable, or comma separated); default: the primary, as in the app."))
@mode_option(N_("One letter each by post, or one email with copies."))
@option("--event", default=None, metavar="NAME", help=N_("Event mode: tag letters with NAME."))
@rtl_option
@click.pass_context
def write(
    ctx: click.Context,
    case_ref: str,
    language: str | None,
    to: tuple[str, ...],
    mode: str,
    event: str | None,
    rtl: str | None,
) -> None:
    from appeal_tui.core.library import load_library, resolve_case
    from appeal_tui.storage.paths import case_sources, default_paths

    cli = state(ctx)
    paths = default_paths()
    sources: list[Path] = case_sources(paths, cli.cases_dirs)
    library = load_library(sources)
    result = resolve_case(library, case_ref)
    case = result.case
    if case is None:
        errors = [p for p in result.problems if p.is_error] or list(result.problems)
        fail(errors[0].message if errors else _("cannot load case '{case}'").format(case=case_ref))
    if not case.is_writable:
        fail(_("case '{case}' is closed: it takes no new letters").format(case=case.id))
    try:
        language = check_language(language, case) if language else default_language(case)
        keys = parse_recipients(case, to, default=APP_RECIPIENTS)
        chosen_mode = check_mode(mode)
    except ChoiceError as e:
        fail(str(e))

    from appeal_tui.cli.tui import run_app
    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.config import WriteStart

    start = WriteStart(case=case, language=language, recipient_keys=keys, mode=chosen_mode)
    app = make_app(
        case_sources=sources,
        paths=paths,
        event=event or cli.event,
        start=start,
        library=library,
        idle_timeout=cli.idle_timeout,
        rtl=rtl or cli.rtl,
    )
    run_app(app)
