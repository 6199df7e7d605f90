"""Round 28e: the case fields (reference, deadline, languages) by cause, on invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_reference
from appeal_tui.core.importer.language_names import find_languages_line


def _deadline(text: str) -> dt.date | None:
    return find_deadline(text, find_dates(text), None)[0]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A label of the deadline in more languages (DEADLINE_NOUNS).
        ("Termín: 18. júna 2031. Potom sa informujte.", dt.date(2031, 6, 18)),
        ("Skilafrestur: 2. júlí 2031", dt.date(2031, 7, 2)),
        ("Tarehe ya mwisho: 12 Juni 2031. Andika kwa Kiingereza.", dt.date(2031, 6, 12)),
        ("Tarikh akhir untuk rayuan: 12/11/2031.", dt.date(2031, 11, 12)),
        ("Dernier délai d'envoi : 15 avril 2031. La lettre suit.", dt.date(2031, 4, 15)),
        ("Hạn chót: ngày 25 tháng 6 năm 2031.", dt.date(2031, 6, 25)),
        # Markdown emphasis between the label and the date.
        ("**Son gönderim tarihi:** 13.04.2031", dt.date(2031, 4, 13)),
        # "before:" with a colon; an action's end.
        ("PLEASE TAKE ACTION BEFORE: 9 December 2031", dt.date(2031, 12, 9)),
        ("> **Action ends 31/05/2031** – thousands have written already.", dt.date(2031, 5, 31)),
        # Finnish "until" after the date; Italian "by" before an elided article.
        ("Vetoomuksia voi lähettää 30.6.2031 asti.", dt.date(2031, 6, 30)),
        ("Inviate gli appelli entro l'11/03/2031.", dt.date(2031, 3, 11)),
        # Swahili "before the date", Tagalog "before" joined to the month, Romanian typed
        # without its diacritics.
        ("Tuma barua kabla ya tarehe 15/01/2031.", dt.date(2031, 1, 15)),
        ("Ipadala ang mga liham bago mag-Enero 30, 2031.", dt.date(2031, 1, 30)),
        ("trimiteti scrisori, dar nu mai tarziu de 2 iunie 2031.", dt.date(2031, 6, 2)),
        # The Serbian genitive of a month's name.
        ("Пошаљите апеле најкасније до 15. априла 2031.", dt.date(2031, 4, 15)),
    ],
)
def test_deadline_words_of_more_languages(text: str, date: dt.date) -> None:
    assert _deadline(text) == date


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # A kind's words ("urgent action") and a number sign before the number, in any case.
        ("Skubus veiksmas Nr. 31/2031 | Paskelbta\nAntraštė", "Skubus veiksmas Nr. 31/2031"),
        ("ХИТНА АКЦИЈА бр. 5/2031\n\nНАСЛОВ", "ХИТНА АКЦИЈА бр. 5/2031"),
        ("Appello urgente n. 04/2031\nTitolo", "Appello urgente n. 04/2031"),
        ("‼️ URGENT ALERT No. 2031-044 ‼️\nTitle", "URGENT ALERT No. 2031-044"),
        # A number right after the kind's words.
        ("Onderwerp: Fwd: Urgent Actie 117/31 Land – titel", "Urgent Actie 117/31"),
        # An action's number under its kind beside an index on the first line.
        ("Blixtaktion 6/2031 · MDE 13/6420/2031\nRubrik", "Blixtaktion 6/2031"),
        # A code of its own after a sign or a label.
        ("Alert no. XYZ-2031-41 · Issued 2 December 2031", "XYZ-2031-41"),
        ("紧急行动 编号：QA-2031-017\n标题", "QA-2031-017"),
        # A number sign opening its line before a code: kept with the code.
        ("COMMUNIQUÉ\nN° 031/ABCD/2031\nVille, le 8 juillet 2031", "N° 031/ABCD/2031"),
        # A section's letters for "urgent action" in other scripts.
        ("СРОЧНАЯ АКЦИЯ · УА 17/31 Индекс документа: EUR 46/0211/2031", "УА 17/31"),
        ("ՇԳ 05/31\nՎերնագիր\nUrgent Action UA 05/31", "ՇԳ 05/31"),
        # A publisher's letters joined to "UA" by a hyphen.
        ("their reference QRST-UA 12/2031). More text.", "QRST-UA 12/2031"),
        # A code in the head with its update's suffix.
        ("Subject: Fwd: nove informacije (NI 41/31-2)\n", "NI 41/31-2"),
        # A case code with a network's four letters, and with an office before the series.
        ("GTM 002 / 0331 / QRST 014.1\n", "GTM 002 / 0331 / QRST 014.1"),
        ("ACÇÃO URGENTE\n\nABCD/XYZ/AU/009/2031 | Cidade", "ABCD/XYZ/AU/009/2031"),
    ],
)
def test_reference_by_kind_sign_and_code(text: str, reference: str) -> None:
    assert find_reference(text).reference == reference


def test_bulletin_issue_is_no_reference() -> None:
    assert find_reference("BULLETIN No. 22\nNews of the month").reference is None


def test_filipino_is_tagalog_code() -> None:
    found = find_languages_line("Sumulat sa Ingles o Filipino: hilingin sa mga awtoridad na")
    assert found is not None
    assert set(found.codes) == {"en", "tl"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "RECOMMENDED ACTION: Telegrams/faxes/express and\n"
            "airmail letters, in Spanish or in English:\n\n- ask for his release",
            {"es", "en"},
        ),
        (
            "ACTION RECOMMANDÉE : télégrammes, télécopies, lettres exprès ou par\n"
            "avion (en français) :\n- demandez sa libération",
            {"fr"},
        ),
        (
            "Briefe, Faxe (keine Telegramme mehr), auf Englisch, Türkisch oder Deutsch:\n\n- x",
            {"en", "tr", "de"},
        ),
        (
            "ACTIUNI RECOMANDATE: Va rugam sa trimiteti apeluri cat mai repede\n"
            "posibil, in uzbeca, rusa sau engleza:\n- cereti",
            {"uz", "ru", "en"},
        ),
        ("Rédigez en français ou en arabe. Gardez une copie.", {"fr", "ar"}),
    ],
)
def test_languages_after_ways_to_send(text: str, codes: set[str]) -> None:
    found = find_languages_line(text)
    assert found is not None
    assert set(found.codes) == codes


@pytest.mark.parametrize(
    "text",
    [
        "A model letter in English is attached below. Send it to the embassy.",
        "He sent letters and faxes to friends in Russia and in Poland.",
    ],
)
def test_no_languages_from_a_story(text: str) -> None:
    assert find_languages_line(text) is None


def test_bulletin_heading_in_capitals_is_no_reference() -> None:
    text = "ANYTOWN BRANCH - SOLIDARITY BULLETIN No. 14/2031\nDear colleagues,\n"
    assert find_reference(text).reference is None
