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
