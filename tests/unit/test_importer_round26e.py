"""Session 26 (imp26e): appeals passed on in messages and group material (chat exports,
programmes of events, digests). Each text here is our own (invented people, offices and
addresses), in another language than the training document that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer import import_document

# An event's programme in Spanish: the recipients numbered "(1)", "(2)" in brackets, each a
# comma run wrapped over two lines, its fields on the run's last line.
PROGRAMME = """\
JORNADA DE CARTAS 2031
Biblioteca Municipal, sala 3, 18.00

Escriban al ministro antes del 30 de junio de 2031.

A QUIÉN ESCRIBIR

(1) Ministro del Interior – Sr. Tomás Arvelo Quintín, Ministro del
Interior, Ministerio del Interior, Avenida Central 118, 40200 Ciudad Ejemplo,
Utopía. Correo: despacho@interior.example.org. Saludo: Señor Ministro.

(2) Fiscal General – Sra. Inés Barroeta Lumbre, Fiscal General, Fiscalía
General, Calle Mayor 9, 40210 Ciudad Ejemplo, Utopía. Fax: +99 21 555 0101.
"""


def test_items_numbered_in_brackets_are_recipients_written_as_comma_runs() -> None:
    recipients = import_document(PROGRAMME).case["recipients"]
    names = [r["name"] for r in recipients]
    assert any("Tomás Arvelo Quintín" in n for n in names), names
    assert any("Inés Barroeta Lumbre" in n for n in names), names
    first = next(r for r in recipients if "Arvelo" in r["name"])
    assert first["email"] == ["despacho@interior.example.org"]
    assert not any(n.startswith("(") for n in names)
