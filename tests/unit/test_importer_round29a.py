"""Round 29a: recipients given inside sentences. A sentence that sends names an office and a
person and gives the address after the words for "at the address" ("... по адресу: ул. ...",
"..., at the address: 12 Some Street, ..."), over a labelled salutation; a sending line that
names an office and a person and ends with a colon over the lines of their address ("Копии
направляйте Уполномоченному ... Петру Лунову:" / "Офис ..." / "пр. ..."). Guards: a story's
sentence with the same words is no recipient. Each on a short invented text."""

from __future__ import annotations

from importer_reading import recipients as _recipients

_RU = """СРОЧНАЯ АКЦИЯ
Учитель задержан

Томас Квелл, учитель, задержан 3 марта 2026 года.

Письма направляйте Министру юстиции Фридонии Анне Взоровой по адресу: ул. Липовая, 12, \
г. Марров, 40110, Фридония. Эл. почта: minister@justice.example.
Обращение: Уважаемая госпожа Министр!

Копии направляйте Уполномоченному по правам человека Петру Лунову:
Офис Уполномоченного
пр. Гаванский, 8
г. Марров, 40112
Фридония
Эл. почта: ombuds@ombuds.example
"""

_RU_WRAPPED = """СРОЧНАЯ АКЦИЯ
Учитель задержан

Томас Квелл, учитель, задержан 3 марта 2026 года.

Письма направляйте Генеральному прокурору Республики Фридония Ивану
Петровичу Сидорову по адресу: ул. Тихая, 5, г. Марров, 40110,
Республика Фридония. Эл. почта: prosecutor@office.example.
Обращение: Уважаемый господин Генеральный прокурор!
"""

_EN = """URGENT ACTION
Teacher detained in Freedonia

Tomas Quell, a teacher, was arrested on 3 March 2026.

Please write to the Minister of Justice of Freedonia, Ana Vzorova, at the address: \
12 Lindell Street, Marrow 40110, Freedonia. Email: minister@justice.example.

Send copies to the Ombudsman of Freedonia, Petra Lunn:
Office of the Ombudsman
8 Harbour Road
Marrow 40112
Freedonia
Email: ombuds@ombuds.example
"""


def test_an_office_and_name_in_the_dative_then_at_the_address() -> None:
    found = _recipients(_RU_WRAPPED, language="ru")
    assert [r["name"] for r in found] == ["Иван Петрович Сидоров"]
    first = found[0]
    assert "Генеральный прокурор Республики Фридония" in str(first["title"])
    assert str(first["address"][0]).startswith("ул. Тихая")
    assert first["email"] == ["prosecutor@office.example"]
    assert "Уважаемый господин Генеральный прокурор" in str(first["salutation"])


def test_at_the_address_on_one_line_and_a_copy_named_over_its_block() -> None:
    found = _recipients(_RU, language="ru")
    assert [r["name"] for r in found] == ["Анна Взорова", "Петр Лунов"]
    assert "Министр юстиции Фридонии" in str(found[0]["title"])
    assert str(found[0]["address"][0]).startswith("ул. Липовая")
    copy = found[1]
    assert copy["role"] == "copy"
    assert "Уполномоченный по правам человека" in str(copy["title"])
    assert "Офис Уполномоченного" in str(copy["organisation"])
    assert copy["email"] == ["ombuds@ombuds.example"]


def test_the_words_for_at_the_address_before_a_colon_are_no_organisation() -> None:
    found = _recipients(_EN, language="en")
    assert [r["name"] for r in found] == ["Ana Vzorova", "Petra Lunn"]
    assert not found[0].get("organisation")
    assert found[0]["address"][0] == "12 Lindell Street"
    copy = found[1]
    assert copy["role"] == "copy"
    assert "Ombudsman of Freedonia" in str(copy["title"])
    assert "Office of the Ombudsman" in str(copy["organisation"])


def test_a_story_sentence_with_an_office_a_name_and_a_colon_is_no_recipient() -> None:
    story_ru = """СРОЧНАЯ АКЦИЯ
Учитель задержан

Томас Квелл задержан 3 марта 2026 года. Министр юстиции Фридонии Анна Взорова заявила:
Офис министра
пр. Гаванский, 8
г. Марров, 40112
"""
    assert _recipients(story_ru, language="ru") == []
    story_en = """URGENT ACTION
Teacher detained

The Minister of Justice of Freedonia, Ana Vzorova, said at the address to parliament:
Office of the Minister
8 Harbour Road
Marrow 40112
"""
    assert all(r["name"] != "Ana Vzorova" for r in _recipients(story_en, language="en"))
    story_de = """EILAKTION
Lehrer festgenommen

Der Justizminister von Freedonia, Herr Karl Vzor, schrieb an die Zeitung:
Redaktion Marrow
Hafenweg 8
40112 Marrow
"""
    assert all("Vzor" not in r["name"] for r in _recipients(story_de, language="de"))
