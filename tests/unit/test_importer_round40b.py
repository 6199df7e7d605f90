"""Round 40b: a block that names no one and is printed as the publisher prints itself (a line
of its letterhead's or footer's strip, parted by middle dots or bars with a phone or e-mail;
a copyright line) is the publisher's own address, no recipient. Named recipients, and
nameless blocks under a "write to" or copies heading, stay."""

from __future__ import annotations

from appeal_tui.core.importer import import_document

APPEAL = """ACCIÓN URGENTE

Amenazas contra la lideresa Marta Quiroz Peña

La defensora Marta Quiroz Peña recibió amenazas de muerte el 2 de marzo de 2026.

Envíe sus cartas a:

Doctor
JULIÁN OSORIO BETANCUR
Ministro del Interior
Carrera 8 No. 12B-31
Villa Serena, Costaluna

Copia a:

Doctora
LUCÍA RAMÍREZ TOVAR
Defensora del Pueblo
Calle 81 No. 3-17
Villa Serena, Costaluna

Por favor envíe copia de su comunicación a: info@colectivo-ejemplo.org

COLECTIVO DE EJEMPLO
{footer}
"""

STRIP = (
    "Calle 19 No. 4-20, piso 8, Edificio Torre, Villa Serena, Costaluna · Tel: (57 1) 555 1212 · "
    "Fax: (57 1) 555 1313 · info@colectivo-ejemplo.org"
)
COPYRIGHT = (
    "\nRelacionado: Defensora liberada en Cali (3 de mayo de 2026)\n"
    "© 2026 Colectivo de Ejemplo.\nCalle 19 No. 4-20, piso 8\nVilla Serena, Costaluna"
)


def _recipients(text: str) -> list[dict]:
    return import_document(text, source="appeal.txt").case["recipients"]


def test_footer_strip_is_no_recipient() -> None:
    names = [r["name"] for r in _recipients(APPEAL.format(footer=STRIP))]
    assert names == ["JULIÁN OSORIO BETANCUR", "LUCÍA RAMÍREZ TOVAR"]


def test_copyright_footer_is_no_recipient() -> None:
    names = [r["name"] for r in _recipients(APPEAL.format(footer=COPYRIGHT))]
    assert names == ["JULIÁN OSORIO BETANCUR", "LUCÍA RAMÍREZ TOVAR"]


BRIEF = """BEISPIELVEREIN FÜR MENSCHENRECHTE
Wir schützen die, die andere verteidigen · www.beispielverein.example · info@beispielverein.example
Lindenweg 7, 31187 Lindau am Feld · Tel.: +49 30 555 0101 · Fax: +49 30 555 0102

EILAKTION

Der Journalist Peter Olsen wurde am 2. Mai 2026 festgenommen.

Schreiben Sie an:

Herrn Anton Varga
Innenminister
Innenministerium
Mühlgasse 5
3301 Varnholt
Ostravien
"""


def test_letterhead_strip_is_no_recipient() -> None:
    names = [r["name"] for r in _recipients(BRIEF)]
    assert names == ["Herrn Anton Varga"]


def test_only_address_after_a_sentence_stays() -> None:
    # The official's address written as a strip under a sentence that names the official:
    # the only block there is, so it is no publisher's; its address is kept (as before).
    text = (
        "URGENT ACTION\n\nTeacher Tomas Ekeland was arrested on 3 March 2026.\n\n"
        "Please write to the Minister of Justice at the address below.\n\n"
        "12 Court Road · Tel: +1 555 0100 · Fax: +1 555 0101\nVarnholt 3301\nOstravia\n"
    )
    found = _recipients(text)
    assert found and found[0].get("address") and "12 Court Road" in found[0]["address"]


def test_address_under_a_colon_stays() -> None:
    text = (
        "EILAKTION\n\nDer Journalist Peter Olsen wurde am 2. Mai 2026 festgenommen.\n\n"
        "Schreiben Sie an den Innenminister und fordern Sie seine Freilassung:\n\n"
        "Mühlgasse 5 · Tel.: +49 30 1234567 · Fax: +49 30 1234568\n31187 Lindau am Feld\n"
        "Ostravien\n\nMit freundlichen Grüßen\n"
    )
    found = _recipients(text)
    assert found and "Mühlgasse 5" in (found[0].get("address") or [])


# Mend 40b: a block right under a heading the file marks (Markdown's "#", HTML's <h3>) that
# names an office or a person is that heading's recipient, not the publisher's strip, even
# when it comes first and is printed as a dotted strip.
HEADED_MD = """# URGENT ACTION

Mr Oren Calb was detained on 2 May 2026.

{write_to}### Minister of Justice, Ms Anika Drell

4 Court Square, Tolvane 1000 · Fax: +12 555 0101 · minister@justice.example

### Prosecutor General

9 Liberty Avenue, Tolvane 1002
"""


def _headed(text: str, source: str) -> list[dict]:
    from appeal_tui.core.importer import read_document

    return import_document(read_document(text.encode()), source=source).case["recipients"]


def test_strip_under_a_markdown_heading_naming_an_office_stays() -> None:
    found = _headed(HEADED_MD.format(write_to=""), "appeal.md")
    assert len(found) == 2
    assert found[0].get("fax") == ["+12 555 0101"]
    assert "4 Court Square" in " ".join(found[0].get("address") or [])
    assert found[1]["name"] == "Prosecutor General"


def test_strip_under_a_write_to_section_and_office_heading_stays() -> None:
    found = _headed(HEADED_MD.format(write_to="## Write to\n\n"), "appeal.md")
    assert len(found) == 2
    assert found[0].get("fax") == ["+12 555 0101"]


def test_strip_under_an_html_heading_naming_an_office_stays() -> None:
    html = (
        "<html><body><h1>URGENT ACTION</h1><p>Mr Oren Calb was detained on 2 May 2026.</p>"
        "<h3>Minister of Justice, Ms Anika Drell</h3>"
        "<p>4 Court Square, Tolvane 1000 · Fax: +12 555 0101 · minister@justice.example</p>"
        "<h3>Prosecutor General</h3><p>9 Liberty Avenue<br>Tolvane 1002</p></body></html>"
    )
    found = _headed(html, "appeal.html")
    assert len(found) == 2
    assert found[0].get("fax") == ["+12 555 0101"]
