"""`appeal-tui import FILE|- [-o CASE.yaml] [--lang LANG] [--force]`: a published urgent action
(PDF, HTML, Markdown or plain text, told apart by content) -> a case file, and a report of what
to check. Nothing is fetched from the network: a web page is saved first.

Exit status: 0 when a case was written (warnings are normal), 1 when nothing usable was found,
2 on bad usage (no such file, an -o file that exists without --force, an unknown --lang).
A file that cannot be read as a document (a scanned PDF without text, an image) exits 1 with a
line saying what to do.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from appeal_tui.cli.common import fail, say
from appeal_tui.cli.translated import command, option
from appeal_tui.core.choices import ChoiceError, check_language
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.loading import load_case_bytes

if TYPE_CHECKING:
    from appeal_tui.core.importer import ImportResult

# What a case id may look like (the case format's rule); a file stem like this becomes the id.
_ID = re.compile(r"[a-z0-9-]+")
# A web address given instead of a file (https://…, www.…).
_WEB_ADDRESS = re.compile(r"(?i)(?:https?|ftp)://|www\.")


def _exists(output: Path) -> str:
    return _("{file} already exists; it was not changed (use --force to overwrite it)").format(
        file=output
    )


def _read(source: str) -> bytes:
    """The bytes of `source` (a file, or - for standard input); fails saying why not."""
    # (The importer is loaded when a command runs, not for `import --help`: about a second.)
    from appeal_tui.core.importer.sources import MAX_INPUT_BYTES

    if source == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    path = Path(source)
    if not path.is_file() and _WEB_ADDRESS.match(source):
        # Nothing is fetched from the network: say how to save the page (as the README does).
        fail(
            _(
                "{address} is a web address; appeal-tui reads only files you saved and "
                "downloads nothing. Save the PDF, or the page in your browser (File → Save Page "
                "As…, 'Web Page, HTML only'), then import the saved file"
            ).format(address=source)
        )
    if not path.is_file():
        fail(_("no such file: {file}").format(file=source))
    try:
        with open(path, "rb") as f:
            return f.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        fail(_("cannot read {file}: {reason}").format(file=source, reason=reason))


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_language(value)
    except ChoiceError as e:
        fail(_("--lang: {problem}").format(problem=e))


def _verified(result: ImportResult, name: str) -> list[str]:
    """Problems the case loader finds in the output (there should be none), besides the TODO
    placeholders written on purpose: `validate` reports those until the organiser fills them."""
    from appeal_tui.core.contacts import is_placeholder_problem

    loaded = load_case_bytes(result.yaml_text.encode("utf-8"), name)
    return [
        p.format() for p in loaded.problems if p.is_error and not is_placeholder_problem(p.message)
    ]


@command(
    "import",
    help=N_(
        "Turn a published urgent action (PDF, HTML, Markdown or text; - for standard input) "
        "into a case file, and report what was found and what you must check before using it."
    ),
)
@click.argument("source", metavar="FILE|-")
@option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help=N_("Write the case file here (default: standard output)."),
)
@option("--lang", default=None, help=N_("The document's language (en, es, fr, de ...) "
              "when detection is unsure."))  # fmt: skip
@option("--force", is_flag=True, help=N_("Overwrite the -o file if it exists."))
def import_case(source: str, output: Path | None, lang: str | None, force: bool) -> None:
    from appeal_tui.core.importer import DocumentError, import_document, read_document
    from appeal_tui.core.importer.sources import MAX_INPUT_BYTES

    language = _language(lang)
    if output is not None and output.exists() and not force:
        fail(_exists(output))
    data = _read(source)
    if len(data) > MAX_INPUT_BYTES:
        fail(
            _("{file} is larger than 5 MiB; an urgent action is a few pages of text").format(
                file=source
            )
        )
    stem = output.stem if output is not None else None
    try:
        document = read_document(data)
    except DocumentError as e:
        fail(f"{source}: {e}", code=1)
    result = import_document(
        document,
        language=language,
        source=_("standard input") if source == "-" else Path(source).name,
        case_id=stem if stem and _ID.fullmatch(stem) else None,
    )
    to_stdout = output is None
    report = result.report.text()
    if not result.usable:
        say(report, nl=False, err=to_stdout)
        say(
            _(
                "appeal-tui: nothing usable found (no asks, recipients, languages line or "
                "reference); is this an urgent action?"
            ),
            err=True,
        )
        sys.exit(1)
    problems = _verified(result, str(output or _("standard output")))
    if output is None:
        say(result.yaml_text, nl=False)
    else:
        from appeal_tui.storage.atomic import write_atomic, write_exclusive

        data = result.yaml_text.encode("utf-8")
        try:
            if force:
                write_atomic(output, data, mode=0o644)
            else:
                # Checked above, and again here: a file made meanwhile is not written over.
                write_exclusive(output, data, mode=0o644)
        except FileExistsError:
            fail(_exists(output))
        except OSError as e:
            reason = e.strerror or type(e).__name__
            fail(_("cannot write {file}: {reason}").format(file=output, reason=reason), code=1)
    say(report, nl=False, err=to_stdout)
    if output is not None:
        say(_("wrote {file}").format(file=output), err=to_stdout)
    if problems:
        for line in problems:
            say(line, err=True)
        sys.exit(1)
