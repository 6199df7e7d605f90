"""Mend28d: tables of one language and sure endings (invented texts)."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer.build import import_document
from appeal_tui.core.importer.people import find_people


def _names(text: str, asks: list[str]) -> list[str]:
    return [p.name for p in find_people(text, title=None, asks=asks, not_people=[])[0]]


def _imported(text: str) -> list[str]:
    return [str(p.get("name")) for p in import_document(text).case.get("people", [])]


@pytest.mark.parametrize(
    "name", ["Bayan Qudsi", "Kota Hirano", "Sophie Barat", "Tomas Platz", "Emre Delen"]
)
def test_a_word_of_another_languages_place_or_body_table_is_a_name(name: str) -> None:
    text = (
        f"URGENT ACTION\n\n{name} DETAINED\n\n"
        f"{name} was arrested on 4 June 2024 in the capital. {name} is held without charge.\n\n"
        f"Please write calling for the release of {name}.\n"
    )
    assert name in _imported(text)


@pytest.mark.parametrize("name", ["Nina Gate", "Omar Heights", "Lucy Trust"])
def test_a_person_at_risk_is_kept_whatever_his_last_word(name: str) -> None:
    text = (
        f"URGENT ACTION\n\n{name} DETAINED\n\n"
        f"{name} was arrested on 4 June 2024 in the capital. {name} is held without charge.\n\n"
        f"Please write calling for the release of {name}.\n"
    )
    assert name in _imported(text)


def test_a_slovene_mans_name_in_o_stays_in_the_nominative() -> None:
    text = (
        "Nujna akcija\n\n"
        "Učitelj Janko Bellini je bil aretiran 2. junija 2024 v Celju. Janko Bellini je v "
        "priporu.\nPolicija je Janka Bellini odpeljala na postajo. Janko Bellini je bolan.\n\n"
        "Zahtevajte, da Janka Bellini takoj izpustijo.\n"
    )
    asks = ["Zahtevajte, da Janka Bellini takoj izpustijo."]
    assert "Janko Bellini" in _names(text, asks)
    assert "Janka Bellini" not in _names(text, asks)


def test_a_hungarian_surname_in_at_is_no_accusative() -> None:
    text = (
        "Sürgős akció\n\n"
        "Barát Emma tanárnőt 2024. június 2-án őrizetbe vették Pécsen. Barát Emma azóta is "
        "fogva van, vádemelés nélkül.\nBarát Emma 41 éves újságíró.\n\n"
        "Kérjük, írjon a belügyminiszternek, és kérje Barát Emma azonnali szabadon "
        "bocsátását.\n\nÍrjon ide:\nBelügyminiszter\nSzabadság tér 9\n1051 Budapest\n"
        "Magyarország\n"
    )
    assert _imported(text) == ["Barát Emma"]


def test_a_croatian_mans_name_in_o_stays_in_the_nominative() -> None:
    text = (
        "Hitna akcija\n\n"
        "Novinar Darko Moretti uhićen je 2. lipnja 2024. u Zadru. Darko Moretti je u "
        "pritvoru.\n\nZatražite da se Darko Moretti odmah pusti na slobodu.\n"
    )
    asks = ["Zatražite da se Darko Moretti odmah pusti na slobodu."]
    assert _names(text, asks) == ["Darko Moretti"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pilna akcja\n\nNauczycielka Jana Orlik została zatrzymana 2 czerwca 2024 w Kłodnicy. "
            "Jana Orlik jest przetrzymywana.\nJej mąż, Jan Orlik, nie może jej odwiedzić. Jana "
            "Orlik ma 29 lat.\n\nŻądajcie uwolnienia Jany Orlik.\n",
            "Jana Orlik",
        ),
        (
            "Hitna akcija\n\nNovinarka Marina Bellucci uhićena je 2. lipnja 2024. u Zadru. "
            "Marina Bellucci je u pritvoru.\nNjezin otac Marin Bellucci kaže da je bolesna. "
            "Marina Bellucci ima 29 godina.\n\nZatražite da se Marina Bellucci odmah pusti.\n",
            "Marina Bellucci",
        ),
    ],
)
def test_a_woman_named_beside_her_husband_or_father_keeps_her_name(text: str, name: str) -> None:
    # The form read opens sentences and is printed more often than her husband's or
    # father's name (name_cases._printed_nominative, lead after mend28d).
    assert name in _imported(text)
