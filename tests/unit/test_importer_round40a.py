"""Round 40a: a copy to "the diplomatic representatives of X in your country" made concrete
by an aside of the document itself that names one embassy with its address ("(in Norway:
Embassy of X, 12 Street, City 0123)", "Readers in Y: the X Embassy is at 44 Z Avenue, ...",
"[note: there the embassy is: H.E. A B, Ambassador, Embassy of X, ...]"): that embassy is
the copy, read as its block would be. Invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from hostile.guards import hard_timeout
from importer_reading import APPEAL_HEAD
from importer_reading import copies as _copies

_HEAD = (
    APPEAL_HEAD + "COPIES TO: diplomatic representatives of Lorvania accredited to your country.\n"
)


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


# Mend 40a: the embassy must be of the country the copy line names, each aside's run ends
# where the next one opens, and a city line before a quoted greeting is kept.


@pytest.mark.parametrize(
    "story",
    [
        "ADDITIONAL INFORMATION\n\nSince April her lawyer has lived at a foreign mission: the"
        " Embassy of Sweden, 3 Harbour Road, Tolvane 1000.",
        "ADDITIONAL INFORMATION\n\nHer colleague fled in April. The Dutch embassy (Embassy of"
        " the Netherlands, 4 Lindell Avenue, Tolvane 1000) has given him shelter since then.",
        "Norwegian readers may also alert their own embassy: Royal Norwegian Embassy, 3 Harbour"
        " Road, Tolvane 1000. Fax +12 555 0190.",
    ],
)
def test_an_embassy_of_another_country_is_not_the_copy(story: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + "\n" + story + "\n\nPLEASE SEND APPEALS IMMEDIATELY.\n")
    assert len(found) == 1
    assert "Lorvania" in _text(found[0])
    assert not found[0].get("address")


def test_a_story_embassy_in_spanish_and_the_readers_own_in_french() -> None:
    es = (
        "ACCIÓN URGENTE\n\nLa periodista Marta Ileva fue detenida el 3 de mayo de 2026.\n\n"
        "Escriban a:\n\nMinistro del Interior\nSr. Cadwell Brane\n12 Orchard Road\nTolvane 1000\n\n"
        "COPIAS a los representantes diplomáticos de Lorvania acreditados en su país.\n\n"
        "INFORMACIÓN ADICIONAL\nSu hermano se refugió en una sede diplomática: la Embajada de"
        " México, Calle Norte 5, Tolvane 1000.\n"
    )
    fr = (
        "ACTION URGENTE\n\nM. Pavel Orsk a été arrêté le 3 mai 2026.\n\nÉcrivez au :\n\n"
        "Ministre de l'Intérieur\nM. Cadwell Brane\n12 Orchard Road\nTolvane 1000\n\n"
        "COPIES aux représentants diplomatiques de la Lorvanie dans votre pays.\n\n"
        "Les lecteurs suisses peuvent aussi alerter leur propre ambassade : Ambassade de Suisse,"
        " 3 Harbour Road, Tolvane 1000.\n"
    )
    for text in (es, fr):
        with hard_timeout(20):
            found = _copies(text)
        assert not any(
            "Harbour" in line or "Norte" in line for r in found for line in r.get("address") or []
        )
        assert not any("México" in _text(r) or "Suisse" in _text(r) for r in found)


@pytest.mark.parametrize(
    "aside",
    [
        "(in Norway: Embassy of Lorvania, 14 Kirkegata Street, Oslo 0153; in Sweden: Embassy of"
        " Lorvania, 9 Strandvägen, 114 56 Stockholm)",
        "(Norwegian readers: the Embassy of Lorvania is at 14 Kirkegata Street, Oslo 0153."
        " Swedish readers: the Embassy of Lorvania is at 9 Strandvägen, 114 56 Stockholm.)",
    ],
)
def test_two_countries_embassies_are_never_mixed(aside: str) -> None:
    with hard_timeout(20):
        found = _copies(_HEAD + aside + "\n\nPLEASE SEND APPEALS IMMEDIATELY.\n")
    for r in found:
        address = " ".join(r.get("address") or [])
        assert not ("Oslo" in address and "Stockholm" in address)
        assert "Embassy" not in address
    # Both embassies, or none (the generic copy): never only one of them.
    oslo = any("Oslo" in " ".join(r.get("address") or []) for r in found)
    stockholm = any("Stockholm" in " ".join(r.get("address") or []) for r in found)
    assert oslo == stockholm


def test_the_city_line_before_a_quoted_greeting_is_kept() -> None:
    aside = (
        "[A note from us: in Ireland that is H.E. Mr Dario Kemp, Ambassador, Embassy of Lorvania,"
        ' 22 Ailesbury Road, Dublin 4 D04 X2Y3 - "Your Excellency".]'
    )
    with hard_timeout(20):
        found = _copies(_HEAD + "\n" + aside + "\n\nPLEASE SEND APPEALS IMMEDIATELY.\n")
    assert len(found) == 1
    address = found[0].get("address") or []
    if address:  # the aside read: its whole address; else the generic copy, as before
        assert any("Dublin 4" in line for line in address)


def test_a_copy_line_naming_no_country_takes_the_appeals_country_not_another_named_above() -> None:
    # "... accredited to your country": the embassy must be the appeal's country's, as the
    # document's count of countries found it, though another (longer) country's name stands in
    # the story above the copy line.
    text = """URGENT ACTION: activist held
Ms Wanjiru Achieng, a land-rights activist, was arrested in Nairobi, Kenya, on 3 May 2026 on
her return from the Central African Republic. She is held without charge in Kenya.

Please write to:

Inspector General of Police
Mr. Otieno Baraka
Vigilance House, Harambee Avenue
Nairobi 00100
Kenya
Salutation: Dear Inspector General

COPIES TO: diplomatic representatives accredited to your country.
(in Norway: Embassy of Kenya, 14 Kirkegata Street, Oslo 0153)
"""
    with hard_timeout(20):
        found = _copies(text)
    assert [c["name"] for c in found] == ["Embassy of Kenya"]
    assert found[0]["address"] == ["14 Kirkegata Street", "Oslo 0153"]
