"""PDF pages read by position, round 6 (session 15): a page written right to left.

A browser prints a paragraph written right to left (Arabic, Hebrew, Persian: `dir="rtl"`)
from its right edge; pypdf's layout reader puts each line's glyphs left to right, as they are
seen. Reading such a page as left-to-right text with right-to-left words in it put a line's
parts in the wrong order (a Latin name in brackets before the words it follows, "6357 646 2
972+ :פקס", a colon or full stop at the line's start), and took every line of a block for a
line wrapped at the column's edge (they all end at the right margin, as a justified text's
lines do), so a recipient's office, organisation and street came out on one line.

The page is our own (tests/fixtures/pdf-columns/chromium-right-to-left.html, invented names,
printed by headless Chromium), in Hebrew: the document that showed it was Arabic.
"""

from __future__ import annotations

from pathlib import Path

from appeal_tui.core.importer.pdf_layout import _Run, text_of_runs
from appeal_tui.core.importer.sources import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf-columns"


def test_a_page_written_right_to_left_reads_in_reading_order() -> None:
    text = read_document((FIXTURES / "chromium-right-to-left.pdf").read_bytes())
    lines = text.split("\n")
    # A Latin name in brackets stays where it is read, brackets the right way round; the
    # sentence's full stop at its end.
    assert lines[2].startswith("העיתונאית נועה ברקאי-לוין (Noa Barkai-Levin) נעצרה ב-3 במרץ")
    assert lines[2].endswith("לא הורשה לבקר אותה.")
    assert "אנא כתבו עד 30 באפריל 2025 אל:" in lines
    # Each line of the block is its own, though all end at the right margin.
    block = lines[lines.index("מר אליעזר דגני-שפירא") :]
    assert block[:8] == [
        "מר אליעזר דגני-שפירא",
        "שר המשפטים",
        "משרד המשפטים",
        "רחוב צלאח א-דין 29",
        "ירושלים 9711052",
        # The label before its value; the telephone number's groups in the order dialled.
        "פקס: +972 2 646 6357",
        'דוא"ל: sar@justice-example.il',
        "פנייה: כבוד השר",
    ]
    assert "העתק אל: לשכת הנציבות לזכויות אדם (office@rights-example.il)." in lines


def test_a_page_written_left_to_right_keeps_its_order_around_right_to_left_words() -> None:
    """On a page written left to right, only the right-to-left words are turned round: the
    Latin text and the colon the paragraph put at the line's end stay."""
    runs = [
        _Run(56, 130, 700, 10, "Ministry of Justice ("),
        # "وزارة العدل" as seen, left to right, then the closing bracket.
        _Run(130, 180, 700, 10, "لدعلا ةرازو"),
        _Run(180, 184, 700, 10, ")"),
        _Run(56, 200, 686, 10, "Salutation: Dear Minister"),
        _Run(56, 200, 672, 10, "Please write in English or in Arabic to the minister."),
    ]
    lines = text_of_runs(runs).split("\n")
    assert lines[0] == "Ministry of Justice (وزارة العدل)"


def test_a_mark_printed_above_a_line_is_no_line_of_its_own() -> None:
    """An Arabic tanween drawn above its letter, a little over the line's baseline, was read
    as a line of its own between two lines of a paragraph."""
    runs = [
        _Run(300, 500, 700, 10, "ةملك ىلوأ رطسلا"),
        _Run(350, 353, 706, 10, "\u064b"),
        _Run(300, 500, 686, 10, "رطسلا يناثلا انه"),
        _Run(300, 500, 672, 10, "رطسلا ثلاثلا انه."),
    ]
    text = text_of_runs(runs)
    assert "\u064b" not in text.split("\n")
    assert text.split("\n")[0] == "السطر أولى كلمة"


def test_a_name_and_a_date_wrapped_in_a_narrow_column_are_whole_again() -> None:
    """A box of contacts beside the text (its own column) wraps a person's name and a date
    where the next word does not fit: "Mme Ileana Dobrescu" over "Marinescu", "avant le jeudi 12
    novembre" over "2026.". Neither shows a cut in its words (no hyphen, no lower-case
    start), so each was left as two lines: the recipient lost her surname, the deadline its
    year."""
    from importer_pdf import Run, placed_pdf

    left = [
        "Le journaliste Petru Ionescu-Vlad a été",
        "arrêté le 3 octobre 2026 à Chisinau.",
        "Sa famille ignore où il est détenu.",
        "Ses avocats n'ont pas pu le voir.",
        "",
        "Il risque une longue peine de prison.",
        "Ses proches sont menacés.",
        "",
        "",
    ]
    right = [
        "Copie à :",
        "Ambassade de la République de Moldavie",
        "À l'attention de Mme Ileana Dobrescu",
        "Marinescu",
        "Rue Example 14, 1050 Bruxelles",
        "Courriel : ambassade@moldova-example.be",
        "",
        "Merci d'écrire avant le jeudi 12 novembre",
        "2026.",
    ]
    page = [
        *(Run(56, 700 - 12 * n, t, 10) for n, t in enumerate(left) if t),
        *(Run(320, 700 - 12 * n, t, 10) for n, t in enumerate(right) if t),
    ]
    lines = read_document(placed_pdf([page])).split("\n")
    assert "À l'attention de Mme Ileana Dobrescu Marinescu" in lines
    assert "Merci d'écrire avant le jeudi 12 novembre 2026." in lines
    # The street below the name, and the country alone, stay lines of their own.
    assert "Rue Example 14, 1050 Bruxelles" in lines


def test_a_page_of_chinese_text_is_no_typed_page() -> None:
    """Chinese and Japanese characters are all a font height wide, in any font: a page whose
    long runs are all such characters looked set in a fixed-pitch font (a text file printed
    as typed), so its wrapped lines kept their line ends and were joined by a space where a
    word processor's lines would be ("クーデ ター")."""
    lines = [
        "二〇二六年二月，环保人士宋家明在兰州市家中被警方带走，至今下落",
        "不明。他的家人没有收到任何拘留通知书，也不知道他被关押在哪里，",
        "律师多次要求会见均被拒绝。",
    ]
    runs = [
        _Run(56, 56 + 10.5 * len(text), 700 - 16 * n, 10.5, text) for n, text in enumerate(lines)
    ]
    assert text_of_runs(runs, width=(0, 56 + 10.5 * 34 + 56)) == "".join(lines)


def test_a_table_of_a_field_a_row_between_a_paragraph_and_a_heading() -> None:
    """A table of a field a row (the field's name at the left: "收信人" addressee, "称呼"
    salutation, "抄送" copies) printed right under the page's paragraph and over the next
    heading took both into its region; a row without a value made it no such table, and it
    was read a column at a time (every name, then every value). The line above and the line
    below are now lines of their own, and a name that heads the recipients ("收信人") stays
    over them as "copies" does."""
    text = read_document((FIXTURES / "chromium-cjk-field-table.pdf").read_bytes())
    lines = text.split("\n")
    start = lines.index("收信人:")
    assert lines[start : start + 12] == [
        "收信人:",
        "甘肃省公安厅",
        "厅长 周建国",
        "甘肃省兰州市城关区南昌路1号",
        "邮编：730030",
        "电子邮件：gat@gansu-example.cn",
        "称呼: 尊敬的周厅长",
        "抄送:",
        "中华人民共和国驻德国大使馆",
        "大使 闫明德 阁下",
        "传真：+49 30 2758 8221",
        "信件范例",
    ]
