"""Round 28f: a recipient's detail fields (invented texts; no sample's names, places or
sentences): a salutation without what a page ran onto its line."""

from __future__ import annotations

from appeal_tui.core.importer.contact_fields import parse_salutation
from importer_reading import recipients as _recipients


def test_salutation_ends_before_what_the_page_ran_onto_it() -> None:
    # A bracket the salutation never opened, a footer's separator, a label's colon, a
    # bracketed aside with a label: the salutation ends before each, in any language.
    assert parse_salutation("Dear Governor). Write in English or Lorvish", "en") == "Dear Governor"
    assert parse_salutation("Your Excellency · Stamps: 2.10 (up to 20 g)", "en") == (
        "Your Excellency"
    )
    assert parse_salutation("Szanowny Panie Ministrze (po angielsku: Dear Minister)", "pl") == {
        "pl": "Szanowny Panie Ministrze"
    }
    assert parse_salutation("Dear Commissioner |", "en") == "Dear Commissioner"
    # A bracket of its own and two languages stay as they were.
    assert parse_salutation("Dear Minister / Estimado Señor Ministro", "en") == {
        "en": "Dear Minister",
        "es": "Estimado Señor Ministro",
    }


def test_labelled_salutation_with_a_run_on_footer() -> None:
    text = "\n".join(
        [
            "URGENT ACTION",
            "",
            "Please write to:",
            "",
            "Governor Tomas Albrecht",
            "Office of the Governor",
            "12 Quarry Lane",
            "Brookvale 40411",
            "Salutation: Dear Governor · Postage to Brookvale: 1.90 (up to 20 g)",
            "",
            "Please write before 3 March 2031.",
        ]
    )
    (entry,) = _recipients(text, source="action.txt")
    assert entry["salutation"] == "Dear Governor"


def test_house_number_alone_under_its_street() -> None:
    # A form with a field per part prints the house number on its own line under the street
    # (in any language): one postal line, not two.
    text = "\n".join(
        [
            "URGENT ACTION",
            "",
            "Please write to:",
            "",
            "Minister Ilona Varga",
            "Ministry of Waterways",
            "Ulitsa Primernaya",
            "No: 48",
            "123456 Lakeside",
            "Salutation: Dear Minister",
            "",
            "Please write before 3 March 2031.",
        ]
    )
    (entry,) = _recipients(text, source="action.txt")
    assert entry["address"] == ["Ulitsa Primernaya No: 48", "123456 Lakeside"]
