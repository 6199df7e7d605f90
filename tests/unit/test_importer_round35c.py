"""Round 35c: the order of lines inside a recipient block. Which line is the person, which
the office, which the body, told by features that hold across languages: a person's name
printed in two scripts on one line ("Name / Имя", "Name (Имя)", "김철수 (金哲洙)") is the
person's line wherever it stands, above or below the office; a courtesy word of the tables
opens a name in a script without capitals; a body's name that ends on its state's word and
wraps its state's name onto the next line, above the street, is one line. Invented texts."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from importer_reading import appeal_with as _letter
from importer_reading import plain as _plain
from importer_reading import recipients as _recipients


def test_lithuanian_office_over_a_name_in_two_scripts() -> None:
    # lt office, then the name in Latin and Cyrillic letters, then the body in Russian.
    found = _recipients(
        _letter(
            "Vidaus reikalų ministras\nOleg Varnik / Олег Варник\n"
            "Министерство внутренних дел\nул. Садовая, 14\n220050 г. Варнгольт\nОстравия"
        )
    )
    assert len(found) == 1
    assert found[0]["name"] == "Oleg Varnik / Олег Варник"
    assert _plain(found[0].get("title")) == "Vidaus reikalų ministras"
    assert _plain(found[0].get("organisation")) == "Министерство внутренних дел"


def test_english_office_over_a_name_with_its_other_script_in_brackets() -> None:
    found = _recipients(
        _letter(
            "Prosecutor General\nIrina Solvak (Ирина Сольвак)\n"
            "Office of the Prosecutor General\nHarbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert len(found) == 1
    assert found[0]["name"] == "Irina Solvak (Ирина Сольвак)"
    assert _plain(found[0].get("title")) == "Prosecutor General"
    assert _plain(found[0].get("organisation")) == "Office of the Prosecutor General"


def test_czech_office_over_a_name_in_two_scripts() -> None:
    found = _recipients(
        _letter(
            "Ministr vnitra\nPavel Ostrý / Павел Острый\nMinisterstvo vnitra\n"
            "Nad Štolou 3\n170 34 Praha 7",
            heading="DOPISY ZASÍLEJTE NA:",
        )
    )
    assert len(found) == 1
    assert found[0]["name"] == "Pavel Ostrý / Павел Острый"
    assert _plain(found[0].get("title")) == "Ministr vnitra"
    assert _plain(found[0].get("organisation")) == "Ministerstvo vnitra"


def test_tamil_courtesy_with_full_stop_opens_the_name_over_the_office() -> None:
    # ta "Mr." with its full stop, a name, the inspector general of police, headquarters.
    found = _recipients(
        _letter("திரு. கமல் விஜேரத்ன\nபொலிஸ்மா அதிபர்\nபொலிஸ் தலைமையகம்\nகொழும்பு 01\nஇலங்கை")
    )
    assert len(found) == 1
    assert found[0]["name"] == "திரு. கமல் விஜேரத்ன"
    assert _plain(found[0].get("title")) == "பொலிஸ்மா அதிபர்"
    assert _plain(found[0].get("organisation")) == "பொலிஸ் தலைமையகம்"


def test_tamil_office_over_the_courted_name() -> None:
    found = _recipients(
        _letter("பொலிஸ்மா அதிபர்\nதிரு. கமல் விஜேரத்ன\nபொலிஸ் தலைமையகம்\nகொழும்பு 01\nஇலங்கை")
    )
    assert len(found) == 1
    assert found[0]["name"] == "திரு. கமல் விஜேரத்ன"
    assert _plain(found[0].get("title")) == "பொலிஸ்மா அதிபர்"


def test_korean_name_with_its_han_form_in_brackets_is_the_name() -> None:
    found = _recipients(_letter("박서준 (朴瑞俊)\n법무부 장관\n(13809) 경기도 과천시 관문로 47"))
    assert len(found) == 1
    assert found[0]["name"] == "박서준 (朴瑞俊)"
    assert _plain(found[0].get("title")) == "법무부 장관"


def test_a_body_wrapped_before_its_state_is_one_line() -> None:
    # The state's name on its own line between the body and the street is the body's end.
    found = _recipients(
        _letter(
            "Oleg Varnik\nMinister of the Interior\nMinistry of the Interior of the Republic\n"
            "Malta\n14 Garden Street\n1200 Varnholt\nMalta"
        )
    )
    assert len(found) == 1
    assert _plain(found[0].get("organisation")) == (
        "Ministry of the Interior of the Republic Malta"
    )
    assert found[0]["address"] == ["14 Garden Street", "1200 Varnholt"]


def test_a_name_and_a_body_on_one_line_are_no_name_in_two_scripts() -> None:
    # Two parts that are not both names: an office and a name, or a name and a place.
    found = _recipients(_letter("Oleg Varnik / Министр\nMinistry of the Interior\nVarnholt"))
    assert len(found) == 1
    assert found[0]["name"] != "Oleg Varnik / Министр"


# Mend 35d: the Czech body words "Kancelář" (an office) and "Vláda" (the government) are
# also surnames; one ending a person's name marks no body.
_CS_LETTER = """NALÉHAVÁ AKCE
UA 56/26 Česko: Aktivista obviněn

Aktivista {person} byl obviněn z výtržnictví.

KOMU PSÁT:

Ministr spravedlnosti
{minister}
Ministerstvo spravedlnosti
Vyšehradská 16
128 10 Praha 2
Česká republika
Oslovení: Vážený pane ministře

Pište do 30. dubna 2026.
"""


def test_a_czech_surname_that_is_a_body_word_keeps_the_ministry_below_it() -> None:
    text = _CS_LETTER.format(person="Tomáš Novotný", minister="Pavel Kancelář")
    (minister,) = _recipients(text)
    assert minister["name"] == "Pavel Kancelář"
    assert _plain(minister.get("organisation")) == "Ministerstvo spravedlnosti"
    assert "Ministerstvo spravedlnosti" not in minister["address"]


def test_a_czech_surname_that_is_a_body_word_is_the_person_at_risk() -> None:
    text = _CS_LETTER.format(person="Tomáš Vláda", minister="Pavel Blažek")
    people = import_document(text, source="x.txt").case["people"]
    assert [p.get("name") for p in people] == ["Tomáš Vláda"]
