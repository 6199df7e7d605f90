"""Session 20 (imp20a): a recipient block keeps the order of a postal address (who, street,
postcode and place, region, country). Each text here is our own (invented people, offices
and addresses), in another language or layout than the documents that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret


def test_a_sentence_after_the_postcode_and_place_is_no_address_line() -> None:
    who = interpret(
        [
            "Embaixada da República de Exemplo",
            "Rua das Flores 12",
            "1200-195 Lisboa",
            "Avisem-nos se receberem uma resposta",
            "do embaixador",
        ]
    )
    assert who.address == ["Rua das Flores 12", "1200-195 Lisboa"]


def test_a_footer_a_heading_or_a_sign_off_after_the_place_ends_the_address() -> None:
    footer = interpret(
        [
            "Ambasada Republiki Przykładowej",
            "ul. Lipowa 7",
            "00-950 Warszawa",
            "Biuletyn 4 · strona 2",
        ]
    )
    assert footer.address == ["ul. Lipowa 7", "00-950 Warszawa"]
    heading = interpret(
        ["Velvyslanectví Příkladu", "Na Ořechovce 9", "162 00 Praha", "VZOR (anglicky)"]
    )
    assert heading.address == ["Na Ořechovce 9", "162 00 Praha"]
    sign_off = interpret(
        ["Ambassade van Voorbeeld", "Laan 3", "2517 AB Den Haag", "Groeten", "Els"]
    )
    assert sign_off.address == ["Laan 3", "2517 AB Den Haag"]


def test_a_region_and_the_country_after_the_place_stay() -> None:
    who = interpret(
        [
            "Sra. Lucía Ferrer Soto",
            "Consejera de Justicia",
            "Calle Mayor 4",
            "29001 Málaga",
            "Andalucía",
            "España",
        ]
    )
    assert who.address == ["Calle Mayor 4", "29001 Málaga", "Andalucía"]
    assert who.country == "España"
    # A house number of four digits before a street's word is no postcode.
    street = interpret(["Embassy of Exampleland", "1843 Harbour Avenue NW", "Springfield", "Notes"])
    assert street.address == ["1843 Harbour Avenue NW", "Springfield", "Notes"]


def test_an_address_from_the_place_to_the_street_is_not_cut() -> None:
    # Postcode and place first, then the street (Hungarian, Russian order); a region with
    # "and" in its name; a Canadian code after a province in brackets.
    who = interpret(["Példa Köztársaság Nagykövetsége", "1146 Budapest", "Dózsa György út 9"])
    assert who.address == ["1146 Budapest", "Dózsa György út 9"]
    region = interpret(
        [
            "Shri Arun Kumar Verma",
            "Governor",
            "Raj Bhavan",
            "Shimla 171002",
            "Himachal and Hills",
            "India",
        ]
    )
    assert region.address == ["Raj Bhavan", "Shimla 171002", "Himachal and Hills"]
    canada = interpret(
        ["Ambassade d'Exemple", "12, rue Elgin, bureau 300", "Ottawa (Ontario) K2P 1L4"]
    )
    assert canada.address == ["12, rue Elgin, bureau 300", "Ottawa (Ontario) K2P 1L4"]


def test_a_place_right_above_the_postcode_is_the_street_not_the_body() -> None:
    who = interpret(
        [
            "Sra. Ana Gil Prado",
            "Ministra de Cultura",
            "Quinta das Laranjeiras, Bloco C",
            "1600-001 Lisboa",
        ]
    )
    assert who.organisation is None
    assert who.address == ["Quinta das Laranjeiras, Bloco C", "1600-001 Lisboa"]
    # A body's own word keeps the line the body.
    body = interpret(
        ["Sra. Ana Gil Prado", "Ministra de Cultura", "Ministerio de Cultura", "28001 Madrid"]
    )
    assert body.organisation == "Ministerio de Cultura"
    assert body.address == ["28001 Madrid"]
    # A body's name of one part in words no table knows stays the body.
    one_part = interpret(["Sn. Arda Kaya", "Adalet Bakani", "Hukuk Ofisligi", "06100 Ankara"])
    assert one_part.organisation == "Hukuk Ofisligi"
    assert one_part.address == ["06100 Ankara"]


def test_an_administration_is_a_body_in_more_languages() -> None:
    who = interpret(
        [
            "President",
            "Sadyr Example",
            "Administration of the President",
            "Main Square 1",
            "720001 Town",
        ]
    )
    assert (who.title, who.organisation) == ("President", "Administration of the President")
    es = interpret(["Sr. Tomás Ruiz", "Director", "Administración Penitenciaria", "Calle Real 5"])
    assert es.organisation == "Administración Penitenciaria"
