"""`appeal-tui sheets CASE... -o FILE.html`: printable case sheets for the tables at an event."""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui.cli.common import broken_case_problems, case_library, fail, say
from appeal_tui.cli.translated import command, option
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.library import CaseLibrary, resolve_case
from appeal_tui.core.model import Case


def load_cases(ctx: click.Context, refs: tuple[str, ...]) -> tuple[CaseLibrary, list[Case]]:
    """The cases named by `refs` (ids or case files); fails naming every one that cannot load."""
    library = case_library(ctx)
    cases: list[Case] = []
    errors: list[str] = []
    unknown: list[str] = []
    for ref in dict.fromkeys(refs):
        result = resolve_case(library, ref)
        if result.case is not None:
            cases.append(result.case)
            continue
        # A case file with errors (named by path, or by id in a cases folder): its problems,
        # as `validate` prints them. Else no such case: the ids there are.
        broken = tuple(p for p in result.problems if p.is_error) if Path(ref).is_file() else ()
        broken = broken or broken_case_problems(library, ref)
        if broken:
            errors.extend(p.format() for p in broken)
        else:
            unknown.extend(p.message for p in result.problems if p.is_error)
    for line in errors:
        say(line, err=True)
    if unknown:
        for line in unknown[:-1]:
            say(line, err=True)
        known = ", ".join(sorted(library.cases)) or _("none")
        fail(_("{problem} (cases: {known})").format(problem=unknown[-1], known=known))
    if errors:
        fail(_("a case has errors (listed above): fix them, then try again"), code=1)
    return library, cases


@command(
    help=N_(
        "Print one sheet per case for a letter-writing table: who the person is, what to ask "
        "for in each language, where to send letters and how to address each recipient, the "
        "deadline, tips for a handwritten letter and a box to tally the letters written.\n\n"
        "CASE is a case id or a case file; with none, every open case. Open FILE.html in a "
        "browser and print it: each case starts on a new page."
    )
)
@click.argument("refs", nargs=-1, metavar="[CASE]...")
@option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.html",
    help=N_("Where to write the sheets (an older file of that name is replaced)."),
)
@click.pass_context
def sheets(ctx: click.Context, refs: tuple[str, ...], output: Path) -> None:
    library, cases = load_cases(ctx, refs)
    if not refs:
        cases = sorted((c for c in library.cases.values() if c.is_writable), key=lambda c: c.id)
        if not cases:
            fail(_("no open cases to print (see `appeal-tui validate`)"))
    from appeal_tui.cli.collected import write_output
    from appeal_tui.export.sheets import case_sheets_html

    data = case_sheets_html(cases)
    # A sheet holds only case text (no one's personal data): readable like any document.
    what = ngettext("{n} case sheet", "{n} case sheets", len(cases)).format(n=len(cases))
    write_output(output, data, what, mode=0o644)
