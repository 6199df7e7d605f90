"""Session 25 (imp25i): appeals in the scripts of South Asia (docs/importer.md, "Round 25i:
South Asian scripts"). Each test reads a short text of our own: invented names, numbers and
places, in other languages and layouts than the samples that showed the cause. Cheap: strings,
no files."""

from __future__ import annotations

from importer_support import found_recipients, plain

from appeal_tui.core.importer.alphabets import drop_glosses, script_sentence
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.fields import find_reference
from appeal_tui.core.importer.language_names import codes_in, find_languages_line
from appeal_tui.core.importer.phrases import TITLE_START
from appeal_tui.core.importer.recipient_lines import interpret


def test_a_numbered_appeal_in_native_digits_is_the_reference() -> None:
    # Marathi "appeal number", Gujarati "appeal no.": the number as printed, digits kept
    # (round 36e: with the kind and its word for "number").
    assert find_reference("तातडीचे आवाहन क्रमांक ११/२०३०\nपुणे").reference == "आवाहन क्रमांक ११/२०३०"
    assert find_reference("અપીલ નં. ૦૩/૨૦૩૧\nઅમદાવાદ").reference == "અપીલ નં. ૦૩/૨૦૩૧"


def test_languages_named_with_a_joined_postposition_and_the_verb_last() -> None:
    # Marathi "-त" (in), Tamil "-த்தில்", Gujarati "-માં"; the danda ends the sentence before.
    assert codes_in("मराठी किंवा इंग्रजीत") == ["mr", "en"]
    assert codes_in("தமிழ் அல்லது ஆங்கிலத்தில்") == ["ta", "en"]
    assert codes_in("ગુજરાતીમાં") == ["gu"]
    text = "कृपया ३० जून २०३० पूर्वी पत्रे पाठवा। पत्रे मराठी किंवा इंग्रजीत लिहा।\n"
    line = find_languages_line(text)
    assert line is not None and list(line.codes) == ["mr", "en"]


def test_a_line_ending_with_its_scripts_full_stop_is_running_text() -> None:
    assert script_sentence("कृपया खालील पत्त्यांवर लवकरात लवकर पत्रे पाठवा।")
    assert script_sentence("براہ کرم نیچے دیے گئے پتوں پر خط جلد بھیجیں۔")
    assert not script_sentence("गृह मंत्रालय, मुंबई")


def test_an_english_gloss_in_brackets_after_another_script_is_dropped() -> None:
    text = "ગૃહ મંત્રાલય [Home Department]\nનકલ: [copies to]\nHome Office [HO]"
    assert drop_glosses(text).split("\n") == ["ગૃહ મંત્રાલય", "નકલ: [copies to]", "Home Office [HO]"]


def test_an_office_that_ends_its_word_opens_a_title_line() -> None:
    # Gujarati "home minister" (one word), Tamil "chief minister", Telugu "police commissioner".
    assert TITLE_START.match("ગૃહમંત્રી")
    assert TITLE_START.match("முதலமைச்சர், தலைமைச் செயலகம்")
    assert TITLE_START.match("పోలీస్ కమిషనర్")
    assert not TITLE_START.match("ਰਾਮ ਸਿੰਘ")
    who = interpret(["શ્રી કિરણ દેસાઈ", "ગૃહમંત્રી", "ગૃહ વિભાગ", "સચિવાલય, ગાંધીનગર"])
    assert who.title == "ગૃહમંત્રી"
    assert who.organisation == "ગૃહ વિભાગ"


def test_office_and_gloss_patterns_read_a_long_line_without_spaces() -> None:
    # Reaching this line is the test.
    TITLE_START.match("क" * 200_000)
    TITLE_START.match("क " * 100_000)
    drop_glosses("क" * 200_000 + "[" + "a" * 200_000 + "]")
    script_sentence("क" * 200_000 + "।")


def test_scripts_of_one_language_and_devanagari_by_its_small_words() -> None:
    assert detect_language("ചെന്നൈയിലെ ഒരു മാധ്യമപ്രവർത്തകനെ പോലീസ് അറസ്റ്റ് ചെയ്തു").code == "ml"
    assert detect_language("ਪੁਲਿਸ ਨੇ ਇੱਕ ਪੱਤਰਕਾਰ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ").code == "pa"
    marathi = "पोलिसांनी त्याला अटक केली आहे आणि तो तुरुंगात आहे. त्याच्या कुटुंबाला धमकी आहे."
    assert detect_language(marathi).code == "mr"
    hindi = "पुलिस ने उसे गिरफ़्तार किया है और वह जेल में है। उसके परिवार को धमकी दी गई है।"
    assert detect_language(hindi).code == "hi"


def test_month_names_of_more_south_asian_languages() -> None:
    (found,) = find_dates("അപ്പീലുകൾ 14 ഏപ്രിൽ 2031 നകം അയയ്ക്കുക")
    assert (found.date.year, found.date.month, found.date.day) == (2031, 4, 14)


def test_a_gujarati_card_with_danda_instructions_and_glosses() -> None:
    text = """તાત્કાલિક અપીલ નં. ૦૭/૨૦૩૦

પત્રકાર કિરણ પટેલની ધરપકડ.

કૃપા કરીને નીચેના સરનામે ૧૫ મે ૨૦૩૦ સુધીમાં પત્ર, ફેક્સ અથવા ઈમેલ મોકલો।

૧) શ્રી મહેશ જોષી
ગૃહમંત્રી, ગૃહ વિભાગ [Home Minister, Home Department]
સચિવાલય, ગાંધીનગર
ફેક્સ: +૯૧-૭૯-૧૧૧૧૨૨૨૨
ઈમેલ: hm@gujarat-example.in
સંબોધન: માનનીય મંત્રીશ્રી [Dear Minister]
"""
    (found,) = found_recipients(text)
    assert "મહેશ જોષી" in plain(found["name"])
    assert plain(found["title"]) == "ગૃહમંત્રી"
    # Written with ASCII digits, which `validate` accepts (session 26, fix26).
    assert found["fax"] == ["+91-79-11112222"]
    assert found["email"] == ["hm@gujarat-example.in"]
    assert plain(found["salutation"]) == "માનનીય મંત્રીશ્રી"


def test_honourable_before_an_office_under_a_name_is_its_title_line() -> None:
    # Marathi: "the honourable chief minister" under a bulleted name, no greeting's comma.
    text = """कोणाला लिहावे

• श्री सुनील पाटील
माननीय मुख्यमंत्री
मंत्रालय, मुंबई ४०००३२
ई-मेल: cm@maharashtra-example.in
संबोधन: माननीय मुख्यमंत्री महोदय
"""
    (found,) = found_recipients(text)
    assert "सुनील पाटील" in plain(found["name"])
    assert plain(found["title"]) == "मुख्यमंत्री"
    assert found["email"] == ["cm@maharashtra-example.in"]


def test_a_thai_date_that_names_its_era_before_the_year() -> None:
    (found,) = find_dates("ภายในวันที่ 9 สิงหาคม พ.ศ. 2574")
    assert (found.date.year, found.date.month, found.date.day) == (2031, 8, 9)


def test_hindi_with_words_marathi_also_writes_stays_hindi() -> None:
    # Mend of round 25i: "या" (Hindi "or") and "व" (formal "and") are Hindi too; only words
    # the other languages do not write decide. (Fails on merge25.)
    hindi = "लेखक अरुण व प्रिया को 5 मई को रोका गया। या तो रिहा करें या मुकदमा चलाएँ।"
    assert detect_language(hindi).code == "hi"


def test_a_bracketed_contact_after_another_script_is_no_gloss() -> None:
    # Mend of round 25i: a gloss is words only; an e-mail, a web address, a number or a
    # handle in brackets is the line's contact. (Fails on merge25.)
    lines = [
        "Հանրային պաշտպան [office@ombuds.example.net]",
        "Արդարադատության նախարարություն [www.justice.example.am]",
        "Ֆաքս [+00 10 555 0199]",
        "Ոստիկանություն [@police_example]",
        "Արդարադատության նախարարություն [Ministry of Justice]",
    ]
    assert drop_glosses("\n".join(lines)).split("\n") == [*lines[:4], lines[4].split(" [")[0]]
