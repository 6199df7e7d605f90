"""Mend 28b: one step renames a person read in a case to the nominative the text prints
(round 28b's and 28d's, made one), without renaming to a relative, with a headline's capitals
undone, without Romanian men's "-ei" read as a case, and without case forms as aliases
(invented texts)."""

from __future__ import annotations

from appeal_tui.core.importer.alphabets import case_endings_of
from appeal_tui.core.importer.name_cases import (
    latin_nominative,
    printed_nominative,
    printed_words,
)
from appeal_tui.core.importer.people import find_people
from hostile.guards import hard_timeout


def _people(text: str, asks: list[str]) -> list[tuple[str, list[str]]]:
    found = find_people(text, title=None, asks=asks, not_people=[])[0]
    return [(p.name, list(p.also_known_as or [])) for p in found]


def test_a_woman_is_not_renamed_to_her_husband_who_shares_the_surname() -> None:
    text = (
        "Pilna akcja\n\n"
        "Bronisława Zalewicz, 58 lat, bibliotekarka z Lidy, została skazana 9 maja na dwa lata "
        "więzienia. Jej mąż Bronisław Zalewicz, emerytowany kolejarz, nie może jej widywać.\n\n"
        "Wezwij władze, aby natychmiast uwolniły Bronisławę Zalewicz.\n"
    )
    asks = ["Wezwij władze, aby natychmiast uwolniły Bronisławę Zalewicz."]
    names = [n for n, _ in _people(text, asks)]
    assert "Bronisław Zalewicz" not in names
    assert "Bronisława Zalewicz" in names


def test_a_man_is_not_renamed_to_his_sister_who_shares_the_surname() -> None:
    text = (
        "Pilna akcja\n\n"
        "Rami Saleh, 24 lat, student z Aleppo, został zatrzymany 2 maja. Jego siostra "
        "Rama Saleh, lekarka, opisała zatrzymanie.\n\n"
        "Wezwij władze, aby uwolniły Ramiego Saleha.\n"
    )
    asks = ["Wezwij władze, aby uwolniły Ramiego Saleha."]
    names = [n for n, _ in _people(text, asks)]
    assert "Rama Saleh" not in names or "Rami Saleh" in names


def test_a_romanian_man_in_ei_keeps_his_name() -> None:
    text = (
        "Acțiune urgentă\n\n"
        "Matei Corbescu (n. 1991), profesor din Bender, a fost arestat pe 8 mai. Sora lui, "
        "Mata Corbescu, nu l-a mai văzut.\n\n"
        "Cereți eliberarea imediată a lui Matei Corbescu.\n"
    )
    asks = ["Cereți eliberarea imediată a lui Matei Corbescu."]
    names = [n for n, _ in _people(text, asks)]
    assert "Mata Corbescu" not in names or "Matei Corbescu" in names
    assert latin_nominative("Andrei Ciobanu", "ro") == "Andrei Ciobanu"
    assert latin_nominative("Sergei Matei", "ro") == "Sergei Matei"


def test_a_name_confirmed_by_a_headline_in_capitals_keeps_its_normal_capitals() -> None:
    flat = (
        "BIAŁORUŚ: HALINA ZAWADZKA SKAZANA Sąd skazał Halinę Zawadzką, nauczycielkę, "
        "na pięć lat. Wezwij władze, aby uwolniły Halinę Zawadzką."
    )
    form = printed_nominative("Halinę Zawadzką", printed_words(flat), case_endings_of("pl"))
    assert form == "Halina Zawadzka"


def test_a_case_form_of_the_name_is_no_alias() -> None:
    text = (
        "Hitna akcija\n\n"
        "Милена Јовић, 29 године, студенткиња из Чачка, ухапшена је 5. маја. Породица "
        "Милене Јовић тражи њено ослобађање.\n\n"
        "Позовите власти да одмах ослободе Милену Јовић.\n"
    )
    asks = ["Позовите власти да одмах ослободе Милену Јовић."]
    people = _people(text, asks)
    assert ("Милена Јовић", []) in people or all("Милену Јовић" not in aka for _, aka in people)


def test_each_printed_name_is_judged_once() -> None:
    words = " ".join(f"Anna{i:03d} Kowalska{i:03d}, 30 lat." for i in range(300))
    printed = printed_words(words + " Uwolnijcie Annę000 Kowalską000.")
    endings = case_endings_of("pl")
    printed_nominative("Annę000 Kowalską000", printed, endings)
    with hard_timeout(30):  # (a bound, no timing: the memo itself is checked below)
        for _ in range(200):
            printed_nominative("Annę000 Kowalską000", printed, endings)
    assert ("Annę000 Kowalską000", endings) in printed.judged
