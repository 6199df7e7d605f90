"""Round 29d: the roles of the lines inside a recipient's block (invented texts; no sample's
names, places or sentences): the office printed again under the name, a telegram's line, a
country in a form CLDR's searched locales lack, a bracket left open after the country."""

from __future__ import annotations

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.phrases import field_of_label
from appeal_tui.core.importer.recipient_lines import interpret


def test_the_office_again_under_the_name_is_no_address_line() -> None:
    # A heading's office (the page's language) over the name, then the block's own office
    # line and its body: the body is the organisation, the street the first address line.
    who = interpret(
        [
            "Attorney General",
            "Dra. Ximena Ortal Bexquez",
            "Fiscal de la Nación",
            "Ministerio Público",
            "Av. Los Ejemplos 512",
            "Lima 27, Perú",
        ]
    )
    assert who.title == "Attorney General"
    assert who.organisation == "Ministerio Público"
    assert who.address == ["Av. Los Ejemplos 512", "Lima 27"]
    # A heading that is no office gives way to the block's own office line.
    who = interpret(
        [
            "Fax / courriel — formule d'appel",
            "Monsieur Aubin Tevessard",
            "Ministre de l'Intérieur",
            "Ministère de l'Intérieur",
            "Boulevard des Exemples",
            "Exempleville",
        ]
    )
    assert who.title == "Ministre de l'Intérieur"
    assert who.organisation == "Ministère de l'Intérieur"
    assert who.address == ["Boulevard des Exemples", "Exempleville"]


def test_a_telegram_label_in_finnish() -> None:
    assert field_of_label("Sähke") == "telegram"
    assert field_of_label("Telegramm") == "telegram"


def test_country_forms_the_locales_lack() -> None:
    assert split_country("Pilipinas") == ("", "Pilipinas", "PH")
    assert split_country("Република Србија")[2] == "RS"  # type: ignore[index]
    assert split_country("Հայաստանի Հանրապետություն")[2] == "AM"  # type: ignore[index]
    assert split_country("مملكة البحرين")[2] == "BH"  # type: ignore[index]
    assert split_country("République du Zaïre")[2] == "CD"  # type: ignore[index]
    # Hebrew's geresh typed as an apostrophe ("צ'ילה" for "צ׳ילה").
    assert split_country("צ'ילה")[2] == "CL"  # type: ignore[index]


def test_a_bracket_left_open_after_the_country() -> None:
    # "..., Exampleton 4321, Norway (fax: ..., e-mail: ...)": the contacts read apart.
    who = interpret(
        [
            "Minister of Fisheries",
            "Ms Tove Eksempel",
            "12 Sample Quay",
            "Exampleton 4321",
            "Norway (",
        ]
    )
    assert who.country == "Norway"
    assert who.address == ["12 Sample Quay", "Exampleton 4321"]
    # After anything else, the open bracket still says the address ended there.
    who = interpret(
        [
            "Ein Brief kann an den Beispielminister, Herrn Tomas Beispiel,",
            "Beispielministerium, Musterweg 2,",
            "12345 Beispielstadt, gehen (",
        ]
    )
    assert who.address == ["Musterweg 2", "12345 Beispielstadt"]
