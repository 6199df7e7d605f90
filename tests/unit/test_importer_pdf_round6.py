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
