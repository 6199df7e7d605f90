"""Round 40d: under the name, the office run together on one line with the body, the street
or the post box below it (a PDF's lines joined, a page's line breaks lost): "Ambassador,
Permanent Mission of X ... Chemin Y 28". Main read no title and gave the whole line to the
address. Now the office is the line's head that reads as one and ends where a body's name, a
street or a post box opens. Invented texts."""

from __future__ import annotations

from importer_reading import one_recipient as _one
from importer_reading import plain as _plain


def test_an_ambassador_run_into_the_mission_and_its_street() -> None:
    found = _one(
        "His Excellency Ilvan Ostrazek\n"
        "Ambassador, Permanent Mission of Varnholt to the United Nations Chemin du Varn 28\n"
        "1209 Geneva\nSwitzerland"
    )
    assert "Ostrazek" in found["name"]
    assert _plain(found.get("title")) == "Ambassador"
    assert not any(line.startswith("Ambassador") for line in found.get("address") or [])


def test_a_minister_run_into_a_numbered_street() -> None:
    found = _one(
        "H.E. Ilvan Ostrazek\n"
        "Minister of Justice, No. 14 Varn Boulevard, Varnholt City\nFax: +99 23 456 789"
    )
    assert _plain(found.get("title")) == "Minister of Justice"
    assert (found.get("address") or [""])[0].startswith("No. 14")


def test_a_spanish_minister_run_into_his_street() -> None:
    found = _one(
        "Dr. Ilvan Ostrazek Varna\nMinistro de Trabajo y Seguridad Social Carrera 9 No. 12-40\n"
        "Varnholt D.C.",
        heading="ENVÍEN LLAMAMIENTOS A:",
    )
    assert _plain(found.get("title")) == "Ministro de Trabajo y Seguridad Social"
    assert (found.get("address") or [""])[0] == "Carrera 9 No. 12-40"


def test_an_office_with_its_own_number_stays_whole() -> None:
    # "Fiscal General No. 2 del Estado": the number is the office's, not a house's.
    found = _one(
        "Lic. Ilvan Ostrazek\nFiscal General No. 2 del Estado\nAvenida 5\nVarnholt",
        heading="ENVÍEN LLAMAMIENTOS A:",
    )
    assert _plain(found.get("title")) != "Fiscal General"


def test_an_office_over_a_company_named_for_a_palace_is_not_cut() -> None:
    found = _one("Ms Ilvana Ostrazek\nPresident Palace Hotel Group\n5 Varn Way\nLondon W1 2AB")
    assert _plain(found.get("title")) != "President"


# Mend 40d: a street named after an office ("Commissioner Street 12", "Governor Road 14",
# "King Street 22") is a street's line: no title, the whole line the address's (as main read
# it). Invented texts of the reviewer's shape.


def test_a_street_named_after_an_office_is_no_title() -> None:
    found = _one(
        "Mr Ilvan Ostrazek\nCommissioner Street 12\nVarnholt 2001\nLorvania",
        heading="Please write to:",
    )
    assert found.get("title") is None
    assert (found.get("address") or [""])[0] == "Commissioner Street 12"


def test_a_street_named_after_an_office_and_a_person_stays_whole() -> None:
    found = _one("Ms Ilvana Ostrazek\nPresident Varnov Street 45, Varnholt 0002\nLorvania")
    assert found.get("title") is None
    assert (found.get("address") or [""])[0].startswith("President Varnov Street 45")


def test_a_road_named_after_an_office_with_its_district_stays_whole() -> None:
    found = _one("Mr Ilvan Ostrazek\nGovernor Road 14, Varnside, Varnholt 100271\nLorvania")
    assert found.get("title") is None
    assert (found.get("address") or [""])[0].startswith("Governor Road 14")


def test_a_kings_street_is_no_kings_office() -> None:
    found = _one("Mrs Ilvana Ostrazek\nKing Street 22, Varnside, Varnholt VA-029-1234\nLorvania")
    assert found.get("title") is None
    assert (found.get("address") or [""])[0].startswith("King Street 22")


def test_an_office_run_together_with_its_court_is_no_office_alone() -> None:
    # The court is a body: "Procureur Général Cour d'Appel ..." is no title (main: no title).
    found = _one(
        "M. Ilvan Ostrazek\nProcureur Général Cour d'Appel du Varn, BP 1245 Varnholt\nLorvanie",
        heading="ENVOYEZ VOS APPELS À :",
    )
    assert "Cour" not in (_plain(found.get("title")) or "")
