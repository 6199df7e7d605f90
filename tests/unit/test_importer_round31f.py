"""Round 31f: a mission's name broken over two lines by a narrow column is one name."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret


def test_czech_embassy_word_alone_over_its_country() -> None:
    who = interpret(
        ["Velvyslanectví", "Ruritánské republiky v ČR", "Lipová 12/3", "120 00 Praha 2"]
    )
    assert who.name == "Velvyslanectví Ruritánské republiky v ČR"
    assert who.address == ["Lipová 12/3", "120 00 Praha 2"]


def test_slovak_embassy_word_alone_over_its_country() -> None:
    who = interpret(["Veľvyslanectvo", "Ruritánskej republiky", "Lipová 8", "811 02", "Bratislava"])
    assert who.name == "Veľvyslanectvo Ruritánskej republiky"
    assert who.address[0] == "Lipová 8"


def test_german_embassy_broken_after_republic_under_the_ambassador() -> None:
    who = interpret(
        [
            "S. E. Herrn",
            "Anton Beispiel",
            "Botschafter",
            "Botschaft der Republik",
            "Ruritanien",
            "Lindenweg 4",
            "10117 Berlin",
        ]
    )
    assert who.organisation == "Botschaft der Republik Ruritanien"
    assert who.title == "Botschafter"
    assert who.address == ["Lindenweg 4", "10117 Berlin"]


def test_english_embassy_broken_after_a_joining_word() -> None:
    who = interpret(["Embassy of the", "Republic of Ruritania", "12 Elm Road", "London"])
    assert who.name == "Embassy of the Republic of Ruritania"


def test_a_whole_embassy_name_keeps_its_street_and_city() -> None:
    who = interpret(["Embassy of Ruritania", "Lindenweg 4", "Berlin"])
    assert who.name == "Embassy of Ruritania"
    assert who.address == ["Lindenweg 4", "Berlin"]
    who = interpret(["Ambassador", "Embassy of Ruritania", "Elm Road", "London"])
    assert who.title == "Ambassador"
    assert who.address == ["Elm Road", "London"]
