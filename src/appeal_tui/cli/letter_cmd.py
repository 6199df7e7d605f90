"""`appeal-tui letter CASE --lang LANG`: compose letters from the command line.

Plain text on stdout by default (letters separated by a form-feed line), the Rich rendering when
stdout is a terminal. Notes for the writer (an untranslated salutation, asks to reword) go to
stderr, so the letters themselves can be piped or saved untouched.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from appeal_tui.cli.common import broken_case_problems, case_library, fail, say
from appeal_tui.cli.options import SENDER_HELP, mode_option, paper_option, sender_options, to_option
from appeal_tui.cli.translated import command, option
from appeal_tui.core.choices import (
    COMMAND_RECIPIENTS,
    ChoiceError,
    check_language,
    parse_recipients,
)
from appeal_tui.core.compose import ComposeError, ComposeOptions, compose_letters
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Case, Letter, Mode, Paper, Sender
from appeal_tui.export.formats import FORMATS as EXPORT_FORMATS


def _rich_text(letters: Sequence[Letter], case: Case, sender: Sender) -> str:
    """The Rich rendering as plain characters, for a file (80 columns, no colour codes)."""
    from rich.console import Console

    from appeal_tui.render import render_letters

    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None, legacy_windows=False).print(
        render_letters(letters)
    )
    return buffer.getvalue()


def _exported(
    fmt: str, letters: Sequence[Letter], case: Case, sender: Sender, paper: Paper
) -> bytes:
    """The letters in one of the export formats (`export.formats`)."""
    from appeal_tui.export.formats import ExportOptions, render

    if fmt == "eml" and len(letters) != 1:
        fail(
            _(
                "an .eml holds one letter, and these choices make {n}: use --mode email, or "
                "one recipient with --to KEY"
            ).format(n=len(letters))
        )
    return render(fmt, letters, ExportOptions(case=case, sender=sender, paper=paper))


# The export formats, and the Rich rendering as plain characters (for a file or a pipe).
FORMATS = (*EXPORT_FORMATS, "rich")


def _load_case(ctx: click.Context, ref: str) -> Case:
    from appeal_tui.core.library import resolve_case

    library = case_library(ctx)
    result = resolve_case(library, ref)
    if result.case is not None:
        return result.case
    if Path(ref).is_file():
        # A case file with errors: every problem, as `validate` prints them.
        for problem in result.problems:
            say(problem.format(), err=True)
        ctx.exit(1)
    looks_like_path = "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml"))
    if looks_like_path:
        fail(_("no such case file: {file}").format(file=ref))
    broken = broken_case_problems(library, ref)
    if broken:
        # The case is there but has errors: what to fix, rather than "unknown case".
        for problem in broken:
            say(problem.format(), err=True)
        fail(
            _("case '{case}' has errors (listed above): fix them, then try again").format(case=ref),
            code=1,
        )
    choices = ", ".join(sorted(library.cases)) or _("(no cases loaded)")
    fail(_("unknown case '{case}'; choose from: {choices}").format(case=ref, choices=choices))


def _with_postal_address(case: Case, keys: list[str]) -> list[str]:
    """The keys of recipients a post letter can reach (`core.postal.post_recipients`); a line
    on stderr for each left out, and a failure when none is left."""
    from appeal_tui.core.postal import post_recipients

    choice = post_recipients(case, keys, "post")
    for line in choice.lines:
        say(_("skipped: {reason}").format(reason=line), err=True)
    if not choice.keys:
        fail(
            _(
                "no chosen recipient has a postal address: use --mode email, another --to, or "
                "--without-address to write the letters anyway"
            ),
            code=1,
        )
    return list(choice.keys)


def _own_text(note: str | None, note_file: Path | None) -> str:
    if note is not None and note_file is not None:
        fail(_("give either --note or --note-file, not both"))
    if note_file is None:
        return note or ""
    try:
        if str(note_file) == "-":
            return sys.stdin.read()
        return note_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        reason = getattr(e, "strerror", None) or e
        fail(_("cannot read {file}: {reason}").format(file=note_file, reason=reason))


@command(help=N_("Compose letters for CASE (a case id or a case file) in language LANG."))
@click.argument("case_ref", metavar="CASE")
@option("--lang", "language", required=True, metavar="LANG", help=N_("Language code: fa, en, es …"))
@to_option(N_("Recipients (repeatable, or comma separated); default: all."))
@mode_option(N_("post: one letter per recipient; email: one letter to the primary, copies named."))
@sender_options(SENDER_HELP)
@option("--note", default=None, metavar="TEXT", help=N_("A paragraph in your own words."))
@option(
    "--note-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE",
    help=N_("Your own words from FILE ('-' for stdin)."),
)
@option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help=N_("Output format; default: rich on a terminal, else txt."),
)
@option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help=N_("Write to FILE instead of stdout."),
)
@option(
    "--date",
    "date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help=N_("The letter's date (default: today)."),
)
@option(
    "--without-address",
    is_flag=True,
    help=N_(
        "Post mode: also write letters to recipients with no postal address (left out by "
        "default, with a line saying how else to reach them)."
    ),
)
@option(
    "--cc",
    "copies_in_post",
    is_flag=True,
    help=N_("Post: end each letter with a localised cc: line naming the other recipients."),
)
@paper_option(N_("With --format html: A4 (DL window envelope) or US Letter (#10 window envelope)."))
@option("--gregorian", is_flag=True, help=N_("Gregorian dates even for Persian letters."))
@option("--latin-digits", is_flag=True, help=N_("Latin digits even for Persian/Arabic letters."))
@click.pass_context
def letter(
    ctx: click.Context,
    case_ref: str,
    language: str,
    to: tuple[str, ...],
    mode: Mode,
    name: str,
    address: tuple[str, ...],
    city: str | None,
    country: str | None,
    email: str | None,
    note: str | None,
    note_file: Path | None,
    fmt: str | None,
    output: Path | None,
    date: dt.datetime | None,
    without_address: bool,
    copies_in_post: bool,
    paper: Paper,
    gregorian: bool,
    latin_digits: bool,
) -> None:
    from appeal_tui.core.guidance import case_warnings

    case = _load_case(ctx, case_ref)
    try:
        language = check_language(language, case)
        keys = list(parse_recipients(case, to, default=COMMAND_RECIPIENTS))
    except ChoiceError as e:
        fail(str(e))
    if mode == "post" and not without_address:
        keys = _with_postal_address(case, keys)
    sender = Sender(name=name, address=tuple(address), city=city, country=country, email=email)
    own = _own_text(note, note_file)
    options = ComposeOptions(
        calendar="gregorian" if gregorian else "native",
        digits="latin" if latin_digits else "native",
        copies_in_post=copies_in_post,
    )
    today = date.date() if date else dt.date.today()
    for warning in case_warnings(case, today):
        say(_("warning: {warning}").format(warning=warning), err=True)
    try:
        letters = compose_letters(
            case,
            language,
            keys,
            sender,
            own_text=own,
            mode=mode,
            today=today,
            options=options,
        )
    except ComposeError as e:
        fail(str(e))
    for text in dict.fromkeys(n for lt in letters for n in lt.notes):
        say(_("note: {note}").format(note=text), err=True)
    if fmt == "html":
        from appeal_tui.export.html import address_fits, address_too_long_message

        for too_long in (lt for lt in letters if lt.mode == "post" and not address_fits(lt, paper)):
            message = address_too_long_message(too_long)
            say(_("warning: {warning}").format(warning=message), err=True)

    if fmt is None:
        fmt = "rich" if output is None and sys.stdout.isatty() else "txt"
    if fmt == "rich" and output is None:
        from rich.console import Console

        from appeal_tui.render import render_letters

        Console().print(render_letters(letters))
        return
    if fmt == "rich":
        data: str | bytes = _rich_text(letters, case, sender)
    else:
        data = _exported(fmt, letters, case, sender, paper)
    if fmt != "eml":
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        # The exports drop control characters already; this keeps that true for every format
        # that reaches a terminal, whatever a later one does. Form feed (a page break between
        # letters) stays.
        data = "\f".join(without_hidden(page) for page in text.split("\f"))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    from appeal_tui.storage.atomic import write_new_at

    try:
        # Never replace a file: letters carry the writer's address, and an older letter may be
        # the only copy of someone's words. An existing name gets a numbered sibling.
        written = write_new_at(output, raw)
    except OSError as e:
        fail(_("cannot write {file}: {reason}").format(file=output, reason=e.strerror or e), 1)
    if written != output:
        say(
            _("{file} already exists; kept it and wrote {new} instead").format(
                file=output, new=written
            ),
            err=True,
        )
    what = ngettext("{n} letter", "{n} letters", len(letters)).format(n=len(letters))
    say(_("wrote {what} to {file}").format(what=what, file=written), err=True)
