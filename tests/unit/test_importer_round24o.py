"""Session 24 (imp24o): each recipient's details run together in one paragraph, parted by
middle dots, pipes, bullets or spaced dashes, several recipients in one paragraph. Each text
here is our own (invented people, offices and addresses), in another language or layout than
the training document that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.prose_recipients import _RUN_NEXT, paragraph_blocks
from appeal_tui.core.importer.run_parts import (
    complete_before,
    part_shape,
    stand_ins_as_commas,
)

# Slovene, bullets for line breaks, two recipients joined by "; in" and a copy in the next
# sentence; each greeting labelled inside the run.
SLOVENE = (
    "Pišite ministru za notranje zadeve Janezu Primeru • Ministrstvo za notranje zadeve • "
    "Štefanova ulica 2 • 1501 Ljubljana • Slovenija • e-pošta: gp@mnz.example.si • "
    "Nagovor: Spoštovani gospod minister; in varuhu človekovih pravic Tomažu Kovaču • "
    "Varuh človekovih pravic • Dunajska cesta 56 • 1109 Ljubljana • Slovenija • "
    "e-pošta: info@varuh.example.si. Kopijo pošljite veleposlaništvu Republike Primerije • "
    "Trg republike 3 • 1000 Ljubljana • Slovenija."
)


def test_a_run_parted_by_bullets_gives_each_recipient_its_fields() -> None:
    blocks = paragraph_blocks(SLOVENE, "sl")
    assert [b.role for b in blocks] == ["primary", "primary", "copy"]
    first, second, copy = blocks
    assert "Janez Primer" in first.lines
    assert first.lines[-3:] == ["Štefanova ulica 2", "1501 Ljubljana", "Slovenija"]
    assert first.contacts.email == ["gp@mnz.example.si"]
    assert first.salutation == "Spoštovani gospod minister"
    assert "Tomaž Kovač" in second.lines
    assert second.contacts.email == ["info@varuh.example.si"]
    assert copy.lines[-2:] == ["1000 Ljubljana", "Slovenija"]


def test_english_pipes_and_a_semicolon_part_two_recipients() -> None:
    text = (
        "Write to the Minister of the Interior, Ana Vzor | Ministry of the Interior | "
        "14 Sample Avenue | 2001 Chisinau | Moldova | Fax: +373 22 555 010 | "
        "Salutation: Dear Minister; and to the Prosecutor General, Ion Exemplu | "
        "Prosecutor's Office | 26 Sample Street | 2005 Chisinau | Moldova | "
        "Email: office@prosecutor.example.md"
    )
    first, second = paragraph_blocks(text, "en")
    assert first.lines[:2] == ["Minister of the Interior", "Ana Vzor"]
    assert first.contacts.fax == ["+373 22 555 010"]
    assert first.salutation == "Dear Minister"
    assert second.lines[:2] == ["Prosecutor General", "Ion Exemplu"]
    assert second.contacts.email == ["office@prosecutor.example.md"]


def test_a_greeting_in_two_languages_keeps_its_slash() -> None:
    text = (
        "Office · 1 Main Road · 1000 Town · Moldova · Salutation: Dear Minister / Stimate domnule"
    )
    assert "Dear Minister / Stimate domnule" in stand_ins_as_commas(text)
    assert stand_ins_as_commas("a · b") == "a · b"  # one sign parts no run


def test_part_shapes() -> None:
    assert part_shape("e-mail: x@example.org") == "field"
    assert part_shape("AZ1001 Baku") == "place"
    # (A street whose number has a postcode's length reads either way: an address part.)
    assert part_shape("Kneza Miloša 103") in ("street", "place")
    assert part_shape("ul. Rudaki 25") == "street"
    assert part_shape("Moldova") == "country"
    assert part_shape("Ministry of Justice") == ""
    assert complete_before("..., Fax: +1 555 0100")
    assert not complete_before("..., 14 Sample Avenue")


def test_womens_names_whose_words_end_in_a_consonant_stay() -> None:
    # Polish genitive of a surname in "-owa", a given name that does not decline.
    assert latin_nominative("Gulnar Bekowej", "pl") == "Gulnar Bekowa"
    assert latin_nominative("Aidy Karimowej", "pl") == "Aida Karimowa"
    # A one-letter ending proves no case: "Mariji Babić" may be a nominative "Mariji".
    assert latin_nominative("Mariji Babić", "hr") == "Mariji Babić"
    # A man's genitive of a surname in "-owa" is read still ("Timura Bekowa").
    assert latin_nominative("Timura Bekowa", "pl") == "Timur Bekow"
    # A man's name ending in a consonant is no woman's ("Ivan Horvatu" stays a reading of
    # the dative of both words, not of one).
    assert latin_nominative("Ivan Horvatu", "hr") == "Ivan Horvatu"


def test_long_lines_without_spaces() -> None:
    line = "a" * 200_000
    stand_ins_as_commas(line + " · " + line + " · " + line)
    part_shape(line)
    complete_before(line)
    list(_RUN_NEXT.finditer(";" * 200_000))
    list(_RUN_NEXT.finditer(", " * 100_000))
    # Reaching this line is the test.
