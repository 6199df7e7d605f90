"""A letter's date in the letter's language.

Month names come from Babel (Gregorian) or persiantools (Solar Hijri), never from tables of our
own. Babel always writes Latin digits, even for Persian and Arabic, so native digits are
applied afterwards. Results are cached: a batch formats the same date thousands of times.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from appeal_tui.core.phrasebook import phrasebook

Calendar = Literal["native", "gregorian"]
Digits = Literal["native", "latin"]

_DIGIT_TABLES = {
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
}


def to_digits(text: str, digits: str) -> str:
    """`text` with Latin digits written in `digits` ("persian", "arabic-indic"; else unchanged)."""
    table = _DIGIT_TABLES.get(digits)
    return text.translate(table) if table else text


def _babel_locale(code: str) -> str | None:
    for candidate in (code.replace("-", "_"), code.split("-")[0]):
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        return candidate
    return None


# Official long names Babel's territory names do not match by the rules in `region_of`.
_LONG_NAMES = {
    "syrian arab republic": "SY",
    "state of palestine": "PS",
    "occupied palestinian territories": "PS",
    "occupied palestinian territory": "PS",
    "palestine": "PS",
    "lebanese republic": "LB",
}
_STYLE = re.compile(
    r"^(the\s+)?((islamic|arab|federal|democratic|people's|peoples|socialist|united|hashemite|"
    r"plurinational|bolivarian|lebanese|sultanate|kingdom|state|republic|emirate|principality)"
    r"\s+)*(of\s+)(the\s+)?"
)


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    """Country names in the phrasebook languages (casefolded) -> ISO code, from Babel."""
    table: dict[str, str] = {}
    for code in ("en", "ar", "fr", "es", "de", "fa"):
        for iso, name in Locale.parse(code).territories.items():
            if len(iso) == 2 and iso.isalpha():
                table.setdefault(name.casefold(), iso)
    return table


@lru_cache(maxsize=1024)
def region_of(country: str | None) -> str | None:
    """The ISO code of a country as a case writes it ("Syria", "Syrian Arab Republic", "Arab
    Republic of Egypt", "SY", "سوريا"), or None when it cannot tell."""
    if not country:
        return None
    text = " ".join(country.split()).casefold().strip(" .")
    if len(text) == 2 and text.isalpha() and text.upper() in Locale.parse("en").territories:
        return text.upper()
    if text in _LONG_NAMES:
        return _LONG_NAMES[text]
    names = _territories()
    return names.get(text) or names.get(_STYLE.sub("", text))


@lru_cache(maxsize=1024)
def format_letter_date(
    date: dt.date,
    language: str,
    *,
    calendar: str = "native",
    digits: str = "native",
    region: str | None = None,
) -> str:
    """The date as it is written at the top of a letter in `language`.

    Persian: Solar Hijri with Persian digits by default ("۳۰ دی ۱۳۹۴"); Arabic: Arabic-Indic
    digits. `calendar="gregorian"` and `digits="latin"` switch those off. A language Babel does
    not know gets the English form ("20 January 2016"). `region` (an ISO country code, the
    country the letter goes to) chooses regional month names where the phrasebook lists a
    locale for it: Arabic letters to Syria, Lebanon, Jordan, Iraq or Palestine write
    «كانون الثاني» (Babel's ar_SY ...), to Egypt «يناير».
    """
    book = phrasebook(language)
    native_calendar = book.calendar if book else "gregorian"
    native_digits = book.digits if book else "latin"
    if calendar == "native" and native_calendar == "solar-hijri":
        # persiantools has the Persian month names; the numbers are written here, then the
        # digits below, so `digits="latin"` works the same for both calendars.
        # Imported here: only letters dated in the Solar Hijri calendar need it.
        from persiantools.jdatetime import JalaliDate

        jalali = JalaliDate(date)  # type: ignore[no-untyped-call]
        month = str(jalali.strftime("%B", locale="fa"))
        text = f"{jalali.day} {month} {jalali.year}"
    else:
        regional = book.date_locales.get(region or "") if book else None
        locale = (
            regional or (book.date_locale if book else None) or _babel_locale(language) or "en_GB"
        )
        text = format_date(date, "long", locale=locale)
    return to_digits(text, native_digits) if digits == "native" else text
