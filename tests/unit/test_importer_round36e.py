"""Round 36e: references in the shapes other publishers print them. A number under the kind of
document it numbers is kept with its kind ("Hasteaksjon nr. 14/2030"); a letter-writing action
is such a kind; a publisher's series code of capitals joined by hyphens or slashes before its
number and year is the reference. Invented texts."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from hostile.guards import hard_timeout

_BODY = """
Dr. Oren Kastelby, a geologist at Varnholt University, was arrested on 2 March 2030 and is
held without charge. His family has not been allowed to see him.

Please write to:

Mr. Tavish Morrendale
Minister of Justice
Ministry of Justice
14 Quay Road
Varnholt 2201
Lorvania
Salutation: Dear Minister
"""


def _reference(head: str) -> str | None:
    case = import_document(head + "\n" + _BODY, source="x.txt").case
    return case.get("reference")


def test_number_under_its_kind_keeps_the_kind() -> None:
    assert _reference("Hasteaksjon nr. 14/2030 · publisert 2. mars 2030") == (
        "Hasteaksjon nr. 14/2030"
    )
    assert _reference("CARTOON DESK Alert no. 2030-14 | Issued 3 March 2030") == (
        "Alert no. 2030-14"
    )
    assert _reference("Commission des traducteurs – Appel n° 03/2030\n\nVarnholt, le 4 mars") == (
        "Appel n° 03/2030"
    )


def test_letter_writing_action_is_a_kind_of_document() -> None:
    assert _reference("Briefaktion 4/2030\n\nVarnholt, 5. März 2030") == "Briefaktion 4/2030"
    assert _reference("Nieuwsbrief extra - schrijfactie nr. 2030-03") == (
        "schrijfactie nr. 2030-03"
    )
    assert _reference("TR: Action lettres n° 09/2030 - Lorvania - un géologue") == (
        "Action lettres n° 09/2030"
    )
    assert _reference("Upprop 6/2030\n\nVarnholt 12 mars 2030") == "Upprop 6/2030"


def test_publishers_series_code_is_the_reference() -> None:
    assert _reference("Geologists' Network\n\nAction Alert GNX-AA 07/2030 11 March 2030") == (
        "GNX-AA 07/2030"
    )
    assert _reference("Letter-Writing Campaign QRN-LC 2030-11 | UPDATE 2") == "QRN-LC 2030-11"
    # (Mend 36c: a code after a desk's name is the reference under the kind's heading.)
    assert _reference("URGENT APPEAL\nLorvania Desk – KSN-2030-017") == "KSN-2030-017"
    assert _reference("Clinic ref.: LWC/QRN/2030-07 Issued: 4 March 2030") == "LWC/QRN/2030-07"


def test_words_in_capitals_and_dates_are_no_series() -> None:
    assert _reference("Meeting notes JAN-FEB 2030-11") is None
    assert _reference("Born on 2030-11-05 near the XY-AB border") is None


def test_series_code_is_linear_on_long_lines() -> None:
    from appeal_tui.core.importer.fields import find_reference

    for line in ("AB-" * 30000, "AB-CD " * 15000, "AB/" * 30000 + "2030-1", "AB-CD 1" * 15000):
        with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
            find_reference(line)


# Mend 36c (review of round 36e): the kind is given whole, never cut inside its phrase, and a
# series code is read only where a reader takes it as the appeal's own reference.


def test_kind_is_given_whole_not_cut_inside_its_phrase() -> None:
    # (merge36 read "Action Alert No. 12/2030", "Action No. 12/2030", "Aktion Nr. 5/2030",
    # "Eilaktion Nr. 7/2030": a later part of the phrase, or the word after a hyphen.)
    assert _reference("Urgent Action Alert No. 12/2030") == "Urgent Action Alert No. 12/2030"
    assert _reference("# Urgent Letter-Writing Action No. 12/2030") == (
        "Urgent Letter-Writing Action No. 12/2030"
    )
    assert _reference("Solidaritäts-Aktion Nr. 5/2030") == "Solidaritäts-Aktion Nr. 5/2030"
    assert _reference("Amnesty-Eilaktion Nr. 7/2030") == "Amnesty-Eilaktion Nr. 7/2030"
    # (Up to a separator, a word in small letters or a name in capitals before a kind that is
    # not: the phrase's edge.)
    assert _reference("Lorvania Desk · Action Alert No. 12/2030") == "Action Alert No. 12/2030"
    assert _reference("Please see our Action Alert No. 12/2030") == "Action Alert No. 12/2030"
    assert _reference("(Appello urgente n. 04/2030) qui sotto") == "Appello urgente n. 04/2030"


def test_series_code_only_where_it_is_the_appeals_reference() -> None:
    # (merge36 read each of these codes as the reference; main read none.)
    for head in (
        "Product: ACME-X 2030-11 toaster recall",
        "El informe policial KPK-2030-117 lo acusa",
        "Issue No. 14/2030 · EU-LAC 2030-05 edition",
        "His publisher's code for the book: QR-ED 2030-11.",
        "Výroční zpráva VZ-2030-05",
        "LG-BERLIN 2030-117",
        "Circolare CGIL-FP 2030-05",
        "Vuelo IB-AA 2030-05",
        "XL-XXL 2030-05",
        "TEL-FAX 2030-117",
        "UTC-2030-05",
        "Criminal Appeal KPK-2030-117 was heard",
        "Court of Appeal KPK-2030-117",
        "Human Rights Bulletin EU-LAC 2030-05",
    ):
        assert _reference(head) is None, head
    # (Kept: after the appeal's kind or a reference label, or as a part of the head line under
    # the kind's heading.)
    assert _reference("📣 ACCIÓN URGENTE QRP-GT 07/2030") == "QRP-GT 07/2030"
    assert _reference("May 14, 2030 Urgent Appeal Case: ABCD-UAX-087-2030") == ("ABCD-UAX-087-2030")
    assert _reference("Paris, le 2 mars 2030 – Réf. OIQD/LRV/2030-04") == "OIQD/LRV/2030-04"
    assert _reference("Číslo akce: QX-2030-02") == "QX-2030-02"
    assert _reference("URGENT APPEAL\nKasama Network – Lorvania Desk – KSN-2030-017") == (
        "KSN-2030-017"
    )


def test_mended_readers_are_linear_on_long_lines() -> None:
    from appeal_tui.core.importer.fields import find_reference

    for line in (
        "AB-CD 07/2030 " * 10000,
        "Action Alert AB-CD 07/2030 x " * 5000,
        "Urgent " * 15000 + "Action Alert No. 12/2030",
        "a" * 90000 + "-Aktion Nr. 5/2030",
        "URGENT APPEAL\n" + "Desk – AB-CD 07/2030 " * 6000,
    ):
        with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
            find_reference(line)
