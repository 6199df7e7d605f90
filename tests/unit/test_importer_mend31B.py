"""Session 31 mend (mend31B): round 31a's deadline code narrowed where a reviewer's invented
texts showed it reading a story's date or a bare number as the deadline. A wrapped sentence
speaks of the appeal only with a request in it and no story verb before its date; a year-less
deadline takes its year from a full date (or a heading's year), never from a birth year or a
street number, and falls after every full date the text prints; a day-month in figures is no
date before a unit ("2.5 years") nor, after an English "by", when the day could be the month.
All texts invented."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_issued


def _deadline(text: str) -> dt.date | None:
    dates = find_dates(text)
    return find_deadline(text, dates, find_issued(text, dates))[0]


def test_wrapped_story_sentence_is_no_deadline() -> None:
    text = (
        "Bulletin\n\nIssued 3 March 2031\n\nKel Varo's family filed an appeal, and the judge "
        "postponed\nthe hearing until 15 March 2031. Kel Varo is still held.\n\n"
        "Please send appeals before 28 April 2031 to the minister.\n"
    )
    assert _deadline(text) == dt.date(2031, 4, 28)
    text = (
        "Bulletin\n\nIssued 3 March 2031\n\nIna Sorel, who had written letters to a radio "
        "station,\nwas in hiding until 20 February 2031, when soldiers found her.\n\n"
        "Please send appeals before 28 April 2031 to the minister.\n"
    )
    assert _deadline(text) == dt.date(2031, 4, 28)


def test_year_of_text_is_no_birth_year_nor_street_number() -> None:
    text = (
        "Ina Sorel, born in 1987, is a nurse. In 2015 she joined a union.\n\n"
        "Please send your letters before 9 November to:\n\nMinister\nMain Road 4\n"
    )
    assert _deadline(text) is None
    text = (
        "Please send your appeals before 9 November to:\n\nAmbassador\n"
        "2040 Example Road NW\nWashington, DC 20008\n"
    )
    assert _deadline(text) is None


def test_year_of_text_after_every_full_date() -> None:
    text = (
        "Please send your letters before 14 December to:\n\nMinister\nMain Road 4\n\n"
        "Background: Kel Varo was arrested on 3 February 2032 and sentenced on 8 October 2032.\n"
    )
    # (Read as a text without an issue date: the story's dates say which year the deadline is.)
    assert find_deadline(text, find_dates(text), None)[0] == dt.date(2032, 12, 14)


def test_number_before_a_unit_is_no_day_month() -> None:
    text = "Please send appeals now. His term was cut by 3.4 years after letters from abroad.\n"
    assert [d.day_month for d in find_dates(text)] == []
    assert _deadline(text) is None
    assert find_dates("Write by 8.5 million signatures") == []


def test_english_slashed_day_month_only_when_unambiguous() -> None:
    assert find_dates("Send your appeals by 3/11 to:") == []
    assert [d.day_month for d in find_dates("Send your appeals by 23/11 to:")] == [(23, 11)]
    # (Portuguese reads the day first: "até 3/11" is 3 November.)
    assert [d.day_month for d in find_dates("prazo: até 3/11")] == [(3, 11)]
