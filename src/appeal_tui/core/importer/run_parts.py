"""Recipients whose details run together in one paragraph (round 24o).

A recipient's name, office, body, street, postcode and place, country and contact fields
written one after the other in a paragraph are parted by a sign that stands for the line
break of a laid-out block: a comma, a semicolon, a middle dot, a pipe, a bullet, a spaced
dash or slash. Whatever the language, every such run has two things by construction: the
sign that stands for the line break recurs between the parts, and the parts have the shapes
of an address and its fields (a labelled field, an e-mail, a handle, a postcode with its
place, a street with its number, a country). The sentence reader (`prose_recipients`) reads
comma runs; this module turns the other signs into commas when they part such shapes, and
tells where one recipient of the run ends and the next begins (after a recipient that is
complete, a semicolon, a sign or an "and" of any language before the next one's words).
"""

from __future__ import annotations

import re

from appeal_tui.core.importer.contact_fields import EMAIL, HANDLE
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.phrases import FIELD_LABEL, SHORT_LABEL

# Signs that stand for a line break between the parts of a run: a middle dot, a pipe, a
# bullet (any spacing), a dash or a slash with a space on each side. (A bounded run of
# spaces on each side: linear on any line.) A middle dot between two letters is a letter's
# sign, no break: Catalan "Il·lustre Col·legi", "intel·ligència".
_STAND_IN = re.compile(
    r" {0,3}(?:[|•¦]|·(?![^\W\d_])|(?<![^\W\d_])·) {0,3}| {1,3}[–—] {1,3}| {1,3}/ {1,3}"
)
# A part's shape: a postcode beside its place ("734043 Dušanbe", "AZ1001 Baku", "Astana
# 010000"), or a street with its number ("Kneza Miloša 103", "44 Yết Kiêu").
_POSTCODE_PLACE = re.compile(
    r"(?:[A-Z]{1,3}[- ]?)?\d{3,6}(?:[- ]\d{2,4})?\s+[^\W\d_][^\d,]{1,40}"
    r"|[^\W\d_][^\d,]{1,40}\s+(?:[A-Z]{1,3}[- ]?)?\d{3,6}"
)
_STREET = re.compile(r"(?=[^\d]{0,60}\d)(?=.{0,80}[^\W\d_]{3})[^,]{3,80}")


def part_shape(part: str) -> str:
    """ "field", "country", "place" (a postcode with its place) or "street" for the part of
    a run with that shape; "" for anything else (words: who, or a place without a number)."""
    part = part.strip(" .;:")
    if not part or len(part) > 160:
        return ""
    if FIELD_LABEL.match(part) or SHORT_LABEL.match(part) or EMAIL.search(part):
        return "field"
    if HANDLE.fullmatch(part):
        return "field"
    found = split_country(part)
    if found is not None and not found[0]:
        return "country"
    if _POSTCODE_PLACE.fullmatch(part):
        return "place"
    if len(part.split()) <= 7 and _STREET.fullmatch(part):
        return "street"
    return ""


def stand_ins_as_commas(text: str) -> str:
    """`text` with the signs that stand for line breaks in a run written as commas, when they
    part at least two parts shaped as an address or its fields ("Ministry · ul. X 7 · AZ1001
    Baku · Azerbaijan · e-mail: ..."): the comma run the sentence reader reads. A greeting
    in two languages parted by a slash ("Dear Minister / Vážený pane ministře") stays."""
    signs = list(_STAND_IN.finditer(text))
    if len(signs) < 2:
        return text
    parts = _STAND_IN.split(text)
    shaped = sum(1 for piece in parts for part in piece.split(",") if part_shape(part) in _ADDRESS)
    if shaped < 2:
        return text
    out: list[str] = []
    last = 0
    for i, sign in enumerate(signs):
        before = text[last : sign.start()]
        after = text[sign.end() : sign.end() + 40]
        out.append(before)
        if ("/" in sign.group(0) and _greeting_or_label(before, after)) or _dash_kept(
            sign.group(0), parts[i], parts[i + 1], after
        ):
            out.append(sign.group(0))
        else:
            out.append(", ")
        last = sign.end()
    out.append(text[last:])
    return "".join(out)


def _dash_kept(sign: str, before: str, after: str, ahead: str) -> bool:
    """A spaced dash that the sentence reader reads as a dash: one that opens the next
    recipient ("... – aan de procureur-generaal X", "— and to the Minister") or parts whom
    from the address ("Minister X — Ministry ..., Street 1, City, Country"): the comma part
    before it has no address shape and the run after it has one."""
    if not re.search(r"[–—]", sign):
        return False
    from appeal_tui.core.importer.passed_on import opens_next_recipient

    if opens_next_recipient(ahead):
        return True
    return part_shape(before.rsplit(",", 1)[-1]) not in _ADDRESS and any(
        part_shape(p) in _ADDRESS for p in after.split(",")
    )


_ADDRESS = frozenset({"field", "country", "place", "street"})


def _greeting_or_label(before: str, after: str) -> bool:
    """A slash inside a labelled value ("Salutation: Dear X / Vážený pane ...", "Tel/Fax")."""
    from appeal_tui.core.importer.phrases import SALUTATION_START

    # (The value before the slash is the last comma part, not past a bracket: "... Dear
    # Minister) and to the Judge X (Street 28 / 1000 City)".)
    tail = re.split(r"[,;()]", before)[-1]
    if SALUTATION_START.match(after.lstrip() + ","):
        return True
    # A field's label after the slash opens the next field ("fax: 123 / Salutation: Dear X"):
    # the slash stands for a line break, whatever label went before it.
    ahead = after.lstrip()
    return bool(FIELD_LABEL.search(tail)) and not (
        FIELD_LABEL.match(ahead) or SHORT_LABEL.match(ahead)
    )


def complete_before(text: str) -> bool:
    """Whether the comma part that ends `text` closes a recipient: a labelled field, an
    e-mail or handle, or a country."""
    last = text.rstrip(" ,;").rsplit(",", 1)[-1].strip(" .;")
    if not last:
        return False
    tail = last[-160:]
    return part_shape(tail) in ("field", "country") or bool(
        FIELD_LABEL.search(tail) or EMAIL.search(tail)
    )


def has_address(text: str) -> bool:
    """Whether a recipient's run holds a part of its address (a street, a postcode with its
    place, a country), in or out of brackets."""
    return any(
        part_shape(p) in ("country", "place", "street") for p in re.split(r"[,;()\[\]]", text)
    )
