"""Round 38c: a recipient's head lines when the office word stands before the name and the
office is printed in full on the line below, opening with the same words ("President X" /
"President of Y", "His Majesty King X" / "King of the Kingdom of Y"). The line below is the
title; main cut the title to the word before the name and pushed the office line and the
body into the address, or joined both into "President, President of Y". Invented texts."""

from __future__ import annotations

from importer_reading import one_recipient as _one
from importer_reading import plain as _plain


def test_a_king_styled_before_his_name_and_his_office_in_full_below() -> None:
    found = _one(
        "His Majesty King Ilvan Ostrazek\nKing of the Kingdom of Varnholt\nThe Royal Household\n"
        "P.O. Box 318\nVarnholt"
    )
    assert _plain(found.get("title")) == "King of the Kingdom of Varnholt"
    assert _plain(found.get("organisation")) == "The Royal Household"
    assert found["address"][0] == "P.O. Box 318"
    assert "Ostrazek" in found["name"] and "King" not in found["name"]


def test_a_sultan_and_his_court() -> None:
    found = _one(
        "His Majesty Sultan Ilvan Ostrazek\nSultan of Varnholt\nDiwan of the Royal Household\n"
        "P.O. Box 71, Postal Code 208\nVarnholt"
    )
    assert _plain(found.get("title")) == "Sultan of Varnholt"
    assert _plain(found.get("organisation")) == "Diwan of the Royal Household"


def test_a_president_over_a_palace_is_not_one_office_of_two_lines() -> None:
    found = _one(
        "President Ilvan Ostrazek\nPresident of Varnholt\nPalatul Varnholt\n"
        "Str. Varnului nr. 9\n011234 Varnholt"
    )
    assert found["name"] == "Ilvan Ostrazek"
    assert _plain(found.get("title")) == "President of Varnholt"


def test_the_office_word_is_not_printed_twice_in_the_title() -> None:
    found = _one(
        "Commissioner Ilvan Ostrazek\nCommissioner of Police\nVarnholt Police Headquarters\n"
        "PO Box 4410\nVarnholt"
    )
    assert _plain(found.get("title")) == "Commissioner of Police"
    assert _plain(found.get("organisation")) == "Varnholt Police Headquarters"


def test_german_and_french_presidents() -> None:
    found = _one(
        "Präsident Ilvan Ostrazek\nPräsident der Republik Varnholt\nPräsidialamt\n"
        "Varnstraße 12\n12345 Varnholt",
        heading="APPELLE AN:",
    )
    assert _plain(found.get("title")) == "Präsident der Republik Varnholt"
    found = _one(
        "Président Ilvan Ostrazek\nPrésident de la République de Varnholt\nPalais présidentiel\n"
        "BP 12 Varnholt",
        heading="APPELS À :",
    )
    assert _plain(found.get("title")) == "Président de la République de Varnholt"


def test_guard_an_office_word_over_a_body_named_with_another_word() -> None:
    # Both main and this round: "Minister X" / "Ministry of Y" is the office, then the body.
    found = _one("Minister Ilvan Ostrazek\nMinistry of Justice\n12 Varn Street\nVarnholt")
    assert _plain(found.get("title")) == "Minister"
    assert _plain(found.get("organisation")) == "Ministry of Justice"


def test_guard_a_street_named_after_a_person_with_the_same_words() -> None:
    found = _one("Sheikh Ilvan Ostrazek\nSheikh Ilvan Street 12\nVarnholt")
    assert found["address"][0] == "Sheikh Ilvan Street 12"


def test_mend_a_two_word_office_sharing_only_its_first_word_with_the_line_below() -> None:
    # Mend 38c: "Secretary General X" over "Secretary of State for Y" shares one word of the
    # two before the name; "General" is the office's, not a rank of the person. Read as main.
    found = _one(
        "Secretary General Ilvan Ostrazek\nSecretary of State for Security\n"
        "Ministry of Security\n5 Palace Road\nVarnholt 10010"
    )
    assert found["name"] == "Ilvan Ostrazek"
    assert _plain(found.get("title")) == "Secretary General, Secretary of State for Security"
    found = _one(
        "Director General Ilvan Ostrazek\nDirector of the Prison Service\n"
        "Prison Service Headquarters\n5 Palace Road\nVarnholt 10010"
    )
    assert found["name"] == "Ilvan Ostrazek"
    assert _plain(found.get("title")) == "Director General, Director of the Prison Service"


def test_mend_a_spanish_office_and_a_governor_general_styled_sir() -> None:
    found = _one(
        "Procurador General Tomás Ostrazek\nProcurador de los Derechos Humanos\n"
        "Avenida Central 12\nVarnholt",
        heading="ENVÍEN LLAMAMIENTOS A:",
    )
    assert found["name"] == "Tomás Ostrazek"
    assert _plain(found.get("title")) == "Procurador General, Procurador de los Derechos Humanos"
    found = _one(
        "Governor General Sir Ilvan Ostrazek\nGovernor of the Northern Territories\n"
        "Government House\nPort Alden"
    )
    assert found["name"] == "Sir Ilvan Ostrazek"
    assert _plain(found.get("title")) == "Governor General, Governor of the Northern Territories"


def test_mend_guard_a_two_word_office_printed_in_full_below() -> None:
    # Kept from the round: both office words open the line below.
    found = _one(
        "Attorney General Ilvan Ostrazek\nAttorney General of the State of Varnholt\n"
        "Department of Justice\nPO Box 120\nVarnholt"
    )
    assert found["name"] == "Ilvan Ostrazek"
    assert _plain(found.get("title")) == "Attorney General of the State of Varnholt"
