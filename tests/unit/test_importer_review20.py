"""Session 20 review mends: regressions the session-20 merge brought, each read on a short
invented text (names, streets and postcodes of our own). Cheap: strings, no files."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.recipient_lines import interpret


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [str(p.get("name")) for p in case.get("people", []) if "name" in p]


def _deadline(text: str) -> object:
    from appeal_tui.core.importer.dates import find_dates
    from appeal_tui.core.importer.fields import find_deadline

    return find_deadline(text, find_dates(text), None)[0]


# --- 1. Lines after the postcode and place ----------------------------------------------------


def test_a_region_a_second_place_or_a_contact_line_before_the_country_stay() -> None:
    polish = interpret(
        ["Pani Ewa Przykładna", "Wojewoda", "ul. Brzozowa 11", "02-345 Warszawa",
         "woj. mazowieckie", "Polska"]
    )  # fmt: skip
    assert polish.address == ["ul. Brzozowa 11", "02-345 Warszawa", "woj. mazowieckie"]
    assert polish.country == "Polska"
    russian = interpret(
        ["Губернатору Примерной области", "ул. Садовая, 4", "Примерск 123456",
         "Примерная область", "Россия"]
    )  # fmt: skip
    assert russian.address[-1] == "Примерная область"
    assert russian.country == "Россия"
    buenos_aires = interpret(
        ["Sra. Ana Inventada", "Ministra de Seguridad", "Florida 2040",
         "Ciudad Autónoma de Buenos Aires", "Argentina"]
    )  # fmt: skip
    assert buenos_aires.address == ["Florida 2040", "Ciudad Autónoma de Buenos Aires"]
    assert buenos_aires.country == "Argentina"
    congo = interpret(
        ["Monsieur Paul Exemple", "Gouverneur", "Avenue des Palmiers 7", "Goma 2000",
         "Goma (Nord-Exemple)", "République démocratique du Congo"]
    )  # fmt: skip
    assert congo.address[-1] == "Goma (Nord-Exemple)"
    assert congo.country_code == "CD"
    kenya = interpret(
        ["Ms Mary Invented", "County Commissioner", "7 Acacia Lane", "Nakuru 20100",
         "Email: office@example.org", "Kenya"]
    )  # fmt: skip
    assert kenya.country == "Kenya"
    assert "7 Acacia Lane" in kenya.address and "Nakuru 20100" in kenya.address


# --- 2. An office after the name of someone at risk ---------------------------------------------


def test_a_cued_person_with_an_office_of_a_union_or_a_centre_after_the_name_stays() -> None:
    union = (
        "URGENT ACTION\n\nExampleland: trade unionist detained\n\n"
        "Trade unionist Malik Example Osei, Secretary of the Harbour Dockers Union, was "
        "detained on 4 June 2025 after he spoke at a rally for higher wages. He is held "
        "without charge and his family fears he may be ill-treated in custody.\n"
    )
    assert "Malik Example Osei" in _people(union)
    centre = (
        "URGENT ACTION\n\nExampleland: lawyer detained\n\n"
        "Police detained the human rights lawyer Lena Fictive Maro, Coordinator of the "
        "Centre for Rural Justice, on 4 June 2025 after she defended farmers in court. She "
        "is held without charge and has not been allowed to see her family.\n"
    )
    assert "Lena Fictive Maro" in _people(centre)


# --- 3. Country names in the official languages of every territory -----------------------------


def test_plain_ascii_names_of_other_languages_are_no_country() -> None:
    for word in ("Kota", "Hind", "Malt", "Poole", "Frans", "Toko"):
        assert split_country(f"4 Mill Lane, {word}") is None, word
    who = interpret(["Mr Tom Invented", "Harbour Master", "Town Hall", "Kota"])
    assert who.country is None


# --- 4. Dutch "tot en met" ----------------------------------------------------------------------


def test_a_dutch_range_of_days_is_no_deadline() -> None:
    import datetime as dt

    text = (
        "Activist Jan Voorbeeld zat van 3 tot en met 8 april 2027 vast zonder advocaat.\n\n"
        "Schrijf zo snel mogelijk naar de minister."
    )
    assert _deadline(text) is None
    # (Since the second review "tot en met" is no deadline cue at all: see the last tests.)
    assert _deadline("De actie loopt tot en met 4 maart 2027.") is None
    assert _deadline("Stuur uw brief ten laatste op 9 mei 2027.") == dt.date(2027, 5, 9)


# --- 5. A body above the postcode line ----------------------------------------------------------


def test_a_body_of_three_capitalised_words_before_a_comma_stays_the_body() -> None:
    who = interpret(
        ["Hon. Justice Ada Invented", "Chief Judge", "Exampleton State Judiciary, Mill Sq",
         "Exampleton 100001"]
    )  # fmt: skip
    assert who.organisation == "Exampleton State Judiciary"
    assert who.address == ["Mill Sq", "Exampleton 100001"]


# --- 6. A form two countries share in one language ----------------------------------------------


def test_a_bare_form_both_congos_share_names_neither() -> None:
    assert split_country("Примерово, Конго") is None


# --- Second review (C) --------------------------------------------------------------------------


def test_a_body_above_the_postcode_stays_the_body_without_a_district_word() -> None:
    for lines, org in (
        (["Monsieur Paul Exemple", "Préfet", "Préfecture Exemplaire, Centre-Ville",
          "75001 Paris", "France"], "Préfecture Exemplaire, Centre-Ville"),
        (["Mr Tom Invented", "Governor", "Exampleton Governorate, Hilltop",
          "Exampleton 100001", "Iraq"], "Exampleton Governorate, Hilltop"),
    ):  # fmt: skip
        assert interpret(lines).organisation == org, lines
    who = interpret(
        ["Hon. Justice Ada Invented", "Chief Judge", "Exampleton Judiciary, Mill Sq",
         "Exampleton 100001", "Nigeria"]
    )  # fmt: skip
    assert who.organisation == "Exampleton Judiciary"
    assert who.address == ["Mill Sq", "Exampleton 100001"]


def test_a_district_word_makes_the_line_above_the_postcode_the_street() -> None:
    for lines in (
        ["Mr Li Invented", "Minister of Public Security", "Dong Chang An Jie, Dongcheng Qu",
         "Beijing 100741", "China"],
        ["Ông Nguyễn Văn Giả", "Chủ tịch", "Khu Công Nghệ Cao, Quận Chín",
         "700000 Thành Phố Mẫu", "Việt Nam"],
    ):  # fmt: skip
        who = interpret(lines)
        assert who.organisation is None, lines
        assert who.address[0] == lines[2], lines


def test_a_short_region_line_without_a_country_after_it_stays() -> None:
    base = ["Mr Tom Invented", "Governor", "7 Acacia Lane", "Exampleton 100001"]
    for region in (
        "woj. maz.",
        "Goma (province du Nord-Exemple)",
        "quận Hoàn Kiếm, thành phố Hà Nội",
        "جهة الرباط سلا القنيطرة الكبرى",
    ):
        assert interpret([*base, region]).address[-1] == region, region
    # A sentence still ends the address.
    sentence = "Please send copies to the embassy of Exampleland."
    assert interpret([*base, sentence]).address[-1] == "Exampleton 100001"


def test_a_footer_after_the_last_country_is_cut() -> None:
    who = interpret(
        ["Monsieur Paul Exemple", "Ministre de la Justice", "13 place Vendôme", "75001 Paris",
         "France", "Amnesty International – Section française"]
    )  # fmt: skip
    assert who.address == ["13 place Vendôme", "75001 Paris"]
    assert who.country == "France"


def test_an_honorific_is_no_role_cue_and_a_state_office_drops_a_cued_name() -> None:
    head = "URGENT ACTION\n\nVoorbeeldland: journalist vastgezet\n\n"
    text = (
        f"{head}Journalist Piet Verzonnen werd op 4 juni 2025 gearresteerd. Schrijf aan "
        "Mevrouw Anna Fictief, Minister van Justitie, en vraag om zijn vrijlating.\n"
    )
    assert _people(text) == ["Piet Verzonnen"]
    text = (
        "URGENT ACTION\n\nExampleland: activist detained\n\nActivist Tomas Invento was "
        "detained on 4 June 2025. The government spokesperson Rhea Madeup, Minister of "
        "Information, said he was a threat.\n"
    )
    assert _people(text) == ["Tomas Invento"]


def test_a_lower_case_word_in_latin_extended_letters_after_a_cue() -> None:
    from appeal_tui.core.importer.people import _CUE

    assert _CUE.search("aktywistka łódzka ") is not None
    assert _CUE.search("dziennikarz śledczy ") is not None


def test_a_phone_or_email_after_a_cued_name_is_a_contact() -> None:
    text = (
        "URGENT ACTION\n\nExampleland: activist detained\n\nActivist Tomas Invento was "
        "detained on 4 June 2025. He is held without charge.\n\nFor more information contact "
        "our coordinator Jill Contacto, +44 20 7946 0000, jill@example.org.\n"
    )
    assert _people(text) == ["Tomas Invento"]


def test_tot_en_met_is_no_deadline_cue() -> None:
    assert _deadline("Hij blijft in voorarrest tot en met 4 maart 2027.") is None


def test_the_last_country_line_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from appeal_tui.core.importer import recipient_lines

    calls: list[str] = []
    real = recipient_lines._is_country_line

    def counted(line: str) -> bool:
        calls.append(line)
        return real(line)

    monkeypatch.setattr(recipient_lines, "_is_country_line", counted)
    lines = ["7 Acacia Lane", "Exampleton 100001", *["Upper Valley"] * 200]
    recipient_lines._postal_end(lines)
    assert len(calls) <= len(lines)


# --- After first sight on next271-next300 ------------------------------------------------------


def test_a_mission_named_on_the_copies_line_in_a_syllabic_language_keeps_its_name() -> None:
    """Vietnamese writes a long body's name in one-syllable words, most in lower case: read
    by its words alone it is running text, and a copy named on the copies heading's own line
    lost its name. A name that opens with a mission's word and has no sentence stop is a name."""
    text = (
        "HÀNH ĐỘNG KHẨN CẤP 07/27\n\nNhà báo Lê Văn Hư cấu bị bắt.\n\nVui lòng viết thư gửi:\n\n"
        "Bộ trưởng Bộ Ví dụ\nÔng Trần Văn Mẫu\n12 Phố Giả định\nHà Nội\nViệt Nam\n"
        "Lời chào: Kính gửi Bộ trưởng\n\n"
        "Bản sao gửi: Đại sứ quán nước Cộng hòa Xã hội Chủ nghĩa Việt Nam tại Ca-na-đa\n"
        "55 Example Avenue\nOttawa, ON K1A 0B1\nCanada\nThư điện tử: info@example.org\n"
    )
    case = import_document(text, source="ua.txt").case
    copies = [r for r in case["recipients"] if r.get("role") == "copy"]
    assert [str(r["name"]) for r in copies] == [
        "Đại sứ quán nước Cộng hòa Xã hội Chủ nghĩa Việt Nam tại Ca-na-đa"
    ]
    assert copies[0]["address"] == ["55 Example Avenue", "Ottawa, ON K1A 0B1"]
