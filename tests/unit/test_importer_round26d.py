"""Round 26d (session 26): South Asian scripts in PDFs printed by a browser.

A browser shapes a Devanagari, Bengali, Tamil, Malayalam or Sinhala word into glyphs that do
not map back to its letters one by one (the vowel sign "ि" is drawn before its consonant, a
conjunct is one glyph its font maps to nothing), and gives each cluster's letters in a marked
span, `/Span <</ActualText (...)>> BDC ... EMC`. The page reader took the glyphs' own text:
"मिति" read " म त", "राष्ट्रिय" read "रा ष् य". It now reads the span's text where the span's
glyphs are drawn. Every page here is written by the test, with invented words.
"""

from __future__ import annotations

from importer_pdf import content_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import read_document


def _actual(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _span(text: str, glyphs: list[bytes]) -> bytes:
    """A cluster drawn as the glyphs given (each by its own `Tj`, as a browser draws them),
    its letters given in the span."""
    shows = b" ".join(b"(" + glyph + b") Tj" for glyph in glyphs)
    return b"/Span <</ActualText " + _actual(text) + b">> BDC " + shows + b" EMC"


def _line(y: int, parts: list[bytes]) -> bytes:
    return b"BT /F1 11 Tf 56 " + str(y).encode() + b" Td " + b" ".join(parts) + b" ET"


def test_a_marked_span_reads_as_its_replacement_text() -> None:
    # "मिति: 5" with the vowel sign drawn before each consonant, as glyphs the font maps to
    # other letters ("xm", "yt").
    page = _line(700, [_span("मि", [b"x", b"m"]), _span("ति", [b"y", b"t"]), b"(: 5) Tj"])
    text = read_document(content_pdf(page))
    assert "मिति: 5" in text
    assert "xm" not in text and "m y" not in text


def test_spans_and_plain_glyphs_of_one_word_stay_one_word() -> None:
    # A word of a plain glyph, then a cluster, then a plain glyph: no space inside it.
    page = _line(700, [b"(k) Tj", _span("ष्ट्रि", [b"q", b"r", b"s"]), b"(a) Tj"])
    assert "kष्ट्रिa" in read_document(content_pdf(page))


def test_a_recipient_block_of_shaped_lines_is_read() -> None:
    # An invented official under an honorific drawn as shaped glyphs.
    lines = [
        _line(700, [b"(Write to:) Tj"]),
        _line(686, [_span("श्री", [b"s", b"h"]), b"( Tomas Velmar) Tj"]),
        _line(672, [b"(Director, Kestrel Bureau) Tj"]),
        _line(658, [b"(12 Alder Road, Kestrel) Tj"]),
        _line(644, [b"(Email: director@kestrel-bureau.example) Tj"]),
    ]
    case = import_document(read_document(content_pdf(b"\n".join(lines))), source="ua.pdf").case
    names = [r["name"] for r in case["recipients"]]
    assert any("Tomas Velmar" in n for n in names)
    assert not any("sh" in n.split() for n in names)


def test_may_written_in_two_letters_of_an_indian_script_is_a_month() -> None:
    from appeal_tui.core.importer.dates import find_dates

    # Nepali and Marathi "मे", Hindi "मई", Bengali "মে", Tamil "மே", with native digits.
    for text, day in [
        ("कृपया १७ मे २०३१ भित्र पत्र पठाउनुहोस्", 17),
        ("कृपया 3 मई 2031 तक लिखें", 3),
        ("২১ মে ২০৩১ এর মধ্যে", 21),
        ("9 மே 2031 க்குள்", 9),
    ]:
        found = [f.date for f in find_dates(text)]
        assert found and found[0] is not None and (found[0].month, found[0].day) == (5, day)
    # Two Latin letters after a number are no month ("12 ma 2031").
    assert not [f for f in find_dates("room 12 ma 2031") if f.date and f.date.month == 5]


def test_a_heading_in_two_languages_parted_by_a_slash_opens_the_recipients() -> None:
    from appeal_tui.core.importer.layout import classify

    for text in ["ලිපි යැවිය යුතු ලිපිනයන් / Send appeals to", "पत्र पठाउने ठेगाना / Write to"]:
        assert classify(1, text).kind == "write-to"
    # A line naming an office beside a heading word, with a number, is no heading.
    assert classify(1, "Office 12 / Write to").kind != "write-to"


def test_last_date_labels_and_within_endings_of_south_asian_languages_give_the_deadline() -> None:
    for text, day in [
        ("അവസാന തീയതി: 2031 ജൂൺ 30-നകം കത്തുകൾ അയയ്ക്കുക.", (2031, 6, 30)),
        ("கடைசி தேதி: 12 ஜூலை 2031", (2031, 7, 12)),
        ("कृपया १७ मे २०३१ भित्र पत्र पठाउनुहोस्।", (2031, 5, 17)),
    ]:
        case = import_document(text + "\n", source="ua.txt").case
        deadline = case.get("deadline")
        assert deadline is not None and (deadline.year, deadline.month, deadline.day) == day, text


def test_send_to_this_address_lines_of_south_asian_languages_open_the_recipients() -> None:
    # An invented Punjabi chat: "send the letter to this address:", then an office's block.
    text = (
        "ਜ਼ਰੂਰੀ ਅਪੀਲ\n\n"
        "ਕਿਸਾਨ ਆਗੂ ਨੂੰ ਰਿਹਾਅ ਕਰੋ।\n\n"
        "📮 ਚਿੱਠੀ ਇਸ ਪਤੇ 'ਤੇ ਭੇਜੋ:\n\n"
        "ਮਾਣਯੋਗ ਗ੍ਰਹਿ ਮੰਤਰੀ, ਕੇਸਰਪੁਰ\n"
        "ਸਕੱਤਰੇਤ, ਸੈਕਟਰ ੯\n"
        "📧 minister@kesarpur-home.example\n"
    )
    case = import_document(text, source="chat.txt").case
    emails = [e for r in case["recipients"] for e in r.get("email") or []]
    assert "minister@kesarpur-home.example" in emails


def test_malayalam_shortened_honourable_is_no_part_of_the_name() -> None:
    from appeal_tui.core.importer.phrases import HONORIFIC_START

    assert HONORIFIC_START.match("ബഹു. ആഭ്യന്തര മന്ത്രി")
    assert HONORIFIC_START.match("ගරු සුනිල් වනසිංහ")
