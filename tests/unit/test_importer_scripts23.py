"""Session 23 (imp23s): recipients written in scripts without capitals (docs/importer.md,
"Round 23s: scripts without capitals"). Each test reads a short text of our own: invented
names and places, in other languages and layouts than the samples that showed the cause.
Cheap: strings, no files."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.sources import undo_presentation_forms


def test_a_one_word_name_after_an_office_and_before_a_courtesy_word_is_the_name() -> None:
    # Korean: body, office, a name of one word, "to you" after it.
    who = interpret(["국방부 장관 박민준 귀하", "국방부", "(04383) 서울특별시 용산구 예시로 22"])
    assert (who.name, who.title) == ("박민준", "국방부 장관")
    # Chinese: the office, the name, "Mr" as a word of its own.
    who = interpret(["教育局局長 周永康 先生", "Education Bureau", "Example Road 3", "Hong Kong"])
    assert who.name == "周永康"
    assert who.title == "教育局局長"
    # Chinese: the office, the name, "Excellency" after it, over a Latin address.
    who = interpret(["大使 孙丽娟 阁下", "Embassy of China", "Beispielstraße 4", "10115 Berlin"])
    assert (who.name, who.title) == ("孙丽娟", "大使")
    # A post-nominal title of four letters or more after the name is no part of it.
    who = interpret(["律政司司長 陳大文 資深大律師", "Example Place 1", "Hong Kong"])
    assert who.name == "陳大文"


def test_a_one_word_name_before_the_office_repeated_under_the_full_office() -> None:
    lines = ["广东省人民检察院检察长", "吴志刚 检察长", "广州市越秀区示例路1号", "邮编：510000"]
    who = interpret(lines)
    assert who.name == "吴志刚"
    assert who.title == "广东省人民检察院检察长"
    # The repeated office is no address line.
    assert "检察长" not in who.address


def test_a_line_of_han_without_an_office_beside_it_is_no_one_word_name() -> None:
    # A body alone, a place alone: no name is made of them.
    who = interpret(["司法部", "北京市朝阳区示例街5号"])
    assert who.name == "司法部"
    # Two words with no office: nothing shows either is a name.
    assert interpret(["北京 上海", "示例街5号"]).name != "北京"


def test_a_year_of_a_named_era_is_counted_from_the_era() -> None:
    # Japanese eras (a first year printed "元年"), the Republic of China's calendar.
    assert [f.date for f in find_dates("平成31年4月30日まで")] == [dt.date(2019, 4, 30)]
    assert [f.date for f in find_dates("令和元年12月1日")] == [dt.date(2019, 12, 1)]
    assert [f.date for f in find_dates("請於民國114年8月9日前")] == [dt.date(2025, 8, 9)]
    # A year of our era is read as before.
    assert [f.date for f in find_dates("2027年1月5日")] == [dt.date(2027, 1, 5)]


def test_thai_and_lao_sara_am_drawn_as_two_marks_is_one_letter() -> None:
    # NIKHAHIT and AA in either order, with a tone mark, as PDF fonts draw them.
    assert undo_presentation_forms("คาํตอบ") == "คำตอบ"
    assert undo_presentation_forms("คําตอบ") == "คำตอบ"
    assert undo_presentation_forms("นํ้าตก") == "น้ำตก"
    assert undo_presentation_forms("ນໍ້າ") == "ນ້ຳ"
    assert undo_presentation_forms("คำตอบ") == "คำตอบ"


def test_the_new_patterns_on_a_long_line_without_spaces() -> None:
    # Reaching this line is the test.
    line = "令和" * 50_000 + "年" + "1" * 50_000
    find_dates(line)
    undo_presentation_forms("\u0e32\u0e48" * 100_000)
    interpret(["大使" * 100_000 + " 孙丽娟 阁下"])


def test_hebrew_month_and_language_names_take_their_joined_preposition() -> None:
    from appeal_tui.core.importer.language_names import find_languages_line

    # "by 3 in-June 2027", "until the 9th to-November 2026": the preposition joined to the month.
    assert [f.date for f in find_dates("יש לשלוח עד 3 ביוני 2027")] == [dt.date(2027, 6, 3)]
    assert [f.date for f in find_dates("9 לנובמבר 2026")] == [dt.date(2026, 11, 9)]
    # "One may write in Arabic or in Hebrew": the infinitive opens a languages line.
    found = find_languages_line("אפשר לכתוב בערבית או בעברית.")
    assert found is not None and found.codes == ("ar", "he")


def test_a_rank_before_a_name_in_hebrew_arabic_or_thai_is_a_courtesy_word() -> None:
    from appeal_tui.core.importer.recipient_lines import looks_like_person

    # A rank with a maqaf or a hyphen before two name words: a person, not an office.
    who = interpret(["מפקד המשטרה", "רב-ניצב דני לוי", "רחוב הדוגמה 4", "ירושלים 9100000"])
    assert who.title == "מפקד המשטרה"
    assert who.name is not None and "דני לוי" in who.name
    assert looks_like_person("العميد سامي خليل")
    assert looks_like_person("พล.ต.ท. สมศักดิ์ ใจดี")


def test_a_one_line_recipient_parted_by_arabic_commas() -> None:
    # Persian: a body, its street and its city on one line, parted by the Arabic comma.
    who = interpret(["سازمان نمونه حقوق بشر، خیابان نمونه ۱۲، شیراز"])
    assert who.name == "سازمان نمونه حقوق بشر"
    assert who.address == ["خیابان نمونه ۱۲", "شیراز"]
    # Urdu: an office's own secretariat under the name is its organisation, not its title.
    who = interpret(["وزیر اعلیٰ سندھ", "محمد نمونہ خان", "وزیر اعلیٰ سیکرٹریٹ", "کراچی"])
    assert who.title == "وزیر اعلیٰ سندھ"
    assert who.organisation == "وزیر اعلیٰ سیکرٹریٹ"


def test_japans_postal_mark_opens_the_address_on_a_run_on_line() -> None:
    who = interpret(
        [
            "駐日サンプル国大使館",
            "特命全権大使　アナ・モデロ（Ana Modelo）閣下〒150-0001　東京都渋谷区例1-2",
        ]
    )
    assert who.name == "Ana Modelo"
    assert who.address == ["〒150-0001 東京都渋谷区例1-2"] or who.address == [
        "〒150-0001　東京都渋谷区例1-2"
    ]


def test_japanese_spellings_of_language_names_beside_cldrs() -> None:
    from appeal_tui.core.importer.language_names import codes_in

    assert codes_in("ウルドゥ語、ペルシャ語または英語") == ["ur", "fa", "en"]


def test_a_thai_courtesy_word_joined_to_the_name_is_no_part_of_it() -> None:
    who = interpret(["รัฐมนตรีว่าการกระทรวงตัวอย่าง", "นางสาวมาลี สุขใจ", "กรุงเทพฯ 10300"])
    assert who.name == "มาลี สุขใจ"
    # An office that opens with the same letters keeps them.
    assert interpret(["นายกรัฐมนตรี", "ทำเนียบรัฐบาล", "กรุงเทพฯ 10300"]).name == "นายกรัฐมนตรี"
    assert interpret(["นายกรัฐมนตรี สมชาย ใจดี", "กรุงเทพฯ 10300"]).name != "กรัฐมนตรี สมชาย ใจดี"


def test_an_embassy_line_under_a_person_and_office_is_the_blocks_body() -> None:
    from appeal_tui.core.importer import import_document, read_document

    text = (
        "抄送\n吴海涛 大使\n中华人民共和国驻示例国大使馆\n12 Example Street\n"
        "1000 Sampleton\n示例国\n电子邮件：press@embassy.example.org\n"
    )
    case = import_document(read_document(text.encode()), source="x.txt").case
    found = [r for r in case["recipients"] if r["key"] != "to-be-completed"]
    assert [r["name"] for r in found] == ["吴海涛"]
    assert found[0]["organisation"] == {"zh-Hans": "中华人民共和国驻示例国大使馆"}
    # An embassy line alone still sends copies to the embassies.
    text = "收信人\n王立 部长\n司法部\n北京市示例路1号\n\n请将副本寄给中国驻贵国大使馆。\n"
    case = import_document(read_document(text.encode()), source="y.txt").case
    assert "王立" in [r["name"] for r in case["recipients"]]


def test_a_japanese_name_with_its_courtesy_word_may_be_longer_or_in_katakana() -> None:
    # Written without its space, the courtesy word joined or apart; a body's name with kana.
    for line in ("文部科学大臣 佐藤美咲様", "文部科学大臣　佐藤美咲 殿"):
        who = interpret([line, "Ministry of Example", "3-2-2 Example", "Tokyo 100-0000"])
        assert (who.name, who.title) == ("佐藤美咲", "文部科学大臣")
    who = interpret(["西日本サンプルセンター所長 ルカ・エセンピオ 様", "〒500-0000 岐阜県例市1-2"])
    assert (who.name, who.title) == ("ルカ・エセンピオ", "西日本サンプルセンター所長")
    # An office with a courtesy word and no one named: the office, no name "閣下".
    who = interpret(["特命全権大使 閣下", "Embassy of Example", "Tokyo"])
    assert who.name != "閣下"
    # Without a courtesy word, a long word after an office is no name.
    assert (
        interpret(["大使 中华人民共和国驻示例国", "Example Road 1"]).name
        != "中华人民共和国驻示例国"
    )
