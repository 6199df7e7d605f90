"""Round 36e: references in the shapes other publishers print them. A number under the kind of
document it numbers is kept with its kind ("Hasteaksjon nr. 14/2030"); a letter-writing action
is such a kind; a publisher's series code of capitals joined by hyphens or slashes before its
number and year is the reference. Invented texts."""

from __future__ import annotations

import time

from appeal_tui.core.importer import import_document

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
    assert _reference("Lorvania Desk – KSN-2030-017") == "KSN-2030-017"
    assert _reference("Clinic ref.: LWC/QRN/2030-07 Issued: 4 March 2030") == "LWC/QRN/2030-07"


def test_words_in_capitals_and_dates_are_no_series() -> None:
    assert _reference("Meeting notes JAN-FEB 2030-11") is None
    assert _reference("Born on 2030-11-05 near the XY-AB border") is None


def test_series_code_is_linear_on_long_lines() -> None:
    from appeal_tui.core.importer.fields import find_reference

    for line in ("AB-" * 30000, "AB-CD " * 15000, "AB/" * 30000 + "2030-1", "AB-CD 1" * 15000):
        start = time.perf_counter()
        find_reference(line)
        assert time.perf_counter() - start < 3
