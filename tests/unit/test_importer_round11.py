"""Round 11 of the importer (session 10): mechanisms chosen across every first-sight miss
(docs/importer.md, "Round 11"), each tested on a short text of our own in another language or
layout than the text that showed the miss. Each test asserts the recipients a reader of the
case would see."""

from __future__ import annotations

from importer_support import imported_case
from importer_support import imported_recipients as _recipients


def test_a_table_read_cell_by_cell_gives_its_headings_to_the_blocks_below() -> None:
    # An English table of three columns as a converter without layout gives it: the heading
    # row first, then each column.
    text = (
        "PLEASE SEND APPEALS BEFORE 3 MARCH 2027 TO:\n"
        "Prime Minister\n"
        "Minister of the Interior\n"
        "And copies to:\n"
        "Ana Example Vargas\n"
        "Office of the Prime Minister\n"
        "Example Square 1\n"
        "Tirana, Albania\n"
        "Salutation: Dear Prime Minister\n"
        "Ben Example Hoxha\n"
        "Ministry of the Interior\n"
        "Example Street 9\n"
        "Tirana, Albania\n"
        "Email: interior@example.org\n"
        "Salutation: Dear Minister\n"
        "Ombudsperson\n"
        "Cara Example Leka\n"
        "Example Road 4\n"
        "Tirana, Albania\n"
        "Email: ombud@example.org\n"
    )
    premier, interior, ombud = _recipients(text)
    assert (premier["name"], premier["title"], premier["role"]) == (
        "Ana Example Vargas",
        "Prime Minister",
        "primary",
    )
    assert (interior["name"], interior["title"], interior["role"]) == (
        "Ben Example Hoxha",
        "Minister of the Interior",
        "primary",
    )
    assert interior["email"] == ["interior@example.org"]
    assert (ombud["name"], ombud["title"], ombud["role"]) == (
        "Cara Example Leka",
        "Ombudsperson",
        "copy",
    )


def test_a_copies_heading_over_one_block_is_no_table() -> None:
    # "Copies to:" above an office and its block: the office is the block's own line.
    text = (
        "Write to:\n\n"
        "Ana Example Vargas\n"
        "Prime Minister\n"
        "Example Square 1\n"
        "Tirana, Albania\n"
        "Salutation: Dear Prime Minister\n\n"
        "Copies to:\n"
        "Minister of the Interior\n"
        "Ben Example Hoxha\n"
        "Example Street 9\n"
        "Tirana, Albania\n"
    )
    premier, interior = _recipients(text)
    assert premier["role"] == "primary"
    assert (interior["name"], interior["title"], interior["role"]) == (
        "Ben Example Hoxha",
        "Minister of the Interior",
        "copy",
    )


def test_a_greeting_in_two_languages_wrapped_after_its_slash() -> None:
    text = (
        "Escriban a:\n\n"
        "Sr. Pablo Example Ruiz\n"
        "Fiscal General\n"
        "Avenida Example 80\n"
        "Asunción, Paraguay\n"
        "Tratamiento: Señor Fiscal General /\n"
        "Dear Prosecutor General\n"
        "Sra. María Example Soto\n"
        "Ministra del Interior\n"
        "Calle Example 5\n"
        "Asunción, Paraguay\n"
        "Tratamiento: Señora Ministra\n"
    )
    prosecutor, minister = _recipients(text)
    assert prosecutor["salutation"] == {
        "es": "Señor Fiscal General",
        "en": "Dear Prosecutor General",
    }
    assert minister["name"] == "Sra. María Example Soto"


def test_an_inside_address_with_its_copies_as_a_list_of_names_and_offices() -> None:
    # A French letter: the sender's head above the date, the inside address, then "Copie :"
    # with one "Name, Office" line each (the last wrapped after a joining word, its e-mail
    # in brackets).
    text = (
        "ASSOCIATION EXEMPLE POUR LES DROITS\n"
        "12 rue Exemple\n"
        "75011 Paris\n"
        "contact@association-example.org\n\n"
        "Le 3 mars 2027\n\n"
        "S.E. M. Jean Exemple Mbeki\n"
        "Président de la République\n"
        "Palais Exemple\n"
        "Yaoundé, Cameroun\n\n"
        "Copie :\n"
        "Mme Aline Exemple Tamba, Ministre de la Justice\n"
        "M. Paul Exemple Nguema, Ministre de l'Administration territoriale\n"
        "M. Marc Exemple Owona, Ambassadeur, Représentant permanent du Cameroun auprès de\n"
        "l'Office des Nations unies à Genève (mission@cameroun-example.ch)\n\n"
        "Monsieur le Président,\n\n"
        "Nous vous écrivons au sujet de la détention de deux journalistes.\n"
    )
    president, justice, interior, envoy = _recipients(text)
    assert (president["name"], president["role"]) == ("S.E. M. Jean Exemple Mbeki", "primary")
    assert (justice["name"], justice["title"], justice["role"]) == (
        "Mme Aline Exemple Tamba",
        "Ministre de la Justice",
        "copy",
    )
    assert (interior["name"], interior["role"]) == ("M. Paul Exemple Nguema", "copy")
    assert envoy["name"] == "M. Marc Exemple Owona"
    assert envoy["title"].endswith("l'Office des Nations unies à Genève")
    assert envoy["email"] == ["mission@cameroun-example.ch"]
    assert envoy["role"] == "copy"


def test_an_office_wrapped_after_a_joining_word_is_one_office() -> None:
    text = (
        "Write to:\n\n"
        "Minister of Labour, Employment and\n"
        "Social Security\n"
        "Ms Rita Example Banda\n"
        "Example House, Private Bag 9\n"
        "Lilongwe, Malawi\n"
        "Salutation: Dear Minister\n"
    )
    (minister,) = _recipients(text)
    assert minister["name"] == "Ms Rita Example Banda"
    assert minister["title"] == "Minister of Labour, Employment and Social Security"


def test_a_mail_saved_raw_with_a_quoted_printable_body() -> None:
    # A Swedish network mail: the body's letters as "=E4", lines cut by soft breaks inside a
    # word and inside the deadline's sentence.
    text = (
        'From: "Natverket" <ua@example.se>\n'
        "Subject: =?iso-8859-1?Q?UA_7/27_Exempel:_r=E4ttegång?=\n"
        "Date: Mon, 1 Feb 2027 10:00:00 +0100\n"
        'Content-Type: text/plain; charset="iso-8859-1"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "SKRIV TILL:\n\n"
        "Justitieminister\n"
        "Anna Exempel\n"
        "Justitiedepartementet\n"
        "Exempelv=E4gen 3\n"
        "Stockholm, Sverige\n"
        "Hälsning: Dear Minister\n\n"
        "Skicka vädjanden genast. Kontakta samordnaren om du skickar vädjanden ef=\n"
        "ter den 17 mars 2027.\n"
    )

    case = imported_case(text)
    (minister,) = case["recipients"]
    assert minister["address"][0] == "Exempelvägen 3"
    assert str(case["deadline"]) == "2027-03-17"


def test_a_heading_in_the_page_language_over_a_line_with_the_office_and_the_name() -> None:
    text = (
        "SKRIV TILL:\n\n"
        "Polischef\n"
        "Inspector General of Police Ana Example Mwale\n"
        "Police Headquarters\n"
        "PO Box 101, Example Road\n"
        "Lusaka, Zambia\n"
        "Hälsning: Dear Inspector General\n"
    )
    (chief,) = _recipients(text)
    assert chief["name"] == "Ana Example Mwale"
    assert chief["title"] == "Inspector General of Police"


def test_an_office_and_a_name_of_one_word() -> None:
    text = (
        "APPEALS TO:\n\n"
        "President Examplo\n"
        "State House\n"
        "Example Avenue 1\n"
        "Example City, Malawi\n"
        "Salutation: Dear President\n"
    )
    (president,) = _recipients(text)
    assert (president["name"], president["title"]) == ("Examplo", "President")


def test_a_reference_printed_only_in_the_running_foot_of_every_page() -> None:
    # A two-page text layer whose only "UA 31/27" is in the foot repeated on each page.
    page = (
        "ACCIÓN URGENTE\n\nDETENIDO SIN CARGOS\n\n"
        "El periodista Tomás Example fue detenido el 2 de marzo de 2027.\n\n"
        "Segunda AU: 31/27 Índice: AMR 99/1234/2027 Ejemplo Fecha: 4 de marzo de 2027\n"
    )
    case = imported_case(page + "\f" + page.replace("DETENIDO SIN CARGOS", "INFORMACIÓN"))
    assert case["reference"].endswith("AU 31/27")


def test_sending_appeals_after_in_portuguese() -> None:
    text = (
        "Escreva para:\n\nMinistro da Justiça\nAv. Exemplo 10\nLuanda, Angola\n\n"
        "Consulte a sua secção se enviarem apelos depois de\n12 de Março de 2027.\n"
    )
    assert str(imported_case(text)["deadline"]) == "2027-03-12"


def test_a_copy_written_as_one_run_wrapped_under_its_heading() -> None:
    # The mission, who is there after a colon, the address and the fields, wrapped over three
    # lines right under "COPIAS A:".
    text = (
        "ESCRIBAN A:\n\n"
        "Sra. Ana Example Rojas\n"
        "Ministra de Justicia\n"
        "Avenida Example 12\n"
        "Lima, Perú\n"
        "Tratamiento: Señora Ministra\n\n"
        "COPIAS A:\n\n"
        "Embajada de Perú en España (cubre también Portugal): embajador Luis Example\n"
        "Soto, Calle Example 4, 28010 Madrid, España. Fax: +34 91 555 0100. Correo-e:\n"
        "embajada@peru-example.es\n\n"
        "Envíen llamamientos cuanto antes.\n"
    )
    minister, envoy = _recipients(text)
    assert minister["role"] == "primary"
    assert envoy["role"] == "copy"
    assert envoy["name"] == "Luis Example Soto"
    assert envoy["organisation"] == "Embajada de Perú en España"
    assert envoy["email"] == ["embajada@peru-example.es"]
    assert envoy["fax"] == ["+34 91 555 0100"]


def test_a_sign_up_box_for_the_publishers_network_is_no_recipient() -> None:
    text = (
        "Write to:\n\n"
        "Mr Tomas Example\n"
        "Minister of Justice\n"
        "Example Street 3\n"
        "Bishkek, Kyrgyzstan\n"
        "Salutation: Dear Minister\n\n"
        "Subscribe to our Urgent Action network\n"
        "Get new actions by e-mail: ua@publisher-example.org\n"
    )
    (minister,) = _recipients(text)
    assert minister["name"] == "Mr Tomas Example"


def test_languages_asked_for_in_a_scandinavian_sentence_that_sends_letters() -> None:
    text = (
        "Send gjerne brev på engelsk eller norsk.\n\n"
        "SKRIV TIL:\n\nJustisminister\nAnna Example\nExample gate 1\nOslo, Norge\n"
    )
    from appeal_tui.core.importer import import_document

    assert set(import_document(text).stated_languages or []) == {"en", "no"}


def test_a_list_that_goes_on_after_and_to_with_a_colon() -> None:
    text = (
        "APPEALS TO:\n\n"
        "Mr Paul Example Banda\n"
        "Minister of Home Affairs\n"
        "PO Box 50997\n"
        "Lusaka, Zambia\n"
        "Salutation: Dear Minister\n\n"
        "COPIES TO:\n\n"
        "Ms Ruth Example Phiri\n"
        "Minister of Foreign Affairs\n"
        "PO Box 50069\n"
        "Lusaka, Zambia\n\n"
        "and also to the following radio station:\n"
        "The Director, Radio Example, PO Box 12, Kitwe, Zambia\n"
    )
    home, foreign, radio = _recipients(text)
    assert home["role"] == "primary"
    assert foreign["address"] == ["PO Box 50069", "Lusaka"]
    assert radio["role"] == "copy"
    assert "Radio Example" in (radio["name"], radio.get("organisation"))
    assert radio["address"] == ["PO Box 12", "Kitwe"]
