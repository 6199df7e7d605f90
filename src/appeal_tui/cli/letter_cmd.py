"""`appeal-tui letter CASE --lang LANG`: compose letters from the command line.

Plain text on stdout by default (letters separated by a form-feed line), the Rich rendering when
stdout is a terminal. Notes for the writer (an untranslated salutation, asks to reword) go to
stderr, so the letters themselves can be piped or saved untouched.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from appeal_tui.cli.common import case_library, fail, say
from appeal_tui.core.compose import ComposeError, ComposeOptions, compose_letters
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.model import Case, Letter, Mode, Sender
from appeal_tui.core.plurals import counted
from appeal_tui.export.html import Paper
from appeal_tui.export.text import letters_to_markdown, letters_to_text


def _rich_text(letters: Sequence[Letter], case: Case, sender: Sender) -> str:
    """The Rich rendering as plain characters, for a file (80 columns, no colour codes)."""
    from rich.console import Console

    from appeal_tui.render import render_letters

    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None, legacy_windows=False).print(
        render_letters(letters)
    )
    return buffer.getvalue()


def _print_html(letters: Sequence[Letter], case: Case, paper: Paper = "a4") -> str:
    """Print-ready HTML (A4 or US Letter): one letter a page, the address placed for a window
    envelope."""
    from appeal_tui.export.html import letters_to_html

    return letters_to_html(letters, paper=paper)


def _eml_draft(letters: Sequence[Letter], case: Case, sender: Sender) -> bytes:
    """An email draft (.eml) for the one letter; From is the writer's --email when given (else
    the mail client fills it in)."""
    from appeal_tui.export.email import letter_to_eml

    if len(letters) != 1:
        fail(
            f"an .eml holds one letter, and these choices make {len(letters)}: "
            "use --mode email, or one recipient with --to KEY"
        )
    return letter_to_eml(letters[0], case, sender=sender)


# Output formats: name -> (letters, case, sender) -> text or bytes. Add a format by adding a line.
OutputFormat = Callable[[Sequence[Letter], Case, Sender], str | bytes]
FORMATS: dict[str, OutputFormat] = {
    "txt": lambda letters, case, sender: letters_to_text(letters),
    "md": lambda letters, case, sender: letters_to_markdown(letters),
    "rich": _rich_text,
    "html": lambda letters, case, sender: _print_html(letters, case),
    "eml": _eml_draft,
}


def _split(values: Sequence[str]) -> list[str]:
    """`--to a,b --to "c d"` -> [a, b, c, d]."""
    return [part for value in values for part in value.replace(",", " ").split()]


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
        fail(f"no such case file: {ref}")
    choices = ", ".join(sorted(library.cases)) or "(no cases loaded)"
    fail(f"unknown case '{ref}'; choose from: {choices}")


def _check_language(case: Case, language: str) -> str:
    """The language code as the app writes it (`EN` -> `en`, `pt_br` -> `pt-BR`); a code
    that is not one fails with the choices."""
    from appeal_tui.core.languages import normalise_code, suggest_code
    from appeal_tui.core.phrasebook import known_languages

    if language in case.languages:
        return language
    code = normalise_code(language)
    if code is not None:
        return code
    choices = ", ".join(dict.fromkeys([*case.languages, *known_languages()]))
    hint = suggest_code(language)
    meant = f" (did you mean '{hint}'?)" if hint else ""
    fail(
        f"unknown language '{language}'{meant}; choose from: {choices}, "
        "or another language code (BCP 47)"
    )


def _recipient_keys(case: Case, to: Sequence[str]) -> list[str]:
    wanted = _split(to) or ["all"]
    keys: list[str] = []
    for item in wanted:
        if item == "all":
            keys.extend(r.key for r in case.recipients)
        elif item == "primary":
            keys.extend(r.key for r in case.primary_recipients)
        elif case.recipient(item) is not None:
            keys.append(item)
        else:
            choices = ", ".join(["all", "primary", *(r.key for r in case.recipients)])
            fail(f"unknown recipient '{item}'; choose from: {choices}")
    return list(dict.fromkeys(keys))


def _with_postal_address(case: Case, keys: list[str]) -> list[str]:
    """The keys of recipients a post letter can reach; a line on stderr for each left out, and
    a failure when none is left."""
    from appeal_tui.core.postal import has_postal_address, no_address_line

    kept: list[str] = []
    for key in keys:
        recipient = case.recipient(key)
        if recipient is None or has_postal_address(recipient):
            kept.append(key)
        else:
            say(f"skipped: {no_address_line(recipient)}", err=True)
    if not kept:
        fail(
            "no chosen recipient has a postal address: use --mode email, another --to, or "
            "--without-address to write the letters anyway",
            code=1,
        )
    return kept


def _own_text(note: str | None, note_file: Path | None) -> str:
    if note is not None and note_file is not None:
        fail("give either --note or --note-file, not both")
    if note_file is None:
        return note or ""
    try:
        if str(note_file) == "-":
            return sys.stdin.read()
        return note_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        fail(f"cannot read {note_file}: {getattr(e, 'strerror', None) or e}")


@click.command()
@click.argument("case_ref", metavar="CASE")
@click.option(
    "--lang", "language", required=True, metavar="LANG", help="Language code: fa, en, es …"
)
@click.option(
    "--to",
    "to",
    multiple=True,
    metavar="all|primary|KEY",
    help="Recipients (repeatable, or comma separated); default: all.",
)
@click.option(
    "--mode",
    type=click.Choice(["post", "email"]),
    default="post",
    show_default=True,
    help="post: one letter per recipient; email: one letter to the primary, copies named.",
)
@click.option("--name", default="", help="Your name (leave out to sign by hand).")
@click.option("--address", multiple=True, help="A line of your postal address (repeatable).")
@click.option("--city", default=None, help="Your town or city.")
@click.option("--country", default=None, help="Your country.")
@click.option("--email", default=None, help="Your email address.")
@click.option("--note", default=None, metavar="TEXT", help="A paragraph in your own words.")
@click.option(
    "--note-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE",
    help="Your own words from FILE ('-' for stdin).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="Output format; default: rich on a terminal, else txt.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write to FILE instead of stdout.",
)
@click.option(
    "--date",
    "date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="The letter's date (default: today).",
)
@click.option(
    "--without-address",
    is_flag=True,
    help="Post mode: also write letters to recipients with no postal address (left out by "
    "default, with a line saying how else to reach them).",
)
@click.option(
    "--cc",
    "copies_in_post",
    is_flag=True,
    help="Post: end each letter with a localised cc: line naming the other recipients.",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "letter"]),
    default="a4",
    show_default=True,
    help="With --format html: A4 (DL window envelope) or US Letter (#10 window envelope).",
)
@click.option("--gregorian", is_flag=True, help="Gregorian dates even for Persian letters.")
@click.option("--latin-digits", is_flag=True, help="Latin digits even for Persian/Arabic letters.")
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
    """Compose letters for CASE (a case id or a case file) in language LANG."""
    from appeal_tui.core.guidance import case_warnings

    case = _load_case(ctx, case_ref)
    language = _check_language(case, language)
    keys = _recipient_keys(case, to)
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
        say(f"warning: {warning}", err=True)
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
        say(f"note: {text}", err=True)
    if fmt == "html":
        from appeal_tui.export.html import address_fits, address_too_long_message

        for too_long in (lt for lt in letters if lt.mode == "post" and not address_fits(lt, paper)):
            say(f"warning: {address_too_long_message(too_long)}", err=True)

    if fmt is None:
        fmt = "rich" if output is None and sys.stdout.isatty() else "txt"
    if fmt == "rich" and output is None:
        from rich.console import Console

        from appeal_tui.render import render_letters

        Console().print(render_letters(letters))
        return
    data = (
        _print_html(letters, case, paper) if fmt == "html" else FORMATS[fmt](letters, case, sender)
    )
    if isinstance(data, str):
        # The exports drop control characters already; this keeps that true for every format
        # that reaches a terminal, whatever a later one does. Form feed (a page break between
        # letters) stays.
        data = "\f".join(without_hidden(page) for page in data.split("\f"))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    from appeal_tui.export.files import write_new_at

    try:
        # Never replace a file: letters carry the writer's address, and an older letter may be
        # the only copy of someone's words. An existing name gets a numbered sibling.
        written = write_new_at(output, raw)
    except OSError as e:
        fail(f"cannot write {output}: {e.strerror or e}", 1)
    if written != output:
        say(f"{output} already exists; kept it and wrote a new file instead", err=True)
    say(f"wrote {counted(len(letters), '{n} letter', '{n} letters')} to {written}", err=True)
