"""Round 40a: a copy to "the diplomatic representatives of X in your country" made concrete
by an aside of the document itself that names one embassy with its address ("(in Norway:
Embassy of X, 12 Street, City 0123)", "Readers in Y: the X Embassy is at 44 Z Avenue, ...",
"[note: there the embassy is: H.E. A B, Ambassador, Embassy of X, ...]"): that embassy is
the copy, read as its block would be. Invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from appeal_tui.core.importer import import_document
from hostile.guards import hard_timeout

_HEAD = """URGENT ACTION: editor detained

Ms Ilse Varrow, the editor of a weekly paper in Tolvane, was arrested on 3 May 2026 and is
held without charge.

Please write immediately to:

Minister of the Interior
Mr. Cadwell Brane
12 Orchard Road
Tolvane 1000
Lorvania
Salutation: Dear Minister

COPIES TO: diplomatic representatives of Lorvania accredited to your country.
"""


def _copies(text: str) -> list[dict[str, Any]]:
    case = import_document(text, source="x.txt").case
    return [r for r in case["recipients"] if r.get("role") == "copy"]


def _text(found: dict[str, Any]) -> str:
    return " ".join(str(found.get(k)) for k in ("name", "title", "organisation"))


@pytest.mark.parametrize(
    "aside",
    [
        "(in Norway: Embassy of Lorvania, 14 Kirkegata Street, Oslo 0153)",
        "[Our note: in Norway that is H.E. the Ambassador, Embassy of Lorvania,\n"
        "14 Kirkegata Street, Oslo 0153]",
        "Readers in Norway: the Lorvanian Embassy is at 14 Kirkegata Street,\n"
        "Oslo 0153. Fax +47 22 00 00 00.",
        "\nReaders in Norway: the Lorvanian Embassy is at 14 Kirkegata Street, Oslo 0153."
        " Fax +47 22 00 00 00.",
        "[Note: our embassy address is Embassy of Lorvania, 14 Kirkegata Street, Oslo 0153,"
        " fax +47 22 00 00 00. Tell us when you write.]",
    ],
)
def test_an_aside_names_the_embassy_of_the_diplomatic_copy(aside: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + aside + "\n\nPLEASE SEND APPEALS IMMEDIATELY.\n")
    assert len(found) == 1
    assert "Lorvania" in _text(found[0])
    assert "Embassy" in _text(found[0])
    assert any("Kirkegata" in line for line in found[0].get("address") or [])


def test_an_ambassador_named_in_the_aside() -> None:
    aside = (
        "(Readers in Norway, the embassy is: H.E. Arvid Tolmen, Ambassador, Embassy of"
        " Lorvania, 14 Kirkegata Street, Oslo 0153 – fax +47 22 00 00 00 – \u201cYour"
        " Excellency\u201d. Copies need a local stamp only.)"
    )
    with hard_timeout(20):
        found = _copies(_HEAD + "\n" + aside + "\n")
    assert len(found) == 1
    assert "Arvid Tolmen" in str(found[0].get("name"))
    assert found[0].get("salutation") == "Your Excellency"
    assert "Embassy of Lorvania" in _text(found[0])


@pytest.mark.parametrize(
    "story",
    [
        # An embassy in the story, with no address: no copy.
        "(In Norway, the Embassy of Lorvania refused to comment on 4 May.)",
        # The embassy's address, but the document asks no copy to diplomats.
        "",
    ],
)
def test_no_embassy_without_an_address_or_a_diplomatic_copy(story: str) -> None:
    text = _HEAD + story + "\n"
    if not story:
        text = text.replace(
            "COPIES TO: diplomatic representatives of Lorvania accredited to your country.\n",
            "The Embassy of Lorvania, 14 Kirkegata Street, Oslo 0153, held a reception.\n",
        )
    with hard_timeout(20):
        found = _copies(text)
    assert not any("Kirkegata" in line for r in found for line in r.get("address") or [])
