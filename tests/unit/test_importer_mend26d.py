"""Mend26d: regressions of the mends in final26 a third reviewer found (names in the dative
in a Russian or Ukrainian recipient block), each on a short invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.name_cases import block_language

_RU = (
    "СРОЧНАЯ АКЦИЯ\n\nФЕРМЕР ЗАДЕРЖАН\n\nФермера задержали 3 марта 2031 года.\n\n"
    "Пожалуйста, напишите до 10 апреля 2031 года:\n\nГенеральному прокурору\n{}\n"
    "ул. Садовая, 7, 101000 Москва\nРоссия"
)
_UK = (
    "ТЕРМІНОВА АКЦІЯ\n\nЛІКАРЯ ЗАТРИМАНО\n\nЛікаря затримали 3 березня 2031 року.\n\n"
    "Будь ласка, напишіть до 10 квітня 2031 року:\n\nГенеральному прокурору\n{}\n"
    "вул. Садова, 7, {}\nУкраїна"
)


def _primary(text: str, language: str | None = None) -> dict:
    case = import_document(text, source="x.txt", language=language).case
    return next(r for r in case["recipients"] if r.get("role") == "primary")


def test_a_russian_block_in_a_text_read_as_ukrainian_names_by_the_russian_rows() -> None:
    # The block's own language for the name too: not the Ukrainian "-ю" -> "-ь".
    assert _primary(_RU.format("Алексею Выдумкину"), "uk")["name"] == "Алексей Выдумкин"
    assert _primary(_RU.format("Валерию Сочинову"), "uk")["name"] == "Валерий Сочинов"


def test_a_ukrainian_surname_loses_u_only_as_a_declining_one_does() -> None:
    def name(n: str) -> str:
        return _primary(_UK.format(n, "01001 Київ"), "uk")["name"]

    assert name("Богдану Гнатку") == "Богдан Гнатко"
    assert name("Кузьмі Ярку") == "Кузьма Ярко"
    # A surname that ends so in the nominative stays as printed (so main left the name).
    assert name("Івану Лупару") in ("Іван Лупару", "Івану Лупару")
    assert name("Петру Лупару") in ("Петро Лупару", "Петру Лупару")
    assert name("Олені Вереску") == "Олена Вереску"


def test_the_a_declension_row_spares_surnames_that_do_not_decline() -> None:
    def name(n: str) -> str:
        return _primary(_UK.format(n, "01001 Київ"), "uk")["name"]

    assert name("Василю Гроссі") in ("Василь Гроссі", "Василю Гроссі")
    assert name("Луці Вигадову") in ("Лука Вигадов", "Луці Вигадову")
    assert name("Андрію Катаі") in ("Андрій Катаі", "Андрію Катаі")
    # The declension still read where it is one: "Степану Вигадері".
    assert name("Степану Вигадері") == "Степан Вигадера"


def test_a_ukrainian_block_without_ukrainian_letters_stays_ukrainian() -> None:
    got = _primary(_UK.format("Тарасу Вигаденку", "65000 Одеса"), "uk")
    title = got["title"]
    assert (list(title.values()) if isinstance(title, dict) else [title]) == [
        "Генеральний прокурор"
    ]
    assert got["name"] == "Тарас Вигаденко"
    fields = ["Генеральному прокурору", "Тарасу Вигаденку", "вул. Тиха, 4, 65000 Одеса"]
    assert block_language([*fields, "Україна"], "uk") == "uk"
    assert block_language(fields, "uk") == "uk"
