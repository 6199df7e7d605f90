"""Session 25 mend (md25c): regressions a reviewer found in round 25h's Cyrillic datives. Each
text is our own (invented people, offices and addresses)."""

from __future__ import annotations

from appeal_tui.core.importer.name_cases import cyrillic_office_name
from appeal_tui.core.importer.prose_recipients import paragraph_blocks


def test_a_capitalised_genitive_stays_in_the_office() -> None:
    # The name is the given name and surname in the dative; the genitive before them belongs
    # to the office (it failed on merge25: "Федерация Вадим Сочинин" was the name).
    assert cyrillic_office_name(
        "Председателю Верховного суда Республики Примерия Вадиму Сочинину"
    ) == (
        "Председатель Верховного суда Республики Примерия",
        "Вадим Сочинин",
    )
    assert cyrillic_office_name("Министру обороны Примерии Ольге Выдумкиной") == (
        "Министр обороны Примерии",
        "Ольга Выдумкина",
    )
    # A patronymic in the dative makes a name of three words.
    assert cyrillic_office_name("Мэру Примерска Петру Ильичу Сочинину") == (
        "Мэр Примерска",
        "Петр Ильич Сочинин",
    )
    text = (
        "Пишите Прокурору Федеральной Земли Примерия Кириллу Вымыслову, ул. Полевая, 4, "
        "100200 Примерск, Примерия."
    )
    blocks = paragraph_blocks(text, "ru")
    assert blocks and blocks[0].lines[:2] == [
        "Прокурор Федеральной Земли Примерия",
        "Кирилл Вымыслов",
    ]


def test_an_office_noun_is_restored_only_from_the_table() -> None:
    from appeal_tui.core.importer.name_cases import dative_office

    # A bare "-у"/"-ovi" is no ending to strip (failed on merge25: "Посл", "předsed").
    assert dative_office("Послу Королевства Примерия", "ru") == "Посол Королевства Примерия"
    assert dative_office("předsedovi senátu", "cs") == "předseda senátu"
    assert dative_office("predsedovi parlamentu", "sk") == "predseda parlamentu"
    # Ukrainian has its own rows (merge25 gave the Russian "Генеральный").
    assert dative_office("Генеральному прокурору Примерії", "uk") == "Генеральний прокурор Примерії"
    # A noun that is an adjective ("Уполномоченному по правам человека").
    assert dative_office("Уполномоченному по правам ребёнка", "ru") == (
        "Уполномоченный по правам ребёнка"
    )
    # A noun the table does not know: the office stays as printed.
    assert dative_office("Главному смотрителю парков", "ru") == "Главному смотрителю парков"


def test_a_russian_text_keeps_russian_office_endings_under_a_wrong_language() -> None:
    # A short Russian text detected as Ukrainian: the letters decide (failed on merge25's
    # successor before this mend: "Генеральний").
    blocks = paragraph_blocks(
        "Напишите Генеральному прокурору Республики Примерия Вадиму Сочинину, пр. Мира 5, "
        "100300 Примерск.",
        "uk",
    )
    assert blocks and blocks[0].lines[:2] == [
        "Генеральный прокурор Республики Примерия",
        "Вадим Сочинин",
    ]


def test_a_person_written_to_with_a_card_is_no_recipient() -> None:
    # Writing TO the prisoner (a card, words of support) names no recipient (merge25 read
    # "Ольге Сочиновой открытку" as a primary recipient).
    text = "Напишите Ольге Сочиновой открытку: СИЗО-3, ул. Речная 7, 100300 Примерск."
    assert paragraph_blocks(text, "ru") == []
    text = "Пишіть Андрію Вигаданку листівки підтримки: СІЗО-2, вул. Тиха 3, 01001 Примерськ."
    assert paragraph_blocks(text, "uk") == []


def test_a_date_before_whom_without_a_comma() -> None:
    # "до 3 травня 2026 р." says by when; the office after it keeps its title (merge25 kept
    # the date in the office line).
    text = (
        "Пишіть до 3 травня 2026 р. Міністру юстиції Примерії Олегу Вигадчуку, вул. Тиха 1, "
        "01001 Примерськ, Примерія."
    )
    blocks = paragraph_blocks(text, "uk")
    assert blocks and blocks[0].lines[:2] == ["Міністр юстиції Примерії", "Олег Вигадчук"]


def test_a_labelled_salutation_paragraph_after_a_sentence_recipient() -> None:
    from appeal_tui.core.importer import import_document

    text = (
        "ТЕРМІНОВІ ДІЇ\n\nЖурналістку Ганну Вигадану затримано 2 лютого 2026 року в місті "
        "Примерськ.\n\nНапишіть Голові Верховного суду Примерії Олегу Вигадчуку, вул. Тиха 1, "
        "01001 Примерськ, Примерія.\n\nЗвертання: Шановний Голово Верховного суду\n\n"
        "Пишіть українською або англійською мовою.\n"
    )
    recipients = import_document(text).case["recipients"]
    assert [r.get("name") for r in recipients] == ["Олег Вигадчук"]
    assert recipients[0].get("title") == "Голова Верховного суду Примерії"
    assert "Шановний Голово Верховного суду" in str(recipients[0].get("salutation"))


def test_long_lines_after_a_cyrillic_verb() -> None:
    # Reaching this line is the test.
    paragraph_blocks("Пишите до 3 марта 2026 года " + "а" * 200000, "ru")
    paragraph_blocks("Напишите Ольге Сочиновой " + "открытку" * 25000, "ru")
