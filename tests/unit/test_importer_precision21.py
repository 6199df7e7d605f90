"""Session 21 (imp21b): precision, people read who are no one at risk (docs/importer.md,
"Round 21b"). Each test reads a short text of our own: invented names and places, and another
language or layout than the samples that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

from appeal_tui.core.importer.countries import is_territory_name
from appeal_tui.core.importer.people import _is_place


def test_world_regions_and_unions_in_any_language_are_territories_not_people() -> None:
    # CLDR names the world's regions as it names countries, in every language.
    assert is_territory_name("Western Europe")
    assert is_territory_name("Afrique  du Nord")  # French, spaced as a PDF may space it
    assert is_territory_name("Lateinamerika")
    assert is_territory_name("Unión Europea")
    assert not is_territory_name("Lotta Beispiel")
    assert not is_territory_name("Marek Vymyšlený")


def test_a_place_named_before_a_court_or_after_a_school_of_it_is_a_place() -> None:
    text = (
        "Der Lehrer wurde vom Vellmar Hollen court verurteilt. He taught at the school of "
        "Vellmar Hollen until 2025; the university of Vellmar Hollen dismissed him."
    )
    assert _is_place("Vellmar Hollen", text)
    # A person named after "the family of" stays a person.
    text = "The family of Vellmar Hollen asks for news. Vellmar Hollen was taken on 2 May."
    assert not _is_place("Vellmar Hollen", text)


def test_a_region_in_brackets_after_its_town_or_after_a_place_noun_is_a_place() -> None:
    text = (
        "El defensor vive en el pueblo de Ostrava (Monte Lirio) desde 2019. "
        "Los campesinos de la Provincia Monte Lirio temen represalias."
    )
    assert _is_place("Monte Lirio", text)
    # Another spelling of a person's name in brackets after the name (two words) stays.
    text = "Журналіст Олесь Вигаданий (Oles Vyhadanyi) зник. Oles Vyhadanyi ще в ув'язненні."
    assert not _is_place("Oles Vyhadanyi", text)


def _people(text: str) -> list[str]:
    from appeal_tui.core.importer import import_document

    case = import_document(text, source="ua.txt").case
    return [str(p.get("name")) for p in case.get("people", []) if "name" in p]


def test_a_name_with_letters_of_the_ipa_block_is_read_whole() -> None:
    # Azerbaijani "ə" (and the "ɛ", "ɔ" of West African alphabets) once cut a name short.
    text = (
        "URGENT ACTION\n\nGhana: reporter Kɔfi Mɛnsah detained\n\n"
        "The reporter Kɔfi Mɛnsah was arrested on 3 May 2026 in Accra. Kɔfi Mɛnsah faces "
        "ten years in prison for reporting on corruption in the country and its courts.\n\n"
        "Please write calling on the authorities to release Kɔfi Mɛnsah immediately.\n"
    )
    assert _people(text) == ["Kɔfi Mɛnsah"]


def test_a_run_of_capitalised_words_opening_with_a_bodys_noun_is_no_person() -> None:
    from appeal_tui.core.importer.people import _body_by_its_start

    assert _body_by_its_start("Sindicato Ferroviario Andino")
    assert _body_by_its_start("Stowarzyszenie Wolne Słowo")
    assert not _body_by_its_start("Lotta Beispiel")


def test_of_one_name_in_two_cases_the_form_without_an_ending_is_kept() -> None:
    from collections import Counter

    from appeal_tui.core.importer.people import Person, _add

    # Hungarian accusative first, nominative after: the nominative is the name.
    people: list[Person] = []
    _add(people, "Réka Vadászt", Counter(), [])
    _add(people, "Réka Vadász", Counter(), [])
    assert [p.name for p in people] == ["Réka Vadász"]
    # Another transliteration ("-ch" for "-c") is no case ending: the first form stays.
    people = []
    _add(people, "Aliaksei Vymyslenkavich", Counter(), [])
    _add(people, "Aliaksei Vymyslenkavic", Counter(), [])
    assert [p.name for p in people] == ["Aliaksei Vymyslenkavich"]


def test_a_nameless_block_of_phone_numbers_only_is_no_recipient() -> None:
    from appeal_tui.core.importer.recipients import _nameless_numbers
    from appeal_tui.core.importer.todo import todo

    nameless = todo("the name of this recipient")
    assert _nameless_numbers(
        {"role": "primary", "name": nameless, "address": ["+48 22 123 45 67 –"]}
    )
    assert _nameless_numbers(
        {"role": "copy", "name": nameless, "address": ["(02) 555 0101", "ALLE SEITEN"]}
    )
    # A street's or a postcode's number: an address whose name was not read; kept.
    assert not _nameless_numbers(
        {"role": "copy", "name": nameless, "address": ["Ulica Zmyślona 7", "00-950 Warszawa"]}
    )
    assert not _nameless_numbers(
        {"role": "copy", "name": nameless, "address": ["+1 555 0100"], "email": ["x@example.org"]}
    )


def test_a_greeting_a_closing_a_country_or_a_sentence_end_names_no_recipient() -> None:
    from appeal_tui.core.importer.recipients import _no_ones_name

    for name in ("Sehr geehrter", "Kind regards", "Polska", "dans votre pays.", "K("):
        assert _no_ones_name({"name": name}), name
    for name in ("Ministra Sprawiedliwości", "de Vries", "Embassy of Chile"):
        assert not _no_ones_name({"name": name}), name
