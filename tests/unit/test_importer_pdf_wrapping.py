"""A PDF's text reads as the page it was printed from: lines a layout program wrapped are one
line again, paragraphs are parted, and page furniture printed over the text stays apart.

A browser or word processor wraps a line where the next word does not fit; the HTML or the
document it came from has one line there (a title in a narrow cell, a salutation, an e-mail
address broken at its hyphen). The PDFs are our own: pages printed from HTML by headless
Chromium (tests/fixtures/pdf-columns/, see its README) and small ones written run by run
(`importer_pdf.placed_pdf`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer_pdf import Run, placed_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf-columns"


def _recipients(data: bytes) -> dict[str, dict[str, Any]]:
    case = import_document(read_document(data), source="ua.pdf").case
    return {r["name"]: r for r in case["recipients"]}


def test_lines_wrapped_in_narrow_cells_are_whole_again() -> None:
    # Three cells side by side: an office, a salutation in brackets and e-mail addresses
    # broken at their hyphens wrap inside the cells.
    found = _recipients((FIXTURES / "chromium-wrapped-cells.pdf").read_bytes())
    assert set(found) == {"Mr Joosep Tammearu Liiv", "Ms Helena Saar Kuusk", "Priit Mets Rand"}
    minister = found["Mr Joosep Tammearu Liiv"]
    assert minister["title"] == "Minister of the Interior and Public Security"
    # Whole again, and (Estonian having its salutation words since session 11) one per language.
    assert minister["salutation"] == {"en": "Dear Minister", "et": "Lugupeetud minister"}
    assert minister["email"] == ["minister@interior-affairs-example.ee"]
    assert minister["address"] == ["Pikk 61", "15065 Tallinn"]
    prosecutor = found["Ms Helena Saar Kuusk"]
    assert prosecutor["salutation"] == "Dear Prosecutor General"
    # The cell's longest line, followed by a street that would not fit after it, stays a
    # line of its own: nothing in the text says it was cut.
    assert prosecutor["organisation"] == "Office of the Prosecutor General"
    assert prosecutor["address"] == ["Wismari 7", "15188 Tallinn"]
    assert prosecutor["email"] == ["prosecutor@prok-example.ee"]
    ambassador = found["Priit Mets Rand"]
    assert ambassador["organisation"] == "Embassy of the Republic of Estonia"
    assert ambassador["email"] == ["embassy@ee-mission-example.org"]
    assert ambassador["role"] == "copy"


def test_running_text_in_two_justified_columns_reads_a_paragraph_a_line() -> None:
    # A title over two lines, then an article in two justified columns (CSS columns): each
    # paragraph is one line, column by column, as in the HTML.
    text = read_document((FIXTURES / "chromium-running-text.pdf").read_bytes())
    paragraphs = text.split("\n\n")
    assert (
        "Moldau: Gewerkschafterin seit dem Streik in den Weinbergen des Südens ohne Anklage "
        "in Haft" in paragraphs
    )
    firsts = [p.split(".")[0] for p in paragraphs if "\n" not in p]
    assert firsts[-4:] == [
        "Doina Rusu Ciobanu vertritt die Arbeiterinnen und Arbeiter der Weinberge im Süden "
        "des Landes",
        "Die Staatsanwaltschaft wirft ihr «Aufruf zu Unruhen» vor",
        "Bitte schreiben Sie höflich auf Rumänisch, Englisch oder Deutsch an den "
        "Justizminister und bitten Sie ihn, Doina Rusu Ciobanu unverzüglich freizulassen "
        "und ihr den ungehinderten Zugang zu ihrem Anwalt zu gewähren",
        "Senden Sie Ihren Brief bis spätestens 15",
    ]
    assert "Am 3. März 2026 wurde sie" in text


def test_a_paragraph_gap_is_judged_by_the_font_height() -> None:
    # A title of two 17-point lines 20 points apart stays one paragraph; body lines 12 points
    # apart with 16 points before the next paragraph are two paragraphs.
    page = [
        Run(56, 740, "Nicaragua: a radio reporter detained since", 17),
        Run(56, 720, "the march in the capital", 17),
        Run(56, 690, "Ramona Ortez Vidal was detained on 3 May 2026 after she reported", 10),
        Run(56, 678, "on the march.", 10),
        Run(56, 662, "Her family has not been told where she is held.", 10),
    ]
    assert read_document(placed_pdf([page])).split("\n") == [
        "Nicaragua: a radio reporter detained since the march in the capital",
        "",
        "Ramona Ortez Vidal was detained on 3 May 2026 after she reported on the march.",
        "",
        "Her family has not been told where she is held.",
    ]


def test_a_page_in_a_fixed_pitch_font_keeps_its_line_ends() -> None:
    # A text file printed as typed (Courier): its line breaks are its writer's.
    lines = [
        "Ramona Ortez Vidal was detained on 3 May 2026 after she reported on",
        "the march in the capital, and since that day her family has not been told",
        "where she is held. Please write for her release.",
    ]
    page = [Run(56, 740 - 12 * n, line, 10) for n, line in enumerate(lines)]
    assert read_document(placed_pdf([page], font="Courier")).split("\n") == lines
    assert read_document(placed_pdf([page])).split("\n") == [" ".join(lines)]


def test_a_small_footer_printed_over_a_heading_stays_apart() -> None:
    # A browser repeats a fixed footer on each page, over whatever is printed there.
    page = [
        Run(56, 700, "Action requested:", 11),
        Run(56, 699, "Network of letter writers - 12 Example Lane - 3000 Bern", 7),
        Run(56, 680, "Please write to the authorities of Nicaragua.", 10),
        Run(56, 668, "Thank you for taking action.", 10),
    ]
    assert read_document(placed_pdf([page])).split("\n") == [
        "Action requested:",
        "Network of letter writers - 12 Example Lane - 3000 Bern",
        "",
        "Please write to the authorities of Nicaragua.",
        "Thank you for taking action.",
    ]


def test_a_block_right_of_a_heading_and_above_a_letter_is_no_column() -> None:
    # An address set to the right under a heading, the letter starting left below it; the
    # letter's first line is justified, a gap between its words under the block's left edge.
    address = ["Minister of Justice", "Mr Tomas Arvelo Quint", "Calle Alberdi 1240"]
    words = ["I", "write", "to", "you", "about", "the", "reporter", "Ramona", "Ortez"]
    xs = [56, 64, 98, 113, 136, 173, 193, 240, 290]
    page = [
        Run(56, 740, "WRITE YOUR OWN LETTER OR USE THIS ONE", 10),
        *(Run(320, 716 - 13 * n, line, 10) for n, line in enumerate(address)),
        Run(56, 660, "Dear Minister,", 10),
        *(Run(x, 640, word, 10) for x, word in zip(xs, words, strict=True)),
        Run(56, 627, "Vidal, detained since May.", 10),
    ]
    assert read_document(placed_pdf([page])).split("\n") == [
        "WRITE YOUR OWN LETTER OR USE THIS ONE",
        "",
        *address,
        "",
        "Dear Minister,",
        "",
        "I write to you about the reporter Ramona Ortez",
        "Vidal, detained since May.",
    ]


def test_a_band_printed_over_a_running_head_reads_line_after_line() -> None:
    # A page's head (the publisher, the page number) and, over it, a band of two smaller
    # lines whose second line is printed between the head's lines: each is read whole.
    page = [
        Run(60, 780, "NETWORK ACTION SHEET", 11),
        Run(
            45, 774, "Network of letter writers - 12 Example Lane - Bern - T: 031 000 00 00 - E:", 7
        ),
        Run(60, 765.5, "Letters for people at risk, page 2", 8),
        Run(45, 763.5, "netz@briefe-example.ch - www.briefe-example.ch", 7),
        Run(56, 730, "Addresses", 11),
    ]
    lines = read_document(placed_pdf([page])).split("\n")
    assert lines[:3] == [
        "NETWORK ACTION SHEET",
        "Network of letter writers - 12 Example Lane - Bern - T: 031 000 00 00 - E:"
        " netz@briefe-example.ch - www.briefe-example.ch",
        "Letters for people at risk, page 2",
    ]


def test_a_field_in_lower_case_under_a_cells_longest_line_stays_its_own_line() -> None:
    # Lower case after a full line is a wrap in running text, but in a cell a field label or
    # an address starts its own line.
    left = [
        "Minister of Justice",
        "Ms Amaia Etxeberria Goñi",
        "Ministry of Justice and Public Affairs",
        "email: minister@justice-example.org",
        "tel: +00 11 222 333",
    ]
    right = [
        "Prosecutor General",
        "Mr Iker Zubiri Arana",
        "Office of the Prosecutor",
        "prosecutor@fiscal-example.org",
        "Salutation: Dear Prosecutor",
    ]
    page = [
        Run(x, 700 - 12 * n, line, 10)
        for x, column in ((56, left), (300, right))
        for n, line in enumerate(column)
    ]
    blocks = read_document(placed_pdf([page])).split("\n\n")
    assert "\n".join(left) in blocks
    assert "\n".join(right) in blocks


def test_a_line_filling_the_width_goes_on_whatever_the_case_of_the_next() -> None:
    # Running text: a line that fills the text's width was wrapped even where the next line
    # starts with a capital or a number ("on 18" "March 2026"); a heading in capitals, a
    # sentence's end and a field label below a full line are no wraps.
    lines = [
        "WRITE TO THE MINISTER OF THE INTERIOR OR USE OUR MODEL LETTER",
        "Minister of the Interior",
        "Ramona Ortez Vidal, a radio reporter, was sentenced by a court in Managua on 18",
        "March 2026 to two years in prison for her reports on the march in the capital.",
        "Her family has not been told where she is held, and her lawyer cannot see her.",
        "Write to Minister of the Interior Mr Tomas Arvelo Quint, Calle Alberdi 1240",
        "Salutation: Dear Minister",
    ]
    page = [Run(56, 740 - 12 * n, line, 10) for n, line in enumerate(lines)]
    assert read_document(placed_pdf([page])).split("\n") == [
        lines[0],
        lines[1],
        f"{lines[2]} {lines[3]}",
        lines[4],
        lines[5],
        lines[6],
    ]
