"""Exporting letters from the app: print-ready HTML, and an email draft (.eml) in email mode."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.storage.paths import Paths

if TYPE_CHECKING:
    from appeal_tui.core.model import Paper


def export_letters(
    letters: Sequence[Letter], case: Case | None, sender: Sender, paths: Paths, draft_id: str
) -> list[Path]:
    """Write the letters to the exports folder; the files written."""
    from appeal_tui.export.files import safe_filename, write_new
    from appeal_tui.export.formats import ExportOptions, render
    from appeal_tui.storage.profile import load_paper

    folder = paths.ensure(paths.exports)
    stem_parts = (letters[0].case_id if letters else "letter", letters[0].language, draft_id[:6])
    options = ExportOptions(case=case, sender=sender, paper=load_paper(paths))
    written = [
        write_new(
            folder, safe_filename(*stem_parts, extension=".html"), render("html", letters, options)
        )
    ]
    if case is not None and letters and letters[0].mode == "email":
        for letter in letters:
            data = render("eml", [letter], options)
            written.append(write_new(folder, safe_filename(*stem_parts, extension=".eml"), data))
    return written


def export_to_folder(
    format_name: str,
    letters: Sequence[Letter],
    case: Case | None,
    sender: Sender | None,
    folder: Path,
    paper: Paper = "a4",
) -> list[Path]:
    """Write `letters` as `format_name` ("txt", "md", "html", "eml") into `folder`; the new files.
    `paper` is the page size of the HTML ("a4" or "letter").

    The folder is created if missing; existing files are never replaced (a new name is chosen).
    Raises OSError when the folder cannot be written and ValueError when the format cannot be
    made (an .eml without the case).
    """
    from appeal_tui.export.files import write_new
    from appeal_tui.export.formats import ExportOptions, export_files

    files = export_files(format_name, letters, ExportOptions(case=case, sender=sender, paper=paper))
    return [write_new(folder, file.name, file.data) for file in files]


def write_print_html(letters: Sequence[Letter], folder: Path, paper: Paper = "a4") -> Path:
    """Write the print-ready HTML of `letters` (one a page) into `folder`; the new file."""
    from appeal_tui.export.files import write_new
    from appeal_tui.export.formats import ExportOptions, export_files

    [file] = export_files("html", letters, ExportOptions(paper=paper))
    return write_new(folder, file.name, file.data)
