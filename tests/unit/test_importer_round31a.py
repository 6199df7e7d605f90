"""Round 31a: the deadline ("send before") in more of the forms texts print it. Dates in more
orders and calendars (`dates.find_dates`: Sri Lankan Tamil month names and the two-letter May,
a Gregorian era's mark after the year, Slovenian locative months, dashed day-month-year, the
Ethiopian calendar, Mongolian numbered months, a day and month in figures after a deadline's
word, a month before its day past a weekday or with "until" after it); "before"/"until" words
in more languages (`language_rows.DEADLINE_AFTER`, `DEADLINE_BEFORE`, `SOFT_*`); a year-less
date's year from the text when it has no issue date (`fields._year_of_text`); the appeal's
words looked for in the date's wrapped sentence and a deadline's noun as a label. All texts
invented. Guards: a story's date after "until" stays none; a fraction is no date."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.importer.dates import ethiopian_to_gregorian, find_dates
from appeal_tui.core.importer.fields import find_deadline, find_issued


def _deadline(text: str) -> dt.date | None:
    dates = find_dates(text)
    return find_deadline(text, dates, find_issued(text, dates))[0]


def _dates(text: str) -> list[tuple[dt.date | None, tuple[int, int]]]:
    return [(d.date, d.day_month) for d in find_dates(text)]


def test_dates_in_more_forms() -> None:
    assert _dates("2031 மே 7 வரை") == [(dt.date(2031, 5, 7), (7, 5))]
    assert _dates("2031 ஒக்டோபர் 9ஆம் திகதி") == [(dt.date(2031, 10, 9), (9, 10))]
    assert _dates("۱۲ اکتوبر ۲۰۳۱ء تک") == [(dt.date(2031, 10, 12), (12, 10))]
    assert _dates("٣ مارس ٢٠٣١م") == [(dt.date(2031, 3, 3), (3, 3))]
    assert _dates("po 4. maju 2031,") == [(dt.date(2031, 5, 4), (4, 5))]
    assert _dates("po 4. marcu 2031,") == [(dt.date(2031, 3, 4), (4, 3))]
    assert _dates("STUUR VÓÓR 17-06-2031 AAN") == [(dt.date(2031, 6, 17), (17, 6))]
    assert _dates("2031 оны 7 дугаар сарын 3-ны дотор") == [(dt.date(2031, 7, 3), (3, 7))]


def test_ethiopian_calendar() -> None:
    assert ethiopian_to_gregorian(2016, 1, 1) == dt.date(2023, 9, 12)
    assert _dates("እስከ ጥር 5 ቀን 2024 ዓ.ም. ድረስ") == [(dt.date(2032, 1, 14), (14, 1))]
    # Ethiopic numerals: ፳፻፳፬ = 2024, ፭ = 5.
    assert _dates("እስከ ጥር ፭ ቀን ፳፻፳፬ ዓ.ም. ድረስ") == [(dt.date(2032, 1, 14), (14, 1))]
    # (Without the era's mark, no Ethiopian date: Tigrinya names Gregorian months so.)
    assert _dates("ጥር 5 2024") == []


def test_day_and_month_in_figures_only_after_a_deadline_word() -> None:
    assert _dates("Prazo: mandem até 21/07. Obrigada") == [(None, (21, 7))]
    assert _dates("termin: do 30.06\n\nKasia") == [(None, (30, 6))]
    # A thread's post number, a fraction, a chapter: no date.
    assert _dates("[1/8] about 3/4 of them, see 2.1") == []


def test_month_before_day_past_a_weekday_and_with_until_after() -> None:
    assert _dates("bring your letters by Friday, May 9 – thanks") == [(None, (9, 5))]
    assert _dates("kérjük, június 14-ig küldjék el") == [(None, (14, 6))]


def test_deadline_words_after_the_date() -> None:
    text = "Levelek\n\n2031. március 3. · Budapest\n\nKérjük, 2031. április 20. előtt küldje el!\n"
    assert _deadline(text) == dt.date(2031, 4, 20)
    text = "வெளியீடு: 2031 மார்ச் 2\n\nகடிதங்களை 2031 ஒக்டோபர் 9ஆம் திகதிக்கு முன்னர் அனுப்பவும்.\n"
    assert _deadline(text) == dt.date(2031, 10, 9)
    text = "ደብዳቤዎችዎን እስከ ጥር 5 ቀን 2024 ዓ.ም. ድረስ ይላኩ።\n"
    assert _deadline(text) == dt.date(2032, 1, 14)


def test_arabic_before_with_and_joined() -> None:
    text = "القاهرة، 3 مارس 2031\n\nأرسلوا المناشدات فورًا، وقبل 20 أبريل 2031، إلى السلطات.\n"
    assert _deadline(text) == dt.date(2031, 4, 20)


def test_year_from_the_text_without_an_issue_date() -> None:
    text = (
        "Parish Letter\nLent 2031\n\nTomo Kvel, a teacher, is held without charge.\n\n"
        "Please post your letters by 18 March to the embassy.\n"
    )
    assert _deadline(text) == dt.date(2031, 3, 18)
    # A post's date below the request: the day nearest to it.
    text = (
        "1/3 Tomo Kvel is held in Marov.\n2/3 Please write to the minister before 3 Oct.\n"
        "\nPosted 20 Sep 2031 · example.social\n"
    )
    assert _deadline(text) == dt.date(2031, 10, 3)


def test_wrapped_sentence_and_deadline_label() -> None:
    text = (
        "Butlletí, 2 de març de 2031\n\nPodeu escriure en català. Cal enviar les\n"
        "cartes abans del 30 de març.\n"
    )
    assert _deadline(text) == dt.date(2031, 3, 30)
    text = "Copiado em 10/03/2031\n\n⏳ prazo: até 4/4 (sexta)\n"
    assert _deadline(text) == dt.date(2031, 4, 4)
    text = "Geplaatst op 2 maart 2031\n\nHet liefst zijn de brieven vóór 20 april binnen.\n"
    assert _deadline(text) == dt.date(2031, 4, 20)


def test_act_before_field_and_soft_deadlines() -> None:
    text = "Status: open · Issued: 2 March 2031 · Act before: 14 April 2031\n\nTomo Kvel.\n"
    assert _deadline(text) == dt.date(2031, 4, 14)
    text = (
        "Lima, 2 de marzo de 2031\n\nENVIEN LLAMAMIENTOS INMEDIATAMENTE. Consulten con la "
        "Seccion\nsi los envian despues del 14 de abril de 2031.\n"
    )
    assert _deadline(text) == dt.date(2031, 4, 14)
    text = (
        "Ljubljana, 2. marca 2031\n\nProsimo, pošljite pozive takoj. Če jih boste pošiljali "
        "po 14. aprilu 2031, se pred tem posvetujte s sekretariatom.\n"
    )
    assert _deadline(text) == dt.date(2031, 4, 14)


def test_guards() -> None:
    # A story's year-less date after "until", far from appeal words: none.
    text = "Lent 2031\n\nTomo Kvel was held until 18 March in Marov.\n"
    assert _deadline(text) is None
    # A year guessed from the text gives way to a dated deadline later on.
    text = (
        "Hand your letter to Ms Vell by Friday 6 December.\n"
        "The campaign asks for letters to arrive before 31 January 2031.\n"
    )
    assert find_deadline(text, find_dates(text), None)[0] == dt.date(2031, 1, 31)
    # A Hijri year after the day is no Gregorian one.
    assert _dates("١٢ رمضان ١٤٤٦هـ") == []
