"""Mends of the merge of session 24's importer rounds (merge24): tests on texts of our own."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import contact_strip


def test_a_run_that_sends_is_no_publishers_strip() -> None:
    # A recipient's run parted by bars or middle dots opens with a verb that sends: never the
    # publisher's contact strip (whose e-mail domains would then be the publisher's).
    assert not contact_strip(
        "Skriv till justitieministern Eva Prov | Justitiedepartementet | Storgatan 5 | "
        "10333 Stad | Frilandia | e-post: eva@just.example"
    )
    assert not contact_strip(
        "Napište ministrovi Janu Zkouškovi · Ministerstvo spravedlnosti · Vyšehradská 16 · "
        "128 10 Praha 2 · Česko · e-mail: min@just.example.cz"
    )
    # A labelled salutation among the parts is a recipient's too.
    assert not contact_strip(
        "Eva Prov | Justitiedepartementet | Storgatan 5 | 10333 Stad | e-post: eva@just.example"
        " | Salutation: Dear Minister"
    )
    # The publisher's own strip stays one.
    assert contact_strip(
        "Amnesty Freedonia · 8 Main Street · 10115 Capital · Tel. +99 30 1234567 · "
        "info@amnesty.example"
    )


def _blocks(text: str, language: str) -> list[list[str]]:
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    return [b.lines for b in paragraph_blocks(text, language)]


def test_a_dash_that_opens_the_next_recipient_stays_a_dash() -> None:
    # Round 24o's signs read as commas must leave the dash before the next recipient's "to".
    blocks = _blocks(
        "Schrijf aan de minister van Justitie, Eva Prov – Ministerie van Justitie, Wetstraat 5, "
        "1001 Hoofdstad, Freedonia – aanhef: Geachte minister – aan de procureur-generaal, "
        "Max Test – Parket, Hofweg 9, 1002 Hoofdstad, Freedonia – aanhef: Geachte heer.",
        "nl",
    )
    assert len(blocks) == 2
    assert blocks[1][:2] == ["procureur-generaal", "Max Test"]


def test_a_dash_between_whom_and_the_address_with_and_after_a_bracket() -> None:
    # "(greeting), together with Office, Name — address": the "and" after the bracket and the
    # dash after the next one's name part two recipients.
    blocks = _blocks(
        "Tafadhali mwandikie Waziri wa Sheria, Mhe. Juma Mfano — Wizara ya Sheria, S.L.P. 9050, "
        "Dodoma, Tanzania — barua pepe: waziri@sheria.example (salamu: Mheshimiwa Waziri), "
        "pamoja na Mkuu wa Polisi, Bw. Ali Jaribio — Makao Makuu ya Polisi, S.L.P. 961, Dodoma, "
        "Tanzania — barua pepe: mkuu@polisi.example (salamu: Ndugu Mkuu).",
        "sw",
    )
    assert len(blocks) == 2
    assert blocks[1][1] == "Bw. Ali Jaribio"


def test_a_middle_dot_between_letters_is_no_break() -> None:
    from appeal_tui.core.importer.run_parts import stand_ins_as_commas

    text = (
        "Escriviu a la degana Marta Prova · Il·lustre Col·legi de l'Advocacia de Girona · "
        "Carrer Nou 12 · 17001 Girona · Espanya"
    )
    assert stand_ins_as_commas(text) == (
        "Escriviu a la degana Marta Prova, Il·lustre Col·legi de l'Advocacia de Girona, "
        "Carrer Nou 12, 17001 Girona, Espanya"
    )
    # Reaching this line is the test: linear on a long line of letters and dots.
    stand_ins_as_commas("a·b" * 70000)


def test_a_bracket_of_one_field_does_not_complete_a_recipient_without_address() -> None:
    blocks = _blocks(
        "Write to the Minister of the Interior Hana Vzorek (fax: +99 7 654 321), Ministry of the "
        "Interior, 8 Liberty Road, Capital City 2002, Freedonia. Salutation: Dear Minister",
        "en",
    )
    assert len(blocks) == 1
    assert "8 Liberty Road" in blocks[0]
    blocks = _blocks(
        "Schreiben Sie an die Justizministerin Eva Probe (E-Mail: ministerin@justiz.example), "
        "Justizministerium, Museumstraße 9, 1070 Wien, Österreich.",
        "de",
    )
    assert len(blocks) == 1
    assert "Museumstraße 9" in blocks[0]


def test_czech_dative_names_come_back_only_when_sure() -> None:
    from appeal_tui.core.importer.name_cases import latin_nominative

    # A mobile "e" ("Pavel" -> "Pavlu", "Horáček" -> "Horáčkovi"): kept as printed.
    assert latin_nominative("Pavlu Horáčkovi", "cs") == "Pavlu Horáčkovi"
    # An adjectival surname reads back by its own row.
    assert latin_nominative("Martinu Veselému", "cs") == "Martin Veselý"
    assert latin_nominative("Jiřímu Malému", "cs") == "Jiří Malý"
    # A plain stem as before; a consonant given name is no "-i" one.
    assert latin_nominative("Janu Dvořákovi", "cs") == "Jan Dvořák"
    assert latin_nominative("Karimu Rahimovovi", "cs") == "Karim Rahimov"


def test_the_and_between_bracketed_recipients_is_the_documents_own() -> None:
    # Swahili "na" ("and") is Czech/Polish "na" ("to, at"): the e-mail after it stays.
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    blocks = paragraph_blocks(
        "Napište ministru vnitra Janu Vzorovi (Ministerstvo vnitra, Nad Štolou 3, 170 34 Praha 7, "
        "Česko) na adresu e-mailu úřadu (podatelna@mv.example.cz).",
        "cs",
    )
    assert [b.contacts.email for b in blocks] == [["podatelna@mv.example.cz"]]


def test_a_directorate_is_no_at_the_address() -> None:
    blocks = _blocks(
        "Escriba al director de aduanas, Luis Prueba, en la Dirección General de Aduanas, "
        "Calle 3 No. 5-10, 050001 Medellín, Colombia, correo: dir@aduanas.example.co",
        "es",
    )
    assert blocks and "Dirección General de Aduanas" in blocks[0]


def test_a_story_subject_after_and_is_no_recipient() -> None:
    blocks = _blocks(
        "Write to Governor Olaf Beispiel (Governor's Office, 4 Hill Road, Town 2000, Freedonia) "
        "and the family's spokesman, Rolf Test (tel: +99 555 4321), will forward the letters.",
        "en",
    )
    assert len(blocks) == 1
    # An office after the "and" is the next recipient, whatever follows.
    blocks = _blocks(
        "Write to Governor Olaf Beispiel (Governor's Office, 4 Hill Road, Town 2000, Freedonia) "
        "and the Minister of Justice Eva Vzor (Ministry of Justice, 2 Law Street, Capital 1000, "
        "Freedonia), asking them to release him.",
        "en",
    )
    assert len(blocks) == 2


def test_a_complete_run_ending_in_a_sign_does_not_take_the_next_story_paragraph() -> None:
    from appeal_tui.core.importer import import_document, read_document

    text = (
        "URGENT ACTION\n\nSTUDENT DETAINED\n\nThe student Ivo Probe was arrested on 4 June 2026."
        "\n\nPlease write to the Minister of the Interior Lea Beispiel, Ministry of the Interior, "
        "7 Palace Road, Capital City 3003, Freedonia, email: lea@interior.example |\n\n"
        "His lawyer Otto Muster, Muster & Partners, 9 Court Street, Capital City 3004, "
        "Freedonia, says he has not been charged.\n"
    )
    case = import_document(read_document(text.encode()), source="appeal.txt").case
    (recipient,) = case["recipients"]
    assert "9 Court Street" not in recipient.get("address", [])


def test_finnish_last_word_read_back_only_after_an_office() -> None:
    from appeal_tui.core.importer.name_cases import latin_nominative

    assert latin_nominative("Lucie Camille", "fi") == "Lucie Camille"
    assert latin_nominative("Lucie Camille", "fi", "Oikeusministeriö") == "Lucie Camille"
    assert latin_nominative("Omar Khalidille", "fi", "oikeusministeri") == "Omar Khalid"
    assert latin_nominative("Liisa Mäkiselle", "fi", "sisäministeri") == "Liisa Mäkinen"
