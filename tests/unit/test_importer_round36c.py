"""Round 36c: how a recipient's head lines part into name, title and organisation. Of two
lines under the name that could each be read as the body, the first is the office when it
opens with an office's word or names the body of the line below it again; the body is then
the organisation, not the first line of the address. Invented texts."""

from __future__ import annotations

from importer_reading import appeal_with as _letter
from importer_reading import plain as _plain
from importer_reading import recipients as _recipients


def test_an_office_with_its_police_force_over_the_force_headquarters() -> None:
    found = _recipients(
        _letter(
            "Mr Ilvan Ostrazek\nDeputy Commissioner of Police, Northern Province\n"
            "Provincial Police Office\nHarbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) == "Deputy Commissioner of Police, Northern Province"
    assert _plain(found[0].get("organisation")) == "Provincial Police Office"
    assert found[0]["address"][0] == "Harbour Road 14"


def test_an_office_in_no_table_that_names_the_body_below_it_again() -> None:
    found = _recipients(
        _letter(
            "Ilvan Ostrazek\nPääkirjuri (Chief Clerk)\nOstravian tasavallan pääkirjurinvirasto\n"
            "Harbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) == "Pääkirjuri (Chief Clerk)"
    assert _plain(found[0].get("organisation")) == "Ostravian tasavallan pääkirjurinvirasto"


def test_a_french_office_of_a_gendarmerie_over_its_directorate() -> None:
    found = _recipients(
        _letter(
            "Colonel Ilvan Ostrazek\nCommandant de la Garde républicaine\n"
            "Direction générale de la Garde républicaine\nRue du Port 14\nVarnholt\nOstravia",
            heading="ÉCRIRE À :",
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) == "Commandant de la Garde républicaine"
    assert _plain(found[0].get("organisation")) == "Direction générale de la Garde républicaine"


def test_a_ministry_over_its_department_stays_the_body() -> None:
    found = _recipients(
        _letter(
            "Ilvan Ostrazek\nMinistry of Justice\nDepartment of Prisons\n"
            "Harbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) is None
    assert _plain(found[0].get("organisation")) == "Ministry of Justice"


def test_an_instruction_before_a_colon_is_no_part_of_the_office() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        [
            "Varnu vestulės siųskite iki balandžio: Vidaus reikalų ministras",
            "Ilvan Ostrazek",
            "Vidaus reikalų ministerija",
            "Uosto g. 14",
            "1200 Varnholt",
        ]
    )
    assert who.title == "Vidaus reikalų ministras"
    assert who.name == "Ilvan Ostrazek"


def test_a_sentence_sending_a_letter_to_the_office_is_cut_at_its_to() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        [
            "Schreiben Sie bitte auch an den Generalstaatsanwalt",
            "Herrn Ilvan Ostrazek",
            "Generalstaatsanwaltschaft",
            "Hafenstraße 14",
            "1200 Varnholt",
        ]
    )
    assert who.title == "Generalstaatsanwalt"
    assert who.name is not None and who.name.endswith("Ilvan Ostrazek")


def test_an_office_to_a_body_keeps_its_to() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        ["Ilvan Ostrazek", "Ambassador to the United Nations", "Harbour Road 14", "1200 Varnholt"]
    )
    assert who.title == "Ambassador to the United Nations"


# Mend 36b2: the reviewer's regressions (main right, merge36 wrong).


def test_an_envoy_to_an_office_keeps_the_words_before_its_to() -> None:
    found = _recipients(
        _letter(
            "Mr Paul Oders\nSpecial Envoy to the President for Human Rights\n"
            "Office of the President\nFreedom Square 1\n1200 Varnholt\nOstravia",
            heading="Please write to:",
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) == "Special Envoy to the President for Human Rights"


def test_a_personal_envoy_to_the_secretary_general_is_not_cut() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        [
            "Mr Paul Oders",
            "Personal Envoy to the Secretary-General",
            "Freedom Square 1",
            "1200 Varnholt",
        ]
    )
    assert who.title == "Personal Envoy to the Secretary-General"


def test_a_body_over_its_headquarters_stays_the_body() -> None:
    found = _recipients(
        _letter(
            "Mr Paul Oders\nFederal Police\nFederal Police Headquarters\n"
            "Parade Road 3\n1200 Dovrik\nOstravia"
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("title")) is None
    assert _plain(found[0].get("organisation")) == "Federal Police"
    assert found[0]["address"][0] == "Federal Police Headquarters"


def test_a_council_or_commission_over_its_secretariat_stays_the_body() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    for body, seat in (
        ("National Security Council", "Security Council Secretariat"),
        ("National Human Rights Commission", "Human Rights Commission Secretariat"),
        ("Ankara Emniyet Müdürlüğü", "Emniyet Genel Müdürlüğü"),
    ):
        who = interpret(["Mr Paul Oders", body, seat, "Parade Road 3", "1200 Dovrik"])
        assert who.title is None, body
        assert who.organisation == body
        assert who.address[0] == seat
