"""Issue 16, session 19 (imp19b): the fields of a recipient that was found (country, address
lines, organisation, handles). Each text here is our own (invented people, offices and
addresses), in another language or layout than the documents that showed the cause."""

from __future__ import annotations

from importer_support import found_recipients, plain

from appeal_tui.core.importer.countries import country_in, split_country
from appeal_tui.core.importer.recipient_lines import interpret


def test_long_official_forms_in_more_languages_and_adjective_forms() -> None:
    # "Republic" before the name in Russian, Polish, Italian; an adjective form in English.
    assert split_country("Республика Молдова") == ("", "Республика Молдова", "MD")
    assert split_country("Минск, Республики Беларусь")[2] == "BY"  # type: ignore[index]
    assert split_country("Rzeczpospolita Polska") == ("", "Rzeczpospolita Polska", "PL")
    assert split_country("Regno di Spagna")[2] == "ES"  # type: ignore[index]
    assert split_country("Bishkek, Kyrgyz Republic") == ("Bishkek", "Kyrgyz Republic", "KG")
    assert country_in("Slovak Republic") == "SK"
    # Adjective forms come from a table, not a rule: "Niger Republic" is Niger, not Nigeria.
    assert split_country("Niamey, Niger Republic")[2] == "NE"  # type: ignore[index]
    assert country_in("Vientiane, Lao PDR") == "LA"
    # A street named after a country is still no country.
    assert split_country("Avenida República de Chile 12") is None


def test_a_country_of_two_letters_in_a_script_without_spaces() -> None:
    assert split_country("日本") == ("", "日本", "JP")
    assert split_country("韓国") is not None
    # Inside a longer run of the same script it is no country of its own.
    assert country_in("日本国際交流基金会館") is None


def test_lines_after_the_country_are_no_address() -> None:
    # A contact line under a label no table knows, and a one-word label, after the country.
    who = interpret(
        [
            "Dr Ana Vzor",
            "Ministry of Example Affairs",
            "12 Sample Road",
            "Sampletown 4410",
            "Moldova",
            "Instagrami: @ana_vzor",
        ]
    )
    assert who.address == ["12 Sample Road", "Sampletown 4410"]
    assert who.country_code == "MD"
    assert who.after_country == ["Instagrami: @ana_vzor"]
    who = interpret(["Jan Modelowy", "ul. Przykładowa 3", "00-950 Warszawa", "Polska", "Pošta"])
    assert (who.address, who.country) == (["ul. Przykładowa 3", "00-950 Warszawa"], "Polska")
    # A city printed after a line that names a country is still an address line.
    who = interpret(["Sra. Ana Modelo", "Calle Falsa 3", "Guatemala", "Zona 1, 01001"])
    assert who.address[-1] == "Zona 1, 01001"


def test_a_handle_after_the_country_is_the_recipients() -> None:
    text = (
        "Please write to:\n\n"
        "Prime Minister Lena Vzorova\n"
        "Office of the Prime Minister\n"
        "7 Example Square\n"
        "Chisinau\n"
        "Moldova\n"
        "Соцсети: @lena_vzorova\n"
        "Salutation: Dear Prime Minister\n"
    )
    (found,) = found_recipients(text)
    assert found["twitter"] == "@lena_vzorova"
    assert found["address"] == ["7 Example Square", "Chisinau"]


def test_a_residence_or_palace_line_is_an_address_line_not_the_body() -> None:
    # Transliterated Russian and Indonesian words for a residence and a palace.
    who = interpret(["Ivan Obraztsov", "Rezidentsiya prezidenta", "ul. Primernaya 1", "Tashkent"])
    assert who.organisation is None
    assert who.address[0] == "Rezidentsiya prezidenta"
    who = interpret(["Budi Contoh", "Istana Merdeka", "Jl. Contoh No. 3", "Jakarta 10110"])
    assert who.organisation is None
    assert who.address[0] == "Istana Merdeka"
    # The body, then its seat, on one line: the body is the organisation.
    who = interpret(["Budi Contoh", "Kementerian Contoh, Gedung Utama", "Jl. Contoh No. 3"])
    assert (who.organisation, who.address[0]) == ("Kementerian Contoh", "Gedung Utama")


def test_an_embassy_copy_in_your_country_has_no_organisation_repeating_it() -> None:
    text = (
        "## Take action\n\n"
        "Write to:\n\n"
        "- **Prime Minister** – Ms Ana Vzor, Government House, 1 Example Road, Sampleton "
        "2001, Moldova. Email: pm@gov-example.md. Salutation: Dear Prime Minister\n"
        "- **Prosecutor General** – Mr Ion Model, 5 Sample Street, Sampleton 2005, Moldova. "
        "Salutation: Dear Prosecutor General\n\n"
        "Copies: the Embassy of Moldova in your country.\n"
    )
    copies = [r for r in found_recipients(text) if r["role"] == "copy"]
    assert copies
    assert all("organisation" not in r for r in copies)
    assert plain(copies[0]["name"]).startswith("Embassy of Moldova")


def test_a_fax_label_without_its_colon_is_the_field_not_an_address_line() -> None:
    text = (
        "Schicken Sie eine Kopie an:\n\n"
        "Botschaft der Republik Moldau\n"
        "Beispielstraße 4\n"
        "10115 Berlin\n"
        "Telefax 030 123 456 78\n"
    )
    (found,) = found_recipients(text)
    assert found["address"] == ["Beispielstraße 4", "10115 Berlin"]
    assert found["fax"] == ["030 123 456 78"]
    # A short number is no such field ("Tel 12" could be a house).
    who = interpret(["Ana Vzor", "Calle Falsa 3", "Fax 12"])
    assert who.address[-1] == "Fax 12"


def test_a_name_wrapped_in_a_narrow_column_keeps_its_family_names() -> None:
    # A family name alone under the given names, above the office or the body.
    who = interpret(
        ["Sra. Lucía Fernanda", "Modelo", "Ministra de Ejemplo", "Calle Falsa 3", "Lima"]
    )
    assert (who.name, who.title) == ("Sra. Lucía Fernanda Modelo", "Ministra de Ejemplo")
    who = interpret(["Jan Pieter", "van Voorbeeld", "Ministerie van Justitie", "Postbus 20301"])
    assert who.organisation == "Ministerie van Justitie"
    # A line that is a place or a body is no part of the name.
    who = interpret(["Ana Vzor", "Moldova", "Minister of Justice"])
    assert who.name == "Ana Vzor"


def test_address_lines_wrapped_in_a_narrow_column_are_one_line_again() -> None:
    who = interpret(
        ["Sra. Ana Modelo", "Ministra de Ejemplo", "Carrera 9 No.", "12-40", "Quito", "D.M.",
         "Ecuador"]
    )  # fmt: skip
    assert who.address == ["Carrera 9 No. 12-40", "Quito D.M."]
    who = interpret(["Juan Ejemplo", "Ministerio de Prueba", "Rua Falsa 77-", "103, Centro", "4000"
                     , "Porto"])  # fmt: skip
    assert who.address == ["Rua Falsa 77-103, Centro", "4000 Porto"]


def test_an_arabic_comma_parts_the_city_from_the_country() -> None:
    assert split_country("الرباط، المغرب") == ("الرباط", "المغرب", "MA")
    assert split_country("تهران، ایران") == ("تهران", "ایران", "IR")
