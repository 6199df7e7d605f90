"""Round 10b of the importer (session 9): mechanisms found on next31-next40, each tested on a
short text of our own in another language or layout than the text that showed the miss. Each
test asserts what a reader of the case (or of the extracted text) would see."""

from __future__ import annotations

from importer_support import imported_case as _case
from importer_support import imported_recipients as _recipients

from appeal_tui.core.importer.text_extract import extract_text


def test_a_forwarded_mail_s_headers_and_a_list_footer_are_no_recipients() -> None:
    # German mail client headers over the text, a mailing list's footer under it.
    text = (
        "Von: Gruppe Beispiel <gruppe@example.org>\n"
        "An: liste@lists.example.net\n"
        "Datum: 2. März 2026\n"
        "Betreff: Eilaktion für Ana Example\n\n"
        "Bitte schreiben Sie an:\n\n"
        "Ministra de Justicia\n"
        "Sra. Ana Example Ruiz\n"
        "Calle Example 4\n"
        "Lima, Peru\n"
        "Correo: ministra@example.gob.pe\n"
        "Anrede: Señora Ministra\n\n"
        "__________________\n"
        "liste mailing list\n"
        "Zum Abmelden: liste-leave@lists.example.net\n"
    )
    (minister,) = _recipients(text)
    assert minister["name"] == "Sra. Ana Example Ruiz"
    assert minister["email"] == ["ministra@example.gob.pe"]


def test_labels_a_scanner_misread_are_read() -> None:
    # "C0PIES T0:" and "Sa1utation:" with digits for letters, a typewriter's "./." mark.
    text = (
        "PLEASE SEND APPEALS T0:\n\n"
        "Minister of the Interior\n"
        "Mr Tomas Example\n"
        "Ministry of the Interior\n"
        "Avenida 5\n"
        "Asuncion, Paraguay\n"
        "Sa1utation: Dear Minister\n\n"
        "C0PIES T0:\n\n"
        "Ombudsman\n"
        "Ms Elena Example                          ./.\n"
    )
    minister, ombudsman = _recipients(text)
    assert minister["salutation"] == "Dear Minister"
    assert minister["address"] == ["Avenida 5", "Asuncion"]
    assert ombudsman["role"] == "copy"
    assert ombudsman["name"] == "Ms Elena Example"


def test_bullets_whose_fields_are_on_the_lines_below_them() -> None:
    # One bullet per recipient, its e-mail on the next line or wrapped after the label.
    text = (
        "Addresses:\n\n"
        "· Ms. Ana Example, Minister of Justice, Ministry of Justice. E-mail:\n"
        "ana@justice-example.gov; X: @JusticeEx\n"
        "· Mr. Luis Example, Attorney General.\n"
        "E-mail: ag@example.gov; Fax: +1 555 0100 200\n"
    )
    minister, attorney = _recipients(text)
    assert minister["email"] == ["ana@justice-example.gov"]
    assert minister["twitter"] == "@JusticeEx"
    assert attorney["title"] == "Attorney General"
    assert attorney["email"] == ["ag@example.gov"]
    assert attorney["fax"] == ["+1 555 0100 200"]


def test_a_japanese_page_with_full_width_labels() -> None:
    text = (
        "■要請内容\n当局に対し、釈放を求めてください。\n\n"
        "■宛先\n"
        "英語または日本語で書いてください。手紙は2026年3月10日までに届くようにお送りください。\n\n"
        "宛先1：大統領\n"
        "Maria Example\n"
        "President of the Republic\n"
        "Palacio Example\n"
        "Asuncion\n"
        "Paraguay\n"
        "メール：president@example.gov.py\n"
        "書き出し：Dear President\n\n"
        "■コピー送付先\n"
        "駐日パラグアイ共和国大使館\n"
        "〒102-0082 東京都千代田区一番町2-1\n"
        "ファクス：03-5555-0100\n"
    )
    case = _case(text)
    president, embassy = case["recipients"]
    assert president["name"] == "Maria Example"
    assert president["email"] == ["president@example.gov.py"]
    assert president["salutation"] == "Dear President"
    assert embassy["role"] == "copy"
    assert embassy["name"] == "駐日パラグアイ共和国大使館"
    assert embassy["fax"] == ["03-5555-0100"]
    assert case["languages"] == ["en", "ja"]
    assert str(case["deadline"]) == "2026-03-10"


def test_accordion_headings_and_contacts_without_labels() -> None:
    # A <summary> over each recipient names it in the page's language; the contacts are list
    # items with only an icon before them.
    text = (
        "<h2>Skriv till</h2>"
        "<details><summary>Justitieministern</summary>"
        "<p>Ana Example<br>Minister of Justice<br>Ministry of Justice<br>Calle 5<br>"
        "Lima<br>Peru</p><ul><li><span class='icon-mail'></span>ana@example.gob.pe</li>"
        "<li><span class='icon-fax'></span><span class='visually-hidden'>Fax</span>"
        " +51 1 555 0100</li></ul>"
        "<p><strong>Hälsningsfras:</strong> Dear Minister</p></details>"
        "<p>Tack!</p>"
    )
    (minister,) = _recipients(text)
    assert minister["title"] == "Minister of Justice"
    assert minister["email"] == ["ana@example.gob.pe"]
    assert minister["fax"] == ["+51 1 555 0100"]


def test_a_recipient_named_in_a_sentence_and_reached_in_the_next() -> None:
    text = (
        "Please write a polite letter, an e-mail or a fax this week to the Chief of Police,"
        " Daniel Example Mora.\n\n"
        "Begin your letter ‘Dear Chief of Police’. You can email him at chief@police-example"
        ".gov or fax him on +1 555 0100 300. Letters by post go to: National Police"
        " Headquarters, Avenue Example 3, Port Example, Jamaica.\n\n"
        "Thank you for acting.\n"
    )
    (chief,) = _recipients(text)
    assert chief["name"] == "Daniel Example Mora"
    assert chief["email"] == ["chief@police-example.gov"]
    assert chief["fax"] == ["+1 555 0100 300"]
    assert chief["salutation"] == "Dear Chief of Police"
    assert chief["country"] == "Jamaica"


def test_html_a_reader_does_not_see_is_dropped() -> None:
    text = (
        '<div style="display: none">Preview text for the inbox</div>'
        "<p hidden>Archived copy toolbar</p><p>Seen.</p>"
    )
    assert extract_text(text).text == "Seen."


def test_the_end_of_a_month_is_a_deadline() -> None:
    text = "Please write before the end of March 2027 to the Minister.\n"
    assert str(_case(text)["deadline"]) == "2027-03-31"


def test_a_person_named_once_with_who_they_are_after_the_name() -> None:
    text = (
        "Tomás Example Ruiz, un periodista de radio comunitaria, fue detenido el 3 de marzo "
        "de 2027 en Tegucigalpa. Su familia no sabe dónde está y teme que sea torturado.\n\n"
        "Escriban a:\n\nMinistro de Seguridad\nSr. Pablo Example\nTegucigalpa, Honduras\n"
        "Correo: ministro@example.gob.hn\n"
    )
    assert [p["name"] for p in _case(text)["people"]] == ["Tomás Example Ruiz"]
