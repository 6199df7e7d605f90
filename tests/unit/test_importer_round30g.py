"""Session 30, round 30g: the case-level fields by cause, in every language at once; each on
an invented text (names, places, numbers invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_issued


def _deadline(text: str) -> dt.date | None:
    dates = find_dates(text)
    return find_deadline(text, dates, find_issued(text, dates))[0]


# 1. "Not after <date>", said before the date: as clear as "before".
@pytest.mark.parametrize(
    "text",
    [
        "HASTEAKSJON 12/31\nOslo, 3. mars 2031\n\nSend appeller snarest og ikke etter 14. april "
        "2031.",
        "BLIXTAKTION 12/31\n\nSkicka vädjanden omedelbart och inte efter den 14 april 2031.",
        "Schrijfbrief maart 2031\n\nStuur uw brief zo snel mogelijk, maar niet later dan 14 april "
        "2031.",
        "URGENT ACTION 12/31\n\nPlease send appeals immediately and not after 14 April 2031.",
    ],
)
def test_not_after_is_a_deadline(text: str) -> None:
    assert _deadline(text) == dt.date(2031, 4, 14)


# 2. The soft deadline: "after <date> check with the office", the word for "after" before or
# after the date, the word for "check" or "contact" in its sentence or the next.
@pytest.mark.parametrize(
    "text",
    [
        "NALEHAVA AKCE 12/31\n3. března 2031\n\nApely zasílejte ihned. Po 14. dubna 2031 se před "
        "odesláním informujte v kanceláři.",
        "URGENT ACTION 12/31\n\nMERCI D'INTERVENIR IMMEDIATEMENT. APRES LE 14 AVRIL\n2031, "
        "VERIFIEZ AUPRES DU SECRETARIAT.",
        "緊急行動 12/31\n\n※2031年4月14日以降に送る場合は、事務局までお問い合わせください。",
        "Kiireellinen toimi 12/31\n\nTarkistakaa toimistosta, jos lähetätte vetoomuksia 14.4.2031 "
        "jälkeen.",
        "DRINGENDE AKSIE 12/31\n\nSTUUR ASSEBLIEF NIE APPELLE NA 14 APRIL 2031 NIE. Kontak die "
        "sekretaris as u later wil skryf.",
    ],
)
def test_after_a_date_check_first_is_the_deadline(text: str) -> None:
    assert _deadline(text) == dt.date(2031, 4, 14)


# Guards: a story's "after" with no word for "check", or a date before the issue date.
@pytest.mark.parametrize(
    "text",
    [
        "NALEHAVA AKCE 12/31\n3. března 2031\n\nPo 14. dubna 2031 byl Petr Lorvan propuštěn.",
        "URGENT ACTION 12/31\n5 May 2031\n\nAfter 14 April 2031 his family could not visit him. "
        "Please check the news.",
        "DRINGENDE AKSIE 12/31\n\nNa 14 April 2031 is hy na die hof geneem.",
    ],
)
def test_a_storys_after_is_no_deadline(text: str) -> None:
    assert _deadline(text) is None


# 3. A language both phrases.py and language_rows.py give rows for keeps the words of both
# (dict.update had dropped the Italian and Arabic salutation words).
_IT_BLOCK = (
    "AZIONE URGENTE\n\nMarco Velletri, giornalista, è stato arrestato il 3 marzo 2031.\n\n"
    "Scrivete a:\n\nPresidente della Repubblica\nTarek Wadi Nour\nPalazzo Presidenziale\n"
    "Via Lorvana 12\nCittà Nuova\nLorvania\n{}\n\nChiedete il rilascio di Marco Velletri.\n"
)


@pytest.mark.parametrize(
    ("greeting", "read"),
    [
        ("Eccellenza,", "Eccellenza"),
        ("Signor Presidente,", "Signor Presidente"),
        ("Gentile Presidente,", "Gentile Presidente"),
    ],
)
def test_italian_salutation_words_are_kept(greeting: str, read: str) -> None:
    case = import_document(_IT_BLOCK.format(greeting), source="action.txt").case
    assert [r.get("salutation") for r in case["recipients"]] == [{"it": read}]


def test_arabic_salutation_words_are_kept() -> None:
    text = (
        "مناشدة عاجلة\n\nاعتقل الصحفي سامر الورداني في 3 مارس 2031.\n\nاكتبوا إلى:\n\n"
        "وزير العدل\nطارق وادي نور\nوزارة العدل\nشارع النخيل 12\nالمدينة الجديدة\n"
        "معالي الوزير المحترم،\n\nطالبوا بالإفراج عن سامر الورداني.\n"
    )
    case = import_document(text, source="action.txt").case
    saluted = [r.get("salutation") for r in case["recipients"]]
    assert len(saluted) == 1 and saluted[0] is not None
    assert "معالي الوزير المحترم" in saluted[0]["ar"]


def test_language_rows_merge_every_shared_language() -> None:
    from appeal_tui.core.importer import language_rows as rows
    from appeal_tui.core.importer import phrases

    for code, words in rows.SALUTATION_WORDS.items():
        assert set(words) <= set(phrases.SALUTATION_WORDS[code])
    assert {"Egregio", "Illustrissimo"} <= set(phrases.SALUTATION_WORDS["it"])
    assert {"معالي", "حضرة"} <= set(phrases.SALUTATION_WORDS["ar"])
