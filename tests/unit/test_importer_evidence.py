"""Round 9 of the importer: recipients found from evidence in layouts no rule was written for
(a letter head with the letter's date below it, list items wrapped over lines, Markdown table
cells of several lines, an office line whose person is on the next line). Each test imports a
short text of our own and asserts the recipients a reader of the case would see."""

from __future__ import annotations

from typing import Any

from importer_support import imported_recipients as _recipients

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.text_extract import detect_kind, extract_text


def _plain(value: Any) -> Any:
    """A text written as a map by language ({nl: X}) as its one text."""
    return next(iter(value.values())) if isinstance(value, dict) else value


def test_a_letter_head_above_the_letters_date_line_is_the_recipient() -> None:
    text = (
        "Cut out the letter below, sign it and post it.\n\n"
        "Sender: ____________________\n\n"
        "                         To\n"
        "                         Mr Tomas Example Nowak\n"
        "                         Minister of the Interior\n"
        "                         Ministry of the Interior\n"
        "                         12 Example Street\n"
        "                         00-950 Warsaw\n"
        "                         Poland\n\n"
        "Place and date: ____________________\n\n"
        "Dear Minister,\n\n"
        "I am writing to ask you to release the activist at once.\n\n"
        "Yours sincerely,\n"
    )
    (minister,) = _recipients(text)
    assert minister["role"] == "primary"
    assert minister["name"] == "Mr Tomas Example Nowak"
    assert minister["title"] == "Minister of the Interior"
    assert minister["address"] == ["12 Example Street", "00-950 Warsaw"]
    assert minister["salutation"] == "Dear Minister"


def test_copies_as_list_items_wrapped_over_lines() -> None:
    text = (
        "Write to the Prosecutor General:\n\n"
        "Mr Ivan Example Petrov\nProsecutor General\n14 Example Avenue\n1000 Sofia\n"
        "Bulgaria\nEmail: office@prosecutor-example.bg\n\n"
        "Copies to:\n"
        "• Ms Vera Example Ivanova, Ombudsperson of Bulgaria, 22 Example\n"
        "  Street, 1000 Sofia, Bulgaria – Email: ombudsman@example.bg\n"
        "• Embassy of the Republic of Bulgaria, 8 Example Road, 75016\n"
        "  Paris – Fax: 01 55 55 12 34\n\n"
        "Thank you for your help.\n"
    )
    prosecutor, ombudsperson, embassy = _recipients(text)
    assert prosecutor["role"] == "primary"
    assert (ombudsperson["role"], ombudsperson["name"]) == ("copy", "Ms Vera Example Ivanova")
    assert ombudsperson["address"] == ["22 Example Street", "1000 Sofia"]
    assert ombudsperson["email"] == ["ombudsman@example.bg"]
    assert (embassy["role"], embassy["name"]) == ("copy", "Embassy of the Republic of Bulgaria")
    assert embassy["address"] == ["8 Example Road", "75016 Paris"]
    assert embassy["fax"] == ["01 55 55 12 34"]


def test_a_markdown_table_with_line_breaks_in_its_cells_stays_markdown() -> None:
    text = (
        "# Peru: a journalist in danger\n\n"
        "Please write before 1 May 2027.\n\n"
        "| Recipient | Address | Contact |\n"
        "| --- | --- | --- |\n"
        "| **Minister of Justice**<br>Ana Example Lopez<br>Ministry of Justice "
        "| 5 Example Street<br>Lima<br>Peru | Email: minjus@example.pe<br>Salutation: "
        "Dear Minister |\n"
        "| **Ombudsman**<br>Luis Example Vargas<br>Office of the Ombudsman "
        "| 9 Example Avenue<br>Lima<br>Peru | Email: ombudsman@example.pe |\n"
    )
    assert detect_kind(text) == "markdown"
    assert "Ana Example Lopez\nMinistry of Justice\n5 Example Street" in extract_text(text).text
    minister, ombudsman = _recipients(text)
    assert (minister["name"], minister["title"]) == ("Ana Example Lopez", "Minister of Justice")
    assert minister["address"] == ["5 Example Street", "Lima"]
    assert minister["salutation"] == "Dear Minister"
    assert (ombudsman["name"], ombudsman["email"]) == (
        "Luis Example Vargas",
        ["ombudsman@example.pe"],
    )
    # A page built of HTML blocks is still HTML.
    assert detect_kind("# A\n\n<p>one</p><div>two</div><p>three</p>") == "html"


def test_an_office_line_whose_person_is_on_the_next_line_is_the_whole_office() -> None:
    text = (
        "Write to:\n\n"
        "Presidente del Tribunal Supremo Popular\n"
        "Sr. Rafael Example Díaz\n"
        "Tribunal Supremo Popular\n"
        "Calle Example 367\n"
        "La Habana\n"
        "Cuba\n"
        "Correo-e: presidencia@example.cu\n"
    )
    (judge,) = _recipients(text)
    assert _plain(judge["title"]) == "Presidente del Tribunal Supremo Popular"
    assert judge["name"] == "Sr. Rafael Example Díaz"
    assert _plain(judge["organisation"]) == "Tribunal Supremo Popular"


def test_the_organisers_own_contact_after_the_copies_is_no_recipient() -> None:
    text = (
        "Write to:\n\n"
        "Mr Ivan Example Petrov\nProsecutor General\n14 Example Avenue\n1000 Sofia\nBulgaria\n\n"
        "Send a copy to:\n\n"
        "Embassy of Example\n10 Example Road\n2597 EP The Hague\nEmail: hague@example.org\n\n"
        "Questions? Mail the group: group@example.org\n"
    )
    names = [r["name"] for r in _recipients(text)]
    assert names == ["Mr Ivan Example Petrov", "Embassy of Example"]


def test_recipients_in_german_sentences_without_a_verb_of_sending() -> None:
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    minister, police, embassy = paragraph_blocks(
        "Ihr Brief geht an den Innenminister von Beispielland, Herrn Max Example Muster, "
        "Ministry of Home Affairs, P.O. Box 12, 40484 Dodoma, Tansania (E-Mail: "
        "minister@example.tz). Wer mag, schreibt zusätzlich an den Generalinspekteur der "
        "Polizei, Herrn Otto Example Beispiel, Police Headquarters, Kilwa Road, Dar es Salaam, "
        "Tansania, mit der Anrede „Dear Inspector General“. Eine Kopie Ihres Briefes senden "
        "Sie bitte an die Botschaft von Tansania, Example-Allee 11, 14050 Berlin, Deutschland."
    )
    # The country in the office ("Innenminister von Beispielland") does not end the run.
    assert minister.lines[:3] == [
        "Innenminister von Beispielland",
        "Herrn Max Example Muster",
        "Ministry of Home Affairs",
    ]
    assert (minister.role, minister.contacts.email) == ("primary", ["minister@example.tz"])
    assert police.salutation == "Dear Inspector General"
    # "Eine Kopie ... senden Sie an": the copy word before the verb makes a copy.
    assert (embassy.role, embassy.lines[0]) == ("copy", "Botschaft von Tansania")


def test_an_office_in_lowercase_before_a_courtesy_word_opens_a_recipient() -> None:
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    (block,) = paragraph_blocks(
        "Skicka också gärna ett mejl till utrikesministern, Mr Anou Example Vong, på adressen "
        "minister@example.la, och be honom verka för att studenten hittas."
    )
    assert block.lines[:2] == ["utrikesministern", "Mr Anou Example Vong"]
    assert block.contacts.email == ["minister@example.la"]


def test_a_portuguese_sentence_with_a_word_broken_at_the_line_end() -> None:
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    (block,) = paragraph_blocks(
        "Pode também escrever à Procuradora-Geral da República, Sra. Ana Example Costa, "
        "Procuradoria-\nGeral da República, Rua Example 3, Luanda, Angola, com a saudação "
        '"Senhora Procuradora-Geral".'
    )
    assert block.lines[2] == "Procuradoria-Geral da República"
    assert block.salutation == "Senhora Procuradora-Geral"


def test_a_heading_that_sends_without_its_colon_opens_the_recipients() -> None:
    text = (
        "O que você pode fazer\n\n"
        "Envie seus apelos para\n\n"
        "Fiscal General del Estado\n"
        "Sr. Pedro Example Ayala\n"
        "Ministerio Público\n"
        "Av. Example 1580\n"
        "Asunción\n"
        "Paraguay\n"
        "E-mail: fiscal@example.py\n\n"
        "Compartilhe: Facebook | X | WhatsApp\n\n"
        "Informações adicionais\n"
    )
    (prosecutor,) = _recipients(text)
    assert (prosecutor["name"], prosecutor["title"]) == (
        "Sr. Pedro Example Ayala",
        "Fiscal General del Estado",
    )
    # The share buttons and the next heading are no address lines.
    assert prosecutor["address"] == ["Av. Example 1580", "Asunción"]


def test_a_comma_run_after_a_blank_line_below_a_blocks_fields_is_the_next_recipient() -> None:
    text = (
        "Copies to:\n\n"
        "Ms Aya Example Gurban, Ombudsperson of Turkmenistan, 98 Example Avenue,\n"
        "744000 Ashgabat, Turkmenistan. Email: ombudsman@example.tm\n\n"
        "Embassy of Turkmenistan in the United Kingdom, 14 Example Gardens, London W2 4DU.\n"
        "Fax: 020 7555 0948\n\n"
        "Please keep us informed of any action you take, including any responses you receive\n"
        "from the authorities. Write to Ann Example at PEN Example, Unit A, 12 Example Street,\n"
        "London SE1 2AN, UK. Email: ann@pen-example.org\n"
    )
    names = [r["name"] for r in _recipients(text) if r["role"] == "copy"]
    # The publisher's own contact, in a paragraph asking to be kept informed, is no copy.
    assert names == ["Ms Aya Example Gurban", "Embassy of Turkmenistan in the United Kingdom"]


def test_a_sentence_introducing_the_first_recipient_on_its_own_line() -> None:
    text = (
        "ACTION REQUESTED\n"
        "Send your petitions before 31 January to: The Inspector General of Police, Mr Daniel\n"
        "Example Kiprono, National Police Service Headquarters, Vigilance House, P.O. Box 30083,\n"
        "Nairobi, Kenya. Email: ig@example.go.ke\n"
        "Copy: The Chairperson, Example Commission on Human Rights, 5 Example Road, Nairobi,\n"
        "Kenya. Email: chair@example.org\n"
    )
    police, commission = _recipients(text)
    # The name wrapped onto the next line is whole; the heading above is no recipient.
    assert police["name"] == "Mr Daniel Example Kiprono"
    assert police["organisation"] == "National Police Service Headquarters"
    assert police["email"] == ["ig@example.go.ke"]
    assert (commission["role"], commission["title"]) == ("copy", "Chairperson")


def test_a_copies_heading_in_a_language_without_a_table_entry() -> None:
    text = (
        "Adresujte dopis:\n\n"
        "Ministr veřejné bezpečnosti\nGenerál Tran Example Minh\n"
        "Ministerstvo veřejné bezpečnosti\n44 Example Street\nHanoj, Vietnam\n"
        "E-mail: minister@example.vn\nOslovení: Dear Minister\n\n"
        "Kopii pošlete na:\n\n"
        "Velvyslanectví Vietnamské socialistické republiky\nExample 214/2\n150 00 Praha 5\n"
        "E-mail: embassy@example.vn\n"
    )
    minister, embassy = _recipients(text)
    assert (minister["role"], minister["salutation"]) == ("primary", "Dear Minister")
    assert (embassy["role"], embassy["name"]) == (
        "copy",
        "Velvyslanectví Vietnamské socialistické republiky",
    )


def test_an_office_before_a_colon_then_who_holds_it() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        [
            "Ministre de la Justice : Mme Rose Example Mutombo, Ministère de la Justice, "
            "228 avenue Example, Kinshasa, République démocratique du Congo"
        ]
    )
    assert (who.title, who.name) == ("Ministre de la Justice", "Mme Rose Example Mutombo")
    assert who.organisation == "Ministère de la Justice"
    assert who.address == ["228 avenue Example", "Kinshasa"]


def test_a_greeting_sentence_right_above_a_block_is_that_blocks_greeting() -> None:
    text = (
        "Inviate la lettera al Presidente:\n\n"
        "S.E. Mohamed Example Slimane\nPrésident de la République tunisienne\n"
        "Palais de Carthage\n2016 Carthage\nTunisie\nEmail: contact@example.tn\n\n"
        "Se volete, inviatene una versione anche alla Ministra della Giustizia,\n"
        'iniziando con "Madame la Ministre":\n\n'
        "Mme Najla Example Chaabane\nMinistre de la Justice\nMinistère de la Justice\n"
        "18, rue Example\n1001 Tunis\nTunisie\nFax: +216 71 555 617\n\n"
        "Monsieur le Président,\n\nJe vous écris au sujet de Maître X.\n"
    )
    president, minister = _recipients(text)
    assert _plain(minister["title"]) == "Ministre de la Justice"
    assert _plain(minister["salutation"]) == "Madame la Ministre"
    # The sentence's greeting is the minister's only, not the president's.
    assert _plain(president["salutation"]) != "Madame la Ministre"


def test_numbered_blocks_under_a_heading_with_a_remark_and_a_wrapped_cc_line() -> None:
    text = (
        "WHO TO WRITE TO (letters must arrive before 15 February 2027)\n\n"
        "  1. Head of the Judiciary\n     Gholam Example Ejei\n"
        "     c/o Embassy of Iran to the European Union\n     Avenue Example No. 15\n"
        "     1050 Brussels, Belgium\n     Greeting: Your Excellency\n\n"
        "  2. (optional) Head of the High Council for Human Rights\n     Kazem Example Abadi\n"
        "     c/o Permanent Mission of Iran to the UN\n     Chemin Example 28\n"
        "     1209 Geneva, Switzerland\n     Greeting: Dear Sir\n\n"
        "cc: Ambassador Example Rahimi, Embassy of the Islamic Republic of Iran, 4 Example Gate,\n"
        "London SW7 1PT\n\n"
        "Bring your own pen! Envelopes and stamps are on us.\n"
    )
    judiciary, council, ambassador = _recipients(text)
    assert (judiciary["title"], judiciary["salutation"]) == (
        "Head of the Judiciary",
        "Your Excellency",
    )
    # "(optional)" is no part of the office, and a "c/o" mission does not make a copy.
    assert council["title"] == "Head of the High Council for Human Rights"
    assert council["role"] == "primary"
    assert (ambassador["role"], ambassador["name"]) == ("copy", "Example Rahimi")


def test_recipients_under_small_headings_with_their_parts_parted_by_dashes() -> None:
    text = (
        "Où écrire (avant le 31 janvier 2027) ?\n\n"
        "Destinataire principal\n"
        "M. Paul Example Atanga – Ministre de l'Administration territoriale – Ministère de\n"
        "l'Administration territoriale – BP 1234 – Yaoundé – Cameroun\n"
        "Formule d'appel : Monsieur le Ministre\n\n"
        "Copie\n"
        "Ambassade du Cameroun – 73 rue Example – 75016 Paris\n\n"
        "Merci à toutes et à tous !\n"
    )
    minister, embassy = _recipients(text)
    assert minister["name"] == "M. Paul Example Atanga"
    assert _plain(minister["title"]) == "Ministre de l'Administration territoriale"
    assert _plain(minister["organisation"]) == "Ministère de l'Administration territoriale"
    assert (minister["address"], minister["country"]) == (["BP 1234", "Yaoundé"], "Cameroun")
    assert (embassy["role"], embassy["name"]) == ("copy", "Ambassade du Cameroun")
    assert embassy["address"] == ["73 rue Example", "75016 Paris"]


def test_a_chat_message_with_bold_markers_and_numbered_offices() -> None:
    text = (
        "*📢 ACCIÓN URGENTE – REENVIÁ ESTE MENSAJE*\n\n"
        "*¿Qué podés hacer?*\n"
        "Mandá un mail ANTES DEL 10/01/2027 a estas dos autoridades 👇\n\n"
        "*1) Fiscal General de la República*\n"
        "Lic. Consuelo Example Porras\n"
        "📧 fiscal@example.gt\n"
        "Saludo: Señora Fiscal General\n\n"
        "*2) Procurador de los Derechos Humanos*\n"
        "Lic. Alejandro Example Córdova\n"
        "📧 procurador@example.gt\n"
        "Saludo: Señor Procurador\n"
    )
    assert "*" not in extract_text(text).text
    result = import_document(text)
    prosecutor, ombudsman = result.case["recipients"]
    assert (prosecutor["name"], _plain(prosecutor["title"])) == (
        "Lic. Consuelo Example Porras",
        "Fiscal General de la República",
    )
    assert ombudsman["email"] == ["procurador@example.gt"]
    # A date after "ANTES DEL" is the deadline, not an index number.
    assert str(result.case.get("deadline")) == "2027-01-10"
    assert "reference" not in result.case


def test_a_sentence_before_a_label_is_no_line_of_a_block() -> None:
    text = (
        "Empfänger\n\n"
        "Generalstaatsanwalt der Republik Belarus\nAndrei Example Shved\nExample 22\n"
        "220030 Minsk\nBelarus\nE-Mail: info@example.by\n\n"
        "Innenminister\nIvan Example Kubrakou\nExample Val 4\n220030 Minsk\nBelarus\n\n"
        "Kopie an\n\nBotschaft der Republik Belarus\nAm Example Park 32\n12435 Berlin\n"
        "E-Mail: germany@example.by\n\n"
        "Briefe bitte bis zum 15. Januar 2027, auf Russisch, Belarussisch oder Deutsch. "
        "Anrede: Sehr geehrter Herr Generalstaatsanwalt / Sehr geehrter Herr Minister\n"
    )
    prosecutor, minister, embassy = _recipients(text)
    assert _plain(prosecutor["salutation"]) == "Sehr geehrter Herr Generalstaatsanwalt"
    assert _plain(minister["salutation"]) == "Sehr geehrter Herr Minister"
    assert embassy["role"] == "copy"
    assert "salutation" not in embassy


def test_list_items_parted_by_dashes_and_wrapped_over_lines() -> None:
    text = (
        "Scrivi entro il 30 gennaio 2027 al capo del potere giudiziario. I contatti:\n\n"
        "- **Capo del potere giudiziario** – Gholam Example Ejei – c/o Ambasciata\n"
        "  dell'Iran presso l'Unione europea, Avenue Example 15, 1050 Bruxelles, Belgio –\n"
        '  X: @Judiciary_ex – saluto: "Your Excellency"\n'
        "- **Ambasciatore in Italia** – Mohammad Example Sabouri – Via Example 361,\n"
        '  00162 Roma – e-mail: emb@example.ir – saluto: "Eccellenza"\n\n'
        "Grazie!\n"
    )
    judiciary, ambassador = _recipients(text)
    assert (judiciary["name"], judiciary["title"]) == (
        "Gholam Example Ejei",
        "Capo del potere giudiziario",
    )
    assert judiciary["address"][0] == "c/o Ambasciata dell'Iran presso l'Unione europea"
    assert judiciary["twitter"] == "@Judiciary_ex"
    # A greeting given in quotes after its label is the greeting without them.
    assert _plain(judiciary["salutation"]) == "Your Excellency"
    assert ambassador["email"] == ["emb@example.ir"]
    assert _plain(ambassador["salutation"]) == "Eccellenza"
