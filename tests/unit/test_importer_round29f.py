"""Session 29, round 29f: misreadings the third review of session 28 listed, and
salutations; each on an invented text (names, streets, numbers invented)."""

from __future__ import annotations

from typing import Any

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.layout import document_lines
from appeal_tui.core.importer.recipient_lines import _unwrapped_address
from appeal_tui.core.importer.recipients import _blocks_by_look


def _case(text: str) -> dict[str, Any]:
    return import_document(text, source="action.txt").case


# 1. A street named after a date, on one line with its postcode and place: the line is an
# address's, and the greeting under it stays the block's.
_DATE_STREETS = {
    "es": (
        "ACCIÓN URGENTE\n\nBruno Caldera Ruiz, maestro, fue detenido el 4 de mayo de 2031.\n\n"
        "Escriban a:\n\nTadeo Welkin, Ministro\nCalle 9 de Agosto 41, 06000 Lorvale\n"
        "Señor Ministro\n",
        "Señor Ministro",
    ),
    "fr": (
        "ACTION URGENTE\n\nBruno Caldier, enseignant, a été arrêté le 4 mai 2031.\n\n"
        "Écrivez à :\n\nTadeo Welkin, Ministro\nRue du 9 Août 41, 75099 Lorvale\n"
        "Monsieur le Ministre\n",
        "Monsieur le Ministre",
    ),
    "ro": (
        "ACȚIUNE URGENTĂ\n\nBruno Caldaru, profesor, a fost arestat la 4 mai 2031.\n\n"
        "Scrieți la:\n\nTadeo Welkin, Ministro\nStr. 9 August 41, 010099 Lorvale\n"
        "Domnule Ministru\n",
        "Domnule Ministru",
    ),
}


@pytest.mark.parametrize("language", sorted(_DATE_STREETS))
def test_street_named_after_a_date_keeps_the_block_greeting(language: str) -> None:
    text, greeting = _DATE_STREETS[language]
    [recipient] = _case(text)["recipients"]
    assert recipient.get("salutation") == {language: greeting}
    assert len(recipient["address"]) == 1


# 2, 3. The fallback by look: a block headed by an office and a name is a recipient's, last
# on the page, with its office's web site, or under a model letter's closing.
_LAST_BLOCK = {
    "en": (
        "URGENT ACTION\n\nMara Lindqvist, a teacher, was arrested on 4 May 2031 in Lorvale.\n\n"
        "Minister of Justice\nTomas Welkin\nMinistry of Justice\n12 Harbour Road\n"
        "Lorvale 10020\nTel: +99 555 0101\n{web}"
    ),
    "de": (
        "EILAKTION\n\nMara Lindqvist, Lehrerin, wurde am 4. Mai 2031 festgenommen.\n\n"
        "Justizminister\nTomas Welkin\nJustizministerium\nHafenstraße 12\n10020 Lorvale\n"
        "Tel: +99 555 0101\n{web}"
    ),
}


@pytest.mark.parametrize("language", sorted(_LAST_BLOCK))
@pytest.mark.parametrize("web", ["", "www.justice.example.gov\n"])
def test_last_block_or_one_with_a_web_site_found_by_look(language: str, web: str) -> None:
    lines = document_lines(_LAST_BLOCK[language].format(web=web), join_items=True)
    blocks = _blocks_by_look(lines, set())
    assert [b.lines[1] for b in blocks] == ["Tomas Welkin"]


def test_a_sender_footer_stays_out_of_the_fallback() -> None:
    text = _LAST_BLOCK["en"].format(web="") + (
        "\nFriends of Lorvale Group 5\n3 Elm Lane\nLorvale 10021\nwww.group5.example.org\n"
    )
    blocks = _blocks_by_look(document_lines(text, join_items=True), set())
    assert [b.lines[1] for b in blocks] == ["Tomas Welkin"]


_AFTER_CLOSING = {
    "en": (
        "URGENT ACTION\n\nMara Lindqvist, a teacher, was arrested on 4 May 2031.\n\n"
        "Dear Minister,\nI ask you to release Mara Lindqvist at once.\nYours sincerely,\n\n"
        "Minister of Justice\nTomas Welkin\nMinistry of Justice\n12 Harbour Road\n"
        "Lorvale 10020\nTel: +99 555 0101\n\nPlease also send a copy to your embassy.\n"
    ),
    "de": (
        "EILAKTION\n\nMara Lindqvist, Lehrerin, wurde am 4. Mai 2031 festgenommen.\n\n"
        "Sehr geehrter Herr Minister,\nich bitte Sie, Mara Lindqvist freizulassen.\n"
        "Mit freundlichen Grüßen\n\nJustizminister\nTomas Welkin\nJustizministerium\n"
        "Hafenstraße 12\n10020 Lorvale\nTel: +99 555 0101\n\n"
        "Bitte schicken Sie auch eine Kopie an die Botschaft.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_AFTER_CLOSING))
def test_block_under_a_model_letters_closing_found_by_look(language: str) -> None:
    blocks = _blocks_by_look(document_lines(_AFTER_CLOSING[language], join_items=True), set())
    assert [b.lines[1] for b in blocks] == ["Tomas Welkin"]


# 4. A courtesy word that is a name word elsewhere is dropped in its own language.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "TINDAKAN MENDESAK\n\nPak Darmo Wiryanto, seorang guru berusia 45 tahun, ditangkap "
            "pada 4 Mei 2031 di Lorvale. Pak Darmo Wiryanto belum bertemu pengacara. Puan Sari "
            "Kemuning juga ditahan.\n\nSilakan kirim surat sebelum 20 Juni 2031 kepada:\n\n"
            "Menteri Dalam Negeri\nTomas Welkin\nJalan Merdeka 5\nLorvale\n",
            ["Darmo Wiryanto", "Sari Kemuning"],
        ),
        (
            "ТЕРМІНОВА АКЦІЯ\n\nПан Остап Дубчак, вчитель, 45 років, був затриманий 4 травня "
            "2031 року в Лорвалі. Пан Остап Дубчак досі не бачив адвоката.\n\n",
            ["Остап Дубчак"],
        ),
    ],
)
def test_courtesy_word_of_the_texts_language_is_dropped(text: str, people: list[str]) -> None:
    assert [p["name"] for p in _case(text)["people"]] == people


# 5. An order to act opening the sentence makes a story's "before"/"until" a deadline.
@pytest.mark.parametrize(
    "text",
    [
        "AZIONE URGENTE\n\nGianni Ferro, insegnante, è stato arrestato il 4 maggio 2031.\n\n"
        "Agite prima dell'8 giugno 2031.\n",
        "KIIREELLINEN VETOOMUS\n\nJuhani Korpela, opettaja, pidätettiin 4. toukokuuta 2031."
        "\n\nToimi 8. kesäkuuta 2031 asti.\n",
    ],
)
def test_order_to_act_before_a_story_word_gives_the_deadline(text: str) -> None:
    assert str(_case(text)["deadline"]) == "2031-06-08"


def test_story_before_word_without_an_order_stays_no_deadline() -> None:
    text = (
        "AZIONE URGENTE\n\nGianni Ferro, insegnante, è stato arrestato prima dell'8 marzo "
        "2031, quando la polizia è entrata nella sua casa.\n"
    )
    assert _case(text).get("deadline") is None


# 6. "N° CODE – Country" heading the page.
@pytest.mark.parametrize(
    ("head", "reference"),
    [
        ("N° 031/QRS/2031 – Lorvanie\nACTION URGENTE", "N° 031/QRS/2031"),
        ("No. 07/XYZ/2031 – Lorvania\nURGENT ACTION", "No. 07/XYZ/2031"),
        ("Nr. 07/XYZ/2031 – Lorvanien\nEILAKTION", "Nr. 07/XYZ/2031"),
    ],
)
def test_number_sign_code_and_country_heading_is_the_reference(head: str, reference: str) -> None:
    body = "\n\nJean Dupré, enseignant, a été arrêté le 4 mai 2031 à Lorvale.\n"
    assert _case(head + body)["reference"] == reference


def test_house_number_with_a_street_is_still_no_reference() -> None:
    body = "\n\nJean Dupré, enseignant, a été arrêté le 4 mai 2031 à Lorvale.\n"
    assert _case("N° 12-B, rue Haute\nACTION URGENTE" + body).get("reference") is None


# 7. A street named without its street word keeps its house number when the postcode and
# place follow the number.
@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Малая Рябинова", "17а", "123456 Лорвал"], ["Малая Рябинова 17а", "123456 Лорвал"]),
        (["Нова Садова", "12", "01001 Лорвал"], ["Нова Садова 12", "01001 Лорвал"]),
        (["Kraljice Vesne", "12", "10000 Lorvale"], ["Kraljice Vesne 12", "10000 Lorvale"]),
    ],
)
def test_house_number_alone_joins_a_street_without_its_word(
    lines: list[str], joined: list[str]
) -> None:
    assert _unwrapped_address(lines) == joined


def test_lone_number_with_nothing_below_stays() -> None:
    assert _unwrapped_address(["Capital City", "2"]) == ["Capital City", "2"]


# Salutations: a label "opening formula" / "introduction" over the greeting, and Italian
# greetings.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AZIONE URGENTE\n\nGianni Ferro, insegnante, è stato arrestato il 4 maggio 2031.\n\n"
            "Scrivete a:\n\nMinistro dell'Interno\nTommaso Welkin\nVia Lunga 8\n00100 Lorvale\n"
            "Formula di apertura: Signor Ministro,\n",
            {"it": "Signor Ministro"},
        ),
        (
            "BLIXTAKTION\n\nMara Lindqvist, lärare, greps den 4 maj 2031.\n\nSkriv till:\n\n"
            "Justitieminister\nTomas Welkin\nHamnvägen 12\n10020 Lorvale\n"
            "Inledning: Your Excellency\n",
            "Your Excellency",
        ),
    ],
)
def test_opening_formula_label_gives_the_greeting(text: str, expected: Any) -> None:
    [recipient] = _case(text)["recipients"]
    assert recipient.get("salutation") == expected
