"""Round 39c: a recipient whose name is not the first line of the block. A body or an office
stands first, the person's name on the line below, marked by a courtesy word or a rank (and
in some languages after the office: "de ambassadeur, mevrouw X", "z. Hd. der Vorsitzenden
Frau X"). Main read the body as the name (or, under an office line it did not know, no name
at all: "TODO") and put the person's line into the address. Invented texts."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret
from importer_reading import one_recipient as _one
from importer_reading import plain as _plain


def test_an_office_line_over_a_general() -> None:
    found = _one(
        "Commander of the 7th Infantry Division\nBGen. Ilvan K. Ostrazek\n"
        "Camp Varnholt, Eastern Province"
    )
    assert "Ostrazek" in found["name"] and "TODO" not in found["name"]
    assert _plain(found.get("title")) == "Commander of the 7th Infantry Division"
    assert not any("Ostrazek" in line for line in found.get("address") or [])


def test_a_spanish_command_over_its_general() -> None:
    found = _one(
        "Jefe del Comando Militar de la Zona Sur\nGeneral EP Ilvan Ostrazek Varna\n"
        'Cuartel "Los Andes"\nVarnholt, Provincia Sur',
        heading="ENVÍEN LLAMAMIENTOS A:",
    )
    assert "Ostrazek" in found["name"] and "TODO" not in found["name"]
    assert _plain(found.get("title")) == "Jefe del Comando Militar de la Zona Sur"


def test_a_dutch_embassy_and_its_ambassador_after_a_comma() -> None:
    found = _one(
        "Ambassade van Varnholt\nt.a.v. de ambassadeur, mevrouw Ilvana Ostrazek\n"
        "Laan van Varnholt 12\n2585 AB Den Haag",
        heading="STUUR EEN KOPIE NAAR:",
    )
    assert "Ostrazek" in found["name"] and "Ambassade" not in found["name"]
    assert _plain(found.get("organisation")) == "Ambassade van Varnholt"
    assert found["address"][0] == "Laan van Varnholt 12"


def test_a_german_commission_for_its_chair() -> None:
    found = _one(
        "Schlichtungskommission beim Ministerium des Innern Varnholt\n"
        "z. Hd. der Vorsitzenden Frau Ilvana Ostrazek\nVarnplatz 3\n12345 Varnholt",
        heading="APPELLE AN:",
    )
    assert "Ostrazek" in found["name"] and "kommission" not in found["name"]
    assert _plain(found.get("organisation")) == (
        "Schlichtungskommission beim Ministerium des Innern Varnholt"
    )
    assert found["address"] == ["Varnplatz 3", "12345 Varnholt"]


def test_a_courtesy_line_without_a_name_is_no_person() -> None:
    # "Monsieur l'Ambassadeur", "S.E. Herrn Botschafter" under the embassy: the office only.
    found = _one("Ambassade de Varnholt\nMonsieur l'Ambassadeur\n12 rue de Varn\n75008 Paris")
    assert found["name"] == "Ambassade de Varnholt"
    found = _one(
        "Botschaft der Republik Varnholt\nS.E. Herrn Botschafter\nVarnstrasse 5\n12345 Berlin",
        heading="APPELLE AN:",
    )
    assert found["name"] == "Botschaft der Republik Varnholt"


def test_a_person_first_is_read_as_before() -> None:
    found = _one(
        "Mr Ilvan Ostrazek\nMinister of the Interior\nMinistry of the Interior\nPO Box 12\nVarnholt"
    )
    assert found["name"] == "Mr Ilvan Ostrazek"
    assert _plain(found.get("title")) == "Minister of the Interior"


def test_the_words_before_the_courtesy_end_the_body_when_the_office_is_below() -> None:
    # The block's lines as a page's markup parts them: the body's name wrapped onto the
    # person's line, the office on its own line below.
    found = interpret(
        [
            "Velvyslanectví Varnholtské",
            "lidové republiky J. E. pan Ilvan Ostrazek",
            "velvyslanec",
            "Varnská 12",
            "150 00 Praha 5",
        ]
    )
    assert found.name is not None and "Ostrazek" in found.name
    assert found.organisation == "Velvyslanectví Varnholtské lidové republiky"
    assert found.title == "velvyslanec"


# Mend 39c (reviewer A): under an office line where nothing was read, a bare line with no
# courtesy word nor rank is as often the command's building as its commander. Main leaves the
# name to fill in ("TODO") and keeps the building in the address; so does the mend.


def _a_building_under_an_office(office: str, building: str, salutation: str) -> None:
    found = _one(
        f"{office}\n{building}\n14 Barrack Road\nKestrel City 2201\nVarnesia\n"
        f"Salutation: {salutation}",
        heading="Write before 20 March 2026 to:",
    )
    assert "TODO" in found["name"], found
    assert building in (found.get("address") or []), found


def test_barracks_under_a_division_command_is_no_name() -> None:
    _a_building_under_an_office(
        "Commander of the 3rd Infantry Division", "Camp Veldt Barracks", "Dear General"
    )


def test_a_fort_named_for_a_person_is_no_name() -> None:
    _a_building_under_an_office("Chief of the 4th Army Corps", "Fort Samuel Doe", "Dear Chief")


def test_heights_under_a_police_zone_is_no_name() -> None:
    _a_building_under_an_office(
        "Director of the 2nd Police Zone", "Harbour View Heights", "Dear Director"
    )


def test_a_spanish_cuartel_is_no_name() -> None:
    _a_building_under_an_office(
        "Comandante de la 3ª Zona Militar", "Cuartel Teniente Ruiz", "Señor Comandante"
    )


def test_a_house_under_a_governor_is_no_name() -> None:
    _a_building_under_an_office("Governor of the 1st District", "Unity House", "Dear Governor")


def test_a_name_with_an_initial_under_an_office_is_read() -> None:
    # Guard: an initial marks a person's name ("Ilvan K. Ostrazek"), as the documents print
    # them under such offices.
    found = _one(
        "Commander of the 3rd Infantry Division\nIlvan K. Ostrazek\n14 Barrack Road\n"
        "Kestrel City 2201\nVarnesia\nSalutation: Dear General Ostrazek",
        heading="Write before 20 March 2026 to:",
    )
    assert found["name"] == "Ilvan K. Ostrazek"
    assert _plain(found.get("title")) == "Commander of the 3rd Infantry Division"
