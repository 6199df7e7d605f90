"""Issue 16, session 18 (imp18a): recipients in documents written in scripts other than Latin
or in national languages, read badly at first sight (next181-next210). Each text here is our
own (invented people, offices and addresses), in another language or layout than the blind
document that showed the cause."""

from __future__ import annotations

from pathlib import Path

from importer_support import found_recipients, plain

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.language_forms import short_text_language
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.sources import read_document, undo_presentation_forms
from appeal_tui.core.importer.text_extract import extract_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf-columns"


def test_an_office_word_then_a_name_and_a_second_recipient_named_with_a_lower_case_office() -> None:
    # Danish (the document was Norwegian): "Office Name" on one line, a body whose name opens
    # with a rank word ("General ..."), a Telegram account, the country's usual name; then
    # "Name, office in lower case" after a blank line is the next recipient.
    text = """\
Skriv til:

Statsadvokat Mikkel Halvorsen
General Directorate of Public Prosecution of Exampleland
Eksempelvej 4
220099 Minsk
Hviderusland
E-post: info@prosecution-example.by
Telegram: @prosecution_ex

Jonas Berg, direktør for Fængselsdirektoratet
Department of Prisons, Ministry of Internal Affairs
Prøvegade 9, 220011 Minsk, Hviderusland
E-post: prisons@example.by
"""
    first, second = found_recipients(text)
    assert (first["name"], first["title"]) == ("Mikkel Halvorsen", "Statsadvokat")
    assert plain(first["organisation"]).startswith("General Directorate")
    assert first["twitter"] == "@prosecution_ex"
    assert first["country"] == "Hviderusland"
    assert second["name"] == "Jonas Berg"
    assert plain(second["title"]) == "direktør for Fængselsdirektoratet"
    # A body, then the one it belongs to: one organisation, not a street.
    assert plain(second["organisation"]) == "Department of Prisons, Ministry of Internal Affairs"


def test_scandinavian_names_of_a_country() -> None:
    assert split_country("Vitryssland") is not None
    assert split_country("Hviterussland") is not None


def test_chinese_lines_of_body_office_and_name_with_forms_in_two_scripts() -> None:
    # A Chinese page (the document was Japanese): a heading in Han script over the block's
    # own "Office NAME (漢字 office)" line; a copy whose body, office and name share one line,
    # the name's Latin form in brackets and a courtesy word after it.
    text = """\
收信人：

省公安厅厅长
Director WANG Mingde（王明德 厅长）
Example Provincial Public Security Department
No. 8 Sample Road
Example City 100000
People's Republic of China
称呼：Dear Director Wang

抄送：

中华人民共和国驻示例国大使馆 特命全权大使 赵 文华（Zhao Wenhua）阁下
示例街 12 号
电子邮件：embassy@example.cn
"""
    first, copy = found_recipients(text)
    assert (first["name"], plain(first["title"])) == ("WANG Mingde", "Director")
    assert plain(first["organisation"]) == "Example Provincial Public Security Department"
    assert copy["role"] == "copy"
    assert copy["name"] == "Zhao Wenhua"
    assert plain(copy["title"]) == "特命全权大使"
    assert plain(copy["organisation"]) == "中华人民共和国驻示例国大使馆"


def test_a_name_written_before_its_office_on_one_line_of_han_script() -> None:
    who = interpret(["李明 局长", "示例市公安局", "示例路 8 号"])
    assert (who.name, who.title) == ("李明", "局长")


def test_text_in_latin_letters_on_a_page_of_another_script_is_not_in_the_page_language() -> None:
    assert short_text_language("Sample Municipal Security Bureau", "ja") is None
    assert short_text_language("Sample Municipal Security Bureau", "de") == "de"
    assert short_text_language("公安局", "ja") == "ja"


def test_a_korean_heading_and_a_vietnamese_rank_before_the_name() -> None:
    # A Korean heading "where to send" over a Vietnamese official's block (the document's
    # heading had a bullet and an honorific verb form; this one is plain).
    text = """\
■ 보낼 주소

검찰총장
Thượng tướng Lê Văn Minh
Procurator General
Viện Kiểm sát nhân dân tối cao, 9 Phố Mẫu
Hà Nội, Việt Nam
이메일: vks@example.vn
인사말: Dear Procurator General
"""
    (who,) = found_recipients(text)
    assert "Lê Văn Minh" in who["name"] and "보낼" not in who["name"]
    assert plain(who["title"]) == "Procurator General"


def test_an_arabic_rank_before_a_name_over_the_office_in_full() -> None:
    # Arabic, under a heading of its own: "President X" over the office in full is no
    # heading row of a table; the body before an Arabic comma is the organisation.
    text = """\
الجهات المطلوب مخاطبتها

الرئيس سالم بن ناصر الخالدي
رئيس الجمهورية النموذجية
الديوان الملكي، قصر النموذج
المدينة النموذجية
فاكس: +000 1 234 5678
بريد إلكتروني: diwan@example.org

الوزيرة نادية حسن
وزيرة العدل
وزارة العدل
شارع المثال 5
بريد إلكتروني: justice@example.org
"""
    president, minister = found_recipients(text)
    assert president["name"] == "الرئيس سالم بن ناصر الخالدي"
    assert plain(president["title"]) == "رئيس الجمهورية النموذجية"
    assert plain(president["organisation"]) == "الديوان الملكي"
    assert president["email"] == ["diwan@example.org"]
    assert minister["email"] == ["justice@example.org"]
    assert "بريد إلكتروني" not in minister.get("address", [])


def test_shaped_letters_give_back_the_break_between_them() -> None:
    # Presentation forms as a PDF's text layer gives them: a letter that joins its next in
    # its final form, then a letter in its initial form, were parted in the word.
    # Persian (keheh, farsi yeh in the text): a zero-width non-joiner ("کتاب‌ها").
    persian = "\ufedb\ufe98\ufe8e\ufe8f\ufeea\ufedb\ufeee\ufe97\ufeea\ufeeb\ufe8e ی"
    assert "\u200c" in undo_presentation_forms(persian)
    # Arabic (no Persian letters): the space the text layer lost ("في بيت").
    arabic = "\ufed3\ufef2\ufe91\ufef4\ufe96"
    assert undo_presentation_forms(arabic) == "في بيت"
    # A letter that never joins its next (alef) is no break: "باب".
    assert undo_presentation_forms("\ufe91\ufe8e\ufe8f") == "باب"


def test_a_table_of_recipients_set_right_to_left_reads_a_row_at_a_time_from_the_right() -> None:
    text = extract_text(read_document((FIXTURES / "chromium-rtl-table.pdf").read_bytes())).text
    lines = [line for line in text.splitlines() if line.strip()]
    first = lines.index("יעל ברקוביץ")
    # Who, then where, then how: the columns from the right.
    assert lines[first : first + 4] == [
        "יעל ברקוביץ",
        "שרת המשפטים",
        "רחוב הדוגמה 12",
        "ירושלים 9100001",
    ]
    # The address wrapped at its hyphen is whole with the hyphen; the handle keeps its "@".
    assert 'דוא"ל: sar-hamishpatim-office@justice-example.org' in lines
    assert "@yael_example" in lines


def test_a_body_name_run_on_in_a_flat_block_goes_on_over_german_and_italian_articles() -> None:
    from appeal_tui.core.importer.flat_lines import split_flat

    assert (
        split_flat(
            "Ministerium für die Gleichstellung der Geschlechter Musterstraße 5 10115 Berlin"
        )[0]
        == "Ministerium für die Gleichstellung der Geschlechter"
    )
    assert (
        split_flat(
            "Dipartimento per gli Affari Interni e Territoriali Piazza del Viminale 1 00184 Roma"
        )[0]
        == "Dipartimento per gli Affari Interni e Territoriali"
    )


def test_an_office_whose_word_comes_last_then_a_name_and_a_copies_heading_in_capitals() -> None:
    # Hungarian puts the office's word last too (the document was Turkish).
    text = """\
Írjon az alábbi címekre:

Igazságügyi Minisztérium
Példa utca 4
1055 Budapest
Magyarország
E-mail: miniszter@example.hu
Megszólítás: Tisztelt Miniszter Úr!

KOPYALARI:
Türkiye Cumhuriyeti Budapeşte Büyükelçisi Ayşe Örnekoğlu
Örnek utca 2
1062 Budapest
E-posta: embassy@example.tr
"""
    copy = found_recipients(text)[-1]
    assert copy["role"] == "copy"
    assert copy["name"] == "Ayşe Örnekoğlu"
    assert plain(copy["title"]) == "Türkiye Cumhuriyeti Budapeşte Büyükelçisi"


def test_a_comma_run_keeps_a_house_number_with_its_street_and_a_postcode_with_its_city() -> None:
    # Russian (the document was Ukrainian).
    who = interpret(
        ["Иван Примеров, Начальник Примерного управления, ул. Образцовая, 12/3, г. Тверь, "
         "170000, Россия"]
    )  # fmt: skip
    assert who.address == ["ул. Образцовая, 12/3", "г. Тверь, 170000"]
    assert who.country == "Россия"


def test_the_letter_greeting_is_not_given_to_a_recipient_whose_office_it_does_not_name() -> None:
    # Dutch headings over a French letter and French blocks (the document was Catalan).
    text = """\
Voorbeeldbrief:

Monsieur le Ministre,

Je vous écris au sujet de la journaliste Clara Exemple, détenue depuis le 2 mars.

Adressen:

Ministre de l'Intérieur
Paul Exemple
12 rue de l'Exemple
1000 Bruxelles
Belgique

Médiateur du Royaume
Jean Modèle
3 rue Modèle
1000 Bruxelles
Belgique
"""
    minister, ombudsman = found_recipients(text)
    assert plain(minister["salutation"]).startswith("Monsieur le Ministre")
    assert "salutation" not in ombudsman


def test_a_name_wrapped_in_a_narrow_column_and_the_end_of_a_heading_over_a_block() -> None:
    who = interpret(["Maria Fernanda", "Ejemplo Rivas", "Directora General", "Calle 5 No. 1-2"])
    assert (who.name, who.title) == ("Maria Fernanda Ejemplo Rivas", "Directora General")
    who = interpret(["the embassy:", "Embassy of Exampleland", "Paseo del Ejemplo 4", "Madrid"])
    assert who.name == "Embassy of Exampleland"
    assert who.address[0] == "Paseo del Ejemplo 4"
