"""Session 27 (imp27d): South and Southeast Asian documents (Burmese, Khmer, Thai, Bengali,
Hindi). Each text here is our own (invented people, offices, streets, numbers, e-mails)."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.countries import split_country


def _names(case: dict[str, Any]) -> list[str]:
    return [str(r.get("name")) for r in case["recipients"]]


def _people(case: dict[str, Any]) -> list[str]:
    return [str(p.get("name")) for p in case.get("people") or []]


def test_a_country_written_with_its_joined_state_word() -> None:
    # Thai "country" + Thailand, Khmer "kingdom" + Cambodia, Burmese "republic of the union"
    # + Myanmar + "country (state)", Lao "country" + Laos.
    assert split_country("ประเทศไทย") == ("", "ประเทศไทย", "TH")
    assert split_country("ព្រះរាជាណាចក្រកម្ពុជា") == ("", "ព្រះរាជាណាចក្រកម្ពុជា", "KH")
    assert split_country("ပြည်ထောင်စုသမ္မတ မြန်မာနိုင်ငံတော်") is not None
    assert split_country("ປະເທດລາວ") is not None
    # After a postcode in a script without capitals.
    found = split_country("ตัวอย่างนคร ๑๐๙๙๙ ประเทศไทย")
    assert found is not None and found[2] == "TH"
    # A word that is no country keeps its state word.
    assert split_country("ประเทศตัวอย่าง") is None


KHMER = (
    "# សកម្មភាពបន្ទាន់ លេខ ០០៩/២៧\n\n"
    "កាលពីថ្ងៃទី ២ ខែមីនា ឆ្នាំ ២០២៧ សមត្ថកិច្ចបានចាប់ខ្លួនលោក **សុខ ដារ៉ាវុធ** (Sok Daravuth) "
    "អាយុ ៣០ ឆ្នាំ ក្នុងពេលកំពុងតវ៉ា។ ក្រុមគ្រួសាររបស់លោក សុខ ដារ៉ាវុធ ត្រូវបានហាមមិនឱ្យចូលសួរសុខទុក្ខ។\n\n"
    "សូមផ្ញើលិខិតឱ្យបានមុន **ថ្ងៃទី ២៥ ខែមេសា ឆ្នាំ ២០២៧**។\n\n"
    "### ផ្ញើលិខិតទៅ\n\n"
    "**ឯកឧត្តម ពេជ្រ សុវណ្ណារិទ្ធ** (H.E. Pich Sovannarith)  \n"
    "រដ្ឋមន្ត្រីក្រសួងគំរូ  \n"
    "ក្រសួងគំរូ  \n"
    "លេខ ១២ មហាវិថីគំរូ  \n"
    "រាជធានីគំរូ  \n"
    "ព្រះរាជាណាចក្រកម្ពុជា  \n"
    "ទូរសារ៖ +៨៥៥ ២៣ ៩៩៩ ០០១  \n"
    "ពាក្យគោរព៖ គោរពជូន ឯកឧត្តមរដ្ឋមន្ត្រី\n\n"
    "*For friends abroad:* the person named above is **Sok Daravuth**.\n"
)


def test_a_khmer_name_with_its_latin_spelling_in_brackets_keeps_the_khmer_form() -> None:
    case = import_document(KHMER, source="km.md").case
    names = _names(case)
    assert any("ពេជ្រ សុវណ្ណារិទ្ធ" in n for n in names), names
    assert not any("Pich" in n for n in names)
    assert case["recipients"][0]["country"] == "ព្រះរាជាណាចក្រកម្ពុជា"
    assert "សុខ ដារ៉ាវុធ" in _people(case)


BURMESE = (
    "အရေးပေါ် လှုပ်ရှားမှုအမှတ်၉/၂၀၂၇ · URGENT ACTION UA 9/2027\n\n"
    "Write in Burmese or English. Send before 30 June 2027.\n\n"
    "စာပို့ရန်လိပ်စာများ / Addresses\n\n"
    "ဦးအောင်ကျော်မင်း\n"
    "စမ်းသပ်ရေးဝန်ကြီး\n"
    "စမ်းသပ်ရေးဝန်ကြီးဌာန\n"
    "ရုံးအမှတ်(၉၁)\n"
    "နမူနာမြို့\n"
    "ဖက်စ်:+95 67 400 901\n"
    "နှုတ်ခွန်းဆက်:လေးစားအပ်ပါသော ဝန်ကြီး\n\n"
    "U Aung Kyaw Min, Minister of Trials, Office No. 91, Sample Town · Dear Minister\n"
    "ဒေါ်ခင်မြမြ\n"
    "နမူနာဝန်ကြီး\n"
    "နမူနာဝန်ကြီးဌာန\n"
    "ရုံးအမှတ်(၉၂)\n"
    "နမူနာမြို့\n"
    "အီးမေးလ်:minister@example.org\n"
    "နှုတ်ခွန်းဆက်:လေးစားအပ်ပါသော ဝန်ကြီး\n\n"
    "Daw Khin Mya Mya, Minister of Samples, Office No. 92, Sample Town · Dear Minister\n"
    "ဦးဇော်နမူနာ\n"
    "စမ်းသပ်တိုင်းဝန်ကြီးချုပ်\n"
    "နမူနာမြို့\n"
    "ဖက်စ်:+95 67 400 903\n"
    "နှုတ်ခွန်းဆက်:လေးစားအပ်ပါသော ဝန်ကြီးချုပ်\n\n"
    "U Zaw Namuna, Chief Minister of Trials Region, Sample Town · Dear Chief Minister\n"
)


def test_one_line_latin_summaries_after_burmese_blocks_are_no_recipients() -> None:
    case = import_document(BURMESE, source="my.txt").case
    names = _names(case)
    assert len(names) == 3, names
    assert not any("Minister" in n or "Daw" in n for n in names)
    # The joined courtesy word ("U", "Daw") is no part of the name, and the office written
    # last after its body ("...-minister") is the title.
    assert names[0] == "အောင်ကျော်မင်း"
    assert names[1] == "ခင်မြမြ"
    title = case["recipients"][0]["title"]
    assert title and "စမ်းသပ်ရေးဝန်ကြီး" in str(title)


def test_people_in_scripts_without_capitals_by_age_or_and() -> None:
    bengali = (
        "জরুরি পদক্ষেপ নং ০৯/২০২৭\n\n"
        "নমুনাপুরের একটি কারখানার শ্রমিক নেত্রী মোসাম্মৎ তানজিলা পারভীন (৩২) এবং তাঁর ভাই "
        "রফিক হাসান (৩৫) গত ২ মার্চ ২০২৭ আটক হন। পরিবার থানায় গেলে পুলিশ তা গ্রহণ করেনি।\n\n"
        "অনুগ্রহ করে তানজিলা পারভীন ও রফিক হাসান এর মুক্তি দাবি করুন।\n"
    )
    people = _people(import_document(bengali, source="bn.txt").case)
    assert "তানজিলা পারভীন" in people and "রফিক হাসান" in people, people
    hindi = (
        "तत्काल अपील 09/2027\n\n"
        "नमूनापुर ज़िले में ग्राम सभा आयोजित करने वाले कार्यकर्ता मीरा नमूना और रवि उदाहरण को "
        "पुलिस ने गिरफ़्तार किया। परिवार चिंतित है और वकील से मिलने नहीं दिया गया।\n\n"
        "1. मीरा नमूना और रवि उदाहरण को तुरंत और बिना शर्त रिहा किया जाए।\n"
    )
    people = _people(import_document(hindi, source="hi.txt").case)
    assert "मीरा नमूना" in people and "रवि उदाहरण" in people, people


BENGALI_TABLE = (
    "জরুরি পদক্ষেপ নং ০৯/২০২৭\n\n"
    "অনুগ্রহ করে ২৫ মে ২০২৭-এর মধ্যে আবেদন পাঠান।\n\n"
    "যাঁদের কাছে লিখবেন\n\n"
    "জনাব করিম নমুনা\n"
    "মাননীয় নমুনামন্ত্রী\n"
    "নমুনা মন্ত্রণালয়\n"
    "সম্বোধন: মাননীয় মন্ত্রী\n"
    "নমুনা ভবন\n"
    "ঢাকা-১২৩৪\n"
    "বাংলাদেশ\n"
    "ফ্যাক্স: +৮৮০ ২ ৯৯৯ ০০০১\n"
    "ইমেইল: minister@example.org\n"
)


def test_a_bengali_heading_a_reference_and_a_row_read_cell_by_cell() -> None:
    case = import_document(BENGALI_TABLE, source="bn.txt").case
    recipients = case["recipients"]
    assert len(recipients) == 1, _names(case)
    first = recipients[0]
    assert "করিম নমুনা" in str(first["name"])
    assert "যাঁদের" not in str(first.get("title"))
    assert first["email"] == ["minister@example.org"]
    assert first["fax"]
    assert "০৯/২০২৭" in str(case["reference"])
