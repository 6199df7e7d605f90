"""Session 25 (imp25h): the held-out halves of session 24's kinds. Each text here is our own
(invented people, offices and addresses), in another language or layout than the training
document that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.prose_recipients import paragraph_blocks

# Lithuanian: whom in the dative after "rašykite", an office in small letters after a
# complement in capitals, each recipient's fields in brackets parted by slashes.
LITHUANIAN = (
    "Rašykite Primerijos teisingumo ministrui Tomui Kalnaičiui (Teisingumo ministerija / "
    "Sodų g. 7 / 10101 Primeris / Primerija / el. p. info@tm.example.org) ir "
    "Aukščiausiojo Teismo pirmininkei Ingai Pavyzdienei (Aukščiausiasis Teismas / "
    "Teismų a. 2 / 10102 Primeris / Primerija / faks. +370 5 000 00 01). Prašome rašyti "
    "kuo greičiau, nes jis yra sulaikytas ir jo šeima apie tai nieko nežino."
)


def test_baltic_languages_are_detected() -> None:
    assert detect_language(LITHUANIAN).code == "lt"
    latvian = (
        "Viņš tika aizturēts pēc tam, kad bija piedalījies protestā, un viņa ģimene par to "
        "nav informēta. Lūdzam rakstīt arī ministram, lai viņu atbrīvotu."
    )
    assert detect_language(latvian).code == "lv"


def test_lithuanian_datives_back_to_the_nominative() -> None:
    assert latin_nominative("Tomui Kalnaičiui", "lt") == "Tomas Kalnaitis"
    assert latin_nominative("Ingai Pavyzdienei", "lt") == "Inga Pavyzdienė"
    assert latin_nominative("Jurijui Petrovičiui", "lt") == "Jurijus Petrovičius"
    assert latin_nominative("Tomas Kalnaitis", "lt") == "Tomas Kalnaitis"


def test_a_complement_in_capitals_before_the_office_parts_off_the_declined_name() -> None:
    blocks = paragraph_blocks(LITHUANIAN, "lt")
    names = [line for b in blocks for line in b.lines]
    assert "Tomas Kalnaitis" in names
    assert "Inga Pavyzdienė" in names
    assert "Primerijos teisingumo ministras" in names


# Russian: whom in the dative after "Пишите", with when and in which language to write
# between; an office then a name; a second recipient after "и"; a copy after "Копию".
RUSSIAN = (
    "Пишите до 3 марта, вежливо, на русском или английском языке, Генеральному прокурору "
    "Республики Примерия Тимуру Выдуманову — 100000, г. Примерск, ул. Садовая, 7, "
    "e-mail: office@prok.example.org — и министру юстиции Олегу Придуманову — 100001, "
    "г. Примерск, пр. Тихий, 2, факс: +7 700 000 00 01. Копию направьте Уполномоченному по "
    "правам человека Анне Сочинёновой (e-mail: ombuds@example.org)."
)


def test_russian_datives_after_a_verb_that_sends() -> None:
    blocks = paragraph_blocks(RUSSIAN, "ru")
    assert [b.role for b in blocks] == ["primary", "primary", "copy"]
    first, second, copy = blocks
    assert first.lines[:2] == ["Генеральный прокурор Республики Примерия", "Тимур Выдуманов"]
    assert first.contacts.email == ["office@prok.example.org"]
    assert second.lines[:2] == ["министр юстиции", "Олег Придуманов"]
    assert second.contacts.fax == ["+7 700 000 00 01"]
    assert "Анна Сочинёнова" in copy.lines


def test_a_colon_after_the_verb_with_whom_on_the_same_line() -> None:
    text = (
        "ОБРАЩЕНИЯ НАПРАВЛЯЙТЕ: Министру внутренних дел Ивану Примерову / ул. Тихая, 1 / "
        "100029 Примерск / Республика Примерия / факс: +998 00 000 00 00."
    )
    blocks = paragraph_blocks(text, "ru")
    assert blocks and blocks[0].lines[:2] == ["Министр внутренних дел", "Иван Примеров"]


def test_a_long_line_without_spaces_in_a_russian_sentence() -> None:
    # Reaching this line is the test.
    paragraph_blocks("Пишите: " + "Иванову" * 30000, "ru")
    paragraph_blocks("Rašykite " + "ž" * 200000, "lt")


def test_an_office_in_the_dative_back_in_the_nominative() -> None:
    from appeal_tui.core.importer.name_cases import dative_office

    assert dative_office("nejvyššímu státnímu zástupci", "cs") == "nejvyšší státní zástupce"
    assert (
        dative_office("Primerijos teisingumo ministrui", "lt") == "Primerijos teisingumo ministras"
    )
    assert dative_office("Председателю Верховного суда", "ru") == "Председатель Верховного суда"
    # (Round 30a: Croatian has office rows now; a language without them keeps the office.)
    assert dative_office("ministru pravosuđa", "hr") == "ministar pravosuđa"
    assert dative_office("ministro della giustizia", "it") == "ministro della giustizia"


def test_a_czech_office_and_name_in_the_dative() -> None:
    text = (
        "Pište ministru vnitra Radimu Vymyšlenému na adresu Ministerstvo vnitra Primerie, "
        "Tichá 5, 10000 Primerov, Primerie, e-mail: podatelna@mv.example.org."
    )
    blocks = paragraph_blocks(text, "cs")
    assert blocks and blocks[0].lines[:2] == ["ministr vnitra", "Radim Vymyšlený"]


def test_a_latin_verb_with_a_colon_still_heads_its_own_line() -> None:
    from appeal_tui.core.importer.prose_recipients import sends_to

    assert not sends_to("Kopiju pošaljite: Veleposlanstvo Primerije, Trg 1, 10000 Zagreb")
    assert sends_to("ОБРАЩЕНИЯ НАПРАВЛЯЙТЕ: Министру юстиции Ивану Примерову, ул. Тихая, 1")


def test_a_place_after_a_preposition_is_no_name() -> None:
    from appeal_tui.core.importer.name_cases import cyrillic_office_name

    assert cyrillic_office_name("Посольство Республики Примерия в Российской Федерации") is None
