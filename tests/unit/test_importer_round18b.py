"""Issue 16, session 18 (imp18b): recipients in damaged layouts, prose and other kinds of
document (a paste, a PDF box of narrow columns, a press release, a bulletin, a chat card, a
worksheet, a retyped newsletter, a table, a thread, a forward). Each text here is our own
(invented people, officials and addresses), in another language or layout than the document
of next181-next210 that showed the cause."""

from __future__ import annotations

from importer_support import found_recipients, plain, recipients_by_name

from appeal_tui.core.importer.flat_lines import split_flat
from appeal_tui.core.importer.layout import document_lines, furniture
from appeal_tui.core.importer.pdf_layout import _head_noun_cut, _name_cut
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.run_on import split_run_on
from appeal_tui.core.importer.text_extract import join_hyphenated

# A web page pasted as text that lost its line breaks: blocks, labels and greetings in a run.
PASTE = (
    "Inicio Acciones Campañas Dona. AU 31/26 ACCIÓN URGENTE: amenazas a un periodista en "
    "la sierra de Ejemplo. Escriban antes del 12 de junio de 2026. ESCRIBAN A: Gobernadora "
    "del Estado de Ejemplo Marta Vzor Ruiz Palacio de Gobierno, Avenida Central 4, C.P. "
    "12000 Ciudad Ejemplo, México Correo-e: gobernadora@ejemplo.gob.mx Saludo: Señora "
    "Gobernadora Fiscal General del Estado de Ejemplo Luis Modelo Paz Fiscalía General del "
    'Estado de Ejemplo Centro Administrativo "General Ana Prueba, Heroína del Sur" Edificio '
    "B, C.P. 12010 Ciudad Ejemplo, México Correo-e: fiscal@ejemplo.gob.mx Saludo: Señor "
    "Fiscal General Subsecretaría de Derechos Humanos Calle Falsa 5, C.P. 06600 Ciudad "
    "de México, México Correo-e: sub@ejemplo.gob.mx"
)


def test_a_paste_parts_greetings_offices_and_the_building_after_a_name() -> None:
    lines = split_run_on(PASTE).split("\n")
    # (A block's labels stay on its line; a greeting's value ends where the next one starts.)
    assert any(ln.endswith("Saludo: Señora Gobernadora") for ln in lines)  # an office follows
    assert any(ln.endswith("Saludo: Señor Fiscal General") for ln in lines)  # a body follows
    found = recipients_by_name(PASTE)
    marta = found["Marta Vzor Ruiz"]
    assert plain(marta["title"]) == "Gobernadora del Estado de Ejemplo"
    assert marta["address"][0] == "Palacio de Gobierno"
    luis = found["Luis Modelo Paz"]
    assert plain(luis["organisation"]) == "Fiscalía General del Estado de Ejemplo"
    # A quoted name keeps its commas.
    assert luis["address"][0].endswith('"General Ana Prueba, Heroína del Sur"')
    assert plain(luis["salutation"]) == "Señor Fiscal General"


def test_a_comma_run_keeps_an_office_whose_name_has_no_person_whole() -> None:
    # (An office whose words go on after "and": no cut before the person's name.)
    assert (
        split_flat(
            "Cabinet Secretary for Lands and Physical Planning, Hon. Ann Vzor, Ardhi House, "
            "Nairobi, Kenya"
        )[0]
        == "Cabinet Secretary for Lands and Physical Planning"
    )


def test_pdf_lines_wrapped_after_an_office_word_or_before_a_last_noun() -> None:
    assert _name_cut("Director-General Maria", "Vzorova")
    assert _name_cut("Inspector General Paul", "Modelo")
    assert not _name_cut("Inspector General Paul", "Police")
    assert _head_noun_cut("Comisión Nacional de los Derechos", "Humanos")
    assert _head_noun_cut("National Land and Housing", "Commission")
    assert _head_noun_cut("Minister of Fisheries and Coastal", "Affairs")
    assert not _head_noun_cut("Ministry of Foreign Affairs", "Lusaka")  # a place, no noun
    assert _head_noun_cut("Corner Main Road and Seventh", "Avenue")
    assert not _head_noun_cut("Office of the President", "Lusaka")


def test_a_bracketed_note_on_its_own_line_makes_a_copy() -> None:
    text = """\
Please send appeals to:

Mr Peter Vzor
Minister of Interior
12 Example Road
Lusaka
Zambia
Email: minister@interior.example.zm

Dr Ruth Modelo
Chairperson, Human Rights Commission
5 Sample Street
Lusaka
Zambia
Email: info@hrc.example.zm
(pour information)
"""
    found = recipients_by_name(text)
    assert found["Mr Peter Vzor"]["role"] == "primary"
    ruth = found["Dr Ruth Modelo"]
    assert ruth["role"] == "copy"
    assert ruth["country"] == "Zambia"
    assert "(pour information)" not in ruth["address"]


def test_a_press_release_names_the_head_of_a_body_and_a_person_at_an_office() -> None:
    text = """\
# Press release: journalist held without charge

Supporters are asked to write to Interior Minister Jonas Vzor at the Ministry of the \
Interior, PO Box 220, Example Avenue, Windhoek, Namibia (email minister@mi.example.na), \
and to the Prosecutor-General, Ana Modelo, Private Bag 13, Windhoek, Namibia.

They may also send a copy to the Media Council, whose Executive Director Tom Prueba can \
be reached at council@media.example.na.
"""
    found = recipients_by_name(text)
    jonas = found["Jonas Vzor"]
    assert plain(jonas["title"]) == "Interior Minister"
    assert plain(jonas["organisation"]) == "Ministry of the Interior"
    tom = found["Tom Prueba"]
    assert tom["role"] == "copy"
    assert plain(tom["title"]) == "Executive Director"
    assert plain(tom["organisation"]) == "Media Council"
    assert tom["email"] == ["council@media.example.na"]
    assert "Media Council" not in found


def test_an_instruction_as_the_greeting_label() -> None:
    text = """\
Write to:

Président Jean Vzor
Présidence de la République
BP 12
Libreville
Gabon
Commencez par : « Monsieur le Président »
"""
    (block,) = found_recipients(text)
    assert plain(block["salutation"]) == "Monsieur le Président"
    assert block["country"] == "Gabon"
    assert block["address"] == ["BP 12", "Libreville"]


def test_a_card_that_names_the_office_in_its_write_to_line() -> None:
    text = """\
⚡ ACT NOW – 4/26
Sam Vzor, a nurse, was detained on 2 May. 😰

👉 Write today to the Attorney General:
Maria Modelo
✉ ag@justice.example.org
𝕏 @AGModelo

✉️ Write to us
"""
    (block,) = found_recipients(text)
    assert plain(block["name"]) == "Maria Modelo"
    assert plain(block["title"]) == "Attorney General"
    assert block["email"] == ["ag@justice.example.org"]
    assert block["twitter"] == "@AGModelo"
    kinds = {line.text: line.kind for line in document_lines("✉️ Write to us")}
    assert kinds == {"Write to us": "short"}  # a pictogram before no value: no label


def test_a_worksheet_envelope_in_capitals() -> None:
    text = """\
Fiche élève – atelier lettres

Recopiez l'adresse au centre de l'enveloppe :

MADAME AMINATA VZOR
MINISTRE DES DROITS DE L'HOMME
MINISTÈRE DES DROITS DE L'HOMME
BP 1200
NIAMEY
NIGER

Collez le timbre en haut à droite.
"""
    (block,) = found_recipients(text)
    assert plain(block["name"]) == "MADAME AMINATA VZOR"
    assert plain(block["title"]) == "MINISTRE DES DROITS DE L'HOMME"
    assert plain(block["organisation"]) == "MINISTÈRE DES DROITS DE L'HOMME"
    assert block["address"] == ["BP 1200", "NIAMEY"]
    assert block["country"] == "NIGER"
    # The same lines in ordinary case read the same.
    cased = interpret(["Madame Aminata Vzor", "Ministre des Droits de l'Homme", "Niamey", "Niger"])
    assert cased.name == "Madame Aminata Vzor"


def test_the_members_of_a_board_and_a_greeting_that_names_one_official() -> None:
    text = """\
What you can do
Write to the Governor of Examplestate, Carl Vzor, at the Office of the Governor, 1 Capitol \
Way, Room 9, Sample City, ES 10001, USA; you may address him as "Dear Governor Vzor". You \
can also write to the members of the Examplestate Board of Pardons, 40 Main Street, Suite 2, \
Sample City, ES 10002, USA, or by email to board@pardons.example.gov.
"""
    found = recipients_by_name(text)
    assert found["Carl Vzor"]["salutation"] == "Dear Governor Vzor"
    board = found["Examplestate Board of Pardons"]
    assert board["email"] == ["board@pardons.example.gov"]
    assert "salutation" not in board
    assert "email" not in found["Carl Vzor"]


def test_an_office_with_its_colon_over_a_copy_block() -> None:
    text = """\
ADDRESSES:

1) Minister of Justice:
   Lic. Pedro Vzor
   Ministro de Justicia
   Palacio de Justicia
   Managua, NICARAGUA
   Salutation: Dear Minister

COPIES TO:

Human Rights Ombudsman:
   Dra. Rosa Modelo
   Procuradora de Derechos Humanos
   3a Calle 4-5, Zona 2
   Managua, NICARAGUA
"""
    found = recipients_by_name(text)
    rosa = found["Dra. Rosa Modelo"]
    assert rosa["role"] == "copy"
    assert plain(rosa["title"]) == "Procuradora de Derechos Humanos"


def test_a_table_heading_row_printed_as_a_line_names_no_one() -> None:
    text = """\
Send your letters to:

Recipient Address Contact / Salutation
Dr. Jorge Vzor
Presidente de la República
Casa Presidencial
Ciudad Ejemplo, 01001
Email: presidente@example.gob
Salutation: Señor Presidente
"""
    (block,) = found_recipients(text)
    assert plain(block["name"]) == "Dr. Jorge Vzor"
    assert plain(block.get("organisation", "")) == "Casa Presidencial"


def test_an_email_address_broken_at_a_hyphen_before_its_at() -> None:
    assert join_hyphenated("Email: info-\ngt@example.org") == "Email: info-gt@example.org\n"


def test_a_thread_s_bylines_and_counters_are_no_lines_of_a_block() -> None:
    assert furniture("Group Example @group@example.social · 18 Feb 2026, 19:06")
    assert furniture("3/5")
    assert furniture("[Message clipped]  View entire message")
    assert not furniture("Avenida Central 4, Zona 1")
    text = """\
Please write to:

Ambassador Lena Vzor
Embassy of Exampleland
Sample Street 4
10115 Berlin
Email: embassy@example.org

3/5

Group Example @group@example.social · 18 Feb 2026, 19:06

Please boost! #HumanRights
"""
    (block,) = found_recipients(text)
    assert block["address"] == ["Sample Street 4", "10115 Berlin"]


def test_a_word_processor_page_each_line_its_own_paragraph() -> None:
    # (Saved from a word processor: a blank line after every line; the headings come after
    # the blocks they belong to; the greeting of one office printed apart, naming it.)
    text = """\
Schrijf in het Engels, Frans of Nederlands.

PRESIDENTA DE LA REPÚBLICA

Ana Vzor Modelo

Avenida Central 100, Centro

10101 San Ejemplo

PANAMÁ

Correo: presidenta@example.gob

FISCAL GENERAL

Luis Prueba

Fiscalía General

Calle 2 No. 3

10102 San Ejemplo

PANAMÁ

Correo: fiscal@example.gob

(Saludo: Señor Fiscal General)

Saludo para la Presidenta: Señora Presidenta
"""
    found = recipients_by_name(text)
    ana = found["Ana Vzor Modelo"]
    assert plain(ana["title"]) == "PRESIDENTA DE LA REPÚBLICA"
    assert plain(ana["salutation"]) == "Señora Presidenta"
    assert plain(found["Luis Prueba"]["salutation"]) == "Señor Fiscal General"


def test_a_police_rank_before_a_name_is_a_courtesy_word() -> None:
    who = interpret(
        ["Police Major General Anan Vzor", "Commissioner, Example Police Bureau", "Bangkok"]
    )
    assert who.name == "Police Major General Anan Vzor"
    assert who.title == "Commissioner"
    assert who.organisation == "Example Police Bureau"
    # A rank's words opening a body's name make no person: the body is written to.
    body = interpret(["Police General Headquarters", "PO Box 12", "Manila"])
    assert body.organisation == "Police General Headquarters"
    assert (
        interpret(
            ["Commissioner-General of Police Ana Vzor", "Police General Headquarters", "Harare"]
        ).organisation
        == "Police General Headquarters"
    )
