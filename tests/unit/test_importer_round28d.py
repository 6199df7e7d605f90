"""Round 28d: people at risk, in the nominative and not mistaken for bodies (invented texts)."""

from __future__ import annotations

from appeal_tui.core.importer.alphabets import case_endings_of
from appeal_tui.core.importer.people import Person, _printed_nominatives, find_people


def _names(text: str, asks: list[str]) -> list[str]:
    return [p.name for p in find_people(text, title=None, asks=asks, not_people=[])[0]]


def test_a_name_read_in_an_oblique_case_takes_the_nominative_the_text_prints() -> None:
    # Romanian: the genitive-dative "-ei" of a woman's name in "-a".
    text = (
        "Acțiune urgentă\n\n"
        "Avocatul Dorinei Valcenko spune că nu a putut să o vadă. Familia Dorinei Valcenko "
        "se teme pentru sănătatea ei.\n\n"
        "Dorina Valcenko, profesoară din Tarnovel, a fost arestată pe 3 mai.\n\n"
        "Cereți eliberarea imediată a Dorinei Valcenko.\n"
    )
    asks = ["Cereți eliberarea imediată a Dorinei Valcenko."]
    assert _names(text, asks) == ["Dorina Valcenko"]


def test_a_polish_accusative_is_named_in_the_nominative() -> None:
    text = (
        "Pilna akcja\n\n"
        "Uwolnijcie Bożenę Zawirską! Bożenę Zawirską zatrzymano 4 marca w Lipnicy.\n\n"
        "Bożena Zawirska, 31 lat, jest nauczycielką z Lipnicy.\n\n"
        "Żądamy uwolnienia Bożeny Zawirskiej.\n"
    )
    asks = ["Uwolnijcie Bożenę Zawirską natychmiast i bezwarunkowo."]
    assert "Bożena Zawirska" in _names(text, asks)


def test_a_case_no_nominative_ends_in_is_undone_where_the_text_has_no_nominative() -> None:
    # Hungarian accusative "-ét" of a name in "-e", the only form the text prints.
    text = (
        "Sürgős akció\n\n"
        "A rendőrség őrizetbe vette Tamar Oreladzét a tüntetés után. Tamar Oreladzét "
        "azóta sem engedték szabadon.\n\n"
        "Kérjük, engedjék szabadon Tamar Oreladzét azonnal.\n"
    )
    asks = ["Engedjék szabadon Tamar Oreladzét azonnal és feltétel nélkül."]
    assert _names(text, asks) == ["Tamar Oreladze"]


def test_a_name_is_not_renamed_to_another_persons_name() -> None:
    flat = "Jana Wirek, dziennikarka, i jej mąż Jan Wirek zostali zatrzymani w Lipnicy."
    people = [Person("Jana Wirek"), Person("Jan Wirek")]
    renamed = _printed_nominatives(people, flat, case_endings_of("pl"))
    assert [p.name for p in renamed] == ["Jana Wirek", "Jan Wirek"]


def test_a_radio_station_and_a_region_are_no_people() -> None:
    text = (
        "Acción urgente\n\n"
        "La periodista Rosa Ilamán Tzul, locutora de Radio Tepeyac Comunitaria, fue detenida "
        "el 4 de marzo en Alta Quetzalí. Radio Tepeyac Comunitaria denunció la detención. "
        "Rosa Ilamán Tzul sigue detenida en Alta Quetzalí.\n\n"
        "Pidan la liberación de Rosa Ilamán Tzul.\n"
    )
    asks = ["Liberen a Rosa Ilamán Tzul de inmediato."]
    assert _names(text, asks) == ["Rosa Ilamán Tzul"]


def test_a_writers_centre_in_capitals_and_a_bar_chamber_are_no_people() -> None:
    text = (
        "Eilaktion\n\n"
        "Der Schriftsteller Emre Dalkılıçoğlu wurde am 2. Mai festgenommen. Der Norrland PEN "
        "und die Anwaltskammer Tarsuva fordern seine Freilassung. Norrland PEN schreibt, Emre "
        "Dalkılıçoğlu sei krank. Die Anwaltskammer Tarsuva hat einen Anwalt geschickt.\n\n"
        "Fordern Sie die Freilassung von Emre Dalkılıçoğlu.\n"
    )
    asks = ["Lassen Sie Emre Dalkılıçoğlu sofort frei."]
    assert _names(text, asks) == ["Emre Dalkılıçoğlu"]


def test_a_pages_navigation_is_no_person() -> None:
    text = (
        "Eilaktion\n\n"
        "Laufende Fälle · Weitere Informationen\n\n"
        "Die Anwältin Merve Kalyoncuoğlu wurde am 2. Mai in Haft genommen. Merve "
        "Kalyoncuoğlu ist seitdem in Haft. Weitere Informationen über Laufende Fälle.\n\n"
        "Fordern Sie die Freilassung von Merve Kalyoncuoğlu.\n"
    )
    asks = ["Lassen Sie Merve Kalyoncuoğlu sofort frei."]
    assert _names(text, asks) == ["Merve Kalyoncuoğlu"]
