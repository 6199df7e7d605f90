"""Session 21 (imp21c): the fields of a found recipient. Each text here is our own (invented
people, offices and addresses), in another language or layout than the documents that showed
the cause."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret


def test_an_address_without_a_postcode_ends_at_its_country() -> None:
    # No postcode: a street, a place and the country; a footer's line after the country
    # is no address line, and the country is read.
    footer = interpret(
        [
            "Sig.ra Marta Esempi",
            "Ministra dell'Interno",
            "Via Roma 5",
            "Città di Esempio",
            "ITALIA",
            "Notiziario 3/2027 · pagina 2",
        ]
    )
    assert footer.address == ["Via Roma 5", "Città di Esempio"]
    assert footer.country == "ITALIA"
    quoted = interpret(
        ["Sr. Pablo Ejemplar", "Fiscal General", "Calle Ocho s/n", "Quito, Ecuador", '"(por fax)"']
    )
    assert quoted.address == ["Calle Ocho s/n", "Quito"]
    assert quoted.country == "Ecuador"
    # A region after the country's line stays where nothing shows it is no address line.
    region = interpret(["Embassy of Exampleland", "12 Hill Road", "Kenya", "Rift Valley"])
    assert "Rift Valley" in region.address + region.after_country


def test_a_part_of_a_building_belongs_to_the_line_above() -> None:
    who = interpret(
        [
            "Frau Erika Beispiel",
            "Justizministerin",
            "Musterallee 7",
            "Zimmer 214",
            "10999 Musterstadt",
        ]
    )
    assert who.address == ["Musterallee 7, Zimmer 214", "10999 Musterstadt"]
    polish = interpret(["Pan Jan Przykładny", "Minister", "ul. Długa 3", "Pokój 12", "00-950 Gród"])
    assert polish.address == ["ul. Długa 3, Pokój 12", "00-950 Gród"]


def test_a_region_and_postcode_wrapped_below_the_place_is_the_place_s_line() -> None:
    who = interpret(["Hon. Ada Sample", "Attorney General", "40 Elm Road", "Riverton", "ZZ 45678"])
    assert who.address == ["40 Elm Road", "Riverton ZZ 45678"]
    # A post box below a street is its own line.
    box = interpret(["M. Paul Exemple", "Ministre", "Avenue du Lac", "BP 4521", "Villeport"])
    assert box.address == ["Avenue du Lac", "BP 4521", "Villeport"]


def test_an_office_heading_over_the_block_gives_way_to_the_block_s_own_office() -> None:
    who = interpret(
        [
            "Ministre d'Etat chargé de l'Intérieur :",
            "Monsieur Luc Exemple",
            "Ministre d'Etat, Garde des Routes",
            "Ministère de l'Intérieur",
            "Villeport",
            "Mali",
        ]
    )
    assert who.title == "Ministre d'Etat, Garde des Routes"
    assert who.organisation == "Ministère de l'Intérieur"
    assert who.address == ["Villeport"]
    # A heading kept as the office loses its colon (Spanish).
    kept = interpret(
        [
            "Ministro de Estado encargado del Interior:",
            "Señor Tomás Ejemplar",
            "Ministerio del Interior",
            "Villaejemplo",
        ]
    )
    assert kept.title == "Ministro de Estado encargado del Interior"
    # The same office printed as the heading and as the block's line is one office, no body.
    twice = interpret(
        [
            "Directrice générale de la Sûreté :",
            "Madame Léa Exemple",
            "Directrice générale de la Sûreté",
            "BP 77",
            "Villeport",
        ]
    )
    assert twice.title == "Directrice générale de la Sûreté"
    assert twice.organisation is None
    # An office and a ministry that differ only by an accent stay two.
    two = interpret(
        [
            "Sra. Ana Ejemplo",
            "Secretaria de Cultura",
            "Secretaría de Cultura",
            "Calle 5",
            "01000 Ciudad",
        ]
    )
    assert two.organisation == "Secretaría de Cultura"
