"""Session 30 mend (mend30c): round 30g's soft deadline ("after <date> check with the office")
narrowed; each on an invented text (names, places, numbers invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_issued


def _deadline(text: str) -> tuple[dt.date | None, bool]:
    dates = find_dates(text)
    return find_deadline(text, dates, find_issued(text, dates))


# 1-4. A story's date with another language's "after" word, a story's "contact", a participle
# or a Chinese statement: no deadline.
@pytest.mark.parametrize(
    "text",
    [
        # Polish "na" (Dutch "after") and "kontaktu" (beginning of Norwegian "kontakt").
        "PILNA AKCJA 7/32\nKraków, 2 lutego 2032\n\nProces odroczono na 20 czerwca 2032 r. "
        "Adwokat nie ma z nią kontaktu od aresztowania.",
        # Croatian "na" and "kontakt".
        "HITNA AKCIJA 7/32\nSplit, 2. veljače 2032.\n\nRočište je zakazano na 20. lipnja 2032. "
        "Sestra nema kontakt s njom.",
        # English "consult" of a story.
        "URGENT ACTION 7/32\nDate: 2 February 2032\n\nThe hearing was moved to after 20 June "
        "2032. She may not consult her doctor.",
        # Italian participle "verificate".
        "AZIONE URGENTE 7/32\nMilano, 2 febbraio 2032\n\nDopo il 20 giugno 2032 sarà giudicata. "
        "Le prove non sono state verificate da nessuno.",
        # French infinitive "contacter" of a story.
        "ACTION URGENTE 7/32\nLyon, le 2 février 2032\n\nElle sera jugée après le 20 juin 2032. "
        "Son avocat ne peut pas la contacter.",
        # Chinese "确认" in a statement.
        "紧急行动 7/32\n2032年2月2日\n\n2032年6月20日以后法院将宣判。警方没有确认她的下落。",
        # 5. No issue date: a past story's date with "consult" in the next sentence.
        "URGENT ACTION\n\nAfter 9 April 1997 she was held in secret. Her family could not "
        "consult with her since.",
    ],
)
def test_a_storys_after_date_is_no_deadline(text: str) -> None:
    assert _deadline(text)[0] is None


# 6. "not after <date>" stays clear when a "check with the office" sentence follows.
@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION 7/32\nDate: 2 February 2032\n\nSend appeals at once and not after 20 June "
        "2032. Check with your section office if you write later.",
        "HASTEAKSJON 7/32\nBergen, 2. februar 2032\n\nSend appeller straks og ikke etter 20. juni "
        "2032. Ta kontakt med kontoret hvis du skriver senere.",
    ],
)
def test_not_after_stays_clear_before_a_check_sentence(text: str) -> None:
    assert _deadline(text) == (dt.date(2032, 6, 20), True)


# 8. Turkish "tarihinden sonra" is read whole.
def test_turkish_after_the_date_is_read_whole() -> None:
    text = (
        "ACİL EYLEM 7/32\n2 Şubat 2032\n\nMektuplarınızı 20 Haziran 2032 tarihinden sonra "
        "gönderecekseniz lütfen önce büroya danışın."
    )
    assert _deadline(text)[0] == dt.date(2032, 6, 20)
