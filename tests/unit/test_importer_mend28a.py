"""Session 28 mend (mend28a): regressions of rounds 28a and 28f found by the reviewer, each on
an invented text."""

from __future__ import annotations

from typing import Any

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.contact_fields import parse_salutation
from appeal_tui.core.importer.recipient_lines import _unwrapped_address, interpret


def _case(text: str) -> dict[str, Any]:
    return import_document(text, source="action.txt").case


def _action(person: str) -> str:
    return "\n".join(
        [
            "URGENT ACTION",
            "TEACHER HELD",
            "",
            f"{person}, a 38-year-old teacher, was arrested on 4 May 2031 in Lorvale. "
            f"{person} has not seen a lawyer.",
            "",
            "Please write in English or your own language:",
            f"- Calling for {person} to be released at once;",
            "",
            "PLEASE SEND APPEALS BEFORE 20 JUNE 2031 TO:",
            "",
            "Minister of the Interior",
            "Tomas Welkin",
            "Ministry of the Interior",
            "5 Harbour Road",
            "Lorvale",
            "Salutation: Dear Minister",
        ]
    )


@pytest.mark.parametrize(
    "person", ["Pak Min Ho", "Tuan Anh Tran", "Gentile Paola Verdi", "Ilma Kovac Dedic"]
)
def test_courtesy_row_that_is_a_name_word_stays_in_a_person_at_risk(person: str) -> None:
    # A courtesy word of one language that is a given name or surname in another (Korean
    # "Pak", Vietnamese "Tuan", Italian "Gentile", Bosnian "Ilma") is part of the name.
    people = [p["name"] for p in _case(_action(person))["people"]]
    assert people == [person]


def test_colon_inside_a_word_does_not_cut_a_salutation() -> None:
    assert parse_salutation("Arvoisa EU:n lähettiläs", "fi") == {"fi": "Arvoisa EU:n lähettiläs"}
    assert parse_salutation("Bäste S:t Olofs kyrkoherde", "sv") == {
        "sv": "Bäste S:t Olofs kyrkoherde"
    }
    assert parse_salutation("Dear Governor Lind 2)", "en") == "Dear Governor Lind"
    assert parse_salutation("Dear Minister: write soon", "en") == "Dear Minister"


def test_numbered_place_above_the_name_is_kept() -> None:
    who = interpret(["Labour Camp No. 9", "Oskar Brandt", "Head of the Camp", "Northvale"])
    assert who.name == "Oskar Brandt"
    assert who.organisation == "Labour Camp No. 9"
    assert who.heads == []
    who = interpret(["Wing 3, State Compound", "Lena Moor", "Minister of Water", "Northvale"])
    assert who.organisation == "Wing 3, State Compound"


def test_lone_number_joins_only_a_street() -> None:
    assert _unwrapped_address(["Northvale", "7"]) == ["Northvale", "7"]
    assert _unwrapped_address(["Linden Road", "7"]) == ["Linden Road 7"]
    assert _unwrapped_address(["Via Orsini", "12"]) == ["Via Orsini 12"]
