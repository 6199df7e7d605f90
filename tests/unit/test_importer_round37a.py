"""Round 37a: a body known by its acronym alone on its line ("UNIONX", "PEACE-NL"), after a
blank line below a block that has ended, right over a street with its number or an e-mail, is
a recipient of its own, not lines of the block above. Invented texts."""

from __future__ import annotations

from importer_reading import recipients as _recipients


def _names(text: str) -> list[str]:
    return [str(r.get("name")) for r in _recipients(text)]


_STORY = """URGENT ACTION

Union leaders threatened

The union leaders Tomas Verel and Ana Ruiz were threatened with death in Porto Claro on
3 May 2031, after their treasurer was killed.

"""


def test_acronym_over_a_street_after_an_embassy_is_a_copy_of_its_own() -> None:
    text = (
        _STORY
        + """Please write to:

Dr. Carlos Dantas Meireles
President of the Republic
Carrera 8 No. 7-26
Porto Claro
NORLANDIA
Email: president@norlandia.example

Copies to:

H.E. Juan Pereira Uribe
Embassy of Norlandia
84 Elm Street
London W8 5DL
Email: info@embassy-norlandia.example

SINTRANOR
Calle 7 No. 4-18, Porto Claro, Santa Rita, Norlandia
Email: sintranor@example.org

Model letter
"""
    )
    names = _names(text)
    assert "SINTRANOR" in names, names
    embassy = next(r for r in _recipients(text) if "Pereira" in str(r.get("name")))
    assert not any("SINTRANOR" in line for line in embassy.get("address") or []), embassy


def test_acronym_over_its_email_after_an_office_is_a_copy_of_its_own() -> None:
    text = (
        _STORY
        + """Envíe sus cartas a:

Lic. Carlos Dantas Meireles
Defensor del Pueblo
Avenida Central 100
Ciudad Norte
Correo: defensor@norte.example

PAZ-NOR
Correo: paznor@example.org

Para más información escriba a la oficina.
"""
    )
    names = _names(text)
    assert "PAZ-NOR" in names, names


# One ended block (its contacts given) for the two tests below.
_PRESIDENT = """Please write to:

Dr. Carlos Dantas Meireles
President of the Republic
Carrera 8 No. 7-26
Porto Claro
Email: president@norlandia.example

"""


def test_heading_in_capitals_over_prose_or_a_reference_is_no_recipient() -> None:
    text = (
        _STORY
        + _PRESIDENT
        + """BACKGROUND
The union has been threatened since 2029, when it went on strike at 4 plantations.

PUBLIC
Index: XYZ 12/345/2031
"""
    )
    names = _names(text)
    assert names == ["Dr. Carlos Dantas Meireles"], names


def test_country_in_capitals_under_the_contacts_stays_in_the_address() -> None:
    text = (
        _STORY
        + _PRESIDENT
        + """NORLANDIA
Fax: +99 1 234 5678
"""
    )
    names = _names(text)
    assert names == ["Dr. Carlos Dantas Meireles"], names


# Mend 37a: a heading or a country in capitals alone on its line is no recipient (merge37
# read each as a block of its own; main read them as lines of the address above, which these
# tests leave open).
_WRITE_TO = """URGENT ACTION
Activist Lena Ortiz at risk

Human rights defender Lena Ortiz received death threats on 2 April 2026.

Write to:

President Ramon Velez
Office of the President
Avenida Central 100
San Miguel, Costa Verde
Email: despacho@presidencia.cv

"""


def test_heading_in_capitals_over_a_date_is_no_recipient() -> None:
    text = _WRITE_TO + "DEADLINE\n12 May 2026, Freedonia City Court hearing\n"
    names = _names(text)
    assert names == ["Ramon Velez"], names


def test_german_heading_over_a_sentence_is_no_recipient() -> None:
    text = (
        _WRITE_TO
        + "HINWEIS\nBitte schreiben Sie bis 12. Mai 2026.\n\nAMNESTY\ninfo@example-group.org\n"
    )
    names = _names(text)
    assert names == ["Ramon Velez"], names


def test_country_in_capitals_over_its_embassy_is_no_recipient() -> None:
    text = _WRITE_TO + "FREEDONIA\nEmbassy: 14 Park Road, London\n"
    names = _names(text)
    assert names == ["Ramon Velez"], names


def test_country_of_the_address_above_is_no_recipient() -> None:
    text = _WRITE_TO.replace("San Miguel, Costa Verde", "11000 Freedonia City") + (
        "FREEDONIA\nOffice: 14 Park Road, London\n"
    )
    names = _names(text)
    assert names == ["Ramon Velez"], names


def test_a_word_in_capitals_over_a_mission_in_any_language_is_no_acronym() -> None:
    # The mission's words come from the importer's table of every language's mission words,
    # not from a few written out for this rule.
    from appeal_tui.core.importer.recipient_blocks import _heading_in_capitals

    for below in (
        "Embassy: 14 Park Road, London",
        "Посольство: ул. Тверская 12, Москва",
        "Velvyslanectví: Nerudova 12, Praha",
        "Embajador: Calle Mayor 3, Madrid",
    ):
        assert _heading_in_capitals("LORVANIA", below, []), below
    assert not _heading_in_capitals("PAZNOR", "Calle Mayor 3, Madrid", [])
