"""Round 30f: people at risk named in the document's own script (session 30, imp30f).

Invented names and texts only."""

from __future__ import annotations

from appeal_tui.core.importer.own_script import in_own_script, skeleton
from appeal_tui.core.importer.people import Person

_UKRAINIAN = (
    "Термінова акція\n\n"
    "Вчителька Тарасу Вигаданенко затримали 3 березня в місті. Родина не знає, де її "
    "утримують, і адвокатові не дозволили побачення. Їй загрожує катування та несправедливий "
    "суд. Просимо писати листи до генерального прокурора й вимагати негайного звільнення.\n\n"
)
_ENGLISH = (
    "Model letter\n\n"
    "Dear Prosecutor General,\n"
    "I am writing about the teacher Tarasa Vyhadanenko, detained on 3 March.\n"
    "Please release Tarasa Vyhadanenko at once.\n"
)


def test_a_letter_with_a_mark_is_read_by_its_base_letter() -> None:
    # Kazakh "қ" (KA WITH DESCENDER) is a "k", Latin "ł" an "l", Kazakh "ә" a vowel.
    assert skeleton("Қанат") == skeleton("Kanat")
    assert skeleton("Ғалым") == skeleton("Galym")
    assert skeleton("Әсел") == skeleton("Asel")
    assert skeleton("Pawłowski") == skeleton("Pawlowski")


def test_the_english_half_does_not_outvote_the_texts_own_spelling() -> None:
    # The Latin spelling is written twice, but only in the English model letter; the
    # Ukrainian text's own passages write the Cyrillic one.
    people = in_own_script([Person("Tarasa Vyhadanenko")], _UKRAINIAN + _ENGLISH)
    assert [p.name for p in people] == ["Тарасу Вигаданенко"]
    assert people[0].also_known_as == ["Tarasa Vyhadanenko"]


def test_a_latin_name_inside_the_texts_own_sentences_stays() -> None:
    text = (
        "Термінова акція\n\n"
        "Журналіста Tarasa Vyhadanenko затримали 3 березня в місті. Родина не знає, де його "
        "утримують. Tarasa Vyhadanenko загрожує несправедливий суд. Просимо писати листи до "
        "прокурора й вимагати негайного звільнення Тарасу Вигаданенко.\n"
    )
    people = in_own_script([Person("Tarasa Vyhadanenko")], text)
    assert [p.name for p in people] == ["Tarasa Vyhadanenko"]


def test_a_latin_spelling_of_someone_named_in_the_texts_script_is_the_same_person() -> None:
    people = in_own_script(
        [Person("Тарасу Вигаданенко"), Person("Tarasa Vyhadanenko")], _UKRAINIAN + _ENGLISH
    )
    assert [p.name for p in people] == ["Тарасу Вигаданенко"]
    assert "Tarasa Vyhadanenko" in people[0].also_known_as


def test_a_name_broken_over_two_lines_is_found_whole() -> None:
    text = (
        "Термінова акція\n\n"
        "Вчителька Тарасу\nВигаданенко затримали 3 березня в місті. Родина не знає, де її "
        "утримують, і адвокатові не дозволили побачення. Їй загрожує катування та "
        "несправедливий суд. Просимо писати листи до прокурора.\n\n" + _ENGLISH
    )
    people = in_own_script([Person("Tarasa Vyhadanenko")], text)
    assert [p.name for p in people] == ["Тарасу Вигаданенко"]
