"""Round 37e: the publisher asks for a copy (or tells how to leave its list) in a sentence that
ends in a colon, its e-mail alone on the line below, under the last recipient: that e-mail is
the publisher's, no recipient's. Invented texts."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from hostile.guards import hard_timeout
from importer_reading import recipients as _recipients

_HEAD_EN = """URGENT: stop the deportation of Selka Marvo

Selka Marvo, a nurse, is to be deported to Lorvania tomorrow morning on flight LV 204.
She fears arrest on arrival. Please fax and e-mail today.

Please write to:

Mr Tavish Morrendale
Minister for Borders
Home Department
12 Quay Road
Coldwater CW1 4DF
Fax: 020 5555 0101
Email: borders.minister@home.example

Ms Odile Varnet
Chief Executive
Lorvan Air
Harbour Road
PO Box 4410, Lorvan City
Fax: 00 99 20 555 0202
Email: customer.care@lorvanair.example
"""


def test_copy_request_with_its_email_on_the_line_below_en() -> None:
    text = (
        _HEAD_EN
        + """
Do forward a copy of your letter to our campaign team:
free.selka@mailbox.example

Model letter:

Dear Minister,

I am writing about Selka Marvo.
"""
    )
    recipients = _recipients(text)
    last = [r for r in recipients if "Varnet" in str(r.get("name"))]
    assert last, recipients
    assert last[0].get("email") == ["customer.care@lorvanair.example"]
    assert not any("free.selka" in str(r.get("email")) for r in recipients)


def test_leave_the_list_with_its_email_on_the_line_below_nl() -> None:
    text = (
        _HEAD_EN
        + """
Wil je geen berichten meer, stuur dan een e-mail naar:
lijst-afmelden@groepen.example
"""
    )
    recipients = _recipients(text)
    last = [r for r in recipients if "Varnet" in str(r.get("name"))]
    assert last, recipients
    assert last[0].get("email") == ["customer.care@lorvanair.example"]


def test_copy_request_with_its_email_below_is_no_recipient_ru() -> None:
    text = (
        _HEAD_EN
        + """
Копии писем и полученные ответы присылайте нам:
kopii.pisem@pochta.example
"""
    )
    recipients = _recipients(text)
    assert not any("Копии" in str(r.get("name")) for r in recipients)
    assert not any("kopii.pisem" in str(r.get("email")) for r in recipients)
    last = [r for r in recipients if "Varnet" in str(r.get("name"))]
    assert last and last[0].get("email") == ["customer.care@lorvanair.example"]


def test_office_named_before_a_colon_keeps_its_email_below() -> None:
    # "Copies to the ambassador:" names an office: the e-mail below may be a recipient's.
    text = (
        _HEAD_EN
        + """
Copies to Lorvan Air, Head Office:
head.office@lorvanair.example
"""
    )
    recipients = _recipients(text)
    assert any("head.office@lorvanair.example" in str(r.get("email")) for r in recipients)


def test_long_line_before_an_email_is_linear() -> None:
    text = _HEAD_EN + "\n" + "a b " * 5000 + ":\nx@y.example\n"
    with hard_timeout(30):
        _recipients(text)


# Round 37e (2): a group's name that no table knows, alone on its line after a blank line
# under a finished block, with its own address or e-mail right below: the next recipient.

_COPIES = """
Urgent: Marta Quenel, a union leader, received death threats on 3 March 2026.

Please write to:

Sr. Ovidio Parlanti Ruz
Ministro del Interior
Avenida Central 220
Puerto Lindo, Lorvania
Fax: +99 21 555 0303
Correo: ministro@interior.example

Copias a:

Defensoría de los Habitantes
Calle Mayor 44
Puerto Lindo, Lorvania
Correo: defensoria@habitantes.example

"""


def test_acronym_of_a_union_over_its_email_is_a_recipient_es() -> None:
    text = _COPIES + "SINTRALOR\nCorreo: sintralor@sindicato.example\n\nModelo de carta\n"
    recipients = _recipients(text)
    defensoria = [r for r in recipients if "Defensor" in str(r.get("name"))]
    assert defensoria and defensoria[0].get("email") == ["defensoria@habitantes.example"]
    assert any(
        "SINTRALOR" in str(r.get("name")) and r.get("email") == ["sintralor@sindicato.example"]
        for r in recipients
    )


def test_network_name_over_its_street_is_a_recipient_de() -> None:
    text = (
        _COPIES
        + "KOLVANET\nCalle 9 No. 3-11, Puerto Lindo, Lorvania\nE-Mail: kolvanet@netz.example\n"
    )
    recipients = _recipients(text)
    defensoria = [r for r in recipients if "Defensor" in str(r.get("name"))]
    assert defensoria and len(defensoria[0].get("address") or []) == 2
    assert any("KOLVANET" in str(r.get("name")) for r in recipients)


def test_note_over_an_email_opens_no_recipient() -> None:
    # A note in small letters is no name: the block's lines are read as before.
    text = _COPIES + "Letters in Spanish are preferred\nCorreo: otra@habitantes.example\n"
    names = [str(r.get("name")) for r in _recipients(text)]
    assert not any("Letters" in n for n in names)


# Round 37e (3): a recipient's comma run that ends with a fax or e-mail label and its colon,
# the value wrapped onto the next line.

_PROSE = """Urgent appeal: the lawyer Idris Valtane was arrested on 3 March 2026 in Port Selin and
has been held incommunicado since then.

Please send appeals to:

"""


def test_fax_label_at_the_end_of_a_run_takes_the_number_below_fr() -> None:
    text = (
        _PROSE
        + "M. Aurel Dambrin, Ministre de l'Intérieur, 12 avenue du Port, 1001 Port Selin, "
        + "Lorvanie, Fax :\n+ 99 71 555 888, Email : interieur@lorvanie.example\n"
        + "\nMerci de votre action.\n"
    )
    recipients = _recipients(text)
    assert len(recipients) == 1, recipients
    assert recipients[0].get("fax") == ["+99 71 555 888"]
    assert recipients[0].get("email") == ["interieur@lorvanie.example"]


def test_fax_label_after_a_dash_takes_the_number_below_ro() -> None:
    text = (
        _PROSE
        + "Președintele Republicii, Aurel Dambrin, Palatul Prezidențial, 1001 Port Selin, "
        + "Lorvania – fax:\n+99 71 555 721 – formulă de adresare: Domnule Președinte\n"
    )
    recipients = _recipients(text)
    assert len(recipients) == 1, recipients
    assert recipients[0].get("fax") == ["+99 71 555 721"]


def test_label_at_the_end_of_a_sentence_joins_nothing() -> None:
    # "by fax:" in a sentence is no run's label: the number below is read as before.
    line = "Please send your appeals by fax:\n+99 71 555 721\n"
    from appeal_tui.core.importer.layout import document_lines

    texts = [ln.text for ln in document_lines(line, join_items=True)]
    assert "+99 71 555 721" in texts


# Mend 37e: the reviewer's texts (invented) that main reads right and round 37e read wrong.

_OWN_EMAIL = """URGENT ACTION
Student Mira Dolan detained

Write to:

Prosecutor General Ivo Marek
Office of the Prosecutor General
Main Street 22
Freedonia City, Freedonia
{sentence}
prosecutor@gov.fd
"""


def _own_email(sentence: str) -> list[Any]:
    recipients = _recipients(_OWN_EMAIL.format(sentence=sentence))
    return [r.get("email") for r in recipients if "Marek" in str(r.get("name"))]


def test_sentence_over_the_recipients_own_email_keeps_it_en() -> None:
    # No copy asked, no "us": the sentence introduces the prosecutor's own address.
    assert _own_email("Letters can also be sent by email:") == [["prosecutor@gov.fd"]]
    assert _own_email("You can also write to him by email:") == [["prosecutor@gov.fd"]]


def test_sentence_over_the_recipients_own_email_keeps_it_pt_pl_ru() -> None:
    for sentence in (
        "pode também escrever-lhe por correio eletrónico:",
        "listy można wysyłać także pocztą elektroniczną:",
        "письма принимаются также по электронной почте:",
    ):
        assert _own_email(sentence) == [["prosecutor@gov.fd"]], sentence


def test_copy_to_the_campaign_below_the_recipients_own_email() -> None:
    # The recipient keeps its e-mail; the campaign's copy address goes to no one.
    text = _OWN_EMAIL.format(sentence="You can also write to him by email:") + (
        "\nPlease send a copy of your fax/email to the campaign:\nfree.mira@mailbox.example\n"
    )
    recipients = _recipients(text)
    assert [r.get("email") for r in recipients] == [["prosecutor@gov.fd"]], recipients


def test_empty_fax_label_does_not_take_the_next_numbered_recipient() -> None:
    # "2." is a list's number, no fax: the run's join stops there.
    text = """URGENT ACTION
Blogger Imre Szabo sentenced

Appeals to:
1. President Ana Vel, Presidential Palace, Palace Road 1, Freedonia City. Fax:
2. Minister of Justice Pal Horvath, Ministry of Justice, Kossuth ter 4, Freedonia City. \
Email: minister@justice.fd
"""
    recipients = _recipients(text)
    assert [r.get("name") for r in recipients] == ["Ana Vel", "Pal Horvath"], recipients
    assert recipients[0].get("email") is None
    assert recipients[1].get("email") == ["minister@justice.fd"]


def test_empty_fax_label_does_not_take_the_next_numbered_recipient_html() -> None:
    html = (
        "<html><body><h1>URGENT ACTION</h1><h2>Blogger Imre Szabo sentenced</h2>"
        "<p>Appeals to:</p><p>1. President Ana Vel, Presidential Palace, Palace Road 1, "
        "Freedonia City, Freedonia. Fax:<br>\n2. Minister of Justice Pal Horvath, Ministry of "
        "Justice, Kossuth ter 4, Freedonia City. Email: minister@justice.fd</p></body></html>"
    )
    from appeal_tui.core.importer import read_document

    doc = read_document(html.encode())
    case = import_document(doc, source="x.html").case
    names = [r.get("name") for r in case["recipients"] if r.get("key") != "to-be-completed"]
    assert names == ["Ana Vel", "Pal Horvath"], case["recipients"]
