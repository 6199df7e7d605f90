"""Mend 29a: round 29b's second-appeal cut and round 29a's sentence end, on invented texts.

- A first appeal's own background that mentions an earlier action's number ("... when UA 7/29
  was issued", "Siehe UA 3/29") is no second appeal: the page is read whole, its copies'
  recipient kept (a second appeal opens with its own number as a heading).
- A street's abbreviation of any script before a capitalised street name ("просп. Свободы 4",
  "бульв. Садовий 9", "Λεωφ. Ειρήνης 5") ends no sentence: the recipient is read."""

from __future__ import annotations

from appeal_tui.core.importer import import_document

BACKGROUND_EN = """URGENT ACTION
UA 77/31
Zembla: Teacher held incommunicado

Teacher Maren Holtby was arrested on 2 May 2031 and is held incommunicado. She is at risk of
torture in detention.

Please write to:
Minister of Justice
Oskar Brightwater
Court Lane 4
Halder City
Zembla

ADDITIONAL INFORMATION

Maren Holtby was first arrested in 2029, when Amnesty International issued UA 7/29 on her
detention. She was beaten in custody and released after two months without charge.

Copies to:
Ambassador Lena Fairweather
Embassy of Zembla
Park Road 12
Berlin
Germany
"""

BACKGROUND_DE = """EILAKTION
UA 81/31
Zembla: Gewerkschafter in Haft

Der Gewerkschafter Jonas Weidtke wurde am 4. Mai 2031 festgenommen und ist seither ohne
Kontakt zu seiner Familie inhaftiert. Es besteht die Gefahr, dass er gefoltert wird.

Bitte schreiben Sie an:
Innenminister
Karl Abendroth
Hafenplatz 3
Halder City
Zembla

HINTERGRUNDINFORMATIONEN

Jonas Weidtke wurde bereits 2029 festgenommen und misshandelt; Amnesty International
veröffentlichte damals die Eilaktion UA 3/29 zu seiner Haft.

Kopien an:
Botschafterin Greta Lindqvist
Botschaft von Zembla
Gartenstraße 8
10115 Berlin
"""


def _names(text: str) -> list[str]:
    case = import_document(text).case
    return [r.get("name", "") for r in case.get("recipients", [])]


def test_a_background_that_mentions_an_earlier_action_is_no_second_appeal() -> None:
    assert _names(BACKGROUND_EN) == ["Oskar Brightwater", "Lena Fairweather"]


def test_a_german_background_that_mentions_an_earlier_action_keeps_the_copies() -> None:
    names = _names(BACKGROUND_DE)
    assert "Karl Abendroth" in names[0]
    assert any("Greta Lindqvist" in n for n in names[1:])


STREET_RU = """СРОЧНАЯ АКЦИЯ
Журналист Олег Дымов задержан 3 мая и содержится под стражей без связи с адвокатом.

Пишите министру юстиции Павлу Крутову, просп. Свободы 4, 220050 Минск, Беларусь. Эл. почта: m@x.by
"""

STREET_UK = """ТЕРМІНОВА АКЦІЯ
Правозахисник Тарас Гайко затриманий 3 травня і утримується без зв'язку з адвокатом.

Пишіть Генеральному прокурору Степану Коваленку за адресою: бульв. Садовий 9, 01001 Київ, Україна.
"""


def test_a_russian_avenue_abbreviation_ends_no_sentence() -> None:
    case = import_document(STREET_RU).case
    (found,) = case["recipients"]
    assert found.get("address", [])[:1] == ["просп. Свободы 4"]
    assert "Крутов" in found.get("name", "")


def test_a_ukrainian_boulevard_abbreviation_ends_no_sentence() -> None:
    case = import_document(STREET_UK).case
    (found,) = case["recipients"]
    assert found.get("address", [])[:1] == ["бульв. Садовий 9"]
    assert "Коваленк" in found.get("name", "")


def test_street_abbreviations_of_three_scripts_end_no_sentence() -> None:
    from appeal_tui.core.importer.prose_recipients import _sentence_stop

    for text, country in (
        ("Γράψτε στον Νίκο Καλλέργη, Λεωφ. Ειρήνης 5, 11527 Αθήνα, Ελλάδα. Email: x@y", "Ελλάδα."),
        ("Пишите Павлу Крутову, просп. Свободы 4, 220050 Минск, Беларусь. Эл. почта", "Беларусь."),
        ("Пишите Павлу Крутову по адресу: наб. Речная 4, Минск, Беларусь. Эл. почта", "Беларусь."),
    ):
        stop = _sentence_stop(text)
        assert stop is not None
        assert text[: stop.end()].endswith(country)
