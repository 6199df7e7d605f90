"""A text file printed to PDF by a word processor reads back as it was typed.

LibreOffice (and any word processor's text import) prints a text file in a fixed-pitch font
and wraps a line longer than the page at the page's right margin; blocks set side by side
with spaces are drawn as runs with their spaces, a long line of them wrapped to the next line
at the left edge. The PDF reader reads such a page back as typed (`pdf_layout._typed`): each
run at its column, the wrapped lines joined again at their own column, an empty line where
one was printed. The pages are our own text, written run by run (`importer_pdf.placed_pdf`,
US Letter: 612 points wide, so a text starting at 56 has its right margin at 556; Courier 10
is 6 points a character, 83 characters a line), and one printed by LibreOffice when it is
installed.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from importer_pdf import Run, placed_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import read_document

PARAGRAPH = (
    "Ramona Ortez Vidal, a radio reporter from the north of the country, was detained on "
    "3 May 2026 after she reported on the march in the capital, and since that day her "
    "family has not been told where she is held."
)


def _page(lines: list[str], top: float = 740) -> list[Run]:
    """Each line where a word processor prints it: Courier 10, 12 points apart, its leading
    spaces drawn as spaces (a run starting at the left edge)."""
    return [Run(56, top - 12 * n, line, 10) for n, line in enumerate(lines) if line]


def test_a_line_wrapped_at_the_page_margin_is_one_line_again() -> None:
    # The paragraph was one line in the text file; the word processor wrapped it at 83.
    wrapped = textwrap.wrap(PARAGRAPH, 83)
    assert len(wrapped) == 3
    typed = ["Ramona Ortez Vidal was detained on 3 May 2026 after she reported on", "the march."]
    text = read_document(placed_pdf([_page([*wrapped, "", *typed])], font="Courier"))
    # The writer's own line ends, far from the margin, stay.
    assert text.split("\n") == [PARAGRAPH, "", *typed]


def test_a_line_that_would_have_fit_the_next_word_is_not_joined() -> None:
    # 76 characters, then a word of 5: it would have fit before the margin (83), so the line
    # ended where the writer ended it.
    lines = ["x" * 70 + " ended", "There the letter goes on.", "Thank you for writing."]
    assert len(lines[0]) + 1 + len("There") <= 83
    text = read_document(placed_pdf([_page(lines)], font="Courier"))
    assert text.split("\n") == lines


def test_indentation_and_blocks_side_by_side_read_as_typed() -> None:
    # Two recipients set side by side with spaces, a bullet's wrapped item indented under it,
    # drawn as a word processor draws them: each line one run with its spaces.
    lines = [
        "Please write to:",
        "",
        "Minister of Justice                     Attorney General",
        "Mr Tomas Arvelo Quint                   Ms Ines Varela Ruiz",
        "Fax: +34 91 555 0101                    Email: fiscal@example.org",
        "",
        "- urging the authorities to release Ramona Ortez Vidal",
        "  immediately and unconditionally;",
    ]
    text = read_document(placed_pdf([_page(lines)], font="Courier"))
    assert text.split("\n") == lines


def test_a_block_beside_another_wrapped_to_the_next_line_is_back_in_place() -> None:
    # A text file's third block starts at column 82: the word processor (83 characters a
    # line) draws the line's first two blocks with the spaces after them, and moves the
    # third to the next line at the left edge (its first word does not fit). Read back, each
    # line is as typed, and the recipients are read as the text file's are.
    typed = [
        "Public Prosecutor".ljust(41) + "Minister of Interior".ljust(41) + "Ambassador of Egypt",
        "Mr Amr Fathy Zaghloul".ljust(41) + "Mr Tarek Hassan Younis".ljust(41) + "Embassy of Egypt",
        "Fax: +20 2 2577 4716".ljust(41) + "Fax: +20 2 2579 2031".ljust(41) + "Fax: +34 91 555",
    ]
    page: list[Run] = []
    y = 740.0
    for line in typed:
        page += [Run(56, y, line[:82], 10), Run(56, y - 12, line[82:], 10)]
        y -= 24
    text = read_document(placed_pdf([page], font="Courier"))
    assert text.split("\n") == typed
    assert (
        import_document(text, source="ua.txt").case["recipients"]
        == import_document("\n".join(typed), source="ua.txt").case["recipients"]
    )


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_a_text_file_printed_by_libreoffice_reads_as_the_file(tmp_path: Path) -> None:
    lines = [
        "URGENT ACTION",
        "",
        PARAGRAPH + " Please write for her release.",
        "",
        "Please write to:",
        "",
        "Minister of Justice                     Attorney General",
        "Mr Tomas Arvelo Quint                   Ms Ines Varela Ruiz",
        "",
        "- urging the authorities to release Ramona Ortez Vidal",
        "  immediately and unconditionally;",
    ]
    source = tmp_path / "ua.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert read_document((tmp_path / "ua.pdf").read_bytes()).split("\n") == lines
