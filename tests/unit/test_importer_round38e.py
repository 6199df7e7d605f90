"""Round 38e: a code beside the issue date on a head line is the appeal's reference."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _reference(text: str) -> str | None:
    return import_document(text).case.get("reference")


_BODY = (
    "Teachers' union leader held without charge\n\n"
    "A teachers' union leader was arrested at her home and has been held for ten days.\n\n"
    "Please write to:\n\n"
    "Minister of Justice\nMinistry of Justice\n12 Harbour Road\nPort Velm, Norlandia\n"
)


def test_publisher_code_and_number_before_the_date_mark() -> None:
    text = "Quill Defence Network\n\nQDN UAX 31-07 · 4 March 2031\n\n" + _BODY
    assert _reference(text) == "QDN UAX 31-07"


def test_kind_and_number_before_the_date_under_a_long_site_menu() -> None:
    menu = "".join(f"Menu item {n}\n" for n in ("one", "two", "three", "four", "five", "six"))
    text = (
        "Quill Defence Network\n\n" + menu * 5 + "ACTION ALERT 31/07 · 9 October 2031\n\n" + _BODY
    )
    assert _reference(text) == "ACTION ALERT 31/07"


def test_code_after_a_number_sign_before_the_date() -> None:
    text = "Quill Defence Network\n\nQDN Appeal No. NV-2031-07 | 12 May 2031\n\n" + _BODY
    assert _reference(text) == "NV-2031-07"


def test_spanish_head_line() -> None:
    text = "Red Pluma\n\nRP AU 31-12 · 3 de mayo de 2031\n\n" + _BODY
    assert _reference(text) == "RP AU 31-12"


def test_no_date_after_the_mark_is_no_reference() -> None:
    text = "Quill Defence Network\n\nQDN UAX 07-12 · Norlandia\n\n" + _BODY
    assert _reference(text) is None


def test_a_sentence_before_the_date_is_no_reference() -> None:
    text = "Quill Defence Network\n\nHeld since 07-12 · 4 March 2031\n\n" + _BODY
    assert _reference(text) is None


def test_an_address_with_a_number_before_the_date_is_no_reference() -> None:
    text = "Quill Defence Network\n\nPO Box 12-31 | 4 March 2031\n\n" + _BODY
    assert _reference(text) is None


def test_a_place_or_a_phone_number_before_the_date_is_no_reference() -> None:
    for line in ("VELMORA 12-31 · 4 de marzo de 2031", "TEL 030-1234 · 4. März 2031"):
        text = "Quill Defence Network\n\n" + line + "\n\n" + _BODY
        assert _reference(text) is None, line


def test_a_name_with_a_number_before_the_date_is_no_reference() -> None:
    text = "Quill Defence Network\n\nWHO COVID-19 · 4 March 2031\n\n" + _BODY
    assert _reference(text) is None


# Round 38e (languages): a people's or a country's adjective after "the" is an addressee.


def _languages(text: str) -> list[str] | None:
    return import_document(text).stated_languages


_ASKS = "\n\n• release the union leader\n• drop all charges\n\n"


def test_write_to_the_authorities_of_a_people_names_no_language() -> None:
    text = (
        _BODY + "\nWhat you can do\n\nWrite to the Icelandic authorities, asking them to:" + _ASKS
    )
    assert _languages(text) is None


def test_hungarian_write_to_the_authorities_names_no_language() -> None:
    text = _BODY + "\nMit kérünk?\n\nÍrjon az észt hatóságoknak, és kérje, hogy:" + _ASKS
    assert _languages(text) is None


def test_a_country_closing_the_sentence_names_no_language() -> None:
    text = _BODY + "\nWhat can you do?\n\nWrite to the Minister of Justice of Estonia." + _ASKS
    assert _languages(text) is None


def test_write_in_the_language_is_still_read() -> None:
    text = _BODY + "\nWrite in the English language or in French:" + _ASKS
    assert _languages(text) == ["en", "fr"]


# Mend 38e: reviewer C's regressions of the round, read as main reads them.
_SKEL = (
    "URGENT ACTION\nTomas Verhoff, a journalist, was arrested on 2 February 2031.\n\n{L}\n\n"
    "Minister of Justice\nAdela Korvin\n14 Harbour Street\nMarsk 10021, Veltria\n"
    "Dear Minister,\nPlease write before 15 April 2031.\n"
)


def _skel_languages(line: str) -> list[str]:
    case = import_document(_SKEL.format(L=line)).case
    return list(case.get("languages") or [])


def test_czech_a_is_and_not_an_article() -> None:
    text = (
        "NALÉHAVÁ AKCE\nTomas Verhoff byl zatčen 2. února 2031.\n\n"
        "Pište stručně a anglicky na níže uvedenou adresu.\n\n"
        "Ministr spravedlnosti\nAdela Korvin\nHarbour Street 14\nMarsk 10021, Veltrie\n"
        "Pište do 15. dubna 2031.\n"
    )
    assert import_document(text).case.get("languages") == ["en"]


def test_an_article_before_a_language_asked_for() -> None:
    assert _skel_languages(
        "Please write a Spanish letter if you can, otherwise write in English."
    ) == [
        "es",
        "en",
    ]
    assert _skel_languages(
        "Letters may be written in English or the Tamil spoken by the family."
    ) == [
        "en",
        "ta",
    ]


def test_indonesian_name_closing_a_list_is_a_language() -> None:
    assert _skel_languages("Tulislah dalam bahasa Inggris atau Belanda.") == ["en", "nl"]


def test_minister_after_an_adjective_read_as_main() -> None:
    case = import_document(
        _SKEL.format(
            L="Preferred languages: Georgian, English. Write to the Georgian Minister of Justice."
        )
    ).case
    assert case["recipients"][0].get("name") == "Adela Korvin"


def test_other_documents_codes_before_a_date_are_no_reference() -> None:
    for line in (
        "CASE No. 31-07 · 4 March 2031",
        "TRIAL DAY 31-07 · 4 March 2031",
        "FLIGHT KL 31-07 · 4 March 2031",
        "MINISTRY OF JUSTICE 31-07 · 4 March 2031",
    ):
        assert _reference("Quill Defence Network\n\n" + line + "\n\n" + _BODY) is None
    related = "Quill Defence Network\n\nRelated actions:\nQDN UA 31-02 · 12 January 2031\n\n"
    assert _reference(related + _BODY) is None
