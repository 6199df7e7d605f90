"""Round 13 of the importer (session 12): mechanisms chosen by the causes of next71-next90's
first-sight misses (docs/importer.md, "Round 13"), each tested on a short text of our own in
another language or layout than the text that showed the miss. Each test asserts what a reader
of the case would see."""

from __future__ import annotations

import re

from importer_support import found_recipients as _recipients
from importer_support import imported_case
from importer_support import plain as _plain

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.people import find_people
from appeal_tui.core.importer.report import ImportReport
from appeal_tui.core.importer.text_extract import extract_text


def imported_report(text: str) -> ImportReport:
    return import_document(text).report


# A page whose recipients are in a tab widget: a row of tab titles, then a panel per tab, all
# panels but the first hidden until their tab is chosen.
_TABS = (
    "<html><body><p>Write in English before 9 May 2027 to the authorities.</p>"
    '<div role="tablist">'
    '<button role="tab" id="t1" aria-controls="p1">Official 1</button>'
    '<button role="tab" id="t2" aria-controls="p2">Official 2</button>'
    '<button role="tab" id="t3" aria-controls="p3">Copies to</button></div>'
    '<div role="tabpanel" id="p1" aria-labelledby="t1">'
    "<p>Mr Tomas Example Ruiz<br>Minister of Justice<br>Ministry of Justice<br>"
    "Example Avenue 40<br>Quito, Ecuador<br>Email: minister@justice-example.ec</p>"
    "<p>Salutation: Dear Minister</p></div>"
    '<div role="tabpanel" id="p2" aria-labelledby="t2" style="display:none">'
    "<p>Ms Rosa Example Vega<br>Attorney General<br>Office of the Attorney General<br>"
    "Example Street 7<br>Quito, Ecuador<br>Email: ag@fiscalia-example.ec</p>"
    "<p>Salutation: Dear Attorney General</p></div>"
    '<div role="tabpanel" id="p3" aria-labelledby="t3" hidden>'
    "<p>Ombudsman's Office<br>Example Road 3<br>Quito<br>Email: info@ombuds-example.ec</p>"
    "</div></body></html>"
)


def test_a_tab_panel_hidden_until_its_tab_is_chosen_is_read() -> None:
    text = extract_text(_TABS).text
    assert "Ms Rosa Example Vega" in text
    assert "Ombudsman's Office" in text
    # Each tab's title heads its own panel, once, instead of a row of titles above them all.
    assert text.count("Official 2") == 1
    assert text.index("Official 2") > text.index("Mr Tomas Example Ruiz")
    assert text.index("Copies to") > text.index("Ms Rosa Example Vega")


def test_the_recipients_of_a_tab_widget_keep_their_roles() -> None:
    recipients = _recipients(_TABS)
    assert [(r["name"], r["role"]) for r in recipients] == [
        ("Mr Tomas Example Ruiz", "primary"),
        ("Ms Rosa Example Vega", "primary"),
        ("Ombudsman's Office", "copy"),
    ]


def test_a_running_label_over_a_block_is_no_address_line() -> None:
    # "Autoridad 1" between blank lines over a Spanish block: a label, not a street with its
    # number, and no line of the block above it.
    text = (
        "Escriba antes del 3 de marzo de 2027.\n\n"
        "Autoridad 1\n\n"
        "Sra. Lucía Example Paredes\n"
        "Ministra de Seguridad\n"
        "Ministerio de Seguridad\n"
        "Avenida Ejemplo 120\n"
        "Lima, Perú\n"
        "Correo-e: ministra@seguridad-example.pe\n\n"
        "Autoridad 2\n\n"
        "Sr. Pablo Example Soto\n"
        "Fiscal de la Nación\n"
        "Jirón Ejemplo 55\n"
        "Lima, Perú\n"
        "Correo-e: fiscal@mp-example.pe\n"
    )
    first, second = _recipients(text)
    assert first["name"] == "Sra. Lucía Example Paredes"
    assert _plain(first["title"]) == "Ministra de Seguridad"
    assert first["address"] == ["Avenida Ejemplo 120", "Lima"]
    assert second["name"] == "Sr. Pablo Example Soto"
    assert second["address"] == ["Jirón Ejemplo 55", "Lima"]


# A Greek page in the layout Greek sections use: headings in capitals (which drop their
# accents), offices named in the accusative a "write to" list takes, the block itself in the
# recipient's own language, share buttons under the copies.
_GREEK = (
    "ΕΔ 27/30   Ημερομηνία: 2 Μαρτίου 2030\n\n"
    "Η δημοσιογράφος Ana Example συνελήφθη στις 20 Φεβρουαρίου 2030.\n\n"
    "ΣΤΕΙΛΤΕ ΤΙΣ ΕΚΚΛΗΣΕΙΣ ΣΑΣ ΠΡΙΝ ΑΠΟ ΤΙΣ 14 ΑΠΡΙΛΙΟΥ 2030 ΣΤΟΥΣ:\n\n"
    "Υπουργό Εσωτερικών\n"
    "Jon Example Berisha\n"
    "Minister of the Interior\n"
    "Ministry of the Interior\n"
    "Example Street 4\n"
    "Tirana, Albania\n"
    "Email: minister@interior-example.al\n"
    "Προσφώνηση: Dear Minister\n\n"
    "ΚΑΙ ΑΝΤΙΓΡΑΦΑ ΣΤΟΥΣ:\n\n"
    "Γενικό Προξενείο της Αλβανίας\n"
    "Γενικό Πρόξενο κ. Arben Example Dema\n"
    "Οδός Παραδείγματος 12\n"
    "546 00 Θεσσαλονίκη\n"
    "Email: consulate@mfa-example.al\n\n"
    "Κοινοποίηση: Facebook | Twitter | Email | Εκτύπωση\n"
)


def test_a_greek_heading_in_capitals_reads_without_its_accents() -> None:
    case = imported_case(_GREEK)
    assert str(case["deadline"]) == "2030-04-14"
    recipients = _recipients(_GREEK)
    assert [r["role"] for r in recipients] == ["primary", "copy"]


def test_an_office_in_the_pages_script_over_the_blocks_own_office_is_a_heading() -> None:
    minister = _recipients(_GREEK)[0]
    assert minister["name"] == "Jon Example Berisha"
    assert _plain(minister["title"]) == "Minister of the Interior"
    assert _plain(minister["organisation"]) == "Ministry of the Interior"
    assert minister["address"] == ["Example Street 4", "Tirana"]


def test_an_office_in_the_accusative_before_a_courtesy_word_and_a_name() -> None:
    consul = _recipients(_GREEK)[1]
    assert consul["name"].endswith("Arben Example Dema")
    assert _plain(consul["title"]) == "Γενικό Πρόξενο"
    assert _plain(consul["organisation"]) == "Γενικό Προξενείο της Αλβανίας"


def test_a_sections_own_urgent_action_code_is_the_reference() -> None:
    assert imported_case(_GREEK)["reference"] == "ΕΔ 27/30"


def test_share_buttons_and_tags_under_a_label_in_any_language_are_no_recipient() -> None:
    # The copies' block ends at the row of share buttons; the tags after it are no block.
    text = _GREEK + "Ετικέτες: Αλβανία, δημοσιογράφοι\n"
    assert [(r["name"], r["role"]) for r in _recipients(text)] == [
        ("Jon Example Berisha", "primary"),
        ("κ. Arben Example Dema", "copy"),
    ]


# A Hungarian page: a heading in the page's language over a block printed in English, an
# address that names its region after the city, a copy with its office after the name.
_HUNGARIAN = (
    "Írj levelet 2030. május 3-ig az alábbi címzetteknek!\n\n"
    "## Kinek írj?\n\n"
    "**A tartomány kormányának elnöke**\n\n"
    "Li Example Wei\n"
    "Chairman of the Provincial Government\n"
    "No. 8 Example Road\n"
    "Lanzhou 730000\n"
    "Gansu Province\n"
    "People's Republic of China\n"
    "Fax: +86 931 555 0100\n"
    "E-mail: office@gansu-example.cn\n"
    "Megszólítás: Dear Chairman\n\n"
    "**Másolatot küldj:** Kínai Népköztársaság Nagykövetsége, Wang Example Ming nagykövet, "
    "1068 Budapest, Példa fasor 9. E-mail: embassy@mfa-example.cn\n"
)


def test_an_office_in_the_pages_language_over_the_blocks_own_office_is_a_heading() -> None:
    chairman = _recipients(_HUNGARIAN)[0]
    assert chairman["name"] == "Li Example Wei"
    assert _plain(chairman["title"]) == "Chairman of the Provincial Government"


def test_a_region_after_the_city_is_a_line_of_the_address_not_a_new_block() -> None:
    chairman = _recipients(_HUNGARIAN)[0]
    assert chairman["address"] == ["No. 8 Example Road", "Lanzhou 730000", "Gansu Province"]
    assert chairman["fax"] == ["+86 931 555 0100"]
    assert chairman["email"] == ["office@gansu-example.cn"]
    assert _plain(chairman["salutation"]) == "Dear Chairman"
    assert len(_recipients(_HUNGARIAN)) == 2


def test_a_name_then_its_office_in_lower_case() -> None:
    ambassador = _recipients(_HUNGARIAN)[1]
    assert ambassador["role"] == "copy"
    assert ambassador["name"] == "Wang Example Ming"
    assert _plain(ambassador["title"]) == "nagykövet"


# A mailing list's e-mail: a masthead in capitals, blocks whose offices are hyphenated, a
# sentence in capitals after the copies, the list's own signature with its address.
_MAILING = (
    "From: Appeals List <appeals@group-example.org>\n"
    "Subject: [APPEALS] New action: Tonga\n"
    "\n"
    "RIVERSIDE HUMAN RIGHTS GROUP\n"
    "\n"
    "The journalist Mele Example Taufa was detained on 2 March 2030 in Nuku'alofa.\n"
    "\n"
    "APPEALS TO:\n"
    "\n"
    "Acting Attorney-General\n"
    "Sione Example Fifita\n"
    "Crown Law Office\n"
    "Example Road 5\n"
    "Nuku'alofa, Tonga\n"
    "Fax: +676 555 0101\n"
    "Salutation: Dear Attorney-General\n"
    "\n"
    "COPIES TO:\n"
    "\n"
    "Tonga High Commission\n"
    "Example Street 12\n"
    "Wellington 6011\n"
    "Email: info@tongahc-example.org.nz\n"
    "\n"
    "PLEASE SEND APPEALS AT ONCE. Check with the coordinator after 30 April 2030.\n"
    "\n"
    "--\n"
    "Riverside Human Rights Group\n"
    "PO Box 4400, Riverside 1010\n"
    "Ph: (09) 555 0199\n"
    "appeals@group-example.org\n"
)


def test_an_office_whose_words_a_hyphen_joins_is_an_office() -> None:
    solicitor = _recipients(_MAILING)[0]
    assert solicitor["name"] == "Sione Example Fifita"
    assert _plain(solicitor["title"]) == "Acting Attorney-General"


def test_a_sentence_in_capitals_is_no_line_of_the_block_above() -> None:
    copy = _recipients(_MAILING)[1]
    assert copy["role"] == "copy"
    assert copy["address"] == ["Example Street 12", "Wellington 6011"]


def test_the_publishers_own_signature_is_no_recipient() -> None:
    # Its e-mail is the address the message came from.
    names = [r["name"] for r in _recipients(_MAILING)]
    assert names == ["Sione Example Fifita", "Tonga High Commission"]


def test_the_publisher_named_in_a_copyright_line_or_a_title_is_no_recipient() -> None:
    page = (
        "<html><head><title>Appeal: free Ana Example – Harbour Watch</title></head><body>"
        "<p>Write before 9 May 2030 to:</p>"
        "<p>Minister of Justice<br>Mr Tomas Example Ruiz<br>Example Avenue 40<br>"
        "Quito, Ecuador<br>Email: minister@justice-example.ec</p>"
        "<p>Harbour Watch<br>Example Quay 3<br>Port Example<br>Email: hello@harbour-example.org</p>"
        "<p>© 2030 Seaside Rights Network | Privacy</p>"
        "<p>Seaside Rights Network<br>Example Lane 8<br>Port Example<br>"
        "Email: office@seaside-example.org</p></body></html>"
    )
    assert [r["name"] for r in _recipients(page)] == ["Mr Tomas Example Ruiz"]


def test_a_letterhead_in_capitals_on_the_first_line_is_no_recipient() -> None:
    text = (
        "SOLIDARITY COMMITTEE OF EXAMPLE TOWN\n"
        "Example Street 1 - 08001 Example Town\n"
        "Email: committee@solidarity-example.org\n"
        "\n"
        "FAX CHAIN No. 12, 3 June 2030\n"
        "\n"
        "Send your faxes to:\n"
        "\n"
        "Lic. Marta Example Ruiz\n"
        "Secretaria de Gobernación\n"
        "Example Avenue 4\n"
        "Ciudad de México, México\n"
        "Fax: +52 55 5555 0101\n"
    )
    assert [r["name"] for r in _recipients(text)] == ["Lic. Marta Example Ruiz"]


def test_a_vietnamese_name_with_its_own_letters_is_a_person_at_risk() -> None:
    text = (
        "The blogger Trần Thị Example Hằng was sentenced on 2 March 2030.\n\n"
        "Please write to the president to ask for the release of Trần Thị Example Hằng, "
        "held only for her writing.\n"
    )
    people = [p if isinstance(p, str) else p["name"] for p in imported_case(text)["people"]]
    assert "Trần Thị Example Hằng" in people


def test_a_hint_names_the_markdown_line_a_link_is_on_and_quotes_it_as_printed() -> None:
    # Front matter and a menu of links above the text: the extracted text's line numbers
    # are not the file's, and the file prints the menu's words inside link brackets.
    text = (
        "---\n"
        'title: "Example page"\n'
        "---\n"
        "- [Who we are](https://example.org/about)\n"
        "- [Act now!](https://example.org/act)\n\n"
        "# Example\n\n"
        "Ana Example was detained on 2 March 2030.\n"
    )
    file_lines = text.split("\n")
    hints = [
        re.search(r'look near line (\d+): "(.*?)…?"(?:;|$)', check)
        for check in imported_report(text).checks
    ]
    named = [(int(h.group(1)), h.group(2)) for h in hints if h is not None]
    assert named, "the report sends the reader somewhere"
    for number, quote in named:
        assert quote in file_lines[number - 1], (number, quote)


def test_who_to_ask_for_more_information_and_the_sign_up_box_are_no_recipients() -> None:
    text = (
        "Please send appeals before 9 May 2030 to:\n\n"
        "Minister of the Interior\n"
        "Mr Tomas Example Ruiz\n"
        "Example Avenue 40\n"
        "Quito, Ecuador\n"
        "Email: minister@interior-example.ec\n\n"
        "For further information, contact Ana Example, Coordinator, Example Group, "
        "No. 12, Example Road, Quito, Ecuador, e-mail: ana@group-example.ec\n\n"
        "Get our alerts by e-mail\n\n"
        "Sign-up box: alerts@group-example.org\n\n"
        "Para más información: Oficina Example\n"
        "Calle Ejemplo 3\n"
        "Quito, Ecuador\n"
        "Correo-e: info@oficina-example.ec\n"
    )
    assert [r["name"] for r in _recipients(text)] == ["Mr Tomas Example Ruiz"]


def test_a_compound_under_the_bodys_own_line_is_one_address_line() -> None:
    text = (
        "Please write before 9 May 2030 to:\n\n"
        "Ana Example Rahman\n"
        "Minister of Home Affairs\n"
        "Ministry of Home Affairs\n"
        "Government Secretariat, Block 4\n"
        "Dhaka 1000\n"
        "Bangladesh\n"
        "Email: minister@home-example.bd\n"
    )
    (minister,) = _recipients(text)
    assert _plain(minister["organisation"]) == "Ministry of Home Affairs"
    assert minister["address"] == ["Government Secretariat, Block 4", "Dhaka 1000"]


def test_a_one_word_english_office_under_a_heading_in_french() -> None:
    text = (
        "Envoyez vos appels avant le 3 mai 2030 à :\n\n"
        "Président de la Commission nationale des droits humains\n\n"
        "Omar Example Karim\n"
        "Chairman\n"
        "National Human Rights Commission\n"
        "Example Road 8\n"
        "Dhaka 1217\n"
        "Bangladesh\n"
        "Courriel : chair@nhrc-example.bd\n"
    )
    (chairman,) = _recipients(text)
    assert _plain(chairman["title"]) == "Chairman"
    assert _plain(chairman["organisation"]) == "National Human Rights Commission"
    assert chairman["address"] == ["Example Road 8", "Dhaka 1217"]


def test_a_french_office_joined_by_a_hyphen_is_an_office() -> None:
    text = (
        "Copies à :\n\n"
        "Ministre des Affaires étrangères\n"
        "L’honorable Paul Example\n"
        "Ministère des Affaires étrangères\n"
        "125, promenade Exemple\n"
        "Ottawa (Ontario) K1A 0G2\n"
        "Courriel : ministre@example.gc.ca\n\n"
        "Haute-Commissaire aux droits de l’homme\n"
        "Lea Example Martin\n"
        "Palais Example, 8 rue Exemple\n"
        "1201 Genève\n"
        "Suisse\n"
        "Courriel : office@hc-example.org\n"
    )
    copy = _recipients(text)[1]
    assert copy["name"] == "Lea Example Martin"
    assert _plain(copy["title"]) == "Haute-Commissaire aux droits de l’homme"


def test_a_deadline_with_its_day_of_the_week_and_no_year_takes_the_year_that_fits() -> None:
    # A story that names a later date with its year, then "avant le vendredi 3 mai": the
    # Friday says the year (3 May 2030 is a Friday; a 3 May after 20 May 2030 would be 2031).
    text = (
        "Le procès reprendra le 20 mai 2030 à Mbabane.\n\n"
        "Écrivez avant le vendredi 3 mai, pour que votre lettre arrive avant le procès.\n"
    )
    assert str(imported_case(text)["deadline"]) == "2030-05-03"


def test_bodies_typed_without_accents_and_a_human_rights_centre_are_bodies() -> None:
    # A fax chain typed on a 7-bit keyboard: "Comision", no accents anywhere.
    text = (
        "ENVIAR A:\n\n"
        "  Lic. Pedro Example Ruiz\n"
        "  Secretario de Gobernacion\n"
        "  Bucareli 99, Col. Juarez\n"
        "  06699 Mexico D.F., MEXICO\n"
        "  Fax: 00 52 5 555 01 01\n\n"
        "CON COPIA A:\n\n"
        "  Comision Estatal de Derechos Humanos\n"
        "  Avenida Ejemplo 12\n"
        "  29000 Tuxtla Gutierrez, Chiapas, MEXICO\n"
        "  Fax: 00 52 961 555 01 02\n\n"
        '  Centro de Derechos Humanos "Example Ruiz"\n'
        "  Calle Ejemplo 14\n"
        "  29240 San Cristobal de Las Casas, Chiapas, MEXICO\n"
        "  Correo-e: centro@example.org\n"
    )
    recipients = _recipients(text)
    # A body written to as such is the recipient's name, an office (not also its organisation).
    copies = [(r["role"], r["name"], r.get("kind"), r.get("organisation")) for r in recipients[1:]]
    assert copies == [
        ("copy", "Comision Estatal de Derechos Humanos", "office", None),
        ("copy", 'Centro de Derechos Humanos "Example Ruiz"', "office", None),
    ]
    assert recipients[1]["fax"] == ["00 52 961 555 01 02"]
    assert recipients[2]["email"] == ["centro@example.org"]


def test_a_greeting_in_the_text_is_no_person_at_risk() -> None:
    # Named twice (a salutation field, then the model letter's opening): still a greeting.
    text = (
        "The poet Ana Example Ruiz was arrested on 2 March 2030 for her poems.\n\n"
        "Salutation: Your Excellency\n\n"
        "Your Excellency, I am writing to urge the release of the poet Ana Example Ruiz, "
        "held since 2 March 2030.\n"
    )
    people = [p.name for p in find_people(text, title=None, asks=[], not_people=[])[0]]
    assert people == ["Ana Example Ruiz"]


def test_a_write_in_line_in_the_spanish_of_spain_gives_the_languages() -> None:
    # "escribid" (the plural "you" of Spain) before the languages, in brackets after a heading.
    text = (
        "QUÉ PEDIMOS (escribid en castellano o en inglés, con educación y brevemente):\n\n"
        "  1. La liberación inmediata de los tres detenidos.\n\n"
        "Mandad los faxes antes del 30 de junio de 2030.\n"
    )
    assert imported_case(text)["languages"][:2] == ["es", "en"]


def test_an_office_of_a_body_in_spanish_is_a_body() -> None:
    text = (
        "Envíe sus llamamientos antes del 3 de mayo de 2030 a:\n\n"
        "Oficina en Honduras del Alto Comisionado para los Derechos Humanos\n"
        "Avenida Ejemplo 12\n"
        "Tegucigalpa, Honduras\n"
        "Correo-e: oficina@ohchr-example.org\n"
    )
    (office,) = _recipients(text)
    expected = "Oficina en Honduras del Alto Comisionado para los Derechos Humanos"
    # The body written to as such: its name, an office (not also its organisation).
    assert (office["name"], office.get("kind"), office.get("organisation")) == (
        expected,
        "office",
        None,
    )


def test_a_short_remark_after_a_blocks_fields_is_no_line_of_it() -> None:
    text = (
        "APPEALS TO:\n\n"
        "Ravi Example Perera\n"
        "Inspector General of Police\n"
        "Police Headquarters\n"
        "Colombo 1, Sri Lanka\n"
        "Fax: +94 11 555 0101\n\n"
        "Please pass appeals on to the source if possible.\n\n"
        "For further information, contact Ana Example, Example Group, Colombo 5, Sri Lanka, "
        "tel: +94 11 555 0199, e-mail: group@example.lk\n"
    )
    (police,) = _recipients(text)
    assert police["address"] == ["Colombo 1"]
    assert police["country"] == "Sri Lanka"


def test_a_slovenian_deadline_with_the_month_after_pred() -> None:
    text = (
        "Novinar Ana Example je bil aretiran 2. februarja 2030.\n\n"
        "PROSIMO, POŠLJITE POZIVE PRED 3. MARCEM 2030 NA NASLOVE:\n\n"
        "Minister za notranje zadeve\n"
        "Ivan Example Novak\n"
        "Primer ulica 5\n"
        "1000 Ljubljana\n"
        "E-pošta: minister@example.si\n"
    )
    assert str(imported_case(text)["deadline"]) == "2030-03-03"


def test_a_finnish_list_of_languages_wrapped_after_its_or() -> None:
    # "tai" ("or") at the line's end is no language (Estonian names Thai so), and
    # "suomeksi" on the next line is Finnish.
    text = (
        "Toimi viimeistään 3.5.2030.\n\n"
        "Kirjoita englanniksi, ranskaksi tai\n"
        "suomeksi. Voit käyttää mallikirjettä.\n"
    )
    assert imported_case(text)["languages"][:3] == ["en", "fr", "fi"]


def test_a_bodys_short_name_over_a_block_that_names_it_in_full_is_a_heading() -> None:
    text = (
        "Copies à :\n\n"
        "Ambassade du Népal (compétente pour la Belgique)\n\n"
        "S.E. Mme Sita Example Rai\n"
        "Ambassadrice\n"
        "Ambassade de la République fédérale démocratique du Népal\n"
        "12 rue Exemple\n"
        "1000 Bruxelles\n"
        "Belgique\n"
        "Courriel : embassy@mofa-example.np\n"
    )
    (copy,) = _recipients(text)
    assert (
        _plain(copy["organisation"]) == "Ambassade de la République fédérale démocratique du Népal"
    )
    assert copy["address"] == ["12 rue Exemple", "1000 Bruxelles"]


def test_the_same_person_again_in_the_model_letter_is_one_recipient() -> None:
    # A Dutch page: the block with "Aanspreking:" (its greeting), then the model letter's
    # inside address naming the same president with a courtesy word.
    text = (
        "Schrijf vóór 15 juni 2030 naar:\n\n"
        "Rosa Example Cruz\n"
        "President of the Republic of Example\n"
        "Example Palace\n"
        "1005 Example City\n"
        "Filipijnen\n"
        "Aanspreking: Your Excellency\n"
        "E-mail: office@president-example.ph\n\n"
        "Voorbeeldbrief:\n\n"
        "H.E. Rosa Example Cruz\n"
        "President of the Republic of Example\n"
        "Example Palace\n"
        "1005 Example City\n"
        "PHILIPPINES\n\n"
        "Your Excellency,\n\n"
        "I am writing to you about the arrest of Ana Example.\n"
    )
    (president,) = _recipients(text)
    assert president["name"] == "Rosa Example Cruz"
    assert _plain(president["salutation"]) == "Your Excellency"
    assert president["address"] == ["Example Palace", "1005 Example City"]


def test_a_slovenian_excellency_before_a_name_is_a_courtesy_not_the_name() -> None:
    """Slovenian writes "ekscelenca" (not the Croatian "ekscelencija") and shortens it to
    "Nj. eksc.": the copy's block names the ambassador and his office, not only the embassy."""
    text = (
        "PIŠITE TAKOJ v angleščini ali v svojem jeziku:\n"
        "- pozovite oblasti, naj izpustijo zaprte novinarje.\n\n"
        "PROSIMO, POŠLJITE POZIVE NA NASLOVE:\n\n"
        "Minister of Justice\nAna Example\nMinistry of Justice\n1 Example Street\n"
        "Capital City\nNagovor: Dear Minister\n\n"
        "KOPIJE NA:\n"
        "Veleposlaništvo Republike Primer v Sloveniji\n"
        "Nj. eksc. Boris Primerov\nVeleposlanik\nVeleposlaništvo Republike Primer\n"
        "Tomšičeva 99\n1000 Ljubljana\n"
    )
    copy = next(r for r in _recipients(text) if r["role"] == "copy")
    assert (copy["name"], copy["title"]) == ("Nj. eksc. Boris Primerov", "Veleposlanik")
