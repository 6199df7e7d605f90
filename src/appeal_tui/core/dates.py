"""A letter's date in the letter's language.

Month names come from Babel (Gregorian) or persiantools (Solar Hijri), never from tables of our
own. Babel always writes Latin digits, even for Persian and Arabic, so native digits are
applied afterwards. Results are cached: a batch formats the same date thousands of times.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from persiantools.jdatetime import JalaliDate

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


@lru_cache(maxsize=1024)
def format_letter_date(
    date: dt.date,
    language: str,
    *,
    calendar: str = "native",
    digits: str = "native",
) -> str:
    """The date as it is written at the top of a letter in `language`.

    Persian: Solar Hijri with Persian digits by default ("۳۰ دی ۱۳۹۴"); Arabic: Arabic-Indic
    digits. `calendar="gregorian"` and `digits="latin"` switch those off. A language Babel does
    not know gets the English form ("20 January 2016").
    """
    book = phrasebook(language)
    native_calendar = book.calendar if book else "gregorian"
    native_digits = book.digits if book else "latin"
    if calendar == "native" and native_calendar == "solar-hijri":
        # persiantools has the Persian month names; the numbers are written here, then the
        # digits below, so `digits="latin"` works the same for both calendars.
        jalali = JalaliDate(date)  # type: ignore[no-untyped-call]
        month = str(jalali.strftime("%B", locale="fa"))
        text = f"{jalali.day} {month} {jalali.year}"
    else:
        locale = (book.date_locale if book else None) or _babel_locale(language) or "en_GB"
        text = format_date(date, "long", locale=locale)
    return to_digits(text, native_digits) if digits == "native" else text
