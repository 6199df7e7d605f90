"""Round 30a: recipients a sending sentence names in a case. The office of such a sentence is
read back in the nominative in Croatian/Serbian/Bosnian, Slovenian and Polish too (rows of
`language_rows.OFFICE_DATIVE_ENDINGS` and `OFFICE_NOUN_DATIVES`), and a woman's name after a
feminine office word of the same case is read back though her surname does not decline
("zaštitnici građana Ani Perović"). Each on a short invented text; guards: a name that restarts
in the nominative, an office whose noun is not in the rows."""

from __future__ import annotations

from appeal_tui.core.importer.name_cases import dative_office, latin_nominative
from importer_reading import recipients as _recipients

_HR = """HITNA AKCIJA
Učitelj uhićen

Tomo Kvel, učitelj, uhićen je 3. ožujka 2026. Zaštitnica građana Ana Perović o slučaju još \
nije govorila.

Pišite glavnom tužitelju Republike Fridonije Ivanu Lunovskom na adresu Ureda glavnog \
tužitelja, Lipova 12, 40110 Marov, Fridonija, ili e-poštom na tuzitelj@office.example.

Kopiju pošaljite zaštitnici građana Ani Perović (Ured zaštitnika, Gavanska 8, 40112 Marov, \
Fridonija; e-pošta: zastitnik@ombuds.example).
"""

_PL = """PILNA AKCJA
Nauczyciel zatrzymany

Tomasz Kwel, nauczyciel, został zatrzymany 3 marca 2026 roku. Rzeczniczka praw \
obywatelskich Marta Sotelo Díaz nie skomentowała sprawy.

Napisz do Prokuratora Generalnego Republiki Fredonii Piotra Lunowskiego, ul. Lipowa 12, \
40-110 Marów, Fredonia, e-mail: prokurator@office.example.

Kopię wyślij do rzeczniczki praw obywatelskich, Marty Sotelo Díaz, ul. Portowa 8, 40-112 \
Marów, Fredonia, e-mail: rzecznik@ombuds.example.
"""


def test_a_croatian_office_and_a_womans_name_in_the_dative() -> None:
    found = _recipients(_HR, language="hr")
    assert [r["name"] for r in found] == ["Ivan Lunovski", "Ana Perović"]
    assert "glavni tužitelj Republike Fridonije" in str(found[0]["title"])


def test_a_polish_office_in_the_genitive_and_a_womans_name_beside_a_foreign_surname() -> None:
    found = _recipients(_PL, language="pl")
    assert [r["name"] for r in found] == ["Piotr Lunowski", "Marta Sotelo Díaz"]
    assert "Prokurator Generalny Republiki Fredonii" in str(found[0]["title"])


def test_office_rows_of_the_new_languages() -> None:
    assert dative_office("ministru unutarnjih poslova", "hr") == "ministar unutarnjih poslova"
    assert dative_office("generalni tožilki", "sl") == "generalna tožilka"
    assert dative_office("Ministra Spraw Wewnętrznych", "pl") == "Minister Spraw Wewnętrznych"
    assert dative_office("zaštitnici građana", "sr") == "zaštitnica građana"


def test_guards() -> None:
    # An office whose noun is not in the rows, or an office already in the nominative, stays.
    assert dative_office("Biuro Ministra", "pl") == "Biuro Ministra"
    assert dative_office("Generalni državni tožilec", "sl") == "Generalni državni tožilec"
    # A woman's name that restarts in the nominative after a feminine office stays.
    assert latin_nominative("Ana Perović", "hr", "zaštitnici građana") == "Ana Perović"
    # A short feminine ending is read only after a feminine office of the same case.
    assert latin_nominative("Ani Perović", "hr", "ministru pravde") == "Ani Perović"
    assert latin_nominative("Ani Perović", "hr") == "Ani Perović"


def test_a_womans_short_ending_after_a_feminine_office_of_the_same_case() -> None:
    # (Mend30a: read back only when the text prints the nominative too; "Heidi X" stays.)
    from appeal_tui.core.importer.name_cases import PRINTED_TEXT

    token = PRINTED_TEXT.set("Zaštitnica građana Ana Perović ...")
    try:
        assert latin_nominative("Ani Perović", "hr", "zaštitnici građana") == "Ana Perović"
    finally:
        PRINTED_TEXT.reset(token)
    assert latin_nominative("Ani Perović", "hr", "zaštitnici građana") == "Ani Perović"
