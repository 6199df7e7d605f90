"""A street named after a date ("Rua 7 de Setembro 1850", "Av. 18 de Julio 1825", "Str 9 Mai
1945", "Via 20 Settembre 1870", "ul. 3 Maja 12"): a line that opens with a street's word or
its abbreviation before its first number has the shape of an address line, in any language
the street tables know, whatever date follows; it is no letter's date line, and no date
printed beside a name."""

from __future__ import annotations

import re
from functools import cache

from appeal_tui.core.importer.dates import fold
from appeal_tui.core.importer.phrases import ADDRESS_WORDS, PLACE_STARTS

# The word a line opens with before its first number (and its full stop).
_OPENING_WORD = re.compile(r"\s*([^\W\d_][^\W\d_.]{0,11})(\.?)\s+\d")


def street_first(text: str) -> bool:
    """`text` opens with a street's word or its abbreviation before its first number
    (`phrases.ADDRESS_WORDS`, `phrases.PLACE_STARTS`, `language_rows.STREET_ABBREVIATIONS`)."""
    found = _OPENING_WORD.match(text)
    if found is None:
        return False
    word = found.group(1)
    return (
        fold(word) in _abbreviations()
        or fold(word) in PLACE_STARTS
        or ADDRESS_WORDS.fullmatch(word + found.group(2)) is not None
        or ADDRESS_WORDS.fullmatch(word) is not None
    )


_WORD = re.compile(r"[^\W\d_][^\W\d_.]*\.?")


def named_after_a_date(text: str) -> bool:
    """A street's word or its abbreviation of any language stands before the line's first
    month name ("ul. 3 Maja 5, 00-950 X", "12, rue du 4 Septembre, 75002 X", "Av. 20 de
    Noviembre 100"): the month is part of a street's name, the line an address's (session 29,
    imp29f). A letter's date line ("X, 4 septembre 2031") has no street's word before it."""
    from appeal_tui.core.importer.dates import month_numbers

    months = month_numbers()
    for m in _WORD.finditer(text):
        word = m.group(0)
        folded = fold(word.rstrip("."))
        if folded in months:
            return False
        if folded in _abbreviations() or (
            not word[:1].isdigit() and ADDRESS_WORDS.fullmatch(word) is not None
        ):
            return True
    return False


def street_abbreviation(word: str) -> bool:
    """`word` is a street's abbreviation with its full stop ("Av.", "ul.", "Cad.")."""
    return word.endswith(".") and fold(word[:-1]) in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    from appeal_tui.core.importer.language_rows import STREET_ABBREVIATIONS

    return frozenset(fold(w.rstrip(".")) for ws in STREET_ABBREVIATIONS.values() for w in ws)
