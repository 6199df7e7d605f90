"""Round 34e: a recipient printed again (the model letter's inside address under the blocks, a
label sheet's copy) with a longer form of the same name ("Commodore X Y" of "X Y", "Monsieur X
Y Président de ..." of "Monsieur X Y") and the same address is the same recipient, not one
more (`recipients._repeated_entries`). Guard: the same name at another address (an embassy in
two capitals) is two recipients. Invented texts."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.recipients import _same_entry
from importer_reading import recipients as _recipients

_LETTER_REPEATS = """URGENT ACTION
Baker detained

Tom Kvel, a baker, was arrested on 3 March 2026.

PLEASE WRITE IMMEDIATELY TO:

Arvo Kask Tammik
Prime Minister
Office of the Prime Minister
PO Box 4411, Government Buildings
Valeni

COPIES TO:

Embassy of the Republic of Oslandia
12 Lindeni Road
1000 Bruxelles

MODEL LETTER

Admiral Arvo Kask Tammik
Prime Minister
Office of the Prime Minister
PO Box 4411, Government Buildings
Valeni

Dear Prime Minister,

I am writing to ask for the release of Tom Kvel.
"""


@pytest.mark.parametrize(
    "again",
    [
        "Commodore Arvo Kask Tammik",
        "His Excellency Dr. Arvo Kask Tammik",
        "Arvo Kask Tammik, Prime Minister",
    ],
)
def test_the_model_letters_inside_address_is_no_second_recipient(again: str) -> None:
    text = _LETTER_REPEATS.replace("Admiral Arvo Kask Tammik", again)
    found = _recipients(text, language="en")
    names = [str(r["name"]) for r in found]
    assert sum("Arvo Kask Tammik" in n for n in names) == 1, names
    assert len(found) == 2, names


_TWO_CAPITALS = """URGENT ACTION
Baker detained

Tom Kvel, a baker, was arrested on 3 March 2026.

PLEASE WRITE IMMEDIATELY TO:

Arvo Kask Tammik
Prime Minister
Office of the Prime Minister
PO Box 4411
Valeni

COPIES TO:

Embassy of the Republic of Oslandia
12 Lindeni Road
1000 Bruxelles

Embassy of the Republic of Oslandia
7 Harbour Street
2500 Den Haag
"""


def test_the_same_body_at_another_address_stays_two() -> None:
    found = _recipients(_TWO_CAPITALS, language="en")
    embassies = [r for r in found if "Embassy" in str(r["name"])]
    assert len(embassies) == 2, [r["name"] for r in found]


def _people(text: str, language: str) -> list[str]:
    case = import_document(text, source="x.txt", language=language).case
    return [str(p.get("name")) for p in case.get("people", [])]


_SENDER_STREET = """URGENT ACTION
Baker detained

Tom Kvel, a baker, was arrested on 3 March 2026. Tom Kvel is held without charge.

Please write to the Minister of Justice and ask for the release of Tom Kvel.

Return this form to: Valeni Rights Group, Old Tannery Lane 17, 21335 Lindenau.
Responsible: R. Ossa, Old Tannery Lane 17, 21335 Lindenau · Donations welcome.
"""

_NUMBER_FIRST = """URGENT ACTION
Baker detained

Tom Kvel, a baker, was arrested on 3 March 2026. Tom Kvel is held without charge.

Valeni Rights Group, The Action Centre, 17-25 Harrow Mill Yard,
Lindenau EC9 3ZZ. Registered charity no. 1234567.
Valeni Rights Group, 17-25 Harrow Mill Yard, Lindenau.
"""


@pytest.mark.parametrize(
    ("text", "street"),
    [(_SENDER_STREET, "Old Tannery Lane"), (_NUMBER_FIRST, "Harrow Mill Yard")],
    ids=["number-after", "number-first"],
)
def test_a_street_beside_its_house_number_is_no_person_at_risk(text: str, street: str) -> None:
    people = _people(text, "en")
    assert "Tom Kvel" in people
    assert street not in people


def test_a_person_with_an_age_after_a_comma_stays() -> None:
    text = _SENDER_STREET.replace("Tom Kvel, a baker,", "Tom Kvel, 34, a baker,")
    assert "Tom Kvel" in _people(text, "en")


# Mend 34e: a repeat is the same person, nothing of it in conflict. An office or a body named
# as the recipient is never the same recipient by its name alone.

_OFFICE_AND_DEPUTY = """URGENT ACTION
Teacher detained

Mira Tolst, a teacher, was arrested on 9 May 2026 in Korvala.

PLEASE WRITE IMMEDIATELY TO:

Minister of Waterways
Ministry of Waterways
Lantern Square 8
Korvala 2020
Oslandia

COPIES TO:

Deputy Minister of Waterways
Ministry of Waterways
Lantern Square 8
Korvala 2020
Oslandia
"""

_HEAD_AND_STAFF = """URGENT ACTION
Teacher detained

Mira Tolst, a teacher, was arrested on 9 May 2026 in Korvala.

PLEASE WRITE IMMEDIATELY TO:

President of the Federation
Federal Palace
Lantern Square 2
Korvala 2020
Oslandia
Fax: +371 6700 1111

COPIES TO:

Chief of Staff to the President of the Federation
Federal Palace
Lantern Square 2
Korvala 2020
Oslandia
Email: staff@federation.example
"""

_EMBASSY_NO_STREET = """URGENT ACTION
Teacher detained

Mira Tolst, a teacher, was arrested on 9 May 2026 in Korvala.

PLEASE WRITE IMMEDIATELY TO:

Peto Varn
Minister of Waterways
Ministry of Waterways
Lantern Square 8
Korvala 2020
Oslandia

COPIES TO:

Embassy of Oslandia
44 Quince Road
1000 Bruxelles
Belgium

Embassy of Oslandia
Email: ottawa@oslandia.example
Fax: +1 613 555 0199
"""

_MINISTER_AND_VICE_JA = """緊急行動
教師が拘束される

教師の田中春樹さんが2026年5月9日に逮捕されました。

宛先：

法務大臣
法務省
〒123-4567 東京都架空区中央3-2-1

写し：

法務副大臣
法務省
〒123-4567 東京都架空区中央3-2-1
"""


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (_OFFICE_AND_DEPUTY, "en", "Deputy Minister of Waterways"),
        (_HEAD_AND_STAFF, "en", "Chief of Staff to the President of the Federation"),
        (_MINISTER_AND_VICE_JA, "ja", "法務副大臣"),
    ],
    ids=["deputy", "chief-of-staff", "ja-vice-minister"],
)
def test_another_office_at_the_same_address_stays(text: str, language: str, second: str) -> None:
    found = _recipients(text, language=language)
    assert len(found) == 2, [(r["name"], r.get("title")) for r in found]
    assert any(second in f"{r['name']} {r.get('title')}" for r in found)


def test_the_chief_of_staffs_email_stays_his() -> None:
    found = _recipients(_HEAD_AND_STAFF, language="en")
    head = next(r for r in found if r["name"] == "President of the Federation")
    assert not head.get("email"), head


def test_an_embassy_with_no_street_is_not_the_one_with_a_street() -> None:
    found = _recipients(_EMBASSY_NO_STREET, language="en")
    embassies = [r for r in found if "Embassy" in str(r["name"])]
    assert len(embassies) == 2, [(r["name"], r.get("address")) for r in found]
    with_street = next(r for r in embassies if r.get("address"))
    assert not with_street.get("fax") and not with_street.get("email"), with_street


def test_the_same_person_with_another_email_is_no_repeat() -> None:
    first = {
        "name": "Arvo Kask Tammik",
        "title": "Prime Minister",
        "address": ["PO Box 4411", "Valeni"],
        "email": ["pm@office.example"],
    }
    again = dict(first, name="Dr. Arvo Kask Tammik", email=["deputy@office.example"])
    assert _same_entry(first, dict(again, email=None))
    assert not _same_entry(first, again)
    assert not _same_entry(first, dict(again, email=None, address=None))


# Mend 34e: a number after a name with only a comma or the line's end next is an age as
# often as a house number; the person stays.

_AGE_AFTER_NAME = """URGENT ACTION
PELLA DORN: STUDENT DETAINED

The student Pella Dorn 19, was arrested on 9 May 2026 in Korvala after a peaceful protest.

Please write to the Minister of Waterways and ask for her release.
"""

_AGES_LISTED = """URGENT ACTION
PELLA DORN AND JARO VENT DETAINED

Students Dorn and Vent were arrested on 9 May 2026 in Korvala after a peaceful protest.

Name and age:
Pella Dorn 19
Jaro Vent 27

Please write to the Minister of Waterways and ask for their release.
"""

_AGES_JA = """緊急行動
学生2人が拘束される

学生の田中春樹さんと佐藤夏美さんが2026年5月9日に逮捕されました。田中春樹さんは拘束中に暴行を受けました。

拘束されている人：
田中春樹 21歳
佐藤夏美 19歳

法務大臣に手紙を書いて、2人の釈放を求めてください。
"""


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (_AGE_AFTER_NAME, "en", "Pella Dorn"),
        (_AGES_LISTED, "en", "Pella Dorn"),
        (_AGES_LISTED, "en", "Jaro Vent"),
        (_AGES_JA, "ja", "田中春樹"),
    ],
    ids=["age-comma", "age-list", "age-list-2", "ja-age"],
)
def test_a_person_with_an_age_after_the_name_stays(text: str, language: str, person: str) -> None:
    assert person in _people(text, language)


def test_a_street_word_with_its_number_at_the_line_end_is_no_person() -> None:
    text = _SENDER_STREET.replace(
        "Return this form to: Valeni Rights Group, Old Tannery Lane 17, 21335 Lindenau.",
        "Return this form to:\nValeni Rights Group\nOld Tannery Lane 17",
    ).replace(
        "Responsible: R. Ossa, Old Tannery Lane 17, 21335 Lindenau", "R. Ossa, Old Tannery Lane 17,"
    )
    people = _people(text, "en")
    assert "Tom Kvel" in people
    assert "Old Tannery Lane" not in people


def test_an_office_and_its_gloss_are_one_title_a_deputy_is_not() -> None:
    first = {
        "name": "Arvo Kask Tammik",
        "title": "Minister of Waterways, Ministro delle Vie d'Acqua",
        "address": ["Lantern Square 8", "Korvala 2020"],
    }
    assert _same_entry(first, dict(first, title="Minister of Waterways"))
    assert not _same_entry(first, dict(first, title="Deputy Minister of Waterways"))
