"""Round 31b: a recipient's body and its street printed on one line. The body (a body's word
of any language) is the organisation, the street the first address line. Invented blocks."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret


def test_body_then_street_on_the_first_address_line_no_comma() -> None:
    # Spanish: a street's abbreviation with its full stop after the body.
    who = interpret(
        ["Lic. Marisol Quintero Vega", "Fiscal General de la República",
         "Fiscalía General de la República Av. de los Ejemplos 404", "Col. Muestra C.P. 01234",
         "Ciudad Ejemplo"]
    )  # fmt: skip
    assert who.organisation == "Fiscalía General de la República"
    assert who.address[0] == "Av. de los Ejemplos 404"


def test_body_then_street_after_a_comma() -> None:
    who = interpret(
        ["Sr. Tomás Ibarra Lugo", "Fiscal General de la República",
         "Ministerio Público, Esquina de Ejemplo, Avenida Muestra", "Caracas 1010"]
    )  # fmt: skip
    assert who.organisation == "Ministerio Público"
    assert who.address == ["Esquina de Ejemplo, Avenida Muestra", "Caracas 1010"]


def test_a_body_read_with_its_street_keeps_the_body_only() -> None:
    # Russian: the street's abbreviation "ул." inside the line read as the body; the house
    # number alone below joins the street.
    who = interpret(
        ["Петров Иван Сергеевич", "Министр юстиции", "Министерство юстиции ул. Образцовая",
         "7", "220001 г. Минск"]
    )  # fmt: skip
    assert who.organisation == "Министерство юстиции"
    assert who.address == ["ул. Образцовая 7", "220001 г. Минск"]


def test_an_embassy_written_to_as_such_and_a_care_of_line_stay() -> None:
    who = interpret(["Embassy of Exampleland", "Sample Street 4", "12345 Town"])
    assert who.organisation is None or who.name == who.organisation
    who = interpret(
        ["Omid Karimzadeh", "Head of the Judiciary", "c/o Embassy of Exampleland, Avenue X 15",
         "1050 Brussels"]
    )  # fmt: skip
    assert who.organisation is None


def test_a_building_named_after_its_body_stays_the_address() -> None:
    who = interpret(
        ["Sra. Elena Ruiz Pardo", "Fiscal General de la República",
         "Edificio Ministerio Público, Colonia Ejemplo, Ciudad Muestra"]
    )  # fmt: skip
    assert who.organisation is None
