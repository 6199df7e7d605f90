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
