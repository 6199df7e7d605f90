"""A PDF whose recipients are printed in a box of columns gives every recipient.

Word, InDesign, LibreOffice and browsers put the "write to" and "copies to" blocks side by
side; depending on the producer the page draws them row by row across the columns or cell by
cell. The PDFs here are our own: small ones written run by run (`importer_pdf.placed_pdf`), and
pages printed from HTML by headless Chromium, kept in tests/fixtures/pdf-columns/ with the HTML
they were printed from (see its README).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pytest
from importer_pdf import Run, box_runs, placed_pdf, text_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import read_document

Order = Literal["rows", "cells", "headed"]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf-columns"

ABOVE = [
    "URGENT ACTION",
    "PARAGUAY: TEACHERS' UNION LEADER DETAINED",
    "Ana Beatriz Ferreira Vinader, a teachers' union leader, was detained on 2 March",
    "2026 after a strike in Encarnacion. She has not been allowed to see a lawyer.",
    "Write in Spanish or English before 30 April 2026, calling for her release.",
    "PLEASE WRITE TO:",
]
MINISTER = [
    "Minister of Justice",
    "Mr Tomas Arvelo Quint",
    "Ministry of Justice",
    "Calle Alberdi 1240",
    "Asuncion, Paraguay",
    "Email: ministro@mj-example.py",
    "Salutation: Dear Minister",
]
PROSECUTOR = [
    "Attorney General",
    "Ms Lidia Brun Ocampo",
    "Public Ministry",
    "Calle Nuestra Senora 380",
    "Asuncion, Paraguay",
    "Email: fiscal@mp-example.py",
    "Salutation: Dear Attorney General",
]
COPIES = [
    "And copies to:",
    "Ambassador Rafael Medina Soto",
    "Embassy of Paraguay",
    "12 Green Street",
    "London, United Kingdom",
    "Email: embassy@py-example.org",
]


def _recipients(data: bytes) -> list[dict[str, Any]]:
    return list(import_document(read_document(data), source="ua.pdf").case["recipients"])


def _page(box: list[Run]) -> bytes:
    above = [Run(56, 760 - 14 * n, line, 10) for n, line in enumerate(ABOVE)]
    below = Run(56, 480, "Thank you for taking action. Network of letter writers, 2026.", 10)
    return placed_pdf([[*above, *box, below]])


def _by_name(recipients: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in recipients}


def _assert_the_three(recipients: list[dict[str, Any]]) -> None:
    found = _by_name(recipients)
    assert set(found) == {"Mr Tomas Arvelo Quint", "Ms Lidia Brun Ocampo", "Rafael Medina Soto"}
    minister = found["Mr Tomas Arvelo Quint"]
    assert minister["title"] == "Minister of Justice"
    assert minister["salutation"] == "Dear Minister"
    assert minister["email"] == ["ministro@mj-example.py"]
    assert minister.get("role", "primary") == "primary"
    prosecutor = found["Ms Lidia Brun Ocampo"]
    assert prosecutor["title"] == "Attorney General"
    assert prosecutor["salutation"] == "Dear Attorney General"
    assert prosecutor["email"] == ["fiscal@mp-example.py"]
    assert prosecutor.get("role", "primary") == "primary"
    assert found["Rafael Medina Soto"]["role"] == "copy"
    assert found["Rafael Medina Soto"]["email"] == ["embassy@py-example.org"]


@pytest.mark.parametrize("order", ["rows", "cells", "headed"])
def test_a_three_column_box_gives_each_recipient_whatever_order_it_is_drawn_in(
    order: Order,
) -> None:
    box = box_runs([MINISTER, PROSECUTOR, COPIES], order)
    _assert_the_three(_recipients(_page(box)))


@pytest.mark.parametrize("order", ["rows", "cells", "headed"])
def test_the_columns_come_out_one_after_the_other(order: Order) -> None:
    text = read_document(_page(box_runs([MINISTER, PROSECUTOR, COPIES], order)))
    blocks = text.split("\n\n")
    assert "\n".join(MINISTER) in blocks
    assert "\n".join(PROSECUTOR) in blocks
    assert "\n".join(COPIES) in blocks
    # The text around the box keeps its place and its lines.
    assert text.index("PLEASE WRITE TO:") < text.index("Minister of Justice")
    assert text.index(COPIES[-1]) < text.index("Thank you for taking action.")


def test_a_two_column_box_with_a_longer_first_column() -> None:
    longer = [*MINISTER[:5], "Fax: +595 21 555 0101", *MINISTER[5:]]
    box = box_runs([longer, PROSECUTOR], "rows", width=250)
    found = _by_name(_recipients(_page(box)))
    assert found["Mr Tomas Arvelo Quint"]["fax"] == ["+595 21 555 0101"]
    assert found["Mr Tomas Arvelo Quint"]["salutation"] == "Dear Minister"
    assert found["Ms Lidia Brun Ocampo"]["salutation"] == "Dear Attorney General"


# ABOVE as read from a page: its third line fills the text's width and the next word ("2026")
# would not fit after it, so the two are one line, as the layout program that wrapped them
# had it (session 11: wrapped lines are joined again).
ABOVE_READ = [*ABOVE[:2], f"{ABOVE[2]} {ABOVE[3]}", *ABOVE[4:]]


def test_a_page_in_one_column_reads_as_plain_extraction_does() -> None:
    lines = [*ABOVE, *MINISTER, *COPIES]
    placed = read_document(placed_pdf([[Run(56, 760 - 14 * n, t) for n, t in enumerate(lines)]]))
    assert placed == read_document(text_pdf(lines))
    assert placed.split("\n") == [*ABOVE_READ, *MINISTER, *COPIES]


def test_a_wider_space_between_lines_ends_a_paragraph() -> None:
    lines = [*ABOVE, "", *MINISTER, "", *COPIES]
    placed = read_document(placed_pdf([[Run(56, 760 - 14 * n, t) for n, t in enumerate(lines)]]))
    assert placed.split("\n") == [*ABOVE_READ, "", *MINISTER, "", *COPIES]


def test_a_date_printed_right_of_the_title_stays_on_its_line() -> None:
    page = [Run(56, 760, "URGENT ACTION", 14), Run(450, 760, "3 March 2026", 10)]
    page += [Run(56, 740 - 14 * n, line) for n, line in enumerate(ABOVE[1:])]
    text = read_document(placed_pdf([page]))
    assert text.split("\n")[0] == "URGENT ACTION 3 March 2026"
    assert "\n\n" not in text


def test_a_form_of_labels_and_values_is_read_row_by_row() -> None:
    labels = ["Name:", "Office:", "Email:", "Salutation:"]
    values = ["Mr Tomas Arvelo Quint", "Minister of Justice", "ministro@mj-example.py"]
    values.append("Dear Minister")
    box = box_runs([labels, values], "cells", width=90)
    text = read_document(_page(box))
    assert "Email: ministro@mj-example.py\nSalutation: Dear Minister" in text


def test_two_pages_of_columns_drop_their_running_footer() -> None:
    footer = Run(56, 40, "Urgent action network - please forward", 8)
    first = [*(Run(56, 760 - 14 * n, t) for n, t in enumerate(ABOVE)), footer]
    second = [*box_runs([MINISTER, PROSECUTOR, COPIES], "cells", top=760), footer]
    text = read_document(placed_pdf([first, [*second, Run(280, 20, "Page 2 of 2", 8)]]))
    assert "please forward" not in import_document(text).case.get("summary", "")
    _assert_the_three(_recipients(placed_pdf([first, second])))


def test_rotated_text_falls_back_to_plain_extraction() -> None:
    from importer_pdf import _pdf

    # A label printed up the margin (rotated 90 degrees) and the body: plain extraction reads
    # both, in the order drawn.
    content = (
        b"BT /F1 8 Tf 0 1 -1 0 30 300 Tm (Printed for members) Tj ET\n"
        b"BT /F1 10 Tf 56 700 Td (URGENT ACTION) Tj ET"
    )
    text = read_document(_pdf(content))
    assert "Printed for members" in text
    assert "URGENT ACTION" in text


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("chromium-two-columns", {"Mr Tomas Arvelo Quint", "Ms Lidia Brun Ocampo"}),
        (
            "chromium-three-columns",
            {"Mr Tomas Arvelo Quint", "Ms Lidia Brun Ocampo", "Rafael Medina Soto"},
        ),
    ],
)
def test_a_table_printed_by_chromium_gives_each_recipient(name: str, names: set[str]) -> None:
    recipients = _recipients((FIXTURES / f"{name}.pdf").read_bytes())
    found = _by_name(recipients)
    assert set(found) == names
    assert found["Mr Tomas Arvelo Quint"]["salutation"] == "Dear Minister"
    assert found["Mr Tomas Arvelo Quint"]["title"] == "Minister of Justice"
    assert found["Ms Lidia Brun Ocampo"]["salutation"] == "Dear Attorney General"
    assert found["Ms Lidia Brun Ocampo"]["title"] == "Attorney General"
    if "Rafael Medina Soto" in names:
        assert found["Rafael Medina Soto"]["role"] == "copy"


def test_running_text_whose_word_gaps_meet_by_chance_stays_in_its_lines() -> None:
    # Two justified lines drawn a half at a time, the gap between the halves (wider than a
    # word space) at one place in both, and a line across it below: one paragraph in reading
    # order (lines the page wrapped may be joined again, as HTML has them).
    lines = [
        ("Officials detained the leader", "on 2 March and have not said where"),
        ("early on the morning of the strike;", "she is held, and her family fears"),
    ]
    page = [
        Run(x, 700 - 14 * n, half)
        for n, pair in enumerate(lines)
        for x, half in zip((56, 212), pair, strict=True)
    ]
    page.append(Run(56, 672, "that she is being tortured in custody by the police."))
    text = read_document(placed_pdf([page]))
    assert "" not in text.split("\n")
    assert " ".join(text.split("\n")) == (
        "Officials detained the leader on 2 March and have not said where"
        " early on the morning of the strike; she is held, and her family fears"
        " that she is being tortured in custody by the police."
    )


def test_a_heading_right_above_the_box_that_reaches_its_second_column() -> None:
    heading = Run(56, 612, "PLEASE SEND YOUR APPEALS BEFORE 30 APRIL 2026 TO:", 9)
    box = box_runs([MINISTER, PROSECUTOR, COPIES], "rows")
    text = read_document(_page([heading, *box]))
    assert "PLEASE SEND YOUR APPEALS BEFORE 30 APRIL 2026 TO:\n\nMinister of Justice\n" in text
    assert "\n".join(PROSECUTOR) in text.split("\n\n")
    _assert_the_three(_recipients(_page([heading, *box])))


def test_text_in_a_form_xobject_is_read_as_plain_extraction_reads_it() -> None:
    from importer_pdf import _pdf

    # The page draws a form (object 6) that shows text with its own font: the positional
    # reader does not enter forms, so the page is read as before.
    form = b"BT /F1 10 Tf 56 700 Td (Minister of Justice) Tj ET"
    data = _pdf(
        b"BT /F1 10 Tf 56 740 Td (URGENT ACTION) Tj ET q /X1 Do Q",
        resources=b"/Resources << /Font << /F1 3 0 R >> /XObject << /X1 6 0 R >> >> ",
        extra=(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Length "
            + str(len(form)).encode()
            + b" >>\nstream\n"
            + form
            + b"\nendstream",
        ),
    )
    text = read_document(data)
    assert "URGENT ACTION" in text
    assert "Minister of Justice" in text
