"""Session 27 mend (mend27b): regressions of rounds 27d and 27f found by review (invented texts)."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def _people(case: dict[str, Any]) -> list[str]:
    return [str(p.get("name")) for p in case.get("people") or []]


def test_a_law_section_in_brackets_and_a_repeated_ask_name_no_one() -> None:
    # Hindi: "clause (3)" of an act, and an ask written twice ("free them and drop the case").
    hindi = (
        "तत्काल अपील\n\n"
        "लेखिका अनीता वर्मा को 5 अप्रैल 2027 को भोपाल में हिरासत में लिया गया। उन पर सुरक्षा "
        "अधिनियम की धारा (3) के तहत आरोप लगाया गया।\n\n"
        "अधिकारियों से कहें: उन्हें शीघ्र छोड़ें और मुकदमा समाप्त करें।\n"
        "फिर से लिखें: उन्हें शीघ्र छोड़ें और मुकदमा समाप्त करें।\n"
    )
    people = _people(import_document(hindi, source="hi.txt").case)
    assert not any("धारा" in p or "छोड़ें" in p or "मुकदमा" in p for p in people), people
    # Thai: "section (15)" of an act, and an ask written twice.
    thai = (
        "ด่วน\n\n"
        "นักเขียน วิภา รักษ์ดี ถูกควบคุมตัว เมื่อ ๕ เมษายน ๒๕๗๐ ตามกฎหมายอาญา มาตรา (๑๕)\n\n"
        "ขอให้ทางการ ถอนฟ้อง โดยเร็ว และ คืนเสรีภาพ แก่เธอ\n"
        "ขอให้ทางการ ถอนฟ้อง โดยเร็ว และ คืนเสรีภาพ แก่เธอ\n"
    )
    people = _people(import_document(thai, source="th.txt").case)
    assert not any("มาตรา" in p or "ถอนฟ้อง" in p or "คืนเสรีภาพ" in p for p in people), people


def test_ages_marked_or_beside_a_cue_still_name_people() -> None:
    bengali = "জরুরি আবেদন\n\nকৃষক নেতা সুমন দাশ (৪৪ বছর) এবং তাঁর বোন রুমা দাশ (৩৯) গত ৯ মে ২০২৭ আটক হন।\n"
    people = _people(import_document(bengali, source="bn.txt").case)
    assert "সুমন দাশ" in people and "রুমা দাশ" in people, people


def test_an_occupation_word_is_no_part_of_a_name_joined_by_and() -> None:
    hindi = (
        "तत्काल अपील\n\n"
        "पुलिस ने सुरेश यादव और पत्रकार गीता सिंह को 2 मई 2027 को गिरफ़्तार किया।\n\n"
        "मांग: सुरेश यादव और पत्रकार गीता सिंह को तुरंत रिहा किया जाए।\n"
    )
    people = _people(import_document(hindi, source="hi.txt").case)
    # (The side with the cue word is dropped: the words after the cue may end in a
    # postposition, "सीता को".)
    assert "सुरेश यादव" in people, people
    assert not any("पत्रकार" in p for p in people), people


def test_native_words_before_a_latin_spelling_must_spell_it() -> None:
    hindi = (
        "तत्काल अपील\n\n"
        "वरिष्ठ पत्रकार सिंह (Arjun Singh) को 2 मई 2027 को गिरफ़्तार किया गया। "
        "Arjun Singh is a journalist who was arrested on 2 May 2027.\n\n"
        "Please call for the release of Arjun Singh.\n"
    )
    case = import_document(hindi, source="hi.txt").case
    people = _people(case)
    assert "Arjun Singh" in people, people
    assert not any("पत्रकार" in p for p in people), people


def test_a_person_named_in_a_native_script_keeps_a_latin_case_id() -> None:
    hindi = (
        "तत्काल अपील\n\n"
        "पत्रकार अर्जुन सिंह (Arjun Singh) को 2 मई 2027 को गिरफ़्तार किया गया। "
        "Arjun Singh is a journalist who was arrested on 2 May 2027.\n\n"
        "Please call for the release of Arjun Singh.\n"
    )
    case = import_document(hindi, source="hi.txt").case
    assert _people(case)[:1] == ["अर्जुन सिंह"], _people(case)
    assert "arjun-singh" in case["id"], case["id"]


def test_case_rows_of_other_languages_leave_an_english_name() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Release Julie Okafor\n\n"
        "Nurse Julie Okafor was detained on 4 May 2027 in Exampleland. Julie Okafor has not "
        "been charged. Officers told the family Julie Okafor was held for questioning. Her "
        "sister Julia Okafor was also questioned.\n\n"
        "Please write to the authorities calling for Julie Okafor's release.\n"
    )
    case = import_document(text, source="en.txt").case
    assert _people(case)[:1] == ["Julie Okafor"], _people(case)
    assert case["id"] == "julie-okafor", case["id"]
