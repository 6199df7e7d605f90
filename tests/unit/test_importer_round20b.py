"""Round 20b: country names in the official languages of every territory, and a country
printed after the postcode on the city's line (texts of our own)."""

from __future__ import annotations

from appeal_tui.core.importer.countries import split_country


def test_country_in_a_language_the_search_does_not_fold() -> None:
    # Vietnamese, Albanian, Georgian, Thai and Nepali names, as CLDR writes them.
    assert split_country("Quận Ba Đình, Hà Nội, Việt Nam") == (
        "Quận Ba Đình, Hà Nội",
        "Việt Nam",
        "VN",
    )
    assert split_country("Tiranë, SHQIPËRI")[2] == "AL"  # type: ignore[index]
    assert split_country("Tbilisi, საქართველო")[2] == "GE"  # type: ignore[index]
    assert split_country("Bangkok, ไทย")[2] == "TH"  # type: ignore[index]
    assert split_country("Kathmandu, नेपाल")[2] == "NP"  # type: ignore[index]


def test_exact_names_are_not_words_of_other_languages() -> None:
    # Folded, Vietnamese "Áo" (Austria) is "ao"; Maori "Mari" (Mali) is a first name.
    assert split_country("Ao") is None
    assert split_country("Mari") is None
    assert split_country("Sehr geehrte Frau Mari,") is None


def test_country_after_the_postcode_without_a_comma() -> None:
    assert split_country("Osh 723500 Kyrgyzstan") == ("Osh 723500", "Kyrgyzstan", "KG")
    assert split_country("1000 Ljubljana Slovenija") == ("1000 Ljubljana", "Slovenija", "SI")
    assert split_country("Ulica 7, 21000 Split Hrvatska")[2] == "HR"  # type: ignore[index]


def test_a_city_named_as_its_country_or_a_heading_is_no_country_line() -> None:
    assert split_country("11560 México") is None  # the city
    assert split_country("Av. Norte, N.º 535, San Salvador") is None
    assert split_country("Via Mazzini, 10 – 00161 Roma") is None
    assert split_country("UA 12/08 Index: AMR 34/019/2008 Issued: 2 May 2008 GUATEMALA") is None


def test_names_cldr_shortens_for_lists() -> None:
    # "&" as the language's own "and", "St." as "Saint", a bracketed remark left out,
    # Hong Kong and Macao by their short names.
    assert split_country("Sarajevo, Bosnia and Herzegovina")[2] == "BA"  # type: ignore[index]
    assert split_country("Puerto España, Trinidad y Tobago")[2] == "TT"  # type: ignore[index]
    assert split_country("Castries, Saint Lucia")[2] == "LC"  # type: ignore[index]
    assert split_country("Москва, Гонконг")[2] == "HK"  # type: ignore[index]
    assert split_country("Wan Chai, Hong Kong")[2] == "HK"  # type: ignore[index]


def test_a_nameless_copy_made_of_sentence_ends_is_no_recipient() -> None:
    from appeal_tui.core.importer.recipients import _nameless_remark

    todo = "TODO: the name of this recipient"
    remark = {
        "role": "copy",
        "name": todo,
        "address": [
            "Haben Sie Fragen? Schreiben Sie an",
            "unser Büro oder rufen Sie uns an:",
            "Petra Muster, 030 123 45",
        ],
        "email": ["buero@example.org"],
    }
    assert _nameless_remark(remark)
    # An address without a name stays (a street and a city are no sentence), and so does
    # a copy with an office, or a primary recipient.
    assert not _nameless_remark({**remark, "address": ["Hauptstraße 5", "10115 Berlin"]})
    assert not _nameless_remark({**remark, "title": "Botschafter"})
    assert not _nameless_remark({**remark, "role": "primary"})
    assert not _nameless_remark({**remark, "address": []})
