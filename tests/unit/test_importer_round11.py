"""Round 11 of the importer (session 10): mechanisms chosen across every first-sight miss
(docs/importer.md, "Round 11"), each tested on a short text of our own in another language or
layout than the text that showed the miss. Each test asserts the recipients a reader of the
case would see."""

from __future__ import annotations

from importer_support import imported_recipients as _recipients


def test_a_table_read_cell_by_cell_gives_its_headings_to_the_blocks_below() -> None:
    # An English table of three columns as a converter without layout gives it: the heading
    # row first, then each column.
    text = (
        "PLEASE SEND APPEALS BEFORE 3 MARCH 2027 TO:\n"
        "Prime Minister\n"
        "Minister of the Interior\n"
        "And copies to:\n"
        "Ana Example Vargas\n"
        "Office of the Prime Minister\n"
        "Example Square 1\n"
        "Tirana, Albania\n"
        "Salutation: Dear Prime Minister\n"
        "Ben Example Hoxha\n"
        "Ministry of the Interior\n"
        "Example Street 9\n"
        "Tirana, Albania\n"
        "Email: interior@example.org\n"
        "Salutation: Dear Minister\n"
        "Ombudsperson\n"
        "Cara Example Leka\n"
        "Example Road 4\n"
        "Tirana, Albania\n"
        "Email: ombud@example.org\n"
    )
    premier, interior, ombud = _recipients(text)
    assert (premier["name"], premier["title"], premier["role"]) == (
        "Ana Example Vargas",
        "Prime Minister",
        "primary",
    )
    assert (interior["name"], interior["title"], interior["role"]) == (
        "Ben Example Hoxha",
        "Minister of the Interior",
        "primary",
    )
    assert interior["email"] == ["interior@example.org"]
    assert (ombud["name"], ombud["title"], ombud["role"]) == (
        "Cara Example Leka",
        "Ombudsperson",
        "copy",
    )


def test_a_copies_heading_over_one_block_is_no_table() -> None:
    # "Copies to:" above an office and its block: the office is the block's own line.
    text = (
        "Write to:\n\n"
        "Ana Example Vargas\n"
        "Prime Minister\n"
        "Example Square 1\n"
        "Tirana, Albania\n"
        "Salutation: Dear Prime Minister\n\n"
        "Copies to:\n"
        "Minister of the Interior\n"
        "Ben Example Hoxha\n"
        "Example Street 9\n"
        "Tirana, Albania\n"
    )
    premier, interior = _recipients(text)
    assert premier["role"] == "primary"
    assert (interior["name"], interior["title"], interior["role"]) == (
        "Ben Example Hoxha",
        "Minister of the Interior",
        "copy",
    )


def test_a_greeting_in_two_languages_wrapped_after_its_slash() -> None:
    text = (
        "Escriban a:\n\n"
        "Sr. Pablo Example Ruiz\n"
        "Fiscal General\n"
        "Avenida Example 80\n"
        "Asunción, Paraguay\n"
        "Tratamiento: Señor Fiscal General /\n"
        "Dear Prosecutor General\n"
        "Sra. María Example Soto\n"
        "Ministra del Interior\n"
        "Calle Example 5\n"
        "Asunción, Paraguay\n"
        "Tratamiento: Señora Ministra\n"
    )
    prosecutor, minister = _recipients(text)
    assert prosecutor["salutation"] == {
        "es": "Señor Fiscal General",
        "en": "Dear Prosecutor General",
    }
    assert minister["name"] == "Sra. María Example Soto"
