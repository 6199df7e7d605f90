"""Round 30b: recipients printed as address blocks whose name line comes below an office or a
body printed on one or two lines of its own ("Chairperson of the Council of the Republic" /
"of Northland" / "Peter Owens"; "Veřejná ochránkyně práv" / "(Ombudsmanka)" / "Jana
Nováková"; "Embassy of X" / "Jan Novak, chargé d'affaires a.i."): the name is the person's
line, the lines above it the office or the body. Guards: a block whose first line is already
a person's name, and a block of a body alone, read as before. Each on a short invented
text."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret
from importer_reading import recipients as _recipients

_EN = """URGENT ACTION
Blogger held in Freedonia

Tomas Quell, a blogger, was arrested on 3 March 2026.

Please write to:

Chairperson of the Supreme Council of the Republic
of Northland
Peter Owens
Supreme Council of Northland
44 Lindell Street
Marrow 40110
Freedonia
Email: council@council.example
Salutation: Dear Chairperson
"""

_CS = """URGENTNÍ AKCE
Novinář zadržen

Tomáš Kvell, novinář, byl zatčen 3. března 2026.

Pište na adresu:

Veřejná ochránkyně práv
(Ombudsmanka)
Jana Nováková
Office of the Commissioner
12 Lipová Street
Marrow 40110
E-mail: ombuds@ombuds.example
Oslovení: Dear Ombudsperson
"""

_PL = """PILNA AKCJA
Dziennikarz zatrzymany

Tomasz Kwel, dziennikarz, został zatrzymany 3 marca 2026 r.

Kopia do ambasady:
Ambasada Republiki Freedonii w Warszawie
Jan Kowalik, chargé d'affaires a.i.
ul. Lipowa 58
02-952 Warszawa
e-mail: embassy@freedonia.example
"""


def test_an_office_on_two_lines_over_the_name() -> None:
    found = _recipients(_EN, language="en")
    assert [r["name"] for r in found] == ["Peter Owens"]
    assert "Chairperson of the Supreme Council" in str(found[0]["title"])
    assert "Supreme Council of Northland" in str(found[0]["organisation"])
    assert found[0]["address"][0] == "44 Lindell Street"
    who = interpret(_EN.split("Please write to:\n\n")[1].split("\nEmail")[0].split("\n"))
    assert who.name == "Peter Owens"
    assert who.address[0] == "44 Lindell Street"


def test_an_office_and_its_gloss_in_brackets_over_the_name() -> None:
    found = _recipients(_CS, language="cs")
    assert [r["name"] for r in found] == ["Jana Nováková"]
    assert "Veřejná ochránkyně práv" in str(found[0]["title"])


def test_an_embassy_over_a_name_with_its_office_after_a_comma() -> None:
    found = _recipients(_PL, language="pl")
    assert [r["name"] for r in found] == ["Jan Kowalik"]
    assert "chargé d'affaires" in str(found[0]["title"])
    assert "Ambasada Republiki Freedonii" in str(found[0]["organisation"])


def test_an_embassy_over_an_office_and_name_with_a_remark_in_brackets() -> None:
    who = interpret(
        [
            "Freedonias Ambassade i Danmark",
            "Ambassadør Ole Vang (ny ambassadør pr. maj 2026)",
            "Lindevej 6",
            "2100 København Ø",
        ]
    )
    assert who.name == "Ole Vang"
    assert who.organisation == "Freedonias Ambassade i Danmark"
    assert who.address == ["Lindevej 6", "2100 København Ø"]


def test_guards_a_name_first_and_a_body_alone_read_as_before() -> None:
    first = interpret(["Peter Owens", "Chairperson of the Council", "44 Lindell Street", "Marrow"])
    assert first.name == "Peter Owens"
    body = interpret(["Embassy of Freedonia", "44 Lindell Street", "Marrow 40110"])
    assert body.name != "Lindell Street"
    assert body.address[0] == "44 Lindell Street"


# Page furniture inside a block (round 30b): a running foot whose page number changes from
# page to page, a page's number in Indonesian, and a foot that a text layer printed above
# the page's last line.
_FOOT_IT = """AZIONE URGENTE
Insegnante detenuto

Tomaso Quello, insegnante, è stato arrestato il 3 marzo 2026.

Scrivete a:

Ministro della Giustizia
Anna Vzorova
Via Lunga 12
40110 Marrow
Gruppo Freedonia · Via Corta 3 – 00100 Roma · gruppo@freedonia.example pag. 1/2
\fAZIONE URGENTE 7/26 – Freedonia
Freedonia
Email: minister@justice.example

Tomaso Quello insegna da vent'anni.
Gruppo Freedonia · Via Corta 3 – 00100 Roma · gruppo@freedonia.example pag. 2/2
"""


def test_a_running_foot_whose_page_number_changes_is_furniture() -> None:
    from appeal_tui.core.importer.text_extract import drop_page_furniture

    text = drop_page_furniture(_FOOT_IT)
    assert "pag. 1/2" not in text and "pag. 2/2" not in text
    found = _recipients(_FOOT_IT, language="it")
    assert [r["name"] for r in found] == ["Anna Vzorova"]
    assert found[0]["email"] == ["minister@justice.example"]


def test_a_page_number_in_indonesian_is_furniture() -> None:
    from appeal_tui.core.importer.text_extract import drop_page_furniture

    text = "Satu\nDua\nhlm. 1 dari 2\n\fTiga\nEmpat\nhlm. 2 dari 2\n"
    assert "hlm" not in drop_page_furniture(text)


def test_a_running_foot_above_the_pages_last_line_is_furniture() -> None:
    from appeal_tui.core.importer.text_extract import drop_page_furniture

    text = (
        "URGENT ACTION\nDear Minister\n\nFreedonia Group – Alert 3/7 – page 1\n\n"
        "Chairperson, Freedonia Rights Commission\n\fCVS House, Lime Road\nMarrow 40110\n\n"
        "Thank you.\n\nFreedonia Group – Alert 3/7 – page 1\n"
    )
    out = drop_page_furniture(text)
    assert "Alert 3/7" not in out
    assert "Chairperson, Freedonia Rights Commission\nCVS House, Lime Road" in out
