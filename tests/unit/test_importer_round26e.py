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


def test_the_parts_of_a_text_sent_in_several_messages_are_one_text() -> None:
    from appeal_tui.core.importer.channels import chat_text

    chat = "\n".join(
        [
            "[03/04/2031 10:01] Red Solidaria: (1/3) Acción urgente: escriban hoy mismo.",
            "[03/04/2031 10:01] Red Solidaria: (2/3) Escriban a: Ministra del Interior,",
            "[03/04/2031 10:02] Red Solidaria: (3/3) Sra. Lía Montaraz, Calle Ejemplo 4.",
            "[03/04/2031 10:09] Pablo: recibido",
            "[03/04/2031 10:12] Red Solidaria: gracias",
        ]
    )
    text = chat_text(chat)
    assert "(2/3)" not in text and "(3/3)" not in text
    # The second and third parts go on one paragraph, as the sender wrote them.
    assert "Escriban a: Ministra del Interior,\nSra. Lía Montaraz, Calle Ejemplo 4." in text
    # A reply between is a message of its own.
    assert "\n\nrecibido" in text


def test_in_a_script_without_capitals_a_courtesy_word_after_the_office_starts_the_name() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(["وزير الصحة الشيخ سالم بن ناصر المثالي، ص.ب 77، مدينة النموذج", "البحرين"])
    assert who.name is not None and "سالم بن ناصر المثالي" in who.name
    assert who.title == "وزير الصحة"
    assert who.address == ["ص.ب 77", "مدينة النموذج"]


def test_an_item_number_that_opens_a_block_is_no_part_of_it() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        ["2) Ministra de Salud – Sra. Lía Montaraz Quintero, Calle Ejemplo 4, 40200 Villa Prueba"]
    )
    assert who.name is not None and who.name.endswith("Lía Montaraz Quintero")
    assert not (who.title or "").startswith("2)")


def test_an_office_of_a_body_under_the_name_parts_from_the_body() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(["Mara Velinde Oku", "Inspector General of Police, Northland Police Service"])
    assert who.name == "Mara Velinde Oku"
    assert who.title == "Inspector General of Police"
    assert who.organisation == "Northland Police Service"
