"""Dates as urgent actions write them, in several languages: "30 October 2012",
"30 de octubre de 2012", "30. Oktober 2012", "1er mars 2013", "October 30, 2012",
"30.10.2012", "2012-10-30", "2012年10月30日", "20th March 2026", "20 NOV 1995". Month names
come from Babel's CLDR data."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from persiantools.jdatetime import MONTH_NAMES_FA, JalaliDate

from . import cldr
from .language_rows import (
    DATE_GREGORIAN_ERA_AFTER,
    DATE_MONTH_AFTER,
    DATE_MONTH_BEFORE,
    DATE_NUMBERED_MONTH,
    DATE_YEAR_AFTER,
    DATE_YEAR_BEFORE,
    ERA_YEARS,
    ETHIOPIAN_DAY_WORD,
    ETHIOPIAN_ERA,
    ETHIOPIAN_MONTHS,
    MONTH_NAMES_MORE,
    SOLAR_HIJRI_MONTHS,
)

# Languages whose month names are recognised (CLDR "format" and "stand-alone" forms).
MONTH_LOCALES = (
    "en",
    "es",
    "fr",
    "de",
    "fi",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "nb",
    "pl",
    "ca",
    "sk",
    "cs",
    "ar",
    # Arabic appeals print the Levantine and Iraqi month beside the Egyptian one ("14
    # حزيران/يونيو 2026"): CLDR's Syrian names are those.
    "ar_SY",
    # Session 11: the CLDR "format" forms are the ones dates use (Greek, Slavic and Baltic
    # genitives: "26 Μαρτίου", "16 марта", "23. ožujka", "kovo 5 d.").
    "el",
    "hu",
    "tr",
    "ru",
    "uk",
    "bg",
    "hr",
    "sr_Latn",
    "sr",
    "bs",
    "sl",
    "ro",
    "et",
    "lv",
    "lt",
    "is",
    "nn",
    "id",
    "ms",
    "fil",
    "sw",
    "fa",
    "he",
    # Session 14: the EU's Maltese and Irish, Macedonian, and the languages of the east and
    # south the first tables missed. Vietnamese names its months by number ("tháng 12"): its
    # own pattern below. Scripts with vowel signs (Devanagari, Bengali, Thai) are read with
    # their marks (`_WORD`).
    "mt",
    "ga",
    "mk",
    "be",
    "sq",
    "ka",
    "hy",
    "az",
    "ur",
    "hi",
    "bn",
    "th",
    "eu",
    "gl",
    # Session 24 (imp24a): Kazakh, Amharic, Tigrinya, Sinhala, Khmer, Lao, Burmese.
    "kk",
    "am",
    "ti",
    "si",
    "km",
    "lo",
    "my",
    # Session 25 (imp25i): the other languages of South Asia's scripts (Dhivehi has no
    # month names in CLDR).
    "ne",
    "mr",
    "ta",
    "te",
    "ml",
    "gu",
    "pa",
    "kn",
    "or",
)
# Prepositions written joined to the month's name, per locale: Hebrew "in" and "to" ("עד 15
# באפריל 2026", "ה-3 למאי").
MONTH_PREFIXES: dict[str, list[str]] = {"he": ["ב", "ל"]}
# Case forms Babel does not give, per locale: (ending, replacement) on its "format" names.
# Latvian dative and locative ("līdz 3. martam", "martā"), Estonian translative ("hiljemalt
# 5. märtsiks"), Slovenian instrumental ("pred 26. novembrom").
MONTH_CASE_FORMS: dict[str, list[tuple[str, str]]] = {
    "lv": [("is", "im"), ("is", "ī"), ("s", "am"), ("s", "ā")],
    "et": [("", "iks"), ("", "ks")],
    # Slovenian instrumental after "pred" ("pred 26. novembrom", "pred 3. marcem").
    "sl": [
        ("er", "rom"),
        ("ec", "cem"),
        ("", "om"),
        ("", "em"),
        # Round 31a: the locative after "po" ("po 16. maju", "po 3. marcu", "po 2.
        # septembru", "po 5. januarju").
        ("er", "ru"),
        ("ec", "cu"),
        ("ar", "arju"),
        ("", "u"),
    ],
    # Session 14: Basque genitive before the day ("2027ko martxoaren 5a"); Georgian "until"
    # joined to the month ("5 მარტამდე", "4 დეკემბრამდე", "2 თებერვლამდე", "9 იანვრამდე").
    "eu": [("a", "aren")],
    # Round 28e: the Serbian and Bosnian genitive after a day ("до 15. априла 2026", "do 3.
    # marta"): CLDR gives the nominative ("април", "mart").
    "sr": [("", "а")],
    "sr_Latn": [("", "a")],
    "bs": [("", "a")],
    "ka": [("ერი", "რამდე"), ("ვალი", "ვლამდე"), ("ვარი", "ვრამდე"), ("ი", "ამდე"), ("", "მდე")],
    # Session 24: Kazakh dative before "дейін" (until) by vowel harmony and the last sound
    # ("20 қарашаға дейін", "5 сәуірге", "1 қыркүйекке"), and locative ("5 наурызда").
    "kk": [
        ("", "ға"),
        ("", "ге"),
        ("", "қа"),
        ("", "ке"),
        ("", "да"),
        ("", "де"),
        ("", "та"),
        ("", "те"),
    ],
}


def fold(text: str) -> str:
    """Lowercase without accents: "Março" -> "marco", "Décembre" -> "decembre"."""
    if text.isascii():
        return text.lower()  # what the decomposition gives ASCII: nothing to take off
    if len(text) <= _FOLD_CACHED_LENGTH:
        return _fold_short(text)
    return _fold(text)


# An import folds the same words and lines hundreds of thousands of times (names, keys,
# country names): a fifth of its time went to folding before short texts were remembered.
# (A few thousand of them: what one document asks about, a megabyte or so at most.)
_FOLD_CACHED_LENGTH = 200


@lru_cache(maxsize=1 << 13)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def month_numbers() -> dict[str, int]:
    """Folded month name or abbreviation (4+ letters, or 3 in English) -> 1..12."""
    table: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in cldr.month_names(width, context, locale).items():
                    key = fold(name).strip(".")
                    # Short forms of other languages are English words too ("out", "set").
                    if width == "abbreviated" and len(key) < (3 if locale == "en" else 4):
                        continue
                    table.setdefault(key, number)
                    for ending, form in MONTH_CASE_FORMS.get(locale, []):
                        if width == "wide" and key.endswith(ending):
                            table.setdefault(key[: len(key) - len(ending)] + fold(form), number)
    # English three-letter forms and "Sept" are common in headers.
    for locale, prefixes in MONTH_PREFIXES.items():
        names = [
            *cldr.month_names("wide", "format", locale).values(),
            *cldr.month_names("wide", "stand-alone", locale).values(),
        ]
        for name in names:
            for prefix in prefixes:
                table.setdefault(fold(prefix + name), table[fold(name)])
    table.update({"sept": 9})
    for more in MONTH_NAMES_MORE.values():
        for more_name, number in more.items():
            table.setdefault(fold(more_name), number)
    return table


@cache
def weekday_numbers() -> dict[str, int]:
    """Folded names of the days of the week -> 0 (Monday) .. 6 ("friday", "vendredi", "fri")."""
    return {
        fold(name).strip("."): number
        for locale in MONTH_LOCALES
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for number, name in cldr.day_names(width, context, locale).items()
        if len(fold(name).strip(".")) >= 3
    }


def without_weekday(before: str) -> tuple[str, int | None]:
    """The text before a date without the day of the week that opens it, and that day
    ("before Friday " -> ("before ", 4); "avant le vendredi " -> ("avant le ", 4))."""
    words = before.rstrip(" ,").rsplit(None, 1)
    day = weekday_numbers().get(fold(words[-1]).strip(".,")) if words else None
    if len(words) == 2 and day is not None:
        return words[0] + " ", day
    return before, None


def on_weekday(found: FoundDate, weekday: int, near: dt.date) -> dt.date | None:
    """ "Friday 24 April" without a year: the year, next to `near`'s, in which that day is
    that day of the week."""
    day, month = found.day_month
    for year in (near.year, near.year + 1, near.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


# A word's letters with their combining signs: Devanagari, Bengali and Thai write vowels as
# marks, which are no word characters to `re` ("दिसंबर", "ডিসেম্বর", "ธันวาคม").
_MARKS = "".join(
    re.escape(chr(c)) for c in range(0x0300, 0x3000) if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
_WORD = rf"(?:[^\W\d_]|[{_MARKS}])+"
# (A month named twice, parted by a slash: "14 حزيران/يونيو 2026", "9 أكتوبر/تشرين الأول 2027".)
_MONTH_BEFORE = "|".join(map(re.escape, DATE_MONTH_BEFORE))
_YEAR_BEFORE = "|".join(map(re.escape, DATE_YEAR_BEFORE))
_YEAR_AFTER = "|".join(map(re.escape, DATE_YEAR_AFTER))
_GREGORIAN_ERA = "|".join(map(re.escape, DATE_GREGORIAN_ERA_AFTER))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:er|º|°|\.|st|nd|rd|th)?\s*(?:de\s+|ta['’]\s*|-)?(?:(?:{_MONTH_BEFORE})\s*)?({_WORD})(?:/{_WORD}(?:\s+{_WORD}(?=,?\s*\d{{4}}))?)?\.?"
    # (Session 25: Thai names the era between month and year, "15 มีนาคม พ.ศ. 2570".)
    rf"(?:,?\s*(?:de\s+|-|[พค]\.\s?ศ\.\s*|(?:{_YEAR_BEFORE})\s*)?(\d{{4}})(?:{_GREGORIAN_ERA}(?!\w))?)?\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
# "June 30" without a year (a post or a chat in the United States' order): the month's name
# written with its capital, a day of one or two digits, and no more digits after it (not
# "May 2, 3" of a list, nor a time "June 30 10:00" read as a year).
_MONTH_DAY = re.compile(rf"\b({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,:/]?\s?\d)")
# Not inside an AI index such as "MDE 13/07/97".
_NUMERIC = re.compile(
    r"(?<!(?:AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS|PRE|DOC)\s)(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])"
)
# Czech, Slovak and German print a space after each stop: "do 20. 2. 2024" (a four-digit year).
_NUMERIC_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# The year first with stops or slashes, as East Asian pages and chats print a day
# ("2027.03.18", "2027/3/18").
_YEAR_FIRST_NUMERIC = re.compile(r"(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])")
# (The year in the other count may follow in brackets: "2016年（平成28年）3月8日",
# "令和8年（2026年）3月31日".)
_OTHER_COUNT = r"(?:[（(][^（()）\n]{1,12}[）)]\s*)?"
_CJK = re.compile(rf"(\d{{4}})\s*年\s*{_OTHER_COUNT}(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日")
# A year of a named era (`ERA_YEARS`), then month and day: "令和8年3月31日", "民國115年5月2日",
# "令和元年5月1日" (the era's first year).
_ERA = re.compile(
    rf"({'|'.join(sorted(ERA_YEARS, key=len, reverse=True))})\s*(\d{{1,3}}|元)\s*年"
    rf"\s*{_OTHER_COUNT}(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
)
# Korean writes the same with its own signs: "2027년 3월 5일".
_KOREAN = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
# A month and day without the year ("4月15日までに", "3월 5일까지"): the year is the text's.
_CJK_MONTH_DAY = re.compile(r"(?<![\d年년])(\d{1,2})\s*(?:月|월)\s*(\d{1,2})\s*(?:日|号|號|일)")
# The year first, then the month's name and the day: Hungarian "2027. március 5." and
# Lithuanian "2027 m. kovo 5 d.".
# (Session 14: Basque "2027ko martxoaren 5a", Armenian "2027 թվականի մարտի 5".)
# (Session 26: the languages of India and Sri Lanka put a bare space after the year, the
# month's name in their own script: "2024 ജൂൺ 30-നകം", "२०३१ जून ५".)
_YEAR_MONTH_DAY = re.compile(
    rf"\b(\d{{4}})(?:\.|\s*m\.|e?ko|\s*թվականի|\s*թ\.|\s*(?:{_YEAR_AFTER})\s*[၊,]?|\s(?=[\u0900-\u0dff]))"
    rf"\s*({_WORD})\s+(\d{{1,2}})(?!\d)"
)
# Latvian: the year, then the day and the month's name ("2027. gada 3. martam").
# Georgian the same: "2027 წლის 5 მარტი"; Kazakh "2027 жылғы 5 наурыз" (session 24).
_YEAR_DAY_MONTH = re.compile(
    rf"\b(\d{{4}})(?:\.\s*gada|\s*წლის|\s*жылғы)\s+(\d{{1,2}})\.?\s*({_WORD})"
)
# Vietnamese names months by their number: "ngày 5 tháng 3 năm 2027", "5 tháng 3, 2027".
_VIETNAMESE = re.compile(
    r"\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:\s+năm|,)\s*(\d{4}))?\b", re.IGNORECASE
)
# Solar Hijri dates (Iran, Afghanistan): day, month name, year of that era ("۱۵ آذر ۱۴۰۲").
_IRANIAN_MONTHS: list[str] = [str(name) for name in MONTH_NAMES_FA[1:]]
_SOLAR_HIJRI_MONTH = {
    name: i + 1 for row in [_IRANIAN_MONTHS, *SOLAR_HIJRI_MONTHS] for i, name in enumerate(row)
}
_SOLAR_HIJRI = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(sorted(_SOLAR_HIJRI_MONTH, key=len, reverse=True))})"
    rf"\s+(\d{{4}})(?!\d)"
)
# Thai years are counted from the Buddha's death, 543 years before ours ("5 มีนาคม 2570").
_BUDDHIST_ERA = (2400, 543)
# "bis Ende Februar 2026", "by the end of March 2026", "avant la fin mars 2026": the month's
# last day.
_MONTH_END = re.compile(
    rf"\b(?:ende|(?:the\s+)?end\s+of|(?:la\s+)?fin(?:\s+de)?|finales\s+de|fines\s+de|fim\s+de|eind"
    rf"|slutet\s+av|utgången\s+av|slutningen\s+af|slutten\s+av|koniec|końca|konce|fine)"
    rf"\s+({_WORD})\s+(\d{{4}})\b",
    re.IGNORECASE,
)

# Round 31a: the day, month and year parted by dashes ("VÓÓR 28-05-2003"), with a four-digit
# year only (not a phone number's "12-34-56").
_NUMERIC_DASHED = re.compile(r"(?<![\d\-/.])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d\-])")
# Round 31a: a day and month in figures without the year ("até 20/06", "do 31.05", "até 4/4"):
# a date only right after a deadline's word (`_deadline_before`); elsewhere a fraction, a score,
# a thread's "1/8" or a chapter "3.2".
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d/.\-])(\d{1,2})([./])(\d{1,2})(?![\d/]|\.\d)")
# Round 31a: the Ethiopian calendar (`ETHIOPIAN_MONTHS`): month, day ("ቀን"), year and the era's
# mark, in figures or Ethiopic numerals ("ጥር 20 ቀን 2019 ዓ.ም.", "የካቲት ፲፭ ቀን ፳፻፲፰ ዓ.ም.").
_ETHIOPIAN_MONTH = {name: i + 1 for i, row in enumerate(ETHIOPIAN_MONTHS) for name in row}
_ETHIOPIC_NUMBER = r"(?:\d{1,4}|[\u1369-\u137c]{1,6})"
_ETHIOPIAN = re.compile(
    rf"({'|'.join(sorted(_ETHIOPIAN_MONTH, key=len, reverse=True))})\s*({_ETHIOPIC_NUMBER})"
    rf"\s*(?:(?:{'|'.join(map(re.escape, ETHIOPIAN_DAY_WORD))})\s*)?,?\s*({_ETHIOPIC_NUMBER})\s*"
    rf"(?:{'|'.join(map(re.escape, sorted(ETHIOPIAN_ERA, key=len, reverse=True)))})"
)
# Round 31a: a month given by its number with the year's and the month's words
# (`DATE_NUMBERED_MONTH`, Mongolian "2026 оны 6 дугаар сарын 10").
_NUMBERED_MONTH = re.compile(
    "|".join(
        rf"(\d{{4}})\s*(?:{'|'.join(map(re.escape, row['year']))})\s+(\d{{1,2}})\s*"
        rf"(?:{'|'.join(map(re.escape, row['ordinal']))})\s*"
        rf"(?:{'|'.join(map(re.escape, row['month']))})\s+(\d{{1,2}})(?!\d)"
        for row in DATE_NUMBERED_MONTH.values()
    )
)


def _ethiopic_number(digits: str) -> int | None:
    """ "2019" or the Ethiopic numerals "፳፻፲፰" (20 x 100 + 10 + 8) as a number."""
    if digits.isdigit() and digits.isascii():
        return int(digits)
    total, group = 0, 0
    for ch in digits:
        code = ord(ch)
        if 0x1369 <= code <= 0x1371:
            group += code - 0x1368
        elif 0x1372 <= code <= 0x137A:
            group += (code - 0x1371) * 10
        elif code == 0x137B:  # ፻, a hundred times what comes before it
            group = (group or 1) * 100
        elif code == 0x137C:  # ፼, ten thousand times
            total += (group or 1) * 10000
            group = 0
        else:
            return None
    return total + group


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """An Ethiopian calendar's day (13 months: twelve of 30 days and Pagume of 5, or 6 in the
    year before a leap year) as the Gregorian day: "ጥር 20, 2019" is 28 January 2027."""
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6) and year > 0):
        return None
    julian_day = 1724220 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return dt.date.fromordinal(julian_day - 1721425)


def _deadline_before(text: str, start: int) -> bool:
    """A deadline's word ("before", "até", "do", "prazo:") just before `start` on its line,
    past a day of the week ("by Friday, April 17")."""
    return _deadline_word_before(text, start) is not None


def _deadline_word_before(text: str, start: int) -> str | None:
    """The deadline's word of `_deadline_before` (DEADLINE_BEFORE is anchored at the end: the
    word stands right before the date, past a weekday only)."""
    from .phrases import DEADLINE_BEFORE  # (lazy: phrases' tables are large)

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    found = DEADLINE_BEFORE.search(before)
    if found is not None:
        return found.group(0)
    trimmed, weekday = without_weekday(before)
    found = DEADLINE_BEFORE.search(trimmed) if weekday is not None else None
    return found.group(0) if found is not None else None


# mend31B: a unit or a clock's mark after a number in figures ("2.5 years", "8.5 million",
# "3.4 %", "9.30 am"): the number is no day and month.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|‰|(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|million|billion"
    r"|thousand|per\s*cent|percent|kg|km|g|m|cm|mm|l|tons?|tonnes?|am|pm|a\.m|p\.m|h|uhr"
    r"|anos?|años?|ans?|jahre?n?|jaar|lat|let|mln|mio|mld|milh[õo]es|millones|millions"
    r"|horas?|heures?|stunden?|uur|godzin[ay]?)(?!\w))",
    re.IGNORECASE,
)
# An English deadline's word before a slashed day and month (`_NUMERIC_DAY_MONTH`).
_ENGLISH_DEADLINE_WORD = re.compile(
    r"\b(?:before|by|until|no later than|deadline|expires)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class FoundDate:
    """A date in a text, where it was, and whether the text gave its year."""

    date: dt.date | None  # None: a day and month without a year (see `day_month`)
    start: int
    end: int
    day_month: tuple[int, int]
    has_year: bool


def _make(year: int | None, month: int, day: int) -> tuple[dt.date | None, bool]:
    if year is None:
        return None, (1 <= month <= 12 and 1 <= day <= 31)
    if year < 100:
        year += 2000 if year < 70 else 1900
    elif year >= _BUDDHIST_ERA[0]:
        year -= _BUDDHIST_ERA[1]
    try:
        return dt.date(year, month, day), True
    except ValueError:
        return None, False


def _month_day_context(text: str, start: int, end: int) -> bool:
    """A month before its day without a year ("June 30") is a date only where a date is
    expected: after a deadline's word on its line ("before June 30"), or alone on a line of its
    own (a post's date). A bare "Month N" elsewhere is a street ("Calle Marzo 12"), a given
    name ("Marta 5") or an event's name ("Sept 11 attacks")."""
    from .phrases import DEADLINE_AFTER, DEADLINE_BEFORE  # (lazy: phrases' tables are large)

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 80) : start]
    if DEADLINE_BEFORE.search(before):
        return True
    # (Round 31a: past a day of the week, "by Friday, April 17"; and a "until" written after
    # the day, Hungarian "november 20-ig".)
    if _deadline_before(text, start) or DEADLINE_AFTER.match(text[end : end + 16]):
        return True
    if line_end - line_start > 80:
        return False
    rest = text[line_start:start] + text[end:line_end]
    return not any(c.isalpha() for c in rest)


# A label a number follows, not a date: "Reference number 2031.04.02", "case file ...",
# "UA 2021.03.18", "Index: ACT 2021.03.18", a phone's "+99 2021.03.18".
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?:\b(?:ref(?:erence)?|number|no|nr|file|case|phone|tel(?:ephone)?|fax|mobile|index"
    r"|UA|AU)\b\.?\s*(?:n[o°º]\.?\s*)?[:#]?\s*(?:[A-Z]{2,4}\s+)?|[#№+]\s*|\+\d{1,4}\s+)$",
    re.IGNORECASE,
)
# Words a date follows ("on", "dated", "date:").
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:on|dated?|since|from|until|till|as\s+of)\s*:?|日期\s*[:：]?|날짜\s*:?|ngày)\s*$",
    re.IGNORECASE,
)


def _year_first_context(text: str, start: int, end: int) -> bool:
    """A year-first numeric date ("2027.03.18") is a date where one is expected: never after a
    number's label; and opening its line (a post's or a chat's stamp), after a date's word or a
    deadline's, or followed by a word in a script without Latin letters ("2027.01.20 水曜日")."""
    from .phrases import DEADLINE_BEFORE  # (lazy: phrases' tables are large)

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if _NUMBER_LABEL_BEFORE.search(before):
        return False
    if not any(c.isalnum() for c in text[line_start:start]):
        return True
    if _DATE_WORD_BEFORE.search(before) or DEADLINE_BEFORE.search(before):
        return True
    after = text[end : end + 3].lstrip(" ")
    return not after or not (after[0].isascii() and after[0].isalnum())


def _until_after(text: str, end: int) -> bool:
    """A deadline's word written after the day ("november 20-ig"): a month's name in small
    letters before its day is then a date (Hungarian writes months so)."""
    from .phrases import DEADLINE_AFTER  # (lazy: phrases' tables are large)

    return DEADLINE_AFTER.match(text[end : end + 16]) is not None


def _long_enough(name: str) -> bool:
    """A month's name long enough not to be a short word of another language: three letters
    or more, or two in a script of India written with vowel signs, where May is two ("मई",
    "मे", "মে", "மே", "మే", "મે", "ਮਈ"); such a pair is no Latin word."""
    return len(name) >= 3 or (len(name) == 2 and all("\u0900" <= ch <= "\u0d7f" for ch in name))


def _month_with_suffix(word: str, months: dict[str, int]) -> int | None:
    """A month's name with the word "month" joined after it (Burmese "ဧပြီလ")."""
    for suffix in DATE_MONTH_AFTER:
        if word.endswith(suffix) and len(word) > len(suffix):
            return months.get(fold(word[: -len(suffix)]))
    return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, in order of appearance (dates without a year included)."""
    months = month_numbers()
    found: list[FoundDate] = []
    # Characters already part of a date: one mark per character keeps the check linear.
    taken = bytearray(len(text))

    def add(start: int, end: int, year: int | None, month: int, day: int) -> None:
        if any(taken[start:end]):
            return
        date, ok = _make(year, month, day)
        if ok:
            taken[start:end] = b"\x01" * (end - start)
            found.append(FoundDate(date, start, end, (day, month), year is not None))

    for m in _CJK.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _ERA.finditer(text):
        of_era = 1 if m.group(2) == "元" else int(m.group(2))
        add(m.start(), m.end(), ERA_YEARS[m.group(1)] + of_era, int(m.group(3)), int(m.group(4)))
    for m in _KOREAN.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _CJK_MONTH_DAY.finditer(text):
        add(m.start(), m.end(), None, int(m.group(1)), int(m.group(2)))
    for m in _SOLAR_HIJRI.finditer(text):
        if not 1200 <= int(m.group(3)) < 1500:
            continue
        try:
            day = JalaliDate(  # type: ignore[no-untyped-call]
                int(m.group(3)), _SOLAR_HIJRI_MONTH[m.group(2)], int(m.group(1))
            )
        except ValueError:
            continue
        gregorian = day.to_gregorian()
        add(m.start(), m.end(), gregorian.year, gregorian.month, gregorian.day)
    for m in _ETHIOPIAN.finditer(text):
        era_year, era_day = _ethiopic_number(m.group(3)), _ethiopic_number(m.group(2))
        if era_year and era_day:
            ours = ethiopian_to_gregorian(era_year, _ETHIOPIAN_MONTH[m.group(1)], era_day)
            if ours is not None:
                add(m.start(), m.end(), ours.year, ours.month, ours.day)
    for m in _NUMBERED_MONTH.finditer(text):
        parts = [int(g) for g in m.groups() if g is not None]
        add(m.start(), m.end(), parts[0], parts[1], parts[2])
    for m in _NUMERIC_DAY_MONTH.finditer(text):
        # (Before the named months: "do 31.05" then "Marta" on a later line is no "5 March".)
        # (mend31B: a number before a unit, "by 2.5 years", "by 8.5 million", "by 9.30 am",
        # is no date; nor, after an English "by"/"before", a slashed "4/12" whose day could
        # be the month, as a US reader writes it.)
        if _UNIT_AFTER.match(text, m.end()):
            continue
        word = _deadline_word_before(text, m.start())
        if word is None:
            continue
        if m.group(2) == "/" and int(m.group(1)) <= 12 and _ENGLISH_DEADLINE_WORD.search(word):
            continue
        add(m.start(), m.end(), None, int(m.group(3)), int(m.group(1)))
    for m in _VIETNAMESE.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        add(m.start(), m.end(), year, int(m.group(2)), int(m.group(1)))
    for m in _MONTH_END.finditer(text):
        month = months.get(fold(m.group(1)))
        if month is not None and len(m.group(1)) >= 3:
            last_day = calendar.monthrange(int(m.group(2)), month)[1]
            add(m.start(), m.end(), int(m.group(2)), month, last_day)
    for m in _ISO.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = months.get(fold(m.group(1)))
        if month is not None and _long_enough(m.group(1)):
            add(m.start(), m.end(), int(m.group(3)), month, int(m.group(2)))
    for m in _YEAR_DAY_MONTH.finditer(text):
        month = months.get(fold(m.group(3)))
        if month is not None:
            add(m.start(), m.end(), int(m.group(1)), month, int(m.group(2)))
    for m in _YEAR_MONTH_DAY.finditer(text):
        month = months.get(fold(m.group(2))) or _month_with_suffix(m.group(2), months)
        # (Not the two-letter May of Devanagari: "मे" is also "in" misspelt, and "2030 मे 12
        # लोग" is "in 2030, 12 people"; that May is read day first only. Round 31a: the other
        # scripts' "மே", "మే", "মে" are no such word: "2026 மே 8 வரை".)
        name = m.group(2)
        if month is not None and (
            len(name) >= 3 or (_long_enough(name) and not "\u0900" <= name[0] <= "\u097f")
        ):
            add(m.start(), m.end(), int(m.group(1)), month, int(m.group(3)))
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(fold(m.group(2)))
        if month is not None and _long_enough(m.group(2)):
            year = int(m.group(3)) if m.group(3) else None
            add(m.start(), m.end(), year, month, int(m.group(1)))
    for m in _NUMERIC_SPACED.finditer(text):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _MONTH_DAY.finditer(text):
        month = months.get(fold(m.group(1)))
        if (
            month is not None
            and len(m.group(1)) >= 3
            and (m.group(1)[:1].isupper() or _until_after(text, m.end()))
            and _month_day_context(text, m.start(), m.end())
        ):
            add(m.start(), m.end(), None, month, int(m.group(2)))
    for m in _NUMERIC.finditer(text):
        # Day first, as everywhere but the United States writes it.
        add(m.start(), m.end(), int(m.group(4)), int(m.group(3)), int(m.group(1)))
    for m in _NUMERIC_SPACED.finditer(text):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _NUMERIC_DASHED.finditer(text):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _YEAR_FIRST_NUMERIC.finditer(text):
        if not _year_first_context(text, m.start(), m.end()):
            continue
        add(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
    return sorted(found, key=lambda f: f.start)


def with_year(found: FoundDate, after: dt.date | None) -> dt.date | None:
    """The date itself, or for "21 March" the first such day on or after `after`."""
    if found.date is not None or after is None:
        return found.date
    day, month = found.day_month
    for year in (after.year, after.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= after:
            return candidate
    return None
