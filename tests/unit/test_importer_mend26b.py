"""Mends of session 26's merge (mend26b), each shown on an invented text that the merge read
worse than main."""

from __future__ import annotations

import datetime as dt

from importer_pdf import content_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.channels import chat_text
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.sources import read_document


def test_thai_before_in_a_story_is_no_deadline() -> None:
    # "She wrote a book before 3 January 2571 ... Please send letters within the day 20 May".
    text = (
        "ปฏิบัติการด่วน\n\n"
        "นางสาวมาลี ถูกจับกุม หลังจากเธอเขียนหนังสือเรื่องป่าไม้ก่อน 3 มกราคม 2571\n\n"
        "โปรดส่งจดหมายถึงผู้ว่าราชการภายในวันที่ 20 พฤษภาคม 2571\n"
    )
    assert import_document(text).case["deadline"] == dt.date(2028, 5, 20)


def test_khmer_before_in_a_story_is_no_deadline() -> None:
    # "He sent a letter to the office before 9 March 2032." / "Please send letters before
    # the day 1 June 2032".
    text = (
        "សកម្មភាពបន្ទាន់\n\n"
        "គាត់បានផ្ញើលិខិតទៅការិយាល័យមុន 9 ខែមីនា ឆ្នាំ 2032 ។\n\n"
        "សូមផ្ញើលិខិតមុនថ្ងៃទី 1 ខែមិថុនា ឆ្នាំ 2032 ទៅ៖\n"
    )
    assert import_document(text).case["deadline"] == dt.date(2032, 6, 1)


def test_a_year_first_number_after_a_label_is_no_date() -> None:
    for line in (
        "Docket number 2030.06.07 at the tribunal.",
        "Our case file 2030/6/7 is open.",
        "Call +44 2030.06.07 today.",
        "UA 2030.06.07 was sent.",
    ):
        assert find_dates(line) == [], line
    assert len(find_dates("The office opened on 2030/06/07 at noon")) == 1
    assert len(find_dates("2030.06.07 水曜日")) == 1


def test_a_two_letter_may_is_read_day_first_only() -> None:
    # "In 2029, 40 people were held" with "में" misspelt "मे".
    assert find_dates("2029 मे 14 लोग पकड़े गए") == []
    assert [d.date for d in find_dates("3 मे 2029 को")] == [dt.date(2029, 5, 3)]


def test_parts_from_different_senders_are_not_joined() -> None:
    chat = "\n".join([
        "[05/06/2031 09:00] Lina: Who writes first?",
        "[05/06/2031 09:01] Lina: (1/2) the governor",
        "[05/06/2031 09:01] Omar: (2/2) yes, both",
        "[05/06/2031 09:02] Pia: (2/3) said the lawyer",
        "[05/06/2031 09:03] Lina: thanks",
    ])  # fmt: skip
    text = chat_text(chat)
    assert "(1/2) the governor" in text
    assert "(2/2) yes, both" in text
    assert "(2/3) said the lawyer" in text


def test_nested_actual_text_adds_nothing_to_the_outer_span() -> None:
    def actual(text: str) -> bytes:
        return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"

    span = (
        b"/Span <</ActualText " + actual("Staff of the Bureau") + b">> BDC (Sta) Tj "
        b"/Span <</ActualText " + actual("ff") + b">> BDC (Q) Tj EMC (f of the Bureau) Tj EMC"
    )
    page = b"BT /F1 11 Tf 56 700 Td " + span + b" ET"
    text = read_document(content_pdf(page))
    assert "Staff of the Bureau" in text
    assert "Bureauff" not in text


def test_an_arabic_office_parted_by_its_comma_is_no_name() -> None:
    who = interpret(["مدير مركز الشرطة الشمالي، ص.ب 40، مدينة المثال", "الأردن"])
    assert who.name is None
    assert who.organisation == "مدير مركز الشرطة الشمالي"


def test_one_senders_parts_under_their_stamps_are_still_joined() -> None:
    # The speaker on the stamp's line, the message below it (an SMS export).
    chat = "\n".join([
        "[07/08/2031 08:00] Relay Desk:",
        "(1/2) Write to the Governor,",
        "",
        "[07/08/2031 08:00] Relay Desk:",
        "(2/2) 4 Harbour Road, Port Sample.",
        "",
        "[07/08/2031 08:05] Me:",
        "got it",
        "",
        "[07/08/2031 08:06] Relay Desk:",
        "thanks",
    ])  # fmt: skip
    text = chat_text(chat)
    assert "Write to the Governor,\n4 Harbour Road, Port Sample." in text
