"""Phrasebooks: every language has every part, and salutations translate as a writer expects."""

from __future__ import annotations

import pytest

from appeal_tui.core.model import direction_of
from appeal_tui.core.phrasebook import (
    fill,
    known_languages,
    phrasebook,
    recognise_salutation,
    translate_salutation,
)

REQUIRED = {
    "your_excellency",
    "dear_minister",
    "dear_prosecutor_general",
    "dear_president",
    "dear_ambassador",
    "dear_governor",
    "dear_sir_or_madam",
    "formal",
}


def test_the_promised_languages_have_phrasebooks() -> None:
    assert {"en", "es", "fr", "fa", "ar", "de"} <= set(known_languages())


@pytest.mark.parametrize("language", known_languages())
def test_each_phrasebook_is_complete(language: str) -> None:
    book = phrasebook(language)
    assert book is not None
    assert book.language == language
    assert set(book.salutations) >= REQUIRED
    assert book.direction == direction_of(language)
    assert "{person}" in book.opening
    assert book.closing and book.copy_to and book.subject_prefix
    assert book.digits in {"latin", "persian", "arabic-indic"}


def test_native_digits_and_calendars() -> None:
    fa, ar, en = phrasebook("fa"), phrasebook("ar"), phrasebook("en")
    assert fa is not None and ar is not None and en is not None
    assert (fa.digits, fa.calendar, fa.direction) == ("persian", "solar-hijri", "rtl")
    assert (ar.digits, ar.calendar, ar.direction) == ("arabic-indic", "gregorian", "rtl")
    assert (en.digits, en.direction) == ("latin", "ltr")


def test_language_without_a_phrasebook_is_none_and_regions_fall_back() -> None:
    assert phrasebook("sw") is None
    fa_af = phrasebook("fa-AF")
    assert fa_af is not None and fa_af.language == "fa"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("en", "Your Excellency,"),
        ("es", "Excelencia:"),
        ("fr", "Excellence,"),
        ("de", "Euer Exzellenz,"),
        # Persian honorifics follow the office and gender, which "Your Excellency" does not
        # tell: the greeting alone (with a kind, compose writes «حضرت آیت‌الله …» etc.).
        ("fa", "با سلام و احترام"),
        ("ar", "صاحب السعادة،\nتحية طيبة وبعد،"),
    ],
)
def test_your_excellency_in_each_language(target: str, expected: str) -> None:
    assert translate_salutation("Your Excellency", "en", target) == (expected, True)


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("Dear Sir or Madam", "de", "Sehr geehrte Damen und Herren,"),
        ("Dear Sir/Madam", "fr", "Madame, Monsieur,"),
        # Gender not told: the neutral form; told: the form that agrees.
        ("dear minister", "fr", "Madame, Monsieur,"),
        ("Dear Madam Minister", "fr", "Madame la Ministre,"),
        ("Dear Mr Minister", "fr", "Monsieur le Ministre,"),
        ("Dear Minister", "fa", "وزیر محترم\nبا سلام و احترام"),
        ("Dear Minister", "ar", "معالي الوزير،\nتحية طيبة وبعد،"),
        ("Dear Prosecutor General", "es", "Señor/Señora:"),
        ("Dear Mr Prosecutor General", "es", "Señor Fiscal General:"),
        ("Dear Madam Prosecutor General", "ar", "معالي النائبة العامة،\nتحية طيبة وبعد،"),
        ("Dear President,", "de", "Sehr geehrte Damen und Herren,"),
        ("Dear Madam President,", "de", "Sehr geehrte Frau Präsidentin,"),
        ("Dear Sir or Madam", "es", "Señor/Señora:"),
        ("Dear Sir or Madam", "fa", "با سلام و احترام"),
    ],
)
def test_known_salutations_translate(text: str, target: str, expected: str) -> None:
    assert translate_salutation(text, "en", target) == (expected, True)


def test_an_unknown_salutation_is_kept_as_written_and_flagged() -> None:
    assert translate_salutation("Dear Leader of the Nation", "en", "es") == (
        "Dear Leader of the Nation",
        False,
    )
    assert translate_salutation("Your Excellency", "en", "sw") == ("Your Excellency", False)


def test_salutations_are_recognised_in_any_language() -> None:
    assert recognise_salutation("Excelencia:") == ("es", "your_excellency")
    assert recognise_salutation("Madame, Monsieur") == ("fr", "dear_sir_or_madam")
    assert recognise_salutation("Your Excellency", "fr") is None


def test_fill_never_reads_a_value_as_a_placeholder() -> None:
    assert fill("{person} in {country}", person="{country}", country="Iran") == "{country} in Iran"
    assert fill("{unknown} {person}", person="A") == "{unknown} A"


def test_french_closing_repeats_the_salutation() -> None:
    fr = phrasebook("fr")
    assert fr is not None
    assert fr.closing_for("dear_minister", "Monsieur le Ministre") == (
        "Je vous prie d’agréer, Monsieur le Ministre, l’expression de ma haute considération."
    )
    en = phrasebook("en")
    assert en is not None
    assert en.closing_for("dear_sir_or_madam", None) == "Yours faithfully,"
    assert en.closing_for("your_excellency", None) == "Yours sincerely,"
