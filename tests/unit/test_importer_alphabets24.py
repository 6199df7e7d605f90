"""Session 24 (imp24a): recipients written in alphabets other than Latin (docs/importer.md,
"Round 24a: alphabets"). Each test reads a short text of our own: invented names, numbers and
places, in other languages and layouts than the samples that showed the cause. Cheap: strings,
no files."""

from __future__ import annotations

from importer_support import found_recipients, plain, recipients_by_name

from appeal_tui.core.importer.alphabets import (
    cut_salutation_run,
    initials_repeat,
    script_colons,
)
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.sources import undo_presentation_forms


def test_armenian_ligatures_of_a_pdf_text_layer_are_letters_again() -> None:
    # U+FB13..FB17: men-now, men-ech, men-ini, vew-now, men-xeh.
    assert undo_presentation_forms("\ufb13\ufb14 \ufb15\ufb16\ufb17") == "մնմե միվնմխ"


def test_a_scripts_own_colon_after_a_label_is_a_colon() -> None:
    text = "Ֆաքս՝ +374 11 22 33 44\nፋክስ፦ +251 11 222 3333\nግልባጭ፡-\nទូរសារ៖ +855 23 000 111"
    assert script_colons(text).split("\n") == [
        "Ֆաքս: +374 11 22 33 44",
        "ፋክስ: +251 11 222 3333",
        "ግልባጭ:",
        "ទូរសារ: +855 23 000 111",
    ]
    # In running Armenian text the same mark is a comma: it stays.
    prose = "Նրա եղբայրը՝ Տիգրան Օհանյանը, նույնպես ձերբակալվել է։"
    assert script_colons(prose) == prose


def test_script_colons_reads_a_long_line_without_spaces() -> None:
    # Reaching this line is the test.
    script_colons("ա" * 200_000 + "՝")
    script_colons("ա " * 100_000 + "՝")


def test_a_georgian_office_whose_word_comes_last_is_no_name_before_it() -> None:
    # Georgian letters are all lower case: "X Y minister" over the name is the office.
    who = interpret(
        ["საქართველოს განათლების მინისტრი", "ნიკა ბერიძე", "ჭავჭავაძის გამზ. 52", "თბილისი 0162"]
    )
    assert (who.name, who.title) == ("ნიკა ბერიძე", "საქართველოს განათლების მინისტრი")


def test_the_same_recipient_in_its_script_and_in_english_is_one_recipient() -> None:
    text = """Կոչ

ԴԻՄՈՒՄՆԵՐՆ ՈՒՂԱՐԿԵԼ

ՀՀ արդարադատության նախարար
Լուսինե Սարգսյան
Հալաբյան փ. 41ա
Երևան 0078
Ֆաքս՝ +374 10 11 22 33
Էլ. փոստ՝ office@minjust-example.am

ENGLISH VERSION

Minister of Justice of Armenia
Lusine Sargsyan
41a Halabyan St
Yerevan 0078
Fax: +374 10 11 22 33
Email: office@minjust-example.am
"""
    found = found_recipients(text)
    assert [plain(r["name"]) for r in found] == ["Լուսինե Սարգսյան"]
    assert found[0]["fax"] == ["+374 10 11 22 33"]


def test_two_officials_of_one_script_sharing_a_number_stay_two() -> None:
    text = """Пишите по адресам:

Министр юстиции
Пётр Сергеевич Орлов
ул. Примерная, д. 3
Москва, 101000
Факс: +7 495 000 11 22

Заместитель министра юстиции
Анна Игоревна Белова
ул. Примерная, д. 3
Москва, 101000
Факс: +7 495 000 11 22
"""
    assert set(recipients_by_name(text)) == {"Пётр Сергеевич Орлов", "Анна Игоревна Белова"}


def test_initials_and_an_inflected_surname_name_a_recipient_found_above() -> None:
    earlier = ["мирослава петрівна ковальчук", "богдан іванович гнатенко"]
    # Ukrainian dative of a woman's surname in -ук does not change; a man's takes -у.
    assert initials_repeat("б. і. гнатенку", earlier) == 1
    assert initials_repeat("м. п. ковальчук", earlier) == 0
    # Other initials, or another surname: no one found above.
    assert initials_repeat("о. і. гнатенку", earlier) is None
    assert initials_repeat("б. і. гнатюку", earlier) is None
    assert initials_repeat("богдан гнатенко", earlier) is None


def test_a_model_letters_inside_address_in_the_dative_is_no_second_recipient() -> None:
    text = """НАПИШІТЬ ЗА АДРЕСАМИ:

Голова Державної міграційної служби України
Богдан Іванович Гнатенко
вул. Прикладна, 9
м. Київ, 01001
Факс: +38 (044) 000-11-22
Звертання: Шановний пане Голово

ЗРАЗОК ЛИСТА

Голові Державної міграційної служби України
Б. І. Гнатенку

Шановний пане Голово!

Я звертаюся до Вас щодо долі студентів, яких затримали минулого тижня.
"""
    assert list(recipients_by_name(text)) == ["Богдан Іванович Гнатенко"]


def test_a_tables_heading_row_read_a_cell_a_line_is_no_recipient() -> None:
    text = """Кому писать

Получатель
Адрес
Факс / e-mail

Министр внутренних дел
Сергей Павлович Зуев
ул. Образцовая, д. 8
Казань, 420000
Факс: +7 843 000 12 34

Прокурор Республики
Ирина Олеговна Шарова
ул. Образцовая, д. 10
Казань, 420000
Эл. почта: prok@example.ru
"""
    assert set(recipients_by_name(text)) == {"Сергей Павлович Зуев", "Ирина Олеговна Шарова"}


def test_a_salutation_ends_at_its_scripts_full_stop_or_a_copies_heading() -> None:
    assert cut_salutation_run("ክቡር ሚኒስትር። ደብዳቤዎችን ይላኩ") == "ክቡር ሚኒስትር"
    assert cut_salutation_run("Մեծարգո պարոն նախարար Պատճենները: Վարչապետին") == (
        "Մեծարգո պարոն նախարար"
    )
    assert cut_salutation_run("Dear Minister") == "Dear Minister"


def test_a_kazakh_date_with_its_year_first_and_the_month_in_the_dative() -> None:
    import datetime as dt

    from appeal_tui.core.importer.dates import find_dates

    found = find_dates("Өтініштерді 2027 жылғы 3 сәуірге дейін жіберіңіз.")
    assert [d.date for d in found] == [dt.date(2027, 4, 3)]


def test_the_language_of_a_script_one_language_writes() -> None:
    from appeal_tui.core.importer.doc_language import detect_language

    assert detect_language("សូមផ្ញើលិខិតទៅកាន់រដ្ឋមន្ត្រីក្រសួងមហាផ្ទៃ").code == "km"
    assert detect_language("ደብዳቤዎችን ለፍትህ ሚኒስትር ይላኩ").code == "am"
    assert detect_language("ኣብ ኣስመራ ንዘለዉ ሓለፍቲ ደብዳቤ ጽሓፉ").code == "ti"
    assert detect_language("Өтініштерді Әділет министрі Асқар Нұрланұлына жіберіңіз").code == "kk"
    assert detect_language("Хууль зүйн сайд Болдын Өлзийд захидал бичнэ үү").code == "mn"
    # Russian has neither Kazakh's letters nor Mongolian's.
    assert detect_language("Напишите министру юстиции письмо до конца месяца").code not in (
        "kk",
        "mn",
    )


def test_a_name_in_a_script_with_vowel_signs_between_its_letters_is_a_name() -> None:
    # Khmer: no two base letters in a row in either word of the name; the courtesy word and
    # the office written without a space before the body it heads.
    text = """សូមផ្ញើលិខិតទៅ៖

ឯកឧត្តម រដ្ឋមន្ត្រីក្រសួងមហាផ្ទៃ
ហ៊ុន វិចិត្រ
ក្រសួងមហាផ្ទៃ
ភ្នំពេញ
កម្ពុជា
ទូរសារ៖ +855 23 000 111
អ៊ីមែល៖ interior@example.gov.kh
"""
    found = recipients_by_name(text)
    assert list(found) == ["ហ៊ុន វិចិត្រ"]
    assert plain(found["ហ៊ុន វិចិត្រ"]["title"]) == "រដ្ឋមន្ត្រីក្រសួងមហាផ្ទៃ"
    assert found["ហ៊ុន វិចិត្រ"]["fax"] == ["+855 23 000 111"]


def test_a_courtesy_word_before_an_office_in_a_script_without_capitals_is_no_part_of_it() -> None:
    who = interpret(["ክብርት የጤና ሚኒስትር", "ወ/ሮ ሔለን ታደሰ", "አዲስ አበባ", "ኢትዮጵያ"])
    assert who.title == "የጤና ሚኒስትር"
    assert who.name == "ወ/ሮ ሔለን ታደሰ"


def test_a_chinese_block_and_its_english_version_are_left_as_they_were() -> None:
    from appeal_tui.core.importer.alphabets import same_in_two_scripts
    from appeal_tui.core.importer.contact_fields import Contacts
    from appeal_tui.core.importer.recipient_blocks import Block

    han = Block("primary", ["司法部部長", "王建明 部長"], Contacts(fax=["+86 10 0000 1111"]))
    latin = Block(
        "primary", ["Minister of Justice", "Wang Jianming"], Contacts(fax=["+86 10 0000 1111"])
    )
    assert len(same_in_two_scripts([han, latin])) == 2
    # The same pair in Georgian: one recipient, the Georgian block.
    ka = Block(
        "primary", ["იუსტიციის მინისტრი", "თამარ გელაშვილი"], Contacts(fax=["+995 32 000 11 22"])
    )
    en = Block(
        "primary", ["Minister of Justice", "Tamar Gelashvili"], Contacts(fax=["+995 32 000 11 22"])
    )
    assert same_in_two_scripts([ka, en]) == [ka]
