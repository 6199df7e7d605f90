"""Round 12 of the importer (session 11): mechanisms chosen by the causes of next51-next70's
first-sight misses (docs/importer.md, "Round 12"), each tested on a short text of our own in
another language or layout than the text that showed the miss. Each test asserts what a reader
of the case would see."""

from __future__ import annotations

from importer_support import found_recipients as _recipients
from importer_support import imported_case
from importer_support import plain as _plain


def test_a_contact_card_as_a_definition_list_is_one_block_of_labelled_lines() -> None:
    # A French page's card: terms that are labels, each with its value.
    text = (
        "<html><body><p>Écrivez avant le 3 mars 2027.</p><h3>Écrire à</h3>"
        "<dl><dt>Nom</dt><dd>Ana Example Vargas</dd>"
        "<dt>Fonction</dt><dd>Ministre de la Justice</dd>"
        "<dt>Adresse</dt><dd>12 rue Exemple<br>1000 Exempleville</dd>"
        "<dt>Courriel</dt><dd>cabinet@justice-example.org</dd>"
        "<dt>X</dt><dd>@justice_ex</dd>"
        "<dt>Formule d’appel</dt><dd>Madame la Ministre</dd></dl>"
        "<h3>Copie à</h3><p>Rien.</p></body></html>"
    )
    (minister,) = _recipients(text)
    assert minister["name"] == "Ana Example Vargas"
    assert _plain(minister["title"]) == "Ministre de la Justice"
    assert minister["address"] == ["12 rue Exemple", "1000 Exempleville"]
    assert minister["email"] == ["cabinet@justice-example.org"]
    assert minister["twitter"] == "@justice_ex"
    assert _plain(minister["salutation"]) == "Madame la Ministre"


def test_a_field_in_brackets_wrapped_over_two_lines_is_one_field() -> None:
    # An English block whose two-language greeting wraps inside its bracket.
    text = (
        "Please write to:\n\n"
        "MINISTER OF THE INTERIOR\n"
        "Ben Example Hoxha\n"
        "Ministry of the Interior\n"
        "Example Street 9\n"
        "Tirana\n"
        "(Salutation: Dear Minister / Estimado Señor\n"
        "Ministro)\n"
        "Fax: +355 4 555 0101\n"
        "Email: interior@example.org\n"
    )
    (minister,) = _recipients(text)
    assert minister["name"] == "Ben Example Hoxha"
    assert minister["fax"] == ["+355 4 555 0101"]
    assert minister["email"] == ["interior@example.org"]
    assert "Estimado Señor Ministro" in str(minister["salutation"])


def test_a_seat_under_the_name_is_an_address_line_not_the_body() -> None:
    text = (
        "Write to:\n\n"
        "Prime Minister\n"
        "Cara Example Leka\n"
        "Official Residence\n"
        "1 Example Road\n"
        "Exampleville\n"
        "Email: pm@example.org\n"
    )
    (premier,) = _recipients(text)
    assert premier["title"] == "Prime Minister"
    assert "organisation" not in premier
    assert premier["address"][0] == "Official Residence"


def test_the_publishers_contact_strip_is_no_line_of_a_block() -> None:
    # An Italian group's footer right under the last block: address, phone and e-mail on one
    # line parted by middle dots.
    text = (
        "Scrivete a:\n\n"
        "Ministro della Giustizia\n"
        "Dario Example Rossi\n"
        "Via Esempio 10\n"
        "00100 Esempiopoli\n"
        "Email: ministro@example.org\n"
        "Gruppo Esempio · Via Altra 7 · 27100 Pavia · Tel. 0382 555 123 · gruppo@example.org\n"
    )
    (minister,) = _recipients(text)
    assert minister["address"] == ["Via Esempio 10", "00100 Esempiopoli"]


def test_a_greeting_cut_after_its_article_goes_on() -> None:
    # A Dutch block in a narrow column: "Geachte heer de" / "Minister".
    text = (
        "Schrijf naar:\n\n"
        "Minister van Justitie\n"
        "Jan Voorbeeld\n"
        "Voorbeeldstraat 9\n"
        "1000 Voorbeeldstad\n"
        "Aanhef: Geachte heer de\n"
        "Minister\n"
        "E-mail: minister@example.org\n"
    )
    (minister,) = _recipients(text)
    assert _plain(minister["salutation"]) == "Geachte heer de Minister"
    assert minister["email"] == ["minister@example.org"]


def test_an_email_broken_at_its_own_hyphen_keeps_it() -> None:
    text = (
        "Write to:\n\n"
        "Minister of Justice\n"
        "Dan Example Moore\n"
        "Example Street 9\n"
        "Exampleville\n"
        "Email: office@justice-\n"
        "example.org\n"
    )
    (minister,) = _recipients(text)
    assert minister["email"] == ["office@justice-example.org"]


def test_lines_wrapped_in_a_narrow_column_go_on() -> None:
    # A Spanish box: a mission's name going on in lower case, a name broken at its hyphen.
    text = (
        "Envíen llamamientos a:\n\n"
        "Ministra del Interior\n"
        "Sra. Ana Example-\n"
        "Vargas\n"
        "Ministerio del Interior\n"
        "Calle Ejemplo 4\n"
        "Ciudad Ejemplo\n"
        "Tratamiento: Señora Ministra\n\n"
        "Copia a:\n"
        "Misión Permanente de la República\n"
        "de Ejemplo ante las Naciones Unidas\n"
        "Chemin Exemple 15\n"
        "1202 Genève\n"
        "Fax: +41 22 555 0808\n"
    )
    minister, mission = _recipients(text)
    assert minister["name"] == "Sra. Ana Example-Vargas"
    assert _plain(minister["salutation"]) == "Señora Ministra"
    assert mission["name"] == (
        "Misión Permanente de la República de Ejemplo ante las Naciones Unidas"
    )
    assert mission["address"] == ["Chemin Exemple 15", "1202 Genève"]


def test_a_numbered_heading_no_table_lists_is_the_office_over_its_block() -> None:
    text = (
        "Write to:\n\n"
        "1) Keeper of the Royal Seals\n"
        "Lord Example Hale\n"
        "Example Castle\n"
        "Exampleton\n"
        "Fax: +44 20 5550 1234\n"
        "Salutation: Dear Keeper\n\n"
        "2) Minister of Justice\n"
        "Dan Example Moore\n"
        "Example Street 9\n"
        "Exampleville\n"
        "Fax: +44 20 5550 9876\n"
    )
    keeper, minister = _recipients(text)
    assert (keeper["name"], keeper["title"]) == ("Lord Example Hale", "Keeper of the Royal Seals")
    assert minister["name"] == "Dan Example Moore"


def test_copies_to_the_embassies_in_your_respective_countries_are_the_generic_copy() -> None:
    text = (
        "Écrivez à :\n\n"
        "Ministre de la Justice\n"
        "Marc Exemple Dupont\n"
        "BP 12\n"
        "Lomé, Togo\n"
        "Courriel : cabinet@justice-example.tg\n\n"
        "Écrivez aussi aux ambassades du Togo dans vos pays respectifs.\n"
    )
    minister, embassy = _recipients(text)
    assert minister["name"] == "Marc Exemple Dupont"
    assert embassy["role"] == "copy"
    assert embassy["name"].startswith("Diplomatic representatives of Togo")


def test_a_greeting_at_a_cards_foot_is_its_salutation() -> None:
    # Two cards side by side as a text layer gives them, each greeting without a label.
    text = (
        "Write to:\n"
        "H.E. Mr Tom Example\n"
        "Ambassador\n"
        "Embassy of Exampleland\n"
        "1 Example Terrace\n"
        "London W1 1AA\n"
        "Email: embassy@example.org\n"
        "Dear Ambassador\n\n"
        "Copy to:\n"
        "Ms Jane Example\n"
        "Minister of State\n"
        "Foreign Office\n"
        "King Example Street\n"
        "London SW1A 2AH\n"
        "Email: minister@example.org\n"
        "Dear Minister\n\n"
        "Postage is 1.70 for a letter.\n"
    )
    ambassador, minister = _recipients(text)
    assert ambassador["salutation"] == "Dear Ambassador"
    assert minister["salutation"] == "Dear Minister"


def test_an_office_over_a_name_with_a_courtesy_word_is_no_second_name() -> None:
    # A Portuguese office in capitalised words (no table's) over a name opening with a rank.
    text = (
        "Destinatários:\n\n"
        "Líder Supremo da Revolução\n"
        "Ayatollah Exemplo Rahimi\n"
        "Rua Exemplo 5\n"
        "Teerão\n"
        "E-mail: leader@example.org\n"
        "Tratamento: Your Excellency\n"
    )
    (leader,) = _recipients(text)
    assert _plain(leader["title"]) == "Líder Supremo da Revolução"
    assert "Exemplo Rahimi" in leader["name"]


def test_a_comma_runs_office_goes_on_over_its_commas() -> None:
    text = (
        "Send copies to:\n\n"
        "- Mr Sam Example, Minister of Culture, of Sport and of Tourism, PO Box 7, Exampletown, "
        "Ghana – email: culture@example.org\n"
    )
    (minister,) = _recipients(text)
    assert minister["title"] == "Minister of Culture, of Sport and of Tourism"


def test_a_signature_under_a_sign_off_is_no_recipient() -> None:
    text = (
        "Please write to:\n\n"
        "Minister of Justice\n"
        "Dan Example Moore\n"
        "Example Street 9\n"
        "Exampleville\n"
        "Email: justice@example.org\n\n"
        "Best wishes,\n\n"
        "Sam Writer\n"
        "Action Coordinator\n"
        "Example Group\n"
        "PO Box 5, Exampletown 2000\n"
        "Ph: 555 0101 | group@example.org\n"
    )
    names = [r["name"] for r in _recipients(text)]
    assert names == ["Dan Example Moore"]


def test_an_office_and_a_body_whose_word_comes_second_above_the_name() -> None:
    text = (
        "Copies to:\n\n"
        "Chairperson, National Commission for Example Affairs\n"
        "Lee Example Tan\n"
        "Example Street 4\n"
        "Exampleville 1000\n"
        "Email: info@commission-example.org\n"
    )
    (chair,) = _recipients(text)
    assert chair["title"] == "Chairperson"
    assert chair["organisation"] == "National Commission for Example Affairs"


def test_organisations_are_no_people_at_risk() -> None:
    text = (
        "AZIONE URGENTE\n\n"
        "Il giornalista Dario Example Rossi è stato arrestato il 3 marzo. Lo hanno detto Dario "
        "Example Rossi e Sezione Italiana di Amnistía Internacional, e Naciones Unidas.\n"
    )
    people = [p.get("name") for p in imported_case(text)["people"]]
    assert people == ["Dario Example Rossi"]
