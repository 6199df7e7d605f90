"""Mends of session 26's merge (merge26), each shown on an invented text."""

from __future__ import annotations

from importer_pdf import content_pdf

from appeal_tui.core.importer.sources import read_document


def _actual(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _line(y: int, parts: list[bytes]) -> bytes:
    return b"BT /F1 11 Tf 56 " + str(y).encode() + b" Td " + b" ".join(parts) + b" ET"


def test_a_heading_a_style_printed_in_capitals_reads_as_printed() -> None:
    # A browser prints a CSS `text-transform: uppercase` heading as capital glyphs and gives
    # the page's own letters ("Pray for the Sick") in an ActualText span. The page shows
    # capitals, and headings are known by them: the span's glyphs are read, not its text.
    span = (
        b"/Span <</ActualText "
        + _actual("Pray for the Sick")
        + b">> BDC (PRAY FOR THE SICK) Tj EMC"
    )
    shaped = b"/Span <</ActualText " + _actual("\u092e\u093f") + b">> BDC (x) Tj (m) Tj EMC"
    page = b"\n".join([_line(700, [span]), _line(680, [shaped, b"(: 5) Tj"])])
    text = read_document(content_pdf(page))
    assert "PRAY FOR THE SICK" in text
    assert "Pray for the Sick" not in text
    # A shaped cluster still reads as its letters.
    assert "\u092e\u093f: 5" in text


def test_an_arabic_given_name_that_is_also_an_office_word_stays_the_name() -> None:
    # "قائد" (commander) is also a given name: a block's name over its own office line is a
    # person's (the third review of session 26 found the recipient lost).
    from appeal_tui.core.importer import import_document

    text = (
        "تحرك عاجل\n\nاعتقال صحفي\n\nاعتقل الصحفي في 4 مارس 2031.\n\n"
        "يرجى الكتابة قبل 19 أبريل 2031 إلى:\n\n"
        "قائد سالم المنصوري\nوزير الداخلية\nص.ب 4567، المدينة 22222\n"
    )
    case = import_document(text, source="invented.txt").case
    found = [r for r in case["recipients"] if r.get("key") != "to-be-completed"]
    assert [r["name"] for r in found] == ["قائد سالم المنصوري"]
    title = found[0]["title"]
    assert (title.get("ar") if isinstance(title, dict) else title) == "وزير الداخلية"
