"""The export formats by name: what the `letter` command, the TUI and batches offer (the one
table of formats; `letter` adds only its terminal rendering, `rich`).

Each format turns letters into bytes. Most put all letters in one file; .eml holds one message, so
`export_files` makes one file per letter for it. File names come from the case id, the recipient
keys and the date, made safe by `safe_filename`; write them with `files.write_new`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.export.files import safe_filename

if TYPE_CHECKING:
    from appeal_tui.core.model import Paper


@dataclass(frozen=True)
class ExportOptions:
    """What some formats need besides the letters: the case (email addresses), the sender, paper."""

    case: Case | None = None
    sender: Sender | None = None
    paper: Paper = "a4"
    # HTML: fold marks on every letter (True), on none (False), or on letters signed by hand.
    fold_marks: bool | None = None


Renderer = Callable[[Sequence[Letter], ExportOptions], bytes]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    description: str
    media_type: str
    # True when a file holds exactly one letter (an email message); False when all fit in one.
    one_letter_per_file: bool
    render: Renderer


@dataclass(frozen=True)
class ExportFile:
    """A file to write: a safe suggested name and its bytes."""

    name: str
    data: bytes


def _text(letters: Sequence[Letter], options: ExportOptions) -> bytes:
    from appeal_tui.export.text import letters_to_text

    return letters_to_text(list(letters)).encode("utf-8")


def _markdown(letters: Sequence[Letter], options: ExportOptions) -> bytes:
    from appeal_tui.export.text import letters_to_markdown

    return letters_to_markdown(list(letters)).encode("utf-8")


def _html(letters: Sequence[Letter], options: ExportOptions) -> bytes:
    from appeal_tui.export.html import letters_to_html

    return letters_to_html(letters, paper=options.paper, fold_marks=options.fold_marks).encode(
        "utf-8"
    )


def _eml(letters: Sequence[Letter], options: ExportOptions) -> bytes:
    from appeal_tui.export.email import letter_to_eml

    if len(letters) != 1:
        raise ValueError(_("an .eml file holds one letter: export each letter on its own"))
    if options.case is None:
        raise ValueError(_("an .eml needs the case, to look up the recipients' email addresses"))
    return letter_to_eml(letters[0], options.case, sender=options.sender)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        # The descriptions are marked for translation: the app shows them translated.
        ExportFormat("txt", "txt", N_("plain text (UTF-8)"), "text/plain", False, _text),
        ExportFormat("md", "md", N_("Markdown"), "text/markdown", False, _markdown),
        ExportFormat(
            "html", "html", N_("print-ready HTML, one letter a page"), "text/html", False, _html
        ),
        ExportFormat(
            "eml", "eml", N_("email draft for any mail client"), "message/rfc822", True, _eml
        ),
    )
}


def get_format(name: str) -> ExportFormat:
    """The format called `name` ("txt", "md", "html", "eml"); KeyError naming the choices."""
    try:
        return FORMATS[name.lower().lstrip(".")]
    except KeyError:
        raise KeyError(f"unknown format {name!r}: choose one of {', '.join(FORMATS)}") from None


def check_formats(typed: Sequence[str]) -> tuple[str, ...]:
    """The format names of `--format txt,md --format html`, each once, in order; ValueError
    naming the choices for one that is not a format."""
    names = [part for value in typed for part in value.replace(",", " ").split()]
    for name in names:
        if name not in FORMATS:
            raise ValueError(
                _("unknown format '{format}'; choose from {choices}").format(
                    format=name, choices=", ".join(FORMATS)
                )
            )
    return tuple(dict.fromkeys(names))


def render(name: str, letters: Sequence[Letter], options: ExportOptions | None = None) -> bytes:
    """The bytes of `letters` in format `name` (for "eml", exactly one letter)."""
    return get_format(name).render(letters, options or ExportOptions())


def file_name(letters: Sequence[Letter], extension: str) -> str:
    """A safe name from the case id, the recipient keys and the date: "case-key-2024-05-15.txt".

    Several letters of one case share the case id and date; their recipient keys are left out.
    """
    if not letters:
        return safe_filename("letters", extension=extension)
    first = letters[0]
    keys = list(first.to_keys) if len(letters) == 1 else ["letters"]
    case_ids = list(dict.fromkeys(letter.case_id for letter in letters))
    head = case_ids if len(case_ids) <= 2 else [*case_ids[:2], "and-more"]
    return safe_filename(*head, *keys, first.date.isoformat(), extension=extension)


def export_files(
    name: str, letters: Sequence[Letter], options: ExportOptions | None = None
) -> list[ExportFile]:
    """The files for `letters` in format `name`: one file, or one per letter for .eml."""
    fmt = get_format(name)
    opts = options or ExportOptions()
    if fmt.one_letter_per_file:
        return [
            ExportFile(file_name([letter], fmt.extension), fmt.render([letter], opts))
            for letter in letters
        ]
    return [ExportFile(file_name(letters, fmt.extension), fmt.render(letters, opts))]
