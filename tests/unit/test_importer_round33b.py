"""Round 33b: a recipient collapsed by a wrong name. A name read that names a state ("Republic
of X (Police)", "King of X", "General Prosecutor's Office of the Republic of X") is an office's
or a body's words; when a line of the block's head is a person's name (alone, after a rank or
an office word, or after a courtesy), that line is the name
(`recipient_lines._person_beside_state`). On short invented texts; guard: a body naming a
state with no person in its head stays the recipient's name."""

from __future__ import annotations

from importer_reading import recipients as _recipients


def _text(block: str, heading: str = "PLEASE WRITE IMMEDIATELY") -> str:
    return f"""URGENT ACTION
Baker detained

Tom Kvel, a baker, was arrested on 3 March 2026.

{heading}

{block}
"""


_WRAPPED_OFFICE = """Kepala Kepolisian Negara
Republik Estonia (Kapolnes)
Jenderal Pol. Arvo Kask Tammik
Markas Besar Polnes
Jl. Lindeni No. 12
Tallinn 10115
Estonia
Email: kapolnes@polnes.example"""


def test_a_state_line_under_an_office_is_no_name() -> None:
    found = _recipients(_text(_WRAPPED_OFFICE, "Kirim surat kepada"), language="id")
    assert "Arvo Kask Tammik" in found[0]["name"]
    assert "Republik Estonia" in str(found[0].get("title"))


_RANK_ABOVE_BODY = """Riksadvokat Hanne Solvik
Generalprokuratura Respubliki Moldova
Lindeni 22
2001 Valeni
Moldova"""


def test_a_name_after_an_office_word_above_a_state_body() -> None:
    found = _recipients(_text(_RANK_ABOVE_BODY, "SKRIV TIL"), language="nb")
    assert found[0]["name"] == "Hanne Solvik"
    assert found[0]["title"] == {"nb": "Riksadvokat"} or found[0]["title"] == "Riksadvokat"
    assert "Generalprokuratura" in str(found[0].get("organisation"))


_KING_ABOVE = """Re di Estonia
Sua Maesta' Aleki Fonua bin Vaha
Ufficio di Sua Maesta' il Re
Palazzo Verdino
PO Box 321
Tallinn, Estonia"""


def test_a_name_after_a_courtesy_under_a_state_office() -> None:
    found = _recipients(_text(_KING_ABOVE, "Scrivete a:"), language="it")
    assert "Aleki Fonua bin Vaha" in found[0]["name"]
    assert "Re di Estonia" in str(found[0].get("title"))


_EMBASSY = """Embassy of the Republic of Estonia
12 Linden Road
London W1 4QQ
United Kingdom"""


def test_a_body_naming_a_state_stays_named() -> None:
    found = _recipients(_text(_EMBASSY, "Write to:"), language="en")
    assert found[0]["name"] == "Embassy of the Republic of Estonia"


_HEADING_ABOVE_OFFICE = """NEW – added in this update
Director, Harbour Investigation Bureau
Senior Inspector Lena Marsh Okafor
Harbour Investigation Bureau
7 Dock Street
Port Alder, Estonia"""


def test_a_heading_above_an_office_and_its_body_is_no_name() -> None:
    found = _recipients(_text(_HEADING_ABOVE_OFFICE, "Write to:"), language="en")
    assert "Lena Marsh Okafor" in found[0]["name"]
    assert found[0]["title"] == "Director, Harbour Investigation Bureau"


_BODY_OVER_BUILDING = """Valeni Cumhuriyet Başsavcılığı
(State prosecution in Valeni)
Lindeni Adliyesi
12 Linden Road
2001 Valeni
Moldova"""


def test_a_building_under_a_state_body_is_no_person() -> None:
    found = _recipients(_text(_BODY_OVER_BUILDING, "Write to:"), language="en")
    assert found[0]["name"] != "Lindeni Adliyesi"
