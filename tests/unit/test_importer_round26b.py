"""Session 26 (imp26b): East and Southeast Asian scripts. Each text here is our own (invented
people, offices and addresses)."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.pdf_layout import _Run, marks_joined


def test_a_mark_drawn_by_itself_stays_with_the_letter_under_it() -> None:
    # A browser draws a Thai vowel or tone mark as a run of its own, where the letter under
    # it ends: sorted by place it came after the next letter ("ดว่น" for "ด่วน").
    runs = [
        _Run(10.0, 16.0, 700.0, 12.0, "ด"),
        _Run(16.0, 21.0, 700.0, 12.0, "่"),
        _Run(15.9, 21.0, 700.0, 12.0, "ว"),
        _Run(21.0, 27.0, 700.0, 12.0, "น"),
        # A mark the font maps to no letter is left out.
        _Run(27.0, 33.0, 700.0, 12.0, "ตั"),
        _Run(33.1, 38.0, 700.0, 12.0, "\x00"),
        _Run(33.0, 39.0, 700.0, 12.0, "ง"),
    ]
    joined = marks_joined(runs)
    assert [r.text for r in joined] == ["ด่", "ว", "น", "ตั", "ง"]
    # Letters are no marks; a mark on another line is not this line's.
    other = [_Run(10.0, 16.0, 700.0, 12.0, "ก"), _Run(16.0, 21.0, 650.0, 12.0, "่")]
    assert len(marks_joined(other)) == 2
    plain = [_Run(10.0, 16.0, 700.0, 12.0, "ab"), _Run(16.0, 21.0, 700.0, 12.0, "c")]
    assert len(marks_joined(plain)) == 2


THAI = (
    "ปฏิบัติการด่วน UA 11/27 · 2 มกราคม 2570\n\n"
    "นักกิจกรรมถูกควบคุมตัวที่เมืองตัวอย่าง\n\n"
    "กรุณาเขียนจดหมายให้ถึงผู้รับภายใน 15 กุมภาพันธ์ 2570 โดยเรียกร้องให้ปล่อยตัวเขา\n\n"
    "ส่งถึง\n\n"
    "รัฐมนตรีว่าการกระทรวงตัวอย่าง\n"
    "นายสมมติ ใจดีมาก\n"
    "กระทรวงตัวอย่าง\n"
    "ถนนสมมติ เขตตัวอย่าง\n"
    "กรุงเทพฯ 10999\n"
    "อีเมล: minister@example.org\n"
)


def test_thai_send_to_heading_and_within_a_date() -> None:
    case = import_document(THAI, source="th.txt").case
    names = [r.get("name") for r in case["recipients"]]
    assert "ส่งถึง" not in names
    assert any(n and "ใจดีมาก" in n for n in names)
    assert case["deadline"] == dt.date(2027, 2, 15)


def test_thai_within_the_day_with_its_tone_mark_lost() -> None:
    text = THAI.replace("ภายใน 15", "ภายในวันที 15")
    assert import_document(text, source="th.txt").case["deadline"] == dt.date(2027, 2, 15)


def test_burmese_written_in_drawn_order_is_put_in_unicode_order() -> None:
    from appeal_tui.core.importer.text_repairs import burmese_in_written_order

    # "ေရး" drawn e-first, "ြပည်" drawn ra-first: a text typed or extracted in that order.
    drawn = "ေရး ြပည် ေကျာင်း ေမာင်"
    assert burmese_in_written_order(drawn) == "ရေး ပြည် ကျောင်း မောင်"
    # A text in Unicode's order is left as it is.
    right = "ရေး ပြည် ကျောင်း မောင် မေမေ"
    assert burmese_in_written_order(right) == right


def test_dates_of_east_and_southeast_asia() -> None:
    from appeal_tui.core.importer.dates import find_dates

    def first(text: str) -> tuple[dt.date | None, tuple[int, int]]:
        found = find_dates(text)[0]
        return found.date, found.day_month

    # A month and day without the year; the year with the other count in brackets.
    assert first("送付は7月9日までに") == (None, (9, 7))
    assert first("2027年（令和9年）2月3日") == (dt.date(2027, 2, 3), (3, 2))
    assert first("令和9年（2027年）2月3日") == (dt.date(2027, 2, 3), (3, 2))
    # The year first with stops, as a chat heads a day.
    assert first("2027.02.03 水曜日") == (dt.date(2027, 2, 3), (3, 2))
    # Khmer and Lao "month" and "year" words; Burmese "year" after the year, "month" joined.
    assert first("ថ្ងៃទី ១២ ខែមីនា ឆ្នាំ ២០២៧") == (dt.date(2027, 3, 12), (12, 3))
    assert first("ວັນທີ 12 ເດືອນ ມີນາ ປີ 2027") == (dt.date(2027, 3, 12), (12, 3))
    assert first("၂၀၂၇ ခုနှစ်၊ ဧပြီလ ၁၂ ရက်") == (dt.date(2027, 4, 12), (12, 4))


def test_a_japanese_deadline_word_and_languages_after_the_topic() -> None:
    text = (
        "2027.01.20 水曜日\n\n"
        "新しい緊急行動が届きました。架空市の記者が拘束されています。\n"
        "書簡は英語又は日本語でお書きください。\n"
        "締め切りは 3月4日 です。\n"
    )
    case = import_document(text, source="chat.txt").case
    assert case["deadline"] == dt.date(2027, 3, 4)
    assert case["languages"] == ["en", "ja"]


def test_thai_language_names_run_on_into_the_words_after_them() -> None:
    from appeal_tui.core.importer.language_names import codes_in

    assert codes_in("ภาษาอังกฤษหรือภาษาไทยเท่านั้น") == ["en", "th"]


VIETNAMESE = (
    "Hành động khẩn cấp số 05/27\n\n"
    "Một nhà báo bị bắt giữ tại thành phố Mẫu. Hãy viết thư trước ngày 9 tháng 4 năm 2027.\n\n"
    "Gửi thư đến:\n\n"
    "Bộ trưởng Bộ Giả định\n"
    "Ông Trần Văn Mẫu\n"
    "Số 9 phố Giả, Hà Nội, Việt Nam\n"
    "Email: botruong@example.org\n"
    "Thưa Bộ trưởng\n\n"
    "Gửi bản sao đến: Đại sứ quán Giả định, Phố Mẫu 1, 10000 Thành phố — Email: dsq@example.org\n"
)


def test_vietnamese_thua_salutation_and_copies_heading() -> None:
    case = import_document(VIETNAMESE, source="vi.txt").case
    recipients = case["recipients"]
    primary = [r for r in recipients if r.get("role") == "primary"]
    assert primary and primary[0].get("salutation")
    assert "Thưa" in str(primary[0]["salutation"])
    names = [str(r.get("name")) for r in recipients]
    assert not any(n.startswith("Gửi bản sao") for n in names)
    assert any(r.get("role") == "copy" for r in recipients)
    assert case["reference"].endswith("05/27")


def test_khmer_urgent_action_number() -> None:
    from appeal_tui.core.importer.fields import find_reference

    text = "សកម្មភាពបន្ទាន់ លេខ ០៤២/២៧\n\nភ្នំពេញ ថ្ងៃទី ៣ ខែមីនា ឆ្នាំ ២០២៧\n"
    # (Round 36e: the kind and its word for "number" are kept with the number.)
    assert find_reference(text).reference == "សកម្មភាពបន្ទាន់ លេខ ០៤២/២៧"


def test_korean_deadline_day_is() -> None:
    text = (
        "긴급행동 UA 12/27\n\n가상시의 활동가가 구금되었습니다. 탄원 편지를 보내 주세요.\n"
        "마감일은 2027년 3월 5일입니다.\n"
    )
    assert import_document(text, source="ko.txt").case["deadline"] == dt.date(2027, 3, 5)
