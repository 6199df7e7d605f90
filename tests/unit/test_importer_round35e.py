"""Round 35e: a publisher's letterhead above the text's first sentence (its name, its
programme, its street and city, its contact strip), which no heading introduced and which
names no office and no person, is the sender's, no recipient. Invented texts."""

from __future__ import annotations

from hostile.guards import hard_timeout
from importer_reading import MINISTER_BLOCK
from importer_reading import names as _names
from importer_reading import recipients as _recipients

_BODY_EN = f"""
Dr. Oren Kastelby, a geologist at Varnholt University, was arrested on 2 March 2026 and is
held without charge. His family has not been allowed to see him.

ADDRESSES:

{MINISTER_BLOCK}"""


def test_letterhead_in_capitals_with_programme_and_street_is_no_recipient() -> None:
    text = (
        """Date: Mon, 2 Mar 2026 10:00:00 +0000
From: Scientists & Rights Committee <alerts@geo-rights.example>
Subject: ALERT 26-04

               SOCIETY OF GEOLOGISTS FOR RIGHTS
                 Scientists and Rights Committee
                     48 Harbour Lane NW
                     Coldwater, MD 20401

                ==============================
                 ALERT          No. 26-04
                                March 3, 2026
                ==============================

CASE:      Dr. Oren Kastelby, geologist
COUNTRY:   Lorvania
"""
        + _BODY_EN
    )
    names = _names(text)
    assert not any("Geologists" in n or "Committee" in n for n in names)
    assert any("Morrendale" in n for n in names)


def test_letterhead_contact_strip_of_a_network_is_no_recipient() -> None:
    text = (
        """Quillon Network Against Torture
Réseau Quillon · Red Quillon
Case postale 9 – 12 rue des Tilleuls – CH-1299 Genève 4 – Tel.: 022 555 00 00 / Fax: 022 555 00 01
E-mail: info@quillon.example / http://www.quillon.example

URGENT APPEAL

"""
        + _BODY_EN
    )
    recipients = _recipients(text)
    assert len(recipients) == 1
    assert "Morrendale" in str(recipients[0].get("name"))
    assert not any("rue des Tilleuls" in str(r.get("address")) for r in recipients)


def test_letterhead_of_two_columns_in_spanish_is_no_recipient() -> None:
    text = """Iglesias miembros
RED ECUMÉNICA DE ACCIÓN POR
y agencias
LORVANIA en Alemania y Suiza
Oficina · Calle Mayor 3 · 28001 Madrid · España · Tel. +34 91 555 00 00 · Fax +34 91 555 00 01
oficina@red.example

ACCIÓN URGENTE

El pastor Oren Kastelby fue detenido el 2 de marzo de 2026 y se teme por su seguridad.
Su familia no ha podido verlo desde entonces.

ENVÍEN LLAMAMIENTOS A:

Sr. Tavish Morrendale
Ministro de Cultura
Calle del Puerto 14
Varnholt 2201
LORVANIA
Fax: +99 21 555 0101
"""
    names = _names(text)
    assert not any("RED" in n or "Iglesias" in n for n in names)
    assert any("Morrendale" in n for n in names)


def test_a_letters_inside_address_above_the_text_stays_a_recipient() -> None:
    # A model letter opening on the office it is written to: an office, so no letterhead.
    text = """Minister of Justice
Ministry of Justice
14 Quay Road
Varnholt 2201
LORVANIA

Dear Minister,

I am writing to express my concern about Dr. Oren Kastelby, a geologist who was arrested
on 2 March 2026 and is held without charge.

Yours sincerely,
"""
    recipients = _recipients(text)
    assert any("Minister of Justice" in str(r.get("title") or r.get("name")) for r in recipients)


def test_a_block_under_a_heading_above_the_first_sentence_stays_a_recipient() -> None:
    text = """PLEASE WRITE TO:

Lorvanian Commission for Human Rights
7 Court Street
Varnholt 2203
LORVANIA
Fax: +99 21 555 0199

The Commission must ensure that Dr. Oren Kastelby, arrested on 2 March 2026, is released.
"""
    names = _names(text)
    assert any("Commission" in n for n in names)


# A request to copy the publisher ("send us a copy: x@y") under the last block, in any
# language: no line of that block, whose e-mail stays its own, and no recipient.


def _with_request(request: str) -> str:
    return f"""URGENT APPEAL

Dr. Oren Kastelby, a geologist, was arrested on 2 March 2026 and is held without charge.

Please write to:

Ms. Tavia Morrendale
Minister of Justice
14 Quay Road
Varnholt 2201
E-mail: minister@justice.lorvania.example

Copy to:

Dr. Emrys Valdane
Ombudsman of Lorvania
7 Court Street
Varnholt 2203
E-mail: office@ombudsman.lorvania.example

{request}
"""


def _emails(text: str) -> dict[str, list[str]]:
    return {str(r.get("name")): list(r.get("email") or []) for r in _recipients(text)}


def test_request_for_a_copy_in_english_stays_off_the_last_block() -> None:
    emails = _emails(_with_request("and please send us a copy too: alerts@network.example"))
    valdane = next(v for k, v in emails.items() if "Valdane" in k)
    assert valdane == ["office@ombudsman.lorvania.example"]


def test_request_for_a_copy_in_portuguese_stays_off_the_last_block() -> None:
    emails = _emails(_with_request("Mande também uma cópia para nós: rede@conselho.example"))
    valdane = next(v for k, v in emails.items() if "Valdane" in k)
    assert valdane == ["office@ombudsman.lorvania.example"]


def test_request_for_a_copy_in_russian_stays_off_the_last_block() -> None:
    emails = _emails(_with_request("Копию просим направить нам: info@set.example"))
    valdane = next(v for k, v in emails.items() if "Valdane" in k)
    assert valdane == ["office@ombudsman.lorvania.example"]


def test_a_copy_named_in_the_sentence_is_read_as_before() -> None:
    # A body named in the sentence (capitals past its first word) is no request to the
    # publisher: the line is read as main reads it.
    from appeal_tui.core.importer.recipient_blocks import _own_copy_request

    assert not _own_copy_request("Send a copy to the Lorvanian Bar Association: bar@x.example")
    assert not _own_copy_request("E-mail address of the office: office@x.example")
    assert not _own_copy_request("Send copies to the embassy: embassy@x.example")
    assert _own_copy_request("and please send us a copy: us@x.example")


def test_request_pattern_is_linear_on_long_lines() -> None:

    from appeal_tui.core.importer.recipient_blocks import _own_copy_request

    with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
        for line in ("a" * 100_000 + ": x@y.example", "ab " * 40_000 + ":" * 5000, "a:" * 50_000):
            _own_copy_request(line)


# Mend 35e: a sentence that names an office or a body in small letters ("Copies to the
# ambassador: x@y", "write to the prison director as well: x@y") asks for a copy to that
# office, not to the publisher: it is read as main reads it, its e-mail kept.


def _all_emails(request: str) -> list[str]:
    return [e for r in _recipients(_with_request(request)) for e in r.get("email") or []]


def test_copies_to_an_ambassador_in_small_letters_keep_their_e_mail() -> None:
    recipients = _recipients(
        _with_request("Copies to the deputy ambassador: deputy.office@lorvania-mission.example")
    )
    assert any(r.get("email") == ["deputy.office@lorvania-mission.example"] for r in recipients)


def test_a_copy_to_the_prime_ministers_office_keeps_its_e_mail() -> None:
    recipients = _recipients(
        _with_request("send a copy to the prime minister's office: pmo@premier.lorvania.example")
    )
    assert any(r.get("email") == ["pmo@premier.lorvania.example"] for r in recipients)


def test_an_italian_line_to_the_prosecutors_office_keeps_its_e_mail() -> None:
    recipients = _recipients(
        _with_request("scrivete anche alla procura generale: procura@giustizia.lorvania.example")
    )
    assert any(r.get("email") == ["procura@giustizia.lorvania.example"] for r in recipients)


def test_a_line_to_the_prison_director_keeps_its_e_mail() -> None:
    emails = _all_emails("write to the prison director as well: director@prisons.lorvania.example")
    assert "director@prisons.lorvania.example" in emails


def test_an_office_word_with_us_is_still_a_request_to_the_publisher() -> None:
    from appeal_tui.core.importer.recipient_blocks import _own_copy_request

    assert _own_copy_request("and please send us a copy of your letter: us@x.example")
    assert _own_copy_request("merci de nous envoyer une copie : nous@x.example")
    assert _own_copy_request("prosimy o przesłanie kopii listu do nas: my@x.example")
    assert _own_copy_request("envíenos una copia de su carta: nos@x.example")
    assert _own_copy_request("please copy us on your letter to the minister: us@x.example")
    assert not _own_copy_request("Copies to the ambassador: amb@x.example")
    assert not _own_copy_request("prosimy też pisać do rzecznika praw: rpo@x.example")
