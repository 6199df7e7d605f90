"""Session 22 (imp22a): text whose letters carry no case (docs/importer.md, "Round 22a").
Each test reads a short text of our own: invented names and places, in other languages and
layouts than the samples that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

from appeal_tui.core.importer.layout import classify
from appeal_tui.core.importer.phrases import WRITE_TO_LINE
from appeal_tui.core.importer.recipient_lines import interpret, looks_like_person


def test_a_name_in_any_script_without_capitals_reads_as_a_name() -> None:
    # The letters and marks come from Unicode's categories, not from a list of blocks:
    # Gujarati and Gurmukhi (vowel signs), Amharic, Sinhala, Hebrew with a hyphen.
    for name in ("રમેશ પટેલ", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "አበበ ከበደ", "ශාන්ත පෙරේරා", "אבי כהן-לוי"):
        assert interpret([name, "Street 5", "City 12345"]).name == name
    assert looks_like_person("माननीय राम कुमार")  # a courtesy word first
    # Digits, commas, a single word: no name, whatever the script.
    assert not looks_like_person("रमेश 12")
    assert not looks_like_person("রহিম, করিম")
    assert not looks_like_person("ราม")


def test_a_line_without_capitals_above_a_name_with_capitals_is_the_office() -> None:
    # A Hindi office over a name printed in Latin letters: the name has capitals to tell it,
    # the office has none, so the office is no name.
    who = interpret(["गृह मंत्री भारत सरकार", "Shri Arjun Example", "North Block", "India"])
    assert who.name is not None and "Arjun Example" in who.name
    assert who.title == "गृह मंत्री भारत सरकार"
    # A Hebrew office over a Latin name, with its street and city.
    who = interpret(["ראש הממשלה", "Mr Dan Example", "Kaplan Street 3", "Jerusalem 91950"])
    assert who.name is not None and "Dan Example" in who.name
    assert who.title == "ראש הממשלה"
    # With no name in capitals, the name in the other script is read.
    who = interpret(["माननीय राम कुमार", "गृह मंत्री", "नई दिल्ली 110001"])
    assert who.name is not None and "राम कुमार" in who.name


def test_a_write_to_heading_may_say_what_is_sent_before_the_phrase() -> None:
    # "Letters: whom to write" (Hindi), "Dopisy komu psát" (Czech), no colon: a heading.
    assert WRITE_TO_LINE.match("पत्र किसे लिखें")
    assert WRITE_TO_LINE.match("Dopisy komu psát")
    assert classify(1, "पत्र किसे लिखें").kind == "write-to"
    # A Japanese heading of "where the requests go".
    assert classify(1, "要請先").kind == "write-to"
    # A one-word phrase after a word is no heading: "Ihre Adresse" is a label's words.
    assert not WRITE_TO_LINE.match("Ihre Adresse")
    assert not WRITE_TO_LINE.match("Karim Adresse")
    # Linear on a long line without spaces, and on one with a space.
    line = "ब" * 200_000
    assert not WRITE_TO_LINE.match(line)
    assert not WRITE_TO_LINE.match(f"पत्र {line}")
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).


def test_a_caseless_heading_over_a_block_is_no_recipient() -> None:
    from appeal_tui.core.importer import import_document

    text = (
        "URGENT ACTION\n\nनेपाल: पत्रकार हिरासत में\n\n"
        "पत्रकार सुनीता काल्पनिक को 3 मई 2026 को गिरफ्तार किया गया।\n\n"
        "पत्र किसे लिखें\n\n"
        "गृह मंत्री\n"
        "Hon. Mr Bikash Example\n"
        "Singha Durbar\n"
        "Kathmandu\n"
        "Nepal\n"
        "Email: minister@home-example.gov.np\n"
    )
    case = import_document(text, source="ua.txt").case
    names = [str(r.get("name")) for r in case.get("recipients", [])]
    assert len(names) == 1
    assert "Bikash Example" in names[0]
