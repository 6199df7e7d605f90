"""Round 36b: recipients the importer missed entirely. (1) After a blank line below a block
that has ended (its fields, or a country or postcode and place as its last line), a line that
goes on with no address opens the next block, whatever it names; (2) a copies heading
introduces the block right under it (a rule line under the heading between them at most), as
"Write to:" introduces its blocks. Invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from appeal_tui.core.importer import import_document, read_document
from importer_reading import recipients as _recipients


def _named(text: str, part: str) -> dict[str, Any]:
    found = [r for r in _recipients(text) if part in str(r.get("name") or "")]
    assert len(found) == 1, [r.get("name") for r in _recipients(text)]
    return found[0]


_STORY = """URGENT ACTION

Journalist held for a cartoon

The cartoonist Lemmo Farrasted was arrested in Orlovka on 4 May 2026 for a drawing of the
governor and has been held without charge since. He has not seen a lawyer.

"""


def test_newspaper_after_embassy_fields_is_a_copy_of_its_own() -> None:
    text = (
        _STORY
        + """WRITE TO:

Minister of Justice
Ms Ardeth Quillon
Ministry of Justice
12 Harbour Street
4411 Orlovka
LESOTHO
Fax: +77 12 345 678

COPIES TO:

Embassy of Lesotho
22 Linden Road
10115 Berlin
Fax: 030 555 0192

Weekly paper "Morning Bell", editors
Fax: +77 12 987 654

Please send appeals before 15 June 2026.
"""
    )
    paper = _named(text, "Morning Bell")
    assert paper["role"] == "copy"
    embassy = _named(text, "Embassy of Lesotho")
    assert "Morning Bell" not in str(embassy)


def test_body_no_table_knows_after_a_country_line_is_its_own_copy() -> None:
    text = (
        _STORY
        + """Please write to:

Mr Orin Vastel
President of the Republic
Presidential Palace
Orlovka 4400
LESOTHO
Fax: +77 12 111 222

Copies to:

Lantern Society (weekly)
8 Kettle Lane
Orlovka 4402
LESOTHO

Kestrel Witness (newsletter)
3 Moor Street
Orlovka 4403
LESOTHO

Please send appeals before 15 June 2026.
"""
    )
    lantern = _named(text, "Lantern Society")
    kestrel = _named(text, "Kestrel Witness")
    assert lantern["role"] == kestrel["role"] == "copy"


def test_copies_heading_underlined_over_a_block_without_anchor() -> None:
    text = (
        _STORY
        + """APPEALS TO:
------------

Mr Orin Vastel
President of the Republic
Presidential Palace
Orlovka 4400, Lesotho
Salutation: Dear President

COPIES TO:
----------

Mr. Dovan Aldersby
Deputy Minister of Defence
Ministry of Defence
Fort Hill
Orlovka, Lesotho

PLEASE SEND APPEALS IMMEDIATELY. Check with the office if sending appeals after
15 June 2026.
"""
    )
    deputy = _named(text, "Dovan Aldersby")
    assert deputy["role"] == "copy"
    assert "Deputy Minister" in str(deputy.get("title"))


def test_truncated_block_under_copies_heading_is_kept() -> None:
    text = (
        _STORY
        + """Ms Ardeth Quillon
Minister of Justice
Ministry of Justice
12 Harbour Street
4411 Orlovka
Lesotho
Fax: +77 12 345 678

COPIES:

Mr Pell Harrowgate
Ombudsman
16 Delta Street
4410 O

[Message clipped] View entire message
"""
    )
    copy = _named(text, "Pell Harrowgate")
    assert copy["role"] == "copy"


def test_field_label_alone_and_a_region_line_stay_in_their_block() -> None:
    text = (
        _STORY
        + """Write to:

Mr Orin Vastel
President of the Republic
Presidential Palace
Culvar 80129

Northern Province
LESOTHO
Fax: +77 12 111 222

Ms Ardeth Quillon
Minister of Justice
12 Harbour Street
4411 Orlovka

Land
Lesotho
"""
    )
    names = [str(r.get("name")) for r in _recipients(text)]
    assert names == ["Mr Orin Vastel", "Ms Ardeth Quillon"] or names == [
        "Orin Vastel",
        "Ardeth Quillon",
    ], names


def test_description_in_small_letters_over_a_body_is_no_name() -> None:
    text = (
        _STORY
        + """Write to:

Mr Orin Vastel
President of the Republic
Presidential Palace
Orlovka 4400
LESOTHO
Fax: +77 12 111 222

Local human rights group
Comité de Derechos Humanos de Orlovka
Calle 5 No. 10-32
Orlovka
LESOTHO
"""
    )
    names = [str(r.get("name")) for r in _recipients(text)]
    assert "Local human rights group" not in names, names
    assert "Comité de Derechos Humanos de Orlovka" in names, names


def test_bracket_wrapped_over_a_blank_line_opens_no_block() -> None:
    text = (
        _STORY
        + """Write to:

Mr Orin Vastel
President of the Republic
Presidential Palace
Maseru 100
Lesotho

Copy (optional, for fast

writers)

His Excellency the Ambassador
Embassy of Lesotho
7 Chesham Place
London SW1X 8HN
"""
    )
    names = [str(r.get("name")) for r in _recipients(text)]
    assert not any("writers" in n for n in names), names


# Mend 36a2: a note or a sentence under a finished block is no recipient's name, and the
# salutation right below it stays with the block above.
_NOTE_BLOCKS = {
    "en": (
        "Please write to:",
        "Minister of Justice\nMr Tobias Renk\n14 Harbour Avenue\nNorvalia City 2200",
        "Fax: +77 11 555 0190",
        "Letters in English are accepted\nSalutation: Dear Minister",
    ),
    "en-post": (
        "Please write to:",
        "Minister of Justice\nMr Tobias Renk\n14 Harbour Avenue\nNorvalia City 2200",
        "Fax: +77 11 555 0190",
        "Only letters by post reach him\nSalutation: Dear Minister",
    ),
    "en-web": (
        "Please write to:",
        "Minister of Justice\nMr Tobias Renk\n14 Harbour Avenue\nNorvalia City 2200",
        "Fax: +77 11 555 0190",
        "Website www.justice.example.org\nSalutation: Dear Minister",
    ),
    "nl": (
        "Schrijf naar:",
        "Minister van Justitie\nDhr. Tobias Renk\nHavenlaan 14\n2200 Norvalia",
        "Fax: +77 11 555 0190",
        "Graag per aangetekende post\nAanhef: Geachte minister",
    ),
    "fr": (
        "Écrivez à :",
        "Ministre de la Justice\nM. Tobias Renk\n14 avenue du Port\n2200 Norvalia",
        "Fax : +77 11 555 0190",
        "Envoi postal uniquement\nFormule d'appel : Monsieur le Ministre",
    ),
    "ru": (
        "Пишите по адресу:",
        "Министр юстиции\nТобиас Ренк\nул. Гаванская, 14\nНорвалия 2200",
        "Факс: +77 11 555 0190",
        "Только почтой или факсом\nОбращение: Уважаемый господин министр",
    ),
    "de": (
        "## Schreiben Sie an:",
        "Justizminister\nHerrn Tobias Renk\nHafenallee 14\n2200 Norvalia",
        "Fax: +77 11 555 0190",
        "Nur Briefe auf dem Postweg erreichen ihn\nAnrede: Sehr geehrter Herr Minister",
    ),
}


def _salutation_text(value: Any) -> str:
    return " ".join(value.values()) if isinstance(value, dict) else str(value or "")


@pytest.mark.parametrize("lang", sorted(_NOTE_BLOCKS))
def test_note_above_the_salutation_is_no_recipient(lang: str) -> None:
    heading, block, fax, tail = _NOTE_BLOCKS[lang]
    text = f"URGENT ACTION\n\n{_STORY_LINE}\n\n{heading}\n\n{block}\n{fax}\n\n{tail}\n"
    found = _recipients(text)
    assert [r.get("name") for r in found] == [block.splitlines()[1]]
    greeting = tail.splitlines()[1].split(":", 1)[1].strip()
    assert _salutation_text(found[0].get("salutation")) == greeting


_STORY_LINE = "Marta Quellan, a journalist, was arrested on 4 May 2026."


def test_note_above_the_salutation_in_html_is_no_recipient() -> None:
    html = (
        "<html><body><h1>ACCIÓN URGENTE</h1>"
        "<p>Marta Quellan, periodista, fue detenida el 4 de mayo de 2026.</p>"
        "<p>Escriban a:</p>"
        "<p>Ministro de Justicia<br>Sr. Tobias Renk<br>Avenida del Puerto 14<br>"
        "2200 Norvalia<br>Fax: +77 11 555 0190</p>"
        "<p>Solo se aceptan cartas por correo<br>Tratamiento: Señor Ministro</p>"
        "</body></html>"
    )
    case = import_document(read_document(html.encode()), source="x.html").case
    found = [r for r in case["recipients"] if r.get("key") != "to-be-completed"]
    assert [r.get("name") for r in found] == ["Sr. Tobias Renk"]
    assert _salutation_text(found[0].get("salutation")) == "Señor Ministro"


def test_sign_off_below_a_block_with_contacts_is_no_recipient() -> None:
    text = (
        _STORY
        + """Please write to:

Minister of Justice
Mr Tobias Renk
14 Harbour Avenue
Norvalia City 2200
Fax: +77 11 555 0190

With best regards
Your name and address
"""
    )
    found = _recipients(text)
    assert [r.get("name") for r in found] == ["Mr Tobias Renk"]
    assert "With best regards" not in str(found[0])
