"""Round 33c: collapse, a recipient's whole postal address lost because its block took in a
line of the text round it (a heading or an introduction above, a remark on postage below), so
that it neither ends with a country or a postcode and place nor is vouched by a "write to"
heading. The block is cut to the address it holds (`recipients._address_inside`). Each on a
short invented text; guards: a block with no one named at its head, a block whose remarks below
are more than a line or two of text."""

from __future__ import annotations

from importer_reading import recipients as _recipients

_POSTAGE_BELOW = """APPEL URGENT · Velmont · Publié le 02/04/2026

Velmont : Noé Dufresne-Amari, enseignant, détenu

Arrêté le 9 mars 2026, Noé Dufresne-Amari, professeur de 41 ans, est détenu sans avocat.

Comment agir ?

Imprimez, signez et envoyez le courrier ci-dessous avant le 15 mai 2026 à :

Madame Odile Varnier-Sauze
Ministre de la Justice, Garde des Sceaux
Ministère de la Justice
Quartier des Tilleuls
Velmont
Islande

Affranchissement : 1,40 € (lettre internationale jusqu'à 20 g)

Copie à : Ambassade de Velmont, 12 rue des Saules, 75016 Paris – Courriel : amb@velmont.example

Modèle de lettre

Madame la Ministre,

Je vous écris au sujet de M. Noé Dufresne-Amari.
"""

_INTRO_ABOVE = """Messages – Conversation with: Tamsin (letters group)

Tue 4 Mar 2025 20:02

hey all, new case from fridonia - teacher Pell Orvant held since fri, no lawyer, really worried

can u all write 2 the interior min. 2day:
Marta Quillfeather, Minister of Interior & Public Order
Min of Interior & Public Order
Plot 14 Harbour Rd
PO Box 5521
Dunmere, Iceland
email minister@interior.example.is
open w "Dear Hon. Minister"

ask her 2 release him + let him see a lawyer

20:05

Thanks Tamsin! will do
"""


def test_block_with_a_postage_remark_below_is_read() -> None:
    found = _recipients(_POSTAGE_BELOW)
    names = [str(r["name"]) for r in found]
    assert any("Varnier-Sauze" in n for n in names), names
    entry = next(r for r in found if "Varnier-Sauze" in str(r["name"]))
    assert not any("Affranchissement" in str(a) for a in entry.get("address") or [])


def test_block_with_an_introduction_above_is_read() -> None:
    found = _recipients(_INTRO_ABOVE)
    names = [str(r["name"]) for r in found]
    assert any("Quillfeather" in n for n in names), names
    entry = next(r for r in found if "Quillfeather" in str(r["name"]))
    assert "2day" not in str(entry["name"])
    assert any("Harbour" in str(a) for a in entry.get("address") or [])


def test_no_one_named_at_the_head_is_no_recipient() -> None:
    text = """Evening of letters

Bring a pen and a stamp.
Doors open at seven
Community hall
Quay Street 3
40210 Velmont
Tea and biscuits free
"""
    assert _recipients(text) == []


def test_letterhead_above_the_text_is_left_alone() -> None:
    from appeal_tui.core.importer.recipient_blocks import Block
    from appeal_tui.core.importer.recipients import _address_inside

    lines = ["Main letter", "Ms Odile Varnier", "Minister of Justice", "Quay Street 3"]
    lines += ["40210 Velmont", "Postage: 1.40 (a letter up to 20 g)"]
    above = Block("primary", lines=list(lines), first_line=0)
    _address_inside(above, first_prose=6)
    assert above.lines == lines and not above.vouched
    below = Block("primary", lines=list(lines), first_line=10)
    _address_inside(below, first_prose=6)
    assert below.lines == lines[1:5] and below.vouched
