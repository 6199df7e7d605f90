"""Documents printed to PDF by real tools read as the documents they were printed from.

A text file printed by a word processor reads back as it was typed:

LibreOffice (and any word processor's text import) prints a text file in a fixed-pitch font
and wraps a line longer than the page at the page's right margin; blocks set side by side
with spaces are drawn as runs with their spaces, a long line of them wrapped to the next line
at the left edge. The PDF reader reads such a page back as typed (`pdf_layout._typed`): each
run at its column, the wrapped lines joined again at their own column, an empty line where
one was printed. The pages are our own text, written run by run (`importer_pdf.placed_pdf`,
US Letter: 612 points wide, so a text starting at 56 has its right margin at 556; Courier 10
is 6 points a character, 83 characters a line), and one printed by LibreOffice when it is
installed. A web page's table without borders (rows parted only by its cells' padding) is
read a row at a time, and right-to-left text reads in its own order.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from importer_pdf import Run, placed_pdf, word_runs

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.pdf_layout import _Run, text_of_runs
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


# A browser's table without borders: office | name | address | e-mail, each row two lines
# (13.5 points apart, Helvetica 12), the rows 16.5 points apart (a cell's padding, no
# paragraph's space), the e-mail addresses bare (no "Email:" label).
ROWS = [
    [
        ["Minister of Justice and", "Constitutional Affairs"],
        ["Mr Tomas Arvelo"],
        ["Calle Alberdi 1240,", "Orsala, Veltia"],
        ["justice@gov-", "example.org"],
    ],
    [
        ["Attorney General of the", "Republic"],
        ["Ms Ines Varela Ruiz"],
        ["Plaza Mayor 3,", "Orsala, Veltia"],
        ["fiscal@mp-", "example.org"],
    ],
]


def _borderless_table() -> bytes:
    runs = [Run(36, 700, "Please write to the authorities before 30 June 2026:", 12)]
    xs = (36, 180, 300, 440)
    y = 670.0
    for row in ROWS:
        for x, cell in zip(xs, row, strict=True):
            for n, line in enumerate(cell):
                runs += word_runs(x, y - 13.5 * n, line, 12)
        y -= 13.5 + 16.5
    runs += word_runs(36, y - 10, "Salutation: Dear Minister / Dear Attorney General", 12)
    return placed_pdf([runs])


def test_a_borderless_table_of_a_recipient_per_row_reads_a_row_at_a_time() -> None:
    """Before: its rows were no paragraphs apart and its contact column had no labels, so it
    was read a column at a time: both offices, both names, both addresses, both e-mails."""
    blocks = read_document(_borderless_table()).split("\n\n")
    assert (
        "Minister of Justice and Constitutional Affairs\nMr Tomas Arvelo\n"
        "Calle Alberdi 1240,\nOrsala, Veltia\njustice@gov-example.org"
    ) in blocks
    assert (
        "Attorney General of the Republic\nMs Ines Varela Ruiz\n"
        "Plaza Mayor 3,\nOrsala, Veltia\nfiscal@mp-example.org"
    ) in blocks


def _glyphs(x: float, y: float, seen: str) -> list[_Run]:
    """A line drawn a glyph at a time, left to right in the order it is seen."""
    return [_Run(x + 6 * n, x + 6 * (n + 1), y, 10, c) for n, c in enumerate(seen) if c != " "]


def test_right_to_left_words_read_in_their_own_order() -> None:
    # What the page shows, left to right (a left-to-right paragraph: the colon at its end is
    # printed at the right, the e-mail address after the Arabic label stays as written).
    seen = ["ىلإ مكتادشانم اولسرأ:", "ينورتكلإلا ديربلا: ppo@example.org", "يف ٢٠٢٦ رياني ٩"]
    assert [text_of_runs(_glyphs(56, 700, line)) for line in seen] == [
        "أرسلوا مناشداتكم إلى:",
        "البريد الإلكتروني: ppo@example.org",
        "٩ يناير ٢٠٢٦ في",
    ]
