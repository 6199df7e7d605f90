"""Session 27 (imp27a): Chinese, Japanese and Korean recipients and PDFs. Each text here is our
own (invented people, offices, streets and numbers)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.pdf_layout import _lines, _Run, printed_width, wide_end
from appeal_tui.core.importer.recipient_lines import interpret


def test_a_wide_glyph_is_no_wider_than_a_font_height() -> None:
    # A bold face gave each Hangul glyph twice a font height: the space after a word was hid.
    assert wide_end(100.0, 120.0, "가", 10.0) == 110.0
    assert wide_end(100.0, 140.0, "가나", 10.0) == 120.0
    # A face that gave too little stays widened to about a font height.
    assert wide_end(100.0, 103.0, "가", 10.0) == 109.0
    # Latin letters keep their font's widths.
    assert wide_end(100.0, 130.0, "ab", 10.0) == 130.0


def _glyphs(text: str, x: float, advance: float, width: float) -> list[_Run]:
    runs = []
    for ch in text:
        if ch != " ":
            runs.append(_Run(x, x + width, 500.0, 10.0, ch))
        x += advance
    return runs


def _bold(text: str, x: float) -> list[_Run]:
    """Glyphs drawn one at a time at Helvetica's advances, each given twice its width."""
    runs = []
    for ch in text:
        step = printed_width(ch, 10.0)
        if ch != " ":
            runs.append(_Run(x, x + 2 * step + 1.0, 500.0, 10.0, ch))
        x += step
    return runs


def test_wide_glyphs_of_a_bold_face_keep_the_space_between_words() -> None:
    runs = [
        *_glyphs("가나다", 50.0, 10.0, 20.0),
        *_glyphs("라마바", 82.0, 10.0, 20.0),
    ]
    runs = [_Run(r.x0, wide_end(r.x0, r.x1, r.text, r.size), r.y, r.size, r.text) for r in runs]
    (line,) = _lines(runs)
    assert line.segments[0][2] == "가나다 라마바"


def test_a_bold_name_on_a_line_of_plain_words_keeps_its_spaces() -> None:
    # Six glyphs or more in a row, each drawn wider than its advance (a bold face whose widths
    # are wrong), then words of a plain face on the same line.
    bold = _bold("Chair Ana Lee,", 300.0)
    x = bold[-1].x0 + 5.0
    plain = []
    for ch in "Example Board":
        if ch != " ":
            plain.append(_Run(x, x + 5.0, 500.0, 10.0, ch))
        x += 5.0 if ch != " " else 2.8
    (line,) = _lines(bold + plain)
    text = " ".join(t for _, _, t in line.segments)
    assert "Chair Ana Lee," in text
    assert "Example Board" in text


def test_a_name_with_its_courtesy_word_under_the_office() -> None:
    who = interpret(["示例市行政長官", "馮立恒先生", "示例市明德道8號", "行政長官辦公室"])
    assert who.name == "馮立恒"
    assert who.title == "示例市行政長官"


def test_office_and_name_parted_by_an_ideographic_space() -> None:
    who = interpret(["示例局局長\u3000蔣文博先生", "示例市明德道9號10樓"])
    assert who.name == "蔣文博"
    assert who.title == "示例局局長"


def test_a_japanese_envelope_names_its_addressee_last() -> None:
    who = interpret(["〒100-0099", "東京都千代田区見本町3-2-1", "見本省", "見本大臣 川辺 洋介 殿"])
    assert who.name == "川辺 洋介"
    assert who.title == "見本大臣"
    assert who.organisation == "見本省"
    assert who.address == ["〒100-0099", "東京都千代田区見本町3-2-1"]


def test_a_korean_name_then_its_body_and_office() -> None:
    who = interpret(["한가람 예시인권위원회 위원장", "(01234) 서울특별시 예시구 예시로 12"])
    assert who.name == "한가람"
    assert who.title == "위원장"
    assert who.organisation == "예시인권위원회"
    # A body printed again on its own line below is one line.
    who = interpret(["한가람 법무부 장관", "법무부", "(01234) 경기도 예시시 예시로 3"])
    assert who.name == "한가람"
    assert who.address == ["(01234) 경기도 예시시 예시로 3"]


def test_a_korean_body_and_office_with_no_one_named() -> None:
    who = interpret(["예시외국인보호소 소장", "(01234) 경기도 예시시 예시로 5"])
    assert who.name == "예시외국인보호소"
    assert who.title == "소장"


ZH_COPIES = (
    "緊急救援行動 UA 91/27\n\n"
    "請以中文或英文撰寫信件。\n\n"
    "收件人\n\n"
    "示例市行政長官\n"
    "馮立恒先生\n"
    "示例市明德道8號\n"
    "電郵：chief@example.org\n\n"
    "副本寄送\n\n"
    "示例局局長\u3000蔣文博先生\n"
    "示例市明德道9號10樓\n"
    "電郵：bureau@example.org\n"
)


def test_chinese_copies_heading_and_names_with_courtesy_words() -> None:
    case = import_document(ZH_COPIES, source="zh.txt").case
    got = {r.get("name"): r.get("role") for r in case["recipients"]}
    assert got == {"馮立恒": "primary", "蔣文博": "copy"}


def test_an_office_over_a_name_alone_in_han() -> None:
    who = interpret(["示例部部长", "冯立恒", "示例市示例路14号", "邮编 100999"])
    assert who.name == "冯立恒"
    assert who.title == "示例部部长"


def test_a_country_line_in_its_chinese_long_form() -> None:
    who = interpret(["示例部部长", "冯立恒", "示例市示例路14号", "中华人民共和国"])
    assert who.country == "中华人民共和国"


def test_people_told_by_their_age_in_brackets() -> None:
    from appeal_tui.core.importer.people import _aged_names

    assert _aged_names("前示例會幹事蔣文博（41歲）及示例工會主席馮立恒（58歲）") == [
        "蔣文博",
        "馮立恒",
    ]
    assert _aged_names("確定者、川辺 洋介（かわべ・ようすけ）さん（61歳）は") == ["川辺 洋介"]
    assert _aged_names("노동자 아난 보라(33) 씨는 … 아난 보라 씨에게") == ["아난 보라"]
    # A name in katakana, or with its Latin spelling in the brackets, is left to the Latin one.
    assert _aged_names("活動家のミラ・ソトさん（29歳）が") == []
    assert _aged_names("활동가 아난 보라(Anan Bora, 33세)가") == []


KO_EN = (
    "긴급행동 UA 92/27\n\n"
    "이주노동자 아난 보라(33) 씨는 예시보호소에 구금되어 있다.\n\n"
    "1. 아난 보라 씨를 즉시 석방할 것\n\n"
    "Migrant worker Anan Bora, 33, is held at the Example Centre.\n\n"
    "서한보낼곳\n\n"
    "한가람 법무부 장관\n"
    "(01234) 경기도 예시시 예시로 3\n"
    "이메일: minister@example.org\n"
)


def test_a_korean_text_names_people_in_its_own_script() -> None:
    case = import_document(KO_EN, source="ko.txt").case
    assert [p["name"] for p in case["people"]] == ["아난 보라"]


def test_a_chinese_languages_line_and_a_lawyer_named_in_japanese() -> None:
    case = import_document(ZH_COPIES, source="zh.txt").case
    assert case["languages"][:2] == ["zh", "en"]
    from appeal_tui.core.importer.people import _han_names

    assert _han_names("とりわけ、蔣文博弁護士が拘束された。示例弁護士会は") == ["蔣文博"]


def test_a_deadline_years_before_the_issue_date_is_a_misprint() -> None:
    import datetime as dt

    text = (
        "URGENT ACTION UA 93/27\nIssued 2 March 2027\n\n"
        "Please send appeals before 10 April 1927.\n\n"
        "Please write to the minister before 10 April 2027.\n\n"
        "Write to\n\nMinister Ana Lee\nExample Ministry\nExample Street 4\n"
    )
    assert import_document(text, source="en.txt").case["deadline"] == dt.date(2027, 4, 10)


def test_a_katakana_name_with_its_middle_dots_and_courtesy_word() -> None:
    block = ["駐日見本国大使館", "特命全権大使 ミラン・ソトロヴィチ閣下", "〒150-0099 見本区1-2"]
    who = interpret(block)
    assert who.name == "ミラン・ソトロヴィチ"
    assert who.title == "特命全権大使"
