"""Round 34e: a recipient printed again (the model letter's inside address under the blocks, a
label sheet's copy) with a longer form of the same name ("Commodore X Y" of "X Y", "Monsieur X
Y Président de ..." of "Monsieur X Y") and the same address is the same recipient, not one
more (`recipients._repeated_entries`). Guard: the same name at another address (an embassy in
two capitals) is two recipients. Invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from appeal_tui.core.importer import import_document


def _recipients(text: str, language: str) -> list[dict[str, Any]]:
    case = import_document(text, source="x.txt", language=language).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


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
    found = _recipients(text, "en")
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
    found = _recipients(_TWO_CAPITALS, "en")
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
