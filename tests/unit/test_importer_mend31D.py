"""Mend 31D: regressions of rounds 31b/31c/31e/31f found by reviewer C, on invented texts."""

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.recipient_lines import interpret


def _people(text: str, language: str | None = None) -> list[str]:
    result = import_document(text, language=language)
    return [p["name"] for p in result.case.get("people", []) if "name" in p]


def test_a_person_after_an_office_title_printed_alone_too_is_kept() -> None:
    text = """URGENT ACTION
Judge in danger

Former Minister Mirela Ostrak and her son Dario Velkan were taken by police on 4 April 2026.
The family of Mirela Ostrak does not know where she is.

PLEASE WRITE IMMEDIATELY
Calling on the authorities to reveal where she is held.

Minister of Justice
Ministry of Justice
4 Oak Lane
Velmar, Ostland
"""
    assert "Mirela Ostrak" in _people(text)


def test_a_polish_title_before_a_persons_name_is_no_office_name() -> None:
    text = """PILNA AKCJA
Prokurator zagrożona

Prokurator Halina Wrzosek z Example otrzymała groźby po wszczęciu śledztwa. Halina Wrzosek
obawia się o swoje życie.

PROSZĘ NAPISZ NATYCHMIAST
Wezwij władze, aby zapewniły jej ochronę.

Minister Sprawiedliwości
Ministerstwo Sprawiedliwości
ul. Próbna 9
00-001 Ostgrad
"""
    assert "Halina Wrzosek" in _people(text, "pl")


def test_a_colon_inside_a_bracket_is_no_next_label() -> None:
    text = """URGENT ACTION
Students detained

Two students were detained on 5 May 2026 and are held without charge.

Name: Dario Velkan (Age: 21)
Name: Sela Trov (Course: law)

PLEASE WRITE IMMEDIATELY
Calling on the authorities to release them.

Minister of Interior
Ministry of Interior
4 Oak Lane
Velmar, Ostland
"""
    names = _people(text)
    assert any(n.startswith("Dario Velkan") for n in names)
    assert any(n.startswith("Sela Trov") for n in names)


def test_a_body_under_a_heading_stays_the_organisation() -> None:
    text = """URGENT ACTION
Fishers threatened

Dario Velkan, a fisher, was threatened on 5 May 2026 after he spoke out against a dam.

PLEASE WRITE IMMEDIATELY

Primary
Sela Trov
Ostland Hydro Power Holdings
4 Oak Lane
Velmar, Ostland
Email: ceo@hydro.example
"""
    result = import_document(text)
    first = result.case["recipients"][0]
    assert first.get("organisation") == "Ostland Hydro Power Holdings"
    assert first.get("title") != "Ostland Hydro Power Holdings"


def test_a_saints_place_after_of_is_no_street() -> None:
    who = interpret(["Hon. Sela Trov", "Attorney General", "Government of St. Example", "Velmar"])
    assert who.organisation == "Government of St. Example"
    assert who.address == ["Velmar"]


def test_a_suffix_ending_a_line_is_no_street() -> None:
    who = interpret(
        ["Mr Dario Velkan", "President", "Office of the President Dario Velkan Jr.", "Velmar"]
    )
    assert who.organisation == "Office of the President Dario Velkan Jr."
    assert who.address == ["Velmar"]


def test_a_whole_embassy_name_keeps_its_city_line() -> None:
    who = interpret(["Посольство Остландской Республики", "Велмар"])
    assert who.name == "Посольство Остландской Республики"
    assert who.address == ["Велмар"]
    who = interpret(["Velvyslanectví Ostlandské republiky", "Velmar"])
    assert who.address == ["Velmar"]


def test_a_bare_mission_word_over_its_city() -> None:
    who = interpret(["Embassy", "Velmar"])
    assert who.address == ["Velmar"]


def test_an_embassy_name_broken_before_its_country_is_still_joined() -> None:
    who = interpret(
        ["Botschaft der Föderativen Republik", "Brasilien", "Lindenweg 4", "10117 Berlin"]
    )
    assert who.name == "Botschaft der Föderativen Republik Brasilien"
    assert who.address == ["Lindenweg 4", "10117 Berlin"]


def test_a_country_under_a_whole_embassy_name_is_where_it_sits() -> None:
    """Third review: "Botschaft der Italienischen Republik" is whole; "Luxemburg" under it
    is the country the embassy sits in, not the rest of its name."""
    from appeal_tui.core.importer.recipient_lines import mission_name_wrapped

    lines = ["Botschaft der Italienischen Republik", "Luxemburg"]
    assert mission_name_wrapped(lines) == lines
    joined = mission_name_wrapped(["Botschaft der Arabischen Republik", "Ägypten", "Hauptstraße 4"])
    assert joined[0] == "Botschaft der Arabischen Republik Ägypten"
