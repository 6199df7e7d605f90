"""PDF pages read by position, round 5 (session 14): what the text layer gave differed from
what a reader sees on the page of real urgent actions printed by browsers and word
processors.

Every page here is written by the test with our own text (`importer_pdf`), drawn as the
producer draws it; each test says what reading it got wrong before:

- a string shown right after another by its own operator (a browser's ligature span) did not
  move the text position, so the word after it seemed to start a word apart;
- the stretched spaces of justified lines, a little over half a font height, read as a
  gutter between columns where two lines' spaces met;
- a page scanned askew, drawn a glyph at a time on a sloping baseline, broke into words;
- a table whose cells are centred on their row (a word processor's) was read a column at a
  time; a table of a field a row ("Address | ...") the same;
- a table's cell under a heading that names a field ("Salutation") lost the field;
- a text hard-wrapped a little past the page's width joined a line the writer ended on the
  margin to the next;
- Chinese lines wrapped in a column were joined with a space.
"""

from __future__ import annotations

from typing import Any

from importer_pdf import Run, content_pdf, placed_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.pdf_layout import _Run, printed_width, text_of_runs
from appeal_tui.core.importer.sources import read_document


def _recipients(data: bytes) -> dict[str, dict[str, Any]]:
    case = import_document(read_document(data), source="ua.pdf").case
    return {r["name"]: r for r in case["recipients"]}


def _find(found: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    """The recipient whose name (courtesy title and all) holds `name`."""
    return next(r for key, r in found.items() if name in key)


def _escape(text: str) -> bytes:
    return text.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")


def test_a_string_shown_after_another_moves_the_text_position() -> None:
    """Before: "Office of the P" + "resident" and "office@pr" + "es-example.org" came out cut
    by a space, and the address was lost: pypdf's layout reader started the second of two
    strings shown one after the other where the first started, so the line seemed to end
    short of the next run (placed by `Td` where the text really goes on)."""
    lines = [
        ("Office of the P", "resident of the Republic"),
        ("Email: office@pr", "es-example.org"),
    ]
    parts = [b"BT /F1 10 Tf 1 0 0 1 56 700 Tm"]
    for n, (head, tail) in enumerate(lines):
        if n:
            parts.append(b"1 0 0 1 56 %d Tm" % (700 - 14 * n))
        # The head shown in two strings (a ligature's span between them), then the tail
        # placed where the head ends, from the line's start.
        parts.append(b"(" + _escape(head[:2]) + b") Tj (" + _escape(head[2:]) + b") Tj")
        parts.append(b"%.3f 0 Td (" % printed_width(head, 10) + _escape(tail) + b") Tj")
    parts.append(b"ET")
    text = read_document(content_pdf(b"\n".join(parts)))
    assert text.split("\n") == [
        "Office of the President of the Republic",
        "Email: office@pres-example.org",
    ]


# A paragraph set justified in a narrow column beside a box of contacts: each line drawn a
# word at a time, its spaces stretched alike to fill the column.
JUSTIFIED = [
    "Amira Haddad was held at a police station in Tarvik",
    "for three days, and officers beat her there in Tarvik",
    "and asked her about her work for the union of",
    "teachers in the north.",
]
CONTACTS = [
    "Minister of Justice",
    "Mr Karim Nasser Adel",
    "Justice Road 4",
    "Email: min@justice-example.org",
]


def _justified_runs(
    x: float, top: float, lines: list[str], width: float, size: float = 9
) -> list[Run]:
    runs: list[Run] = []
    for n, line in enumerate(lines):
        words = line.split()
        space = printed_width(" ", size)
        if n < len(lines) - 1:
            space = (width - sum(printed_width(w, size) for w in words)) / (len(words) - 1)
        at = x
        for word in words:
            runs.append(Run(at, top - 12 * n, word, size))
            at += printed_width(word, size) + space
    return runs


def test_stretched_spaces_of_a_justified_line_are_no_gutter() -> None:
    """Before: where the stretched spaces (over half a font height) of two lines met, the
    paragraph was taken for two columns and its words came out in another order."""
    width = max(printed_width(line, 9) for line in JUSTIFIED) + 30
    runs = [
        *_justified_runs(56, 700, JUSTIFIED, width),
        *[Run(330, 700 - 12 * n, line, 9) for n, line in enumerate(CONTACTS)],
    ]
    text = read_document(placed_pdf([runs]))
    assert " ".join(JUSTIFIED) in text.split("\n")


def test_a_sloping_baseline_keeps_its_words_on_one_line() -> None:
    """Before: a page scanned askew and drawn a glyph at a time (a typewritten letter's text
    layer) broke at each word: the baseline climbs a little at every glyph, and a word
    beyond the first tenth of a font height went to a line of its own."""
    lines = [
        "Please write to the Minister of the Interior today.",
        "Ask that Tomas Arvelo be released at once and unharmed.",
    ]
    runs: list[Run] = []
    for n, line in enumerate(lines):
        x, y = 72.0, 700.0 - 14 * n
        for ch in line:
            if ch != " ":
                runs.append(Run(x, y, ch, 10))
            x += 6.0
            y += 0.06
    text = read_document(placed_pdf([runs], font="Courier"))
    assert text.split("\n") == lines


# A word processor's table: a heading row, then a row per recipient whose cells are centred
# on the row's height (the shortest cell starts lines below the row's first line).
ROWS = [
    (
        ["Ms Helena Varga Orst", "Minister of the Interior"],
        ["Ministry of the Interior", "Harbour Road 5", "Tarvik 1020", "Norland"],
        ["Email: minister@interior-example.org", "Salutation: Dear Minister"],
    ),
    (
        ["Mr Oskar Lindqvist", "Chief Prosecutor"],
        ["Prosecutor's Office", "Court Square 14", "Tarvik 1021"],
        [
            "Email: office@prosecution-example.org",
            "Fax: +99 10 555 2001",
            "Salutation: Dear Prosecutor",
        ],
    ),
]


def _centred_table(
    heading: list[str], rows: list[tuple[list[str], ...]], xs: list[float]
) -> list[Run]:
    runs = [Run(x, 600, name, 9) for x, name in zip(xs, heading, strict=True)]
    top = 600 - 30
    for row in rows:
        tall = max(len(cell) for cell in row)
        for x, cell in zip(xs, row, strict=True):
            start = top - 11 * (tall - len(cell)) / 2
            runs += [Run(x, start - 11 * n, line, 9) for n, line in enumerate(cell)]
        top -= 11 * tall + 16
    return runs


def test_a_table_of_cells_centred_on_their_rows_reads_a_row_at_a_time() -> None:
    """Before: the lines of a row's cells alternated (each cell centred on the row), the
    rows could not be told apart by the space between lines, and the table was read a
    column at a time: every name, then every address, then every e-mail."""
    runs = [
        Run(56, 700, "Please write to:", 10),
        *_centred_table(["Recipient", "Postal address", "Contact"], ROWS, [56, 200, 360]),
    ]
    found = _recipients(placed_pdf([runs]))
    helena = _find(found, "Helena Varga Orst")
    assert helena["email"] == ["minister@interior-example.org"]
    assert "Dear Minister" in str(helena["salutation"])
    oskar = _find(found, "Oskar Lindqvist")
    assert oskar["email"] == ["office@prosecution-example.org"]
    assert "Dear Prosecutor" in str(oskar["salutation"])


def test_a_cell_under_a_heading_that_names_a_field_keeps_it() -> None:
    """Before: the greeting in a column headed "Salutation" was a bare line ("Dear" over
    "Minister", wrapped in the narrow cell), no recipient's salutation."""
    rows = [
        (
            [*row[0], *row[1]],
            [line for line in row[2] if not line.startswith("Salutation")],
            [row[2][-1].removeprefix("Salutation: ")],
        )
        for row in ROWS
    ]
    runs = [Run(56, 700, "Please write to:", 10)]
    top = 600
    runs += [
        Run(x, top, name, 9)
        for x, name in zip([56, 220, 440], ["Recipient", "Contact", "Salutation"], strict=True)
    ]
    top -= 20
    for row in rows:
        for x, cell in zip([56, 220, 440], row, strict=True):
            words = cell[0].split()
            # The salutation's cell is narrow: its last word goes to a line of its own.
            lines = cell if x != 440 else [" ".join(words[:-1]), words[-1]]
            runs += [Run(x, top - 11 * n, line, 9) for n, line in enumerate(lines)]
        top -= 11 * max(len(cell) for cell in row) + 20
    found = _recipients(placed_pdf([runs]))
    assert "Dear Minister" in str(_find(found, "Helena Varga Orst")["salutation"])
    assert "Dear Prosecutor" in str(_find(found, "Oskar Lindqvist")["salutation"])


def test_a_table_of_a_field_a_row_reads_down() -> None:
    """Before: a table of two columns, a field's name at the left of each row (centred on
    it) and its value at the right, was read a column at a time: the names first ("Address",
    "Salutation" ...), then every value, and no recipient had their greeting."""
    fields = [
        ("Recipient", ["Ms Helena Varga Orst", "Minister of the Interior"]),
        ("Address", ["Ministry of the Interior", "Harbour Road 5", "Tarvik 1020"]),
        ("Contact", ["Email: minister@interior-example.org"]),
        ("Salutation", ["Dear Minister"]),
        ("Recipient", ["Mr Oskar Lindqvist", "Chief Prosecutor"]),
        ("Address", ["Court Square 14", "Tarvik 1021"]),
        ("Contact", ["Email: office@prosecution-example.org"]),
        ("Salutation", ["Dear Prosecutor"]),
    ]
    runs = [Run(56, 740, "Please write to:", 10)]
    top = 700.0
    for name, value in fields:
        runs += [Run(200, top - 12 * n, line, 10) for n, line in enumerate(value)]
        runs.append(Run(60, top - 12 * (len(value) - 1) / 2, name, 10))
        top -= 12 * len(value) + 20
    text = read_document(placed_pdf([runs]))
    assert "Salutation: Dear Minister" in text.split("\n")
    assert "Address" not in text
    found = _recipients(placed_pdf([runs]))
    assert "Dear Minister" in str(_find(found, "Helena Varga Orst")["salutation"])
    assert _find(found, "Oskar Lindqvist")["email"] == ["office@prosecution-example.org"]


def test_a_line_ended_on_the_margin_in_a_hard_wrapped_text_stays() -> None:
    """Before: a text typed with line ends at about 100 characters, printed 83 to a line,
    has each of its lines wrapped once; a line of its own that ended near the margin, where
    the next word would not have fit, was joined to the next ("... Tunisians Abroad H.E.
    ..."). Most joined lines are two printed lines of the writer's width, so a joined line
    far longer than that width is cut where its pieces fit."""
    typed = [
        "We, the undersigned organisations, write to express our deep concern about the arrest"
        " of two",
        "lawyers, Sara Benali and Omar Kacem, who were detained in the capital on 2 and 5 March"
        " 2026,",
        "apparently in connection with their work defending political prisoners in the courts"
        " of the",
        "south, and we ask that both be released at once and that every charge against them be"
        " dropped.",
        "Mr. Adel Ferhat, Minister of Foreign Affairs, Migration and Nationals Living Abroad",
        "H.E. Nour Sallem, Ambassador, Permanent Representative to the United Nations Office in"
        " Geneva",
    ]
    assert len(typed[4]) <= 83 < len(typed[4]) + 1 + len("H.E.")
    printed: list[str] = []
    for line in typed:
        while len(line) > 83:
            cut = line.rfind(" ", 0, 84)
            printed.append(line[:cut])
            line = line[cut + 1 :]
        printed.append(line)
    runs = [Run(56, 740 - 12 * n, line, 10) for n, line in enumerate(printed)]
    text = read_document(placed_pdf([runs], font="Courier"))
    assert text.split("\n") == typed


def test_chinese_lines_wrapped_in_a_column_join_without_a_space() -> None:
    """Before: a wrapped line of Chinese was joined to the next with a space ("至今下 落不明")."""
    size = 10.0
    first = "北京維權律師於凌晨被警方帶走至今下"
    runs = [
        *(_Run(56 + size * n, 56 + size * (n + 1), 700, size, ch) for n, ch in enumerate(first)),
        *(
            _Run(56 + size * n, 56 + size * (n + 1), 686, size, ch)
            for n, ch in enumerate("落不明。兩人是受害者。")
        ),
    ]
    text = text_of_runs(runs)
    assert text == first + "落不明。兩人是受害者。"
