"""Round 36b: recipients the importer missed entirely. (1) After a blank line below a block
that has ended (its fields, or a country or postcode and place as its last line), a line that
goes on with no address opens the next block, whatever it names; (2) a copies heading
introduces the block right under it (a rule line under the heading between them at most), as
"Write to:" introduces its blocks. Invented texts."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def _recipients(text: str) -> list[dict[str, Any]]:
    case = import_document(text, source="x.txt").case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


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
