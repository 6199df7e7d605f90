"""PDF pages read by position, round 3: cards side by side under a wrapped paragraph, a
column whose first lines stand alone, tables of a row per recipient, letter-spaced headings.

Every page here is written run by run with our own text (`importer_pdf.placed_pdf`), drawn
where a browser or word processor would print it; each test says what plain reading by
position got wrong before.
"""

from __future__ import annotations

from typing import Any

from importer_pdf import Run, placed_pdf, word_runs

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.pdf_layout import printed_width
from appeal_tui.core.importer.sources import read_document


def _recipients(data: bytes) -> dict[str, dict[str, Any]]:
    case = import_document(read_document(data), source="ua.pdf").case
    return {r["name"]: r for r in case["recipients"]}


def _lines(x: float, top: float, lines: list[str], size: float = 10, step: float = 14) -> list[Run]:
    return [Run(x, top - step * n, line, size) for n, line in enumerate(lines)]


# Two cards side by side, the second longer, under a paragraph whose last line is one word,
# and a heading at the left below the longer card.
INTRO = [
    "Write a polite letter, or send an e-mail, to the officials below and ask them to act on",
    "every point above. You may use the model letter or your own words. Please write before 30",
    "June.",
]
LEFT_CARD = [
    "Minister of the Interior",
    "Ms Helena Varga Orst",
    "Ministry of the Interior",
    "Harbour Road 5",
    "Tarvik 1020",
    "Email: minister@interior-example.org",
]
RIGHT_CARD = [
    "Chief Prosecutor",
    "Mr Oskar Lindqvist Berg",
    "Office of the Chief Prosecutor",
    "of the Republic",
    "Court Square 14",
    "Tarvik 1021",
    "Email: office@prosecution-example.org",
    "Phone: +99 10 555 2001",
]
LETTER = [
    "Dear Minister,",
    "I am writing to ask you to release the three teachers held since March without charge.",
]


def _cards_page() -> bytes:
    runs = [
        Run(54, 760, "TAKE ACTION", 13),
        *_lines(54, 730, INTRO),
        *_lines(64, 672, LEFT_CARD),
        *_lines(320, 672, RIGHT_CARD),
        # 34 points below the right card's last line: the text after the box.
        Run(54, 672 - 14 * 7 - 34, "Model letter", 11),
        *_lines(64, 672 - 14 * 7 - 64, LETTER),
    ]
    return placed_pdf([runs])


def test_cards_side_by_side_under_a_wrapped_paragraph_stay_whole() -> None:
    """Before: the word alone on the paragraph's last line ("June.") and the heading below
    the box were both taken for lines of the first card (the card's line spacing was
    measured between those two lines, far apart), so the heading came out between the
    cards and the paragraph lost its last word."""
    text = read_document(_cards_page())
    blocks = text.split("\n\n")
    assert f"{INTRO[1]} {INTRO[2]}" in text.split("\n")
    assert "\n".join(LEFT_CARD) in blocks
    assert "\n".join(RIGHT_CARD) in blocks
    assert text.index(RIGHT_CARD[-1]) < text.index("Model letter")
    found = _recipients(_cards_page())
    assert found["Ms Helena Varga Orst"]["email"] == ["minister@interior-example.org"]
    assert found["Mr Oskar Lindqvist Berg"]["email"] == ["office@prosecution-example.org"]


# A table of a recipient per row: office and name | postal address | contact fields, under a
# heading row that names the columns, with a row of one cell ("Copies to:") before the last.
HEADINGS = ["Recipient", "Address", "Fax / E-mail / Salutation"]
ROWS: list[tuple[list[str], list[str], list[str]]] = [
    (
        ["Head of State", "Mr Anton Reyes Dahl"],
        ["Office of the President", "Palace Square 1", "Orsala 40100", "Republic of Veltia"],
        ["Fax: +99 21 555 0100", "Salutation: Dear Mr", "President"],
    ),
    (
        ["Minister of Labour and", "Social Affairs", "Ms Ines Moberg Lund"],
        ["Ministry of Labour", "Dock Street 12", "Orsala 40120"],
        [
            "Fax: +99 21 555 0120",
            "Email: labour@gov-",
            "example.org",
            "Salutation: Dear Minister /",
            "Your Excellency",
        ],
    ),
    (
        ["Ambassador", "Mr Paul Ekberg Sand"],
        ["Embassy of Veltia", "Lime Avenue 7", "Harwick 2040"],
        ["Fax: +44 20 555 0190", "Email: mission@veltia-", "example.org"],
    ),
]


def _table_runs(cell_by_cell: bool) -> list[Run]:
    """The table's runs, drawn row by row across the columns (or each cell whole, then the
    next), 9-point lines 12 points apart, rows 20 points apart."""
    xs = (56, 200, 380)
    runs = [Run(x, 640, text, 8) for x, text in zip(xs, HEADINGS, strict=True)]
    top = 640 - 20
    for n, row in enumerate(ROWS):
        if n == 2:
            runs.append(Run(56, top, "Copies to:", 9))
            top -= 20
        cells = [
            [Run(x, top - 12 * k, t, 9) for k, t in enumerate(c)]
            for x, c in zip(xs, row, strict=True)
        ]
        if cell_by_cell:
            runs += [run for cell in cells for run in cell]
        else:
            depth = max(len(cell) for cell in cells)
            runs += [cell[k] for k in range(depth) for cell in cells if k < len(cell)]
        top -= 12 * max(len(c) for c in row) + 8
    return runs


def _table_page(cell_by_cell: bool = False) -> bytes:
    runs = [
        Run(56, 700, "URGENT ACTION: THREE TEACHERS DETAINED IN VELTIA", 13),
        Run(56, 670, "Please write to the authorities below before 30 June.", 10),
        *_table_runs(cell_by_cell),
        Run(56, 300, "Thank you for writing. The network of letter writers.", 10),
    ]
    return placed_pdf([runs])


def test_a_table_of_a_recipient_per_row_reads_a_row_at_a_time() -> None:
    """Before: the table came out a column at a time (every office and name, then every
    address, then every contact), so no recipient had their own fax, e-mail or salutation."""
    for cell_by_cell in (False, True):
        text = read_document(_table_page(cell_by_cell))
        blocks = text.split("\n\n")
        assert (
            "Head of State\nMr Anton Reyes Dahl\nOffice of the President\nPalace Square 1\n"
            "Orsala 40100\nRepublic of Veltia\nFax: +99 21 555 0100\nSalutation: Dear Mr President"
        ) in blocks
        found = _recipients(_table_page(cell_by_cell))
        assert set(found) == {"Mr Anton Reyes Dahl", "Ms Ines Moberg Lund", "Mr Paul Ekberg Sand"}
        president = found["Mr Anton Reyes Dahl"]
        assert president["fax"] == ["+99 21 555 0100"]
        assert president["salutation"] == "Dear Mr President"
        minister = found["Ms Ines Moberg Lund"]
        assert minister["title"] == "Minister of Labour and Social Affairs"
        assert minister["email"] == ["labour@gov-example.org"]
        assert minister["salutation"] == "Dear Minister / Your Excellency"
        assert found["Mr Paul Ekberg Sand"]["role"] == "copy"
        assert found["Mr Paul Ekberg Sand"]["email"] == ["mission@veltia-example.org"]


# Running text beside a box in a smaller font whose baselines fall between the text's (11-point
# lines 15 points apart on the left, drawn a word at a time, 9-point lines 12 points apart on
# the right, starting 3 points higher), under a page head right-aligned over the box's column.
MAIN = [
    "The three teachers were arrested at their school in the morning and",
    "taken to a police station in the capital. Their families have not been told",
    "where they are held, and a lawyer who asked to see them was turned",
    "away at the gate by officers who gave no reason for refusing him. The",
    "teachers had signed an open letter calling for the payment of salaries",
    "that have been owed to staff in the region since last winter. Two of them",
    "have since been charged with insulting public officials.",
]
SIDE = [
    "Write in English, Spanish or",
    "French. Use the letter overleaf.",
    "Write to:",
    "Mr Anton Reyes Dahl",
    "Minister of the Interior",
    "Harbour Road 5",
    "Orsala 40100",
    "Email: office@mi-example.org",
    "Salutation: Dear Minister",
]


def _sidebar_page() -> bytes:
    runs = [
        # The page head, right-aligned at 580 (beyond the box's right edge), beside the title.
        Run(453.8, 774, "NETWORK OF LETTER WRITERS", 8),
        Run(495.5, 763, "UA 41/26 - 3 June 2026", 8),
        Run(56, 752, "URGENT ACTION", 20),
        Run(56, 724, "Teachers held without charge", 16),
        Run(420, 724, "ACT NOW", 10.5),
        *(run for n, line in enumerate(MAIN) for run in word_runs(56, 700 - 15 * n, line, 11)),
        *_lines(420, 703, SIDE, 9, 12),
        Run(56, 560, "Thank you for writing.", 11),
    ]
    return placed_pdf([runs])


def test_a_box_beside_the_text_in_a_smaller_font_keeps_its_own_lines() -> None:
    """Before: a line of the box 3 points above a line of the text was taken for the same
    line, in the text's font height, so the box's wrapped sentence stayed two lines, the
    text's lines were judged by the box's height, and the box's right edge was the page
    head's."""
    text = read_document(_sidebar_page())
    lines = text.split("\n")
    assert f"{SIDE[0]} {SIDE[1]}" in lines
    assert " ".join(MAIN) in lines
    assert "\n".join(SIDE[2:]) in text
    case = import_document(text, source="ua.pdf").case
    assert sorted(case["languages"]) == ["en", "es", "fr"]
    (minister,) = case["recipients"]
    assert minister["name"] == "Mr Anton Reyes Dahl"
    assert minister["email"] == ["office@mi-example.org"]
    assert minister["salutation"] == "Dear Minister"


def _spaced_letters(x: float, y: float, text: str, size: float, spacing: float) -> list[Run]:
    """A line drawn a letter at a time with `spacing` points between letters (CSS
    letter-spacing), a space's width and the spacing between words."""
    runs: list[Run] = []
    for word in text.split():
        for letter in word:
            runs.append(Run(x, y, letter, size))
            x += printed_width(letter, size) + spacing
        x += printed_width(" ", size) + spacing
    return runs


def test_a_heading_set_with_space_between_its_letters_reads_as_words() -> None:
    """Before: "N A T I O N A L" came out a letter at a time (the space a browser adds
    between letters was taken for a word's), and people's names were read in it."""
    runs = [
        *_spaced_letters(56, 770, "INTERNATIONAL NETWORK OF LETTER WRITERS", 9, 1.5),
        Run(56, 740, "URGENT ACTION", 20),
        *_lines(
            56,
            710,
            [
                "Teacher Ana Lund was arrested on 2 March 2026 after a strike.",
                "Write to the Minister of the Interior before 30 June 2026.",
            ],
        ),
    ]
    text = read_document(placed_pdf([runs]))
    assert text.split("\n")[0] == "INTERNATIONAL NETWORK OF LETTER WRITERS"
    people = import_document(text, source="ua.pdf").case.get("people", [])
    assert all(len(word) > 1 for person in people for word in person["name"].split())


def test_a_field_at_a_cells_edge_does_not_run_into_the_next_recipient() -> None:
    """A salutation wrapped in a cell goes on below its label; an e-mail address that fills
    the cell is whole, and the name under it starts the next recipient."""
    left = [
        "Minister of the Interior",
        "Ms Helena Varga Orst",
        "Harbour Road 5, Tarvik 1020",
        "Email: minister@interior-example.org",
        "Salutation: Dear Honourable Madam",
        "Minister",
    ]
    right = [
        "Copies to:",
        "Embassy of Veltia",
        "Email: mission@veltia-embassy-example.org",
        "Mr Karl Holm Berg",
        "Consul of Veltia",
        "Email: consul@veltia-example.org",
    ]
    runs = [
        Run(56, 760, "PLEASE WRITE TO:", 12),
        *_lines(56, 730, left, 9, 12),
        *_lines(300, 730, right, 9, 12),
    ]
    lines = read_document(placed_pdf([runs])).split("\n")
    assert "Salutation: Dear Honourable Madam Minister" in lines
    assert "Email: mission@veltia-embassy-example.org" in lines
    assert "Mr Karl Holm Berg" in lines


def test_a_definition_list_gives_each_value_its_label() -> None:
    """A browser prints `<dt>Email</dt><dd>...</dd>` as the label on a line of its own and
    the value indented below it. Before: each was a line of its own, so the value lost its
    label (a salutation, a fax number) and the labels were read as names and offices."""
    entries = [
        ("Name", ["Mr Anton Reyes Dahl"]),
        ("Address", ["Palace Square 1", "Orsala 40100"]),
        ("Fax", ["+99 21 555 0100"]),
        ("Email", ["president@gov-example.org"]),
        ("Salutation", ["Dear President"]),
    ]
    runs = [Run(56, 760, "URGENT ACTION", 20), Run(56, 730, "Write to", 14)]
    y = 705.0
    for label, values in entries:
        runs.append(Run(56, y, label, 12))
        for value in values:
            y -= 13.5
            runs.append(Run(86, y, value, 12))
        y -= 13.5
    lines = read_document(placed_pdf([runs])).split("\n")
    assert "Fax: +99 21 555 0100" in lines
    assert "Salutation: Dear President" in lines
    found = _recipients(placed_pdf([runs]))
    assert found["Mr Anton Reyes Dahl"]["fax"] == ["+99 21 555 0100"]
    assert found["Mr Anton Reyes Dahl"]["salutation"] == "Dear President"


# A table of a recipient per row in two columns (the office, name and address | the contact
# fields), rows 10.5 points further apart than their lines.
ROW_TABLE = [
    (
        [
            "Head of the Judiciary",
            "Mr Anton Reyes Dahl",
            "Public Relations Office",
            "Harbour Avenue, above the Square",
            "Orsala 40100",
        ],
        ["Email: judiciary@gov-example.org", "Salutation: Your Excellency"],
    ),
    (
        [
            "Minister of Education",
            "Ms Ines Moberg Lund",
            "Ministry of Education",
            "Orsala 40120",
        ],
        [
            "Fax: +99 21 555 0120",
            "Email: education@gov-example.org",
            "Salutation: Dear Minister",
        ],
    ),
    (
        ["Copies to:", "Embassy of Veltia", "Lime Avenue 7", "Harwick 2040"],
        ["Fax: +44 20 555 0190", "Email: mission@veltia-example.org"],
    ),
]


def _row_table_runs(top: float = 760) -> list[Run]:
    runs = [Run(178, top, "Where to write", 14)]
    top -= 30
    for left, right in ROW_TABLE:
        runs += _lines(184, top, left, 12, 13.5) + _lines(382, top, right, 12, 13.5)
        top -= 13.5 * max(len(left), len(right)) + 10.5
    runs.append(Run(178, top - 20, "Thank you for writing to them.", 12))
    return runs


def test_a_line_that_narrows_a_gutter_does_not_end_the_table() -> None:
    """A table of a recipient per row in two columns, whose first row has two lines on the
    right: the gutter is wide at first, and a long address line further down narrows it to
    less than a word space can be wide. Before: that line ended the box (as if it crossed the
    gutter), and the rest ran together as running text; the narrower gutter is the column's
    edge again three lines on the right later."""
    found = _recipients(placed_pdf([_row_table_runs()]))
    assert found["Mr Anton Reyes Dahl"]["email"] == ["judiciary@gov-example.org"]
    assert found["Mr Anton Reyes Dahl"]["salutation"] == "Your Excellency"
    assert found["Ms Ines Moberg Lund"]["fax"] == ["+99 21 555 0120"]
    assert found["Ms Ines Moberg Lund"]["salutation"] == "Dear Minister"
    assert found["Embassy of Veltia"]["role"] == "copy"


def test_a_table_inside_the_column_beside_a_navigation_is_read_as_a_table() -> None:
    """A web page printed with its navigation in a narrow column at the left: the page is a
    box of two columns, and the table is inside the second. Before: a column was read line
    by line, so the table's two columns ran together on each line."""
    navigation = ["Home", "About us", "Campaigns", "Urgent actions", "Local groups", "Donate"]
    text = [
        "The two teachers were arrested at their school in the",
        "morning and have not been seen since. Please write to",
        "the authorities below and ask for their release.",
    ]
    runs = [
        *_lines(40, 760, navigation, 12, 40),
        Run(178, 760, "URGENT ACTION", 18),
        *_lines(178, 730, text, 12, 13.5),
        *_row_table_runs(670),
    ]
    found = _recipients(placed_pdf([runs]))
    assert found["Mr Anton Reyes Dahl"]["email"] == ["judiciary@gov-example.org"]
    assert found["Ms Ines Moberg Lund"]["fax"] == ["+99 21 555 0120"]
    assert found["Ms Ines Moberg Lund"]["salutation"] == "Dear Minister"
    assert found["Embassy of Veltia"]["role"] == "copy"
