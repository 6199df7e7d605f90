"""Round 31e: people at risk (invented texts; no sample's names, places or sentences): a
form's blanks are no one's name, in any language."""

from __future__ import annotations

from appeal_tui.core.importer import import_document, read_document


def _people(text: str) -> list[str]:
    result = import_document(read_document(text.encode()), source="invented.txt")
    return [p["name"] for p in result.case.get("people", []) if "name" in p]


_STORY = """Urgent Action 12/34

The teacher Orla Brennick Vase, 41, was arrested on 3 May in Dunmarrow and is held without
charge. Orla Brennick Vase has not seen a lawyer since her arrest and her family fears for
her health.

Please write calling on the authorities to release Orla Brennick Vase immediately.
"""


def test_a_forms_blanks_are_no_name() -> None:
    for blank in (
        "Name: ______________________ Address: ______________________",
        "Nom : .................. Prénom : .................. Classe : ........",
        "Nimi: __________________ Ryhmä: ________ Päivämäärä: ____.____.2015",
    ):
        assert _people(f"{_STORY}\n{blank}\n") == ["Orla Brennick Vase"]


def test_a_name_given_in_a_name_field_is_still_read() -> None:
    assert "Kito Marrable" in _people(f"{_STORY}\nName: Kito Marrable\n")


def test_the_rest_of_an_offices_name_is_no_one() -> None:
    # A ministry's name in the genitive after its noun ("Ministerstwa Spraw X"), in a story and
    # in a line of addresses: no one at risk, the person at risk still is.
    text = """<html><body><h1>Pilna akcja: dziennikarka Orla Brennick zatrzymana</h1>
<p>Dziennikarka Orla Brennick, 41 lat, została zatrzymana 3 maja w Dunmarrow. Nie ma dostępu
do wybranego przez siebie adwokata, a jej mąż poinformował, że w areszcie śledczym Ministerstwa
Spraw Wewnętrznych została pobita przez funkcjonariuszy. Nie wszczęto w tej sprawie żadnego
postępowania.</p>
<p>Napisz do władz i wezwij je do uwolnienia Orli Brennick.</p>
<p>Adresaci: do Prokuratora Generalnego Kamila Vella · Prokuratura Generalna · ul. Wzorcowa 1 ·
Ostgrad · zwrot: Dear Prosecutor General; do Ministra Spraw Wewnętrznych Tomasa Marrable ·
Ministerstwo Spraw Wewnętrznych · ul. Próbna 7 · Ostgrad · zwrot: Dear Minister</p>
</body></html>
"""
    result = import_document(read_document(text.encode()), source="invented.html")
    names = [p["name"] for p in result.case.get("people", []) if "name" in p]
    assert names == ["Orla Brennick"]


def test_a_body_named_with_an_acronym_in_capitals_is_no_one() -> None:
    # "FM", "PEN" printed in capitals inside or at the end of a run of names: a radio, a
    # writers' club, even where the asks (a model letter) name it.
    text = """Action urgente 5/31

Le journaliste Kito Marrable, correspondant de la radio Ostwind FM, a été arrêté le 2 mars à
Dunmarrow et il est détenu sans inculpation. Kito Marrable n'a pas vu d'avocat. Le Cercle
Ostland PEN Club et la radio Ostwind FM demandent sa libération.

Écrivez aux autorités pour demander la libération de Kito Marrable, journaliste à Ostwind FM,
membre du Ostland PEN Club.
"""
    assert _people(text) == ["Kito Marrable"]


def test_a_place_after_the_languages_own_prepositions_is_no_one() -> None:
    # "u X" (in), in a place's case; in Latin and in Cyrillic letters, where a name of another
    # script is asked for only when the asks print it (not whenever its letters are not Latin).
    latin = """Hitna akcija 9/31

Studentica Marija Petrović, 22 godine, uhićena je 4. ožujka na prosvjedu u Zelenom Brdu. Marija
Petrović je u pritvoru u Zelenom Brdu i nije vidjela odvjetnika. Njezina obitelj strahuje za
njezino zdravlje.

Pišite vlastima i tražite da Mariju Petrović odmah i bezuvjetno puste na slobodu.
"""
    assert _people(latin) == ["Marija Petrović"]
    cyrillic = """Хитна акција 9/31

Студенткиња Марија Петровић, 22 године, ухапшена је 4. марта на протесту у Зеленом Брду. Марија
Петровић је у притвору у Зеленом Брду и није видела адвоката. Њена породица страхује за њено
здравље.

Пишите властима и тражите да Марију Петровић одмах и безусловно пусте на слободу.
"""
    assert not any("Брд" in name for name in _people(cyrillic))


def test_members_of_a_body_are_a_group_in_spanish() -> None:
    text = """Acción Urgente 3/31

Desde el 2 de marzo, miembros de la Asociación Campesina del Valle Ostino reciben amenazas de
muerte por defender sus tierras. Los hombres armados han rondado sus casas cada noche y nadie ha
sido detenido por ello, aunque las denuncias se presentaron hace semanas ante la fiscalía local.

Escriban a las autoridades pidiendo protección para ellos.
"""
    result = import_document(read_document(text.encode()), source="invented.txt")
    groups = [p["group"] for p in result.case.get("people", []) if "group" in p]
    assert groups and "Asociación Campesina" in str(groups[0])
