"""Round 37b: how a recipient's head lines part into name, title and organisation in other
organisations' appeals. Under a person's name, "Office, Place" (an office, a comma, then a
place or a unit named without a body's word) is one title; read as the body, it put the office
into the organisation and the place into the address. Invented texts."""

from __future__ import annotations

from importer_reading import one_recipient as _one
from importer_reading import plain as _plain


def test_an_office_of_police_and_its_district_over_a_postcode_line() -> None:
    found = _one(
        "Shri Ilvan Ostrazek\nSuperintendent of Police, Varnholt\nVarnholt – 494001, Ostrava"
    )
    assert _plain(found.get("title")) == "Superintendent of Police, Varnholt"
    assert found.get("organisation") is None
    assert found["address"][0] == "Varnholt – 494001, Ostrava"


def test_a_university_head_and_the_university_over_a_postcode() -> None:
    found = _one("Prof. Dr. Ilvan Ostrazek\nRector, Varnholt University\n21280 Varnholt\nOSTRAVIA")
    assert _plain(found.get("title")) == "Rector, Varnholt University"
    assert found.get("organisation") is None
    assert found["address"][0] == "21280 Varnholt"


def test_a_spanish_commander_and_his_brigade_over_a_street() -> None:
    found = _one(
        "General Ilvan Ostrazek Mejía\nComandante, Quinta Brigada del Ejército\n"
        "Calle 14 No 5-20\nVarnholt\nOstravia",
        heading="LLAMAMIENTOS A:",
    )
    assert _plain(found.get("title")) == "Comandante, Quinta Brigada del Ejército"
    assert found.get("organisation") is None
    assert found["address"][0] == "Calle 14 No 5-20"


def test_an_office_and_a_ministry_stays_parted() -> None:
    # (The body's word: "Office, Body" keeps main's reading, the office and its body.)
    found = _one(
        "Mr Ilvan Ostrazek\nSecretary, Ministry of Varn Affairs\n12 Harbour Road\nVarnholt"
    )
    assert _plain(found.get("title")) == "Secretary"
    assert _plain(found.get("organisation")) == "Ministry of Varn Affairs"


def test_a_body_and_its_street_on_one_line_stays_the_body() -> None:
    found = _one("Mr Ilvan Ostrazek\nMinistry of Defence, Harbour Square\n1200 Varnholt\nOstravia")
    assert found.get("title") is None
    assert _plain(found.get("organisation")) == "Ministry of Defence"
    assert found["address"][0] == "Harbour Square"


def test_a_public_defender_over_a_street_is_the_office() -> None:
    found = _one(
        "Ms Ilva Ostrazek\nPublic Defender (Ombudsperson) of Ostravia\n11 Harbour Avenue\n"
        "0179 Varnholt\nOSTRAVIA",
        heading="COPIES TO:",
    )
    assert _plain(found.get("title")) == "Public Defender (Ombudsperson) of Ostravia"
    assert found.get("organisation") is None
    assert found["address"][0] == "11 Harbour Avenue"


def test_a_serbian_protector_of_citizens_over_a_street_is_the_office() -> None:
    found = _one("Илва Остразек\nЗаштитник грађана\nЛучка 16\n11000 Варнхолт", heading="КОПИЈЕ:")
    assert _plain(found.get("title")) == "Заштитник грађана"
    assert found.get("organisation") is None


def test_a_defenders_network_under_a_name_stays_the_body() -> None:
    # (Capitalised as an office is: a network of defenders is a body, not an office.)
    found = _one("Ilva Ostrazek\nHuman Rights Defenders Network\n11 Harbour Avenue\n0179 Varnholt")
    assert found.get("title") is None
    assert _plain(found.get("organisation")) == "Human Rights Defenders Network"


# Mend 37b: the defender's phrase is the office only as the whole line (alone, a remark in
# brackets, "of <place>"); a body named after it, or the office before a person's name, is
# read as main reads it.


def test_a_defenders_office_under_a_name_stays_the_body() -> None:
    found = _one(
        "Ms Ilva Ostrazek\nHuman Rights Defender's Office\n56a Harbour Street\nVarnholt 0002\n"
        "Ostravia"
    )
    assert found.get("title") is None
    assert _plain(found.get("organisation")) == "Human Rights Defender's Office"


def test_a_defender_council_under_a_name_stays_the_body() -> None:
    found = _one("Mr Ilvan Ostrazek\nPublic Defender Council\n11 Harbour Avenue\nVarnholt 0179")
    assert found.get("title") is None
    assert _plain(found.get("organisation")) == "Public Defender Council"


def test_a_deputy_defender_over_the_defenders_office_of_a_state() -> None:
    found = _one(
        "Mr Ilvan Ostrazek\nDeputy Public Defender\nPublic Defender's Office of Ostravia\n"
        "11 Harbour Avenue\nVarnholt 0179\nOstravia"
    )
    assert _plain(found.get("title")) == "Deputy Public Defender"
    assert _plain(found.get("organisation")) == "Public Defender's Office of Ostravia"


def test_a_first_deputy_defender_keeps_the_title() -> None:
    found = _one(
        "Mr Ilvan Ostrazek\nFirst Deputy Public Defender\nPublic Defender's Office\n"
        "11 Harbour Avenue\nVarnholt 0179"
    )
    assert _plain(found.get("title")) == "First Deputy Public Defender"
    assert _plain(found.get("organisation")) == "Public Defender's Office"


def test_a_defender_office_and_its_branch_is_the_body() -> None:
    found = _one(
        "Ms Ilva Ostrazek\nPublic Defender Office, Varnholt branch\n12 Harbour Avenue\n"
        "Varnholt 0162"
    )
    assert found.get("title") is None
    assert _plain(found.get("organisation")) == "Public Defender Office"


def test_the_defender_before_a_persons_name_keeps_the_name() -> None:
    found = _one(
        "Public Defender Ilva Ostrazek\nOffice of the Public Defender\n11 Harbour Avenue\n"
        "Varnholt 0179"
    )
    assert _plain(found.get("name")) == "Public Defender Ilva Ostrazek"
    assert _plain(found.get("organisation")) == "Office of the Public Defender"


def test_the_french_defender_over_its_service_names_the_recipient() -> None:
    found = _one(
        "Défenseur des droits\nService des réclamations\n7 rue Saint-Florentin\n75008 Paris\n"
        "France",
        heading="ENVOYEZ VOS APPELS À :",
    )
    assert _plain(found.get("name")) == "Défenseur des droits"
    assert _plain(found.get("organisation")) == "Service des réclamations"
    assert found["address"][0] == "7 rue Saint-Florentin"
