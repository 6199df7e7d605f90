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
