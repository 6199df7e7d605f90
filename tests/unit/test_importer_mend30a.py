"""Mend30a: regressions of session 30's merge, each on a short invented text.

1. A woman's given name in its base form ending in "-i"/"-y" after a feminine office stays as
   printed unless the text prints the nominative read back ("Suzi Brankovac" is no "Suza").
2. An office read back in the nominative keeps its complement ("predsjednik Sabora",
   "Minister Finansów"), in the text's language.
3. A field line repeated at two pages' feet ("Salutation: ...") is no page furniture.
4. Two capitalised words with a remark in brackets under an office are a building, not a name.
"""

from __future__ import annotations

from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.text_extract import drop_page_furniture
from importer_reading import recipients as _recipients

_HR = """HITNA AKCIJA
Novinarka pritvorena

Vesna Orlić, novinarka, pritvorena je 2. travnja 2026.

Pišite ministru unutarnjih poslova Josipu Pelinu, Topolova 4, 30220 Belgrad, Ostravija, \
ili e-poštom na ministar@example.org.

Kopiju pošaljite pravobraniteljici za djecu Suzi Brankovac, Brezova 9, 30221 Belgrad, \
Ostravija; e-pošta: pravobranitelj@example.org.
"""


def test_a_womans_given_name_in_its_base_form_stays_after_a_feminine_office() -> None:
    found = _recipients(_HR, language="hr")
    assert "Suzi Brankovac" in [r["name"] for r in found]
    assert latin_nominative("Suzi Brankovac", "hr", "pravobraniteljici za djecu") == (
        "Suzi Brankovac"
    )
    assert latin_nominative("Lily Ortal", "pl", "rzeczniczki praw dziecka") == "Lily Ortal"


def test_the_short_ending_is_read_back_when_the_text_prints_the_nominative() -> None:
    from appeal_tui.core.importer.name_cases import PRINTED_TEXT

    token = PRINTED_TEXT.set("Suza Brankovac je pravobraniteljica.")
    try:
        assert latin_nominative("Suzi Brankovac", "hr", "pravobraniteljici za djecu") == (
            "Suza Brankovac"
        )
    finally:
        PRINTED_TEXT.reset(token)


_HR_OFFICE = """HITNA AKCIJA
Novinarka pritvorena

Vesna Orlić, novinarka, pritvorena je 2. travnja 2026.

Pišite predsjedniku Sabora Josipu Pelinu, Topolova 4, 30220 Belgrad, Ostravija, ili \
e-poštom na sabor@example.org.
"""

_PL_OFFICE = """PILNA AKCJA
Dziennikarka zatrzymana

Wiesława Orlik, dziennikarka, została zatrzymana 2 kwietnia 2026 roku.

Napisz do Ministra Finansów Dariusza Pelskiego, ul. Topolowa 4, 30-220 Belgrad, Ostrawia, \
e-mail: finanse@example.org.
"""


def test_an_office_in_the_nominative_keeps_its_complement() -> None:
    hr = _recipients(_HR_OFFICE, language="hr")
    assert [r["name"] for r in hr] == ["Josip Pelin"]
    assert hr[0]["title"] == {"hr": "predsjednik Sabora"}
    pl = _recipients(_PL_OFFICE, language="pl")
    assert [r["name"] for r in pl] == ["Dariusz Pelski"]
    assert pl[0]["title"] == {"pl": "Minister Finansów"}
    who = interpret(["predsjednik Sabora", "Josip Pelin", "Topolova 4", "30220 Belgrad"])
    assert (who.name, who.title) == ("Josip Pelin", "predsjednik Sabora")


def test_a_salutation_at_two_pages_feet_is_no_furniture() -> None:
    text = (
        "URGENT ACTION\n\nPlease write to:\n\nMinister of Health\nOla Brenn\n2 Mill Lane\n"
        "Ostrava 30220\n\nSalutation: Dear Minister\n\nLetters in English.\n"
        "\fCopy to:\n\nMinister of Labour\nEda Vinter\n3 Mill Lane\nOstrava 30221\n\n"
        "Salutation: Dear Minister\n\nLetters in French.\n"
    )
    out = drop_page_furniture(text)
    assert out.count("Salutation: Dear Minister") == 2


def test_a_building_with_a_remark_under_an_office_is_no_name() -> None:
    who = interpret(
        [
            "Secretary of the Cabinet Office",
            "Linden Hall (east annex)",
            "Ostravia",
            "Email: cabinet@example.org",
        ]
    )
    assert who.name != "Linden Hall"
    assert "Linden Hall (east annex)" in who.address
