"""Counted words in the texts we write: "1 letter", "2 letters", in one place.

`plural` has the shape of `gettext.ngettext` (singular, plural, n) and returns one of the two
forms it is given, so a later translation step can swap `ngettext` in without touching the
callers. Callers pass whole phrases with a `{n}` placeholder ("{n} letter", "{n} letters") and
format the result, because other languages put the number and its word in other orders.
"""

from __future__ import annotations


def plural(singular: str, plural: str, n: int) -> str:
    """`singular` when `n` is 1, else `plural` (English rules, as `ngettext` gives them)."""
    return singular if n == 1 else plural


def counted(n: int, singular: str, plural_form: str) -> str:
    """`plural(singular, plural_form, n)` with `{n}` filled in: counted(1, "{n} letter", ...)
    gives "1 letter"."""
    return plural(singular, plural_form, n).format(n=n)
