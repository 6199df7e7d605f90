"""Round 39b: a copy written on one comma-separated line right under its copies heading, or
after "copies to:" on the heading's own line, reads as the same copy written a line at a
time under the heading does: who, then where. Invented texts."""

from __future__ import annotations

import pytest

from hostile.guards import hard_timeout
from importer_reading import APPEAL_HEAD
from importer_reading import copies as _copies

_HEAD = APPEAL_HEAD


@pytest.mark.parametrize(
    "copies",
    [
        "Copies to:\nNational Rights Board, 4 Harbour Street, Tolvane 1100, Lorvania",
        "Copies to: National Rights Board, 4 Harbour Street, Tolvane 1100, Lorvania",
        "And copies to: National Rights Board, Block 2, Ministers Compound, Tolvane 1100"
        " · board@example.org",
    ],
)
def test_a_body_on_one_line_under_copies_is_a_copy(copies: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + copies + "\n")
    assert len(found) == 1
    assert "National Rights Board" in str(found[0].get("name")) + str(found[0].get("organisation"))
    assert found[0].get("address")


def test_a_person_on_one_line_after_copy_to() -> None:
    text = _HEAD + (
        "Copy to: Peter Amsel Doran, Commissioner of Prisons, Prisons Headquarters,"
        " Plot 42 Assembly Avenue, Tolvane.\n"
    )
    with hard_timeout(20):
        found = _copies(text)
    assert [r.get("name") for r in found] == ["Peter Amsel Doran"]
    assert found[0].get("title") == "Commissioner of Prisons"


def test_the_line_and_the_block_read_the_same() -> None:
    line = _HEAD + "Copies to:\nNational Rights Board, 4 Harbour Street, Tolvane 1100, Lorvania\n"
    block = _HEAD + "Copies to:\nNational Rights Board\n4 Harbour Street\nTolvane 1100\nLorvania\n"
    with hard_timeout(20):
        a, b = _copies(line), _copies(block)
    keys = ("name", "organisation", "address")
    assert [{k: r.get(k) for k in keys} for r in a] == [{k: r.get(k) for k in keys} for r in b]


@pytest.mark.parametrize(
    "copies",
    [
        # A sentence under the heading, no address in it.
        "Copies to:\nyour own embassy, your member of parliament, and the local press.",
        # Numbers that are no address.
        "Copies to:\nthe 3 ministries named above, if possible, before 12 June.",
        # Kopien: a remark, in German.
        "Kopien an:\nbitte auch an die Botschaft, falls möglich, bis zum 12. Juni 2026.",
        # En copie : une phrase, pas une adresse.
        "En copie :\nvotre député ou votre maire, si possible, dans les 10 jours.",
        # The publisher's own address with a request after it.
        "Copies to: Group Lorvania, 5 Mill Lane, Oxbridge OX1 2AB, please tell us of any reply.",
    ],
)
def test_a_remark_under_copies_is_no_copy(copies: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + copies + "\n")
    assert found == []


# Mend 39b: a reference, a case or a file number after the copy's name is no postcode (the
# reviewer's texts): the one-liner is no copy, as on main.
@pytest.mark.parametrize(
    "copies",
    [
        "Copies to:\nAmnesty Kestrel, Urgent Action team, quoting UA 045/2026",
        "Copies to:\nAmnesty International Varnesia, UA coordinator, ref. 12034",
        "Copies to: National Rights Board, Complaints Desk, Case No. 4411",
    ],
)
def test_a_reference_number_is_no_address(copies: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + copies + "\n")
    assert found == []


def test_a_postcode_with_its_place_still_makes_the_copy() -> None:
    text = _HEAD + "Copies to:\nNational Rights Board, Complaints Desk, 1100 Tolvane\n"
    with hard_timeout(20):
        found = _copies(text)
    assert len(found) == 1


# "No." is a reference's label ("Case No. 4411") but also a post box's or a street's
# ("P.O. Box No. 10050", "Calle 12 No. 7-90"): those copies stay copies, and keep their address.
@pytest.mark.parametrize(
    ("copies", "street"),
    [
        (
            "Copies to: National Rights Board, P.O. Box No. 10050, Tolvane 1100, Lorvania",
            "P.O. Box No. 10050",
        ),
        (
            "Copies to: Defensoría del Pueblo, Calle 12 No. 7-90, Tolvane 1100, Lorvania",
            "Calle 12 No. 7-90",
        ),
        (
            "Copies to: Comisión de Derechos, Apartado Postal No. 54321, Tolvane, Lorvania",
            "Apartado Postal No. 54321",
        ),
    ],
)
def test_a_post_box_or_street_number_is_still_an_address(copies: str, street: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + copies + "\n")
    assert len(found) == 1
    assert street in [str(line) for line in found[0]["address"]]
