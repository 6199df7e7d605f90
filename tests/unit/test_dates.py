"""Letter dates: Babel month names, Solar Hijri and Persian digits, Arabic-Indic digits."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.dates import format_letter_date

SEED_DAY = dt.date(2016, 1, 20)


def test_persian_is_solar_hijri_with_persian_digits() -> None:
    assert format_letter_date(SEED_DAY, "fa") == "۳۰ دی ۱۳۹۴"
    assert format_letter_date(dt.date(2024, 3, 20), "fa") == "۱ فروردین ۱۴۰۳"


def test_persian_switches_to_gregorian_and_latin_digits() -> None:
    assert format_letter_date(SEED_DAY, "fa", calendar="gregorian") == "۲۰ ژانویه ۲۰۱۶"
    assert format_letter_date(SEED_DAY, "fa", digits="latin") == "30 دی 1394"
    both = format_letter_date(SEED_DAY, "fa", calendar="gregorian", digits="latin")
    assert both == "20 ژانویه 2016"


def test_arabic_uses_arabic_indic_digits_unless_told_otherwise() -> None:
    assert format_letter_date(SEED_DAY, "ar") == "٢٠ يناير ٢٠١٦"
    assert format_letter_date(SEED_DAY, "ar", digits="latin") == "20 يناير 2016"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "20 January 2016"),
        ("es", "20 de enero de 2016"),
        ("fr", "20 janvier 2016"),
        ("de", "20. Januar 2016"),
        ("pt-BR", "20 de janeiro de 2016"),
        ("sw", "20 Januari 2016"),
    ],
)
def test_other_languages_use_babel_month_names(language: str, expected: str) -> None:
    assert format_letter_date(SEED_DAY, language) == expected


def test_unknown_locale_falls_back_to_english() -> None:
    assert format_letter_date(SEED_DAY, "zz") == "20 January 2016"
