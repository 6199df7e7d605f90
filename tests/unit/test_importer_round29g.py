"""Round 29g: extra recipients. A recipient broken in two by a blank line or by its salutation
line (its head, "Embassy of X", above the block that gives its address and e-mail) was read
as two: the head alone, and a nameless "TODO" block. Each on a short invented text."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.recipients import _two_people, _with_head

_TEXT = """URGENT ACTION
Invented Land: teacher held without charge

Brant Ollow, a teacher, was arrested on 3 March 2031.

Please write to:

President of the Republic
Ms Ilsa Varnow

Presidential Palace
1 Palace Square
Vornik City 4400
Twitter: @presidency_example

Copies to:

Embassy of Invented Land
Salutation: Your Excellency

7 Mock Street
London W9 9ZZ
Email: emb@invented.example
"""


def _recipients(text: str) -> list[dict[str, Any]]:
    return list(import_document(text, source="x.txt", language="en").case["recipients"])


def test_a_head_and_its_address_broken_by_the_salutation_are_one_recipient() -> None:
    found = _recipients(_TEXT)
    copies = [r for r in found if r["role"] == "copy"]
    assert [r["name"] for r in copies] == ["Embassy of Invented Land"]
    assert copies[0]["email"] == ["emb@invented.example"]
    assert copies[0]["address"] == ["7 Mock Street", "London W9 9ZZ"]
    assert not any(str(r["name"]).startswith("TODO") for r in found)


def test_the_head_gives_the_name_title_or_office() -> None:
    # The body has a name of its own: it stays, and takes the head's title.
    merged = _with_head(
        {"name": "Republic of Invented Land", "title": "Prosecutor General"},
        {"name": "Mr Corvin Dalesh", "organisation": "Prosecutor's Office", "address": ["1 Rd"]},
    )
    assert merged["name"] == "Mr Corvin Dalesh"
    assert merged["title"] == "Prosecutor General"
    # The head names an official by title, the body only the building: the official's name.
    merged = _with_head(
        {"name": "Ms Ilsa Varnow", "title": "President"},
        {"name": "Presidential Palace", "address": ["1 Palace Square"]},
    )
    assert merged["name"] == "Ms Ilsa Varnow"
    assert merged["organisation"] == "Presidential Palace"
    assert merged["address"] == ["1 Palace Square"]
    # An office alone over a named person: the person, under the office as their title.
    merged = _with_head(
        {"name": "Commissioner for Fair Trials"},
        {"name": "Ms Oda Prell", "address": ["2 Court Lane"], "email": ["oda@fair.example"]},
    )
    assert merged["name"] == "Ms Oda Prell"
    assert merged["title"] == "Commissioner for Fair Trials"
    assert "organisation" not in merged


def test_two_officials_one_under_the_other_stay_two() -> None:
    assert _two_people(
        {"name": "Ms Ilsa Varnow", "title": "President"},
        {"name": "Mr Corvin Dalesh", "title": "Minister of Justice", "address": ["1 Rd"]},
    )
    assert not _two_people(
        {"name": "Embassy of Invented Land"},
        {"name": "TODO: the name of this recipient", "address": ["7 Mock Street"]},
    )


def test_a_press_desk_or_a_contact_line_opens_the_publishers_own_block() -> None:
    from appeal_tui.core.importer.phrases import PUBLISHER_CONTACT

    for line in [
        "Contatti per la stampa: Mira Tolvane, ufficio stampa",
        "Para contactar al Secretariado: línea de urgencia",
        "For further details contact Oren Pask at the Example Network",
        "So erreichen Sie uns",
        "Press contact: Ada Voss",
    ]:
        assert PUBLISHER_CONTACT.match(line), line
    for line in ["Presidente della Repubblica", "Ministro de Justicia", "Press Secretary"]:
        assert not PUBLISHER_CONTACT.match(line), line
