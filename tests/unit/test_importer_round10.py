"""Round 10 of the importer (session 9): mechanisms found on the sets tuned on since (next11-
next30), each tested on a short text of our own in another language or layout than the text
that showed the miss. Each test asserts the recipients a reader of the case would see."""

from __future__ import annotations

from importer_support import imported_recipients as _recipients

from appeal_tui.core.importer import import_document


def test_numbered_blocks_opened_by_a_name() -> None:
    # The number opens the block; the name on its line is the recipient's, not an address line.
    text = (
        "Please write to:\n\n"
        "1) Colonel Pedro Example Alvarado\n"
        "   Director of the National Police\n"
        "   Avenida Example 12\n"
        "   Lima, Peru\n"
        "   Fax: +51 1 555 0100\n"
        "   Salutation: Dear Director\n\n"
        "2) Ms Rosa Example Quispe\n"
        "   Minister of Justice\n"
        "   Ministry of Justice\n"
        "   Lima, Peru\n"
        "   Salutation: Dear Minister\n\n"
        "Thank you.\n"
    )
    director, minister = _recipients(text)
    assert director["name"] == "Colonel Pedro Example Alvarado"
    assert director["title"] == "Director of the National Police"
    assert director["salutation"] == "Dear Director"
    assert minister["name"] == "Ms Rosa Example Quispe"
    assert minister["title"] == "Minister of Justice"
    assert minister["address"] == ["Lima"]


def test_a_recipient_on_one_item_with_its_parts_parted_by_dashes() -> None:
    # Office and name, then the body and its address, then fax and e-mail without colons,
    # and the greeting in brackets at the end of the item.
    text = (
        "Escriban a:\n\n"
        "1) Ministra del Interior María Example Soto - Ministerio del Interior, Calle Example"
        " 5, Asunción, Paraguay - fax +595 21 555 010 - correo mi@interior-example.gov.py"
        " (saludo: Señora Ministra)\n\n"
        "2) Fiscal General Pablo Example Ruiz - Fiscalía General, Avenida Example 80,"
        " Asunción, Paraguay - fax +595 21 555 020 (saludo: Señor Fiscal)\n\n"
        "Gracias.\n"
    )
    minister, prosecutor = _recipients(text)
    assert minister["name"] == "María Example Soto"
    assert minister["email"] == ["mi@interior-example.gov.py"]
    assert minister["fax"] == ["+595 21 555 010"]
    assert minister["salutation"] == {"es": "Señora Ministra"}
    assert prosecutor["name"] == "Pablo Example Ruiz"
    assert prosecutor["fax"] == ["+595 21 555 020"]
    assert prosecutor["salutation"] == {"es": "Señor Fiscal"}
    assert prosecutor["country"] == "Paraguay"


def test_a_heading_naming_the_office_in_the_pages_language_above_a_block_in_another() -> None:
    # A Catalan page: each block under a heading that names its office in Catalan, the block
    # itself in French; the copy under "Còpia", greeting in a Catalan sentence.
    text = (
        "## A qui escriure\n\n"
        "Escriviu en francès, abans del 10 de gener de 2027, per correu postal.\n\n"
        "### 1. Ministre de Justícia\n\n"
        "M. Jean Example Mbarga\n"
        "Ministre de la Justice et des Droits humains\n"
        "Ministère de la Justice\n"
        "BP 1234\n"
        "Yaoundé, Cameroun\n"
        "Fax: +237 222 55 01 00\n\n"
        "Al ministre, comenceu la carta amb «Monsieur le Ministre» i adapteu el model.\n\n"
        "### Còpia\n\n"
        "Envieu-ne una còpia a l'Ambaixada del Camerun:\n"
        "Carrer Example 12, 08001 Barcelona\n\n"
        "## Model de carta\n"
    )
    recipients = _recipients(text)
    minister = recipients[0]
    assert minister["name"] == "M. Jean Example Mbarga"
    assert "Ministre de la Justice et des Droits humains" in str(minister["title"])
    assert "Monsieur le Ministre" in str(minister["salutation"])
    assert minister["address"] == ["BP 1234", "Yaoundé"]
    (embassy,) = recipients[1:]
    assert embassy["role"] == "copy"
    assert embassy["name"].startswith("Ambaixada del Camerun")
    assert embassy["address"] == ["Carrer Example 12, 08001 Barcelona"]


def test_copies_in_one_sentence_parted_by_and_with_an_article() -> None:
    # After a complete recipient (its fields in brackets, or its country), "et l'" opens the
    # next one; "(fax ...)" without a colon is the fax.
    text = (
        "Écrivez à :\n\n"
        "M. Issa Example Moussa\nMinistre de la Justice\nBP 466\nNiamey, Niger\n"
        "Fax : +227 20 72 00 00\n\n"
        "Copies à :\n"
        "Ministère des Droits humains, Niamey, Niger (fax +227 20 55 01 00) et l'Ambassade du"
        " Niger, 12 rue Example, 75016 Paris (fax 01 55 55 01 00, e-mail amb@niger-example.fr)\n\n"
        "Merci.\n"
    )
    _, ministry, embassy = _recipients(text)
    assert ministry["role"] == "copy"
    assert ministry["fax"] == ["+227 20 55 01 00"]
    assert ministry["country"] == "Niger"
    assert embassy["role"] == "copy"
    assert embassy["name"] == "Ambassade du Niger"
    assert embassy["fax"] == ["01 55 55 01 00"]
    assert embassy["email"] == ["amb@niger-example.fr"]


def test_a_cc_line_under_the_letters_closing_is_a_copy() -> None:
    # "cc:" opening the line right under "Yours faithfully," is a label, not the end of a
    # wrapped sentence; the body in the run is the copy's organisation.
    text = (
        "Two teachers were arrested in March. They must be released immediately.\n"
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER\n"
        "Minister of Justice\n"
        "Mr Tomasz Example Novak\n"
        "Ministry of Justice\n"
        "Example Street 4, Warsaw\n"
        "Poland\n"
        "Email: minister@justice-example.org\n"
        "Dear Minister,\n"
        "I am writing to urge you to release the two teachers held since March without charge.\n"
        "Yours faithfully,\n"
        "cc: Ms Anna Example Berg, Chairperson, National Human Rights Board,\n"
        "Email: board@nhrb-example.org\n"
    )
    minister, board = _recipients(text)
    assert minister["role"] == "primary"
    assert board["role"] == "copy"
    assert board["name"] == "Ms Anna Example Berg"
    assert board["title"] == "Chairperson"
    assert board["organisation"] == "National Human Rights Board"
    assert board["email"] == ["board@nhrb-example.org"]


def test_a_deadline_in_a_header_field_and_languages_before_your_own() -> None:
    # "Scadenza:" in the header is the deadline; "nella vostra lingua" ends the list of
    # languages, and Malagasy is one of them.
    text = (
        "AU 12/08 - Timore di tortura\n"
        "Data: 23 ottobre 2008 | Scadenza: 4 dicembre 2008\n\n"
        "Tre attivisti sono stati arrestati il 14 ottobre.\n\n"
        "AZIONI RACCOMANDATE: inviate appelli, il prima possibile, in francese, in malgascio o"
        " nella vostra lingua:\n"
        "- chiedendo il rilascio immediato degli attivisti.\n"
    )
    case = import_document(text).case
    assert str(case["deadline"]) == "2008-12-04"
    assert case["languages"][:2] == ["fr", "mg"]


def test_a_text_layer_without_form_feeds_breaks_its_pages_at_page_number_lines() -> None:
    # The footer, "Page 2 of 3" and the running head fall inside a block; without form feeds
    # the numbered page lines say where the pages end, and the repeated lines around them go.
    footer = "Example Rights Network · 12 Example Road, Dublin, Ireland · ua@ern-example.org"
    head = "ERN · Urgent Appeal · Nepal · 1 March 2027"
    text = (
        f"URGENT APPEAL\n{head}\nA lawyer was arrested in Kathmandu on 20 February.\n"
        f"{footer}\nPage 1 of 3\n{head}\n"
        "Please send appeals to:\n"
        "Mr Ram Example Thapa\nHome Minister\nMinistry of Home Affairs\nSingha Durbar\n"
        "Kathmandu 44600\nNepal\nEmail: hm@moha-example.gov.np\n"
        "Justice (Retd.) Sita Example Karki\nChairperson\nNational Human Rights Commission\n"
        "Harihar Bhawan, Pulchowk\n"
        f"{footer}\nPage 2 of 3\n{head}\n"
        "Lalitpur 44700\nNepal\nEmail: chair@nhrc-example.org.np\n"
        "Please also send a copy to the diplomatic representation of Nepal in your country.\n"
        "Yours sincerely,\n"
        f"{footer}\nPage 3 of 3\n"
    )
    minister, commission, embassy = _recipients(text)
    assert minister["name"] == "Mr Ram Example Thapa"
    assert commission["name"] == "Justice (Retd.) Sita Example Karki"
    assert commission["organisation"] == "National Human Rights Commission"
    assert commission["address"] == ["Harihar Bhawan, Pulchowk", "Lalitpur 44700"]
    assert commission["email"] == ["chair@nhrc-example.org.np"]
    assert embassy["role"] == "copy"


def test_numbered_recipients_with_their_fields_as_nested_bullets() -> None:
    # "1. **Office**, Name" with nested "- **Mail:** ..." lines; a numbered copy with a remark.
    text = (
        "# Letter night\n\n"
        "A student was arrested at a protest in Manila and is held without charge.\n\n"
        "## Where the letters go\n\n"
        "Write in English. Be polite and mention the student by name in the first sentence.\n\n"
        "1. **The Governor**, Maria Example Lopez\n"
        "   - **Mail:** Office of the Governor\\\n"
        "     1 Example Plaza\\\n"
        "     Manila, Philippines\n"
        "   - **Email:** governor@gov-example.ph\n"
        "   - Open with: *Dear Governor*\n\n"
        "2. **cc (only a copy):** Philippine Commission on Human Rights,\n"
        "   attn. Chairperson Jose Example Cruz\n"
        "   - **Mail:** Example Avenue 5\\\n"
        "     Quezon City, Philippines\n"
        "   - **Email:** chair@chr-example.ph\n"
    )
    governor, commission = _recipients(text)
    assert governor["role"] == "primary"
    assert governor["name"] == "Maria Example Lopez"
    assert governor["organisation"] == "Office of the Governor"
    assert governor["email"] == ["governor@gov-example.ph"]
    assert governor["salutation"] == "Dear Governor"
    assert commission["role"] == "copy"
    assert commission["email"] == ["chair@chr-example.ph"]


def test_a_copy_per_conoscenza_in_a_sentence_parted_by_dashes() -> None:
    text = (
        "Scrivete a:\n\n"
        "Ministro della Giustizia\nSig. Ahmet Example Demir\nMinistero della Giustizia\n"
        "06659 Ankara\nTurchia\nE-mail: bakan@adalet-example.gov.tr\n\n"
        "Inviate le lettere entro la fine del mese e, per conoscenza, all'Ambasciata di Turchia"
        " - Via Palestro 28, 00185 Roma - e-mail ambasciata@turchia-esempio.it\n\n"
        "Grazie a tutti.\n"
    )
    minister, embassy = _recipients(text)
    assert minister["role"] == "primary"
    assert embassy["role"] == "copy"
    assert str(embassy["name"]).startswith("Ambasciata di Turchia")
    assert embassy["address"] == ["Via Palestro 28", "00185 Roma"]
    assert embassy["email"] == ["ambasciata@turchia-esempio.it"]


def test_an_office_and_its_body_on_one_line_under_the_name() -> None:
    text = (
        "Escriban a:\n\n"
        "Sra. Ana Example Rojas\n"
        "Relatora, Comisión Nacional de Derechos Humanos\n"
        "Avenida Example 44\n"
        "Tegucigalpa, Honduras\n"
        "Correo electrónico: relatora@cndh-ejemplo.hn\n"
        "Tratamiento: Señora Relatora\n"
    )
    (rapporteur,) = _recipients(text)
    assert rapporteur["name"] == "Sra. Ana Example Rojas"
    assert rapporteur["title"] == "Relatora"
    assert rapporteur["organisation"] == "Comisión Nacional de Derechos Humanos"
    assert rapporteur["address"] == ["Avenida Example 44", "Tegucigalpa"]


def test_chambers_name_an_organisation() -> None:
    text = (
        "Please write to:\n\n"
        "Mr Kofi Example Mensah\nAttorney General\nAttorney General's Chambers\n"
        "12 Example Road\nFreetown, Sierra Leone\nEmail: ag@agc-example.sl\n"
        "Salutation: Dear Attorney General\n"
    )
    (attorney,) = _recipients(text)
    assert attorney["organisation"] == "Attorney General's Chambers"
    assert attorney["address"] == ["12 Example Road", "Freetown"]
