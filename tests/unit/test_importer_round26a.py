"""Session 26 (imp26a): recipients named in a case in Cyrillic and Slavic sentences. Each text
here is our own (invented people, offices and addresses)."""

from __future__ import annotations

from appeal_tui.core.importer.build import import_document
from appeal_tui.core.importer.name_cases import dative_nominative, dative_office
from appeal_tui.core.importer.prose_recipients import paragraph_blocks


def _recipients(text: str) -> list[dict]:
    return list(import_document(text).case.get("recipients") or [])


RUSSIAN_DOC = """СРОЧНАЯ АКЦИЯ

Журналист Тимофей Примеров задержан в Примерске 3 марта 2026 года за публикацию статьи.

Призывы к действию
{SENTENCE}

Спасибо за вашу поддержку.
""".replace(
    "{SENTENCE}",
    "Пишите до 12 мая 2026 года Генеральному прокурору Республики Примерия Виктору "
    "Выдуманову{SEP}ул. Садовая, д. 7, Примерск, 100000, Республика Примерия{END}",
)


def test_a_colon_after_the_name_in_the_dative_opens_the_address() -> None:
    text = (
        "Пишите до 12 мая 2026 года Генеральному прокурору Республики Примерия Виктору "
        "Выдуманову: ул. Садовая, д. 7, Примерск, 100000, Республика Примерия, факс: "
        "+7 700 000 00 01."
    )
    blocks = paragraph_blocks(text, "ru")
    assert blocks and blocks[0].lines[:3] == [
        "Генеральный прокурор Республики Примерия",
        "Виктор Выдуманов",
        "ул. Садовая",
    ]
    assert blocks[0].contacts.fax == ["+7 700 000 00 01"]


def test_a_sending_line_under_a_short_heading_is_read_as_a_sentence() -> None:
    text = RUSSIAN_DOC.replace("{SEP}", ": ").replace("{END}", ", факс: +7 700 000 00 01.")
    first = _recipients(text)[0]
    assert first["name"] == "Виктор Выдуманов"
    assert first["title"] == "Генеральный прокурор Республики Примерия"
    assert first["address"][0] == "ул. Садовая"
    assert first["fax"] == ["+7 700 000 00 01"]


def test_an_address_in_brackets_that_opens_with_a_street_word() -> None:
    text = RUSSIAN_DOC.replace("{SEP}", " (").replace("{END}", ").")
    first = _recipients(text)[0]
    assert first["name"] == "Виктор Выдуманов"
    assert first["address"][0] == "ул. Садовая"


def test_ukrainian_names_in_the_dative_by_the_ukrainian_rows() -> None:
    assert dative_nominative("Андрію Вигаданому") == "Андрій Вигаданий"
    assert dative_nominative("Олегу Вигаданому", "uk") == "Олег Вигаданий"
    assert dative_nominative("Ігорю Примеренку", "uk") == "Ігор Примеренко"
    # Russian names keep the Russian rows.
    assert dative_nominative("Игорю Выдуманову") == "Игорь Выдуманов"


def test_a_copy_word_with_its_colon_inside_a_paragraph_opens_the_copies() -> None:
    text = (
        "Пишіть до 12 травня 2026 року Генеральному прокурору Республіки Примерія Олегу "
        "Вигаданому, вул. Садова, 7, Примерськ, 01001, Республіка Примерія, e-mail: "
        "office@prok.example.org. Копії: Уповноваженому Верховної Ради Примерії з прав людини "
        "Андрію Вигаданому, вул. Тиха, 5, Примерськ, 01008, e-mail: hotline@ombuds.example.org."
    )
    blocks = paragraph_blocks(text, "uk")
    assert [b.role for b in blocks] == ["primary", "copy"]
    assert blocks[0].lines[:2] == ["Генеральний прокурор Республіки Примерія", "Олег Вигаданий"]
    assert blocks[1].lines[:2] == [
        "Уповноважений Верховної Ради Примерії з прав людини",
        "Андрій Вигаданий",
    ]
    assert blocks[1].contacts.email == ["hotline@ombuds.example.org"]


def test_bulgarian_offices_with_the_article_back_in_the_nominative() -> None:
    assert dative_office("Министъра на правосъдието", "bg") == "Министър на правосъдието"
    assert dative_office("Главния прокурор на Република Примерия", "bg") == (
        "Главен прокурор на Република Примерия"
    )
    assert dative_office("кмета на Примерово", "bg") == "кмет на Примерово"
    assert dative_office("Община Примерово", "bg") == "Община Примерово"


def test_a_bulgarian_sentence_to_an_office_then_a_name_at_an_address() -> None:
    text = (
        "Пишете също и до кмета на Примерово, Петър Измислев, на адрес Община Примерово, "
        "пл. „Тих“ № 3, 4000 Примерово, или на имейл kmet@primerovo.example.org "
        "(обръщение: Уважаеми господин Кмет)."
    )
    blocks = paragraph_blocks(text, "bg")
    assert blocks and blocks[0].lines[:3] == [
        "кмета на Примерово",
        "Петър Измислев",
        "Община Примерово",
    ]
    assert blocks[0].contacts.email == ["kmet@primerovo.example.org"]
