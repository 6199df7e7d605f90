"""Round 31d: texts typed in capitals and texts a scanner read. In a text with no word in small
letters (a telex, an old fax) the people at risk are the runs of words in capitals a cue the
text prints beside them marks ("X Y, 23,", "X Y (41)", "SR. X Y"), with the small words of
every language (`language_rows.SMALL_WORDS_IN_CAPITALS`) as the words that end a run. In a
text a scanner read, numbers get their digits back ("l996", "3O June", "+ 26O l 22l"), a word
in capitals its I ("MALAWl"), and "rn" its m where the text spells the word with m
elsewhere. Each on a short invented text; guards: a mixed-case text, a clean text's "1o",
"10 o 15" and "modern"."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.people import _typed_in_capitals
from appeal_tui.core.importer.text_repairs import repair_ocr_words


def _case(text: str) -> dict[str, Any]:
    return import_document(text, source="x.txt").case


def _people(text: str) -> list[str]:
    return [p["name"] if isinstance(p, dict) else p for p in _case(text)["people"]]


_TELEX_EN = """ZCZC KLM204
TO ALL SECTION COORDINATORS
FM URGENT ACTION DESK

EXTERNAL   UA 77/88   DISAPPEARANCE / FEAR OF TORTURE   4 MAY 1988

FREDONIA:  TOMAS ELIAS VARGO PENTRE, 27, CARPENTER
           MARISOL ANDREA QUELL DOBAN, 30, NURSE

BOTH WERE DETAINED ON 1 MAY 1988 IN THE DISTRICT OF NORTH VALE BY ARMED MEN IN
CIVILIAN CLOTHES WHO DID NOT IDENTIFY THEMSELVES. RELATIVES HAVE BEEN TOLD NOTHING.
TOMAS ELIAS VARGO PENTRE IS A MEMBER OF A LOCAL UNION. MARISOL ANDREA QUELL DOBAN
WORKS AT THE DISTRICT CLINIC.

RECOMMENDED ACTION: TELEGRAMS/EXPRESS AND AIRMAIL LETTERS
- ASKING WHERE TOMAS ELIAS VARGO PENTRE AND MARISOL ANDREA QUELL DOBAN ARE HELD
- URGING THAT THEY BE TREATED HUMANELY, AND GIVEN ACCESS TO LAWYERS
- CALLING FOR THEIR RELEASE UNLESS THEY ARE CHARGED, OR TO RELEASE THEM OR TO LET
  THEM LEAVE THE COUNTRY

APPEALS TO:
1) MINISTER OF THE INTERIOR
SR. ANSELMO KORIT BALE
MINISTERIO DEL INTERIOR
AVENIDA CENTRAL 12
PORT LEMBO, FREDONIA
SALUTATION: DEAR MINISTER

PLEASE SEND APPEALS IMMEDIATELY.
"""

_TELEX_ES = """ACCION URGENTE   AU 12/89   DETENCION ARBITRARIA   3 DE JUNIO DE 1989

FREDONIA:  JOAQUIN ELISEO MARVAL TUNE (41), MAESTRO

JOAQUIN ELISEO MARVAL TUNE FUE DETENIDO EL 1 DE JUNIO DE 1989 EN SU CASA POR AGENTES
VESTIDOS DE CIVIL. SU FAMILIA NO SABE DONDE ESTA NI DE QUE SE LE ACUSA Y TEME QUE
SEA TORTURADO O MALTRATADO DURANTE LOS INTERROGATORIOS.

ACCION RECOMENDADA: TELEGRAMAS Y CARTAS URGENTES
- PIDIENDO QUE SE REVELE DONDE ESTA JOAQUIN ELISEO MARVAL TUNE
- PIDIENDO QUE SEA TRATADO HUMANAMENTE, Y PUESTO EN LIBERTAD

ENVIEN LLAMAMIENTOS A:
SR. FISCAL GENERAL
FISCALIA GENERAL DE LA REPUBLICA
CALLE MAYOR 5
PORT LEMBO, FREDONIA
"""


def test_people_in_a_telex_typed_in_capitals() -> None:
    people = [p.casefold() for p in _people(_TELEX_EN)]
    assert "tomas elias vargo pentre" in people
    assert "marisol andrea quell doban" in people
    # Words in capitals a list or a conjunction strings together are nobody.
    assert not any("treated" in p or "given" in p or "them" in p for p in people)


def test_people_in_a_spanish_text_typed_in_capitals() -> None:
    people = [p.casefold() for p in _people(_TELEX_ES)]
    assert people == ["joaquin eliseo marval tune"]


def test_a_mixed_case_text_is_not_one_in_capitals() -> None:
    mixed = _TELEX_EN.replace("BOTH WERE DETAINED", "Both were detained by the police and")
    mixed += "\nThe authorities have said nothing about the two of them since then.\n" * 8
    assert _typed_in_capitals(_TELEX_EN)
    assert not _typed_in_capitals(mixed)
    assert not _typed_in_capitals("SHORT HEADING ONLY")


_SCANNED = """   FR0M:   Urgent Action Desk, Internationa1 Secretariat
   DATE:   l2 March l998
   RE:     UA 9l/98      Fear of torture

   MALAWl     Lenna Corvo ABITH (f), aged 29, teacher

   Lenna Corvo Abith was arrested on l0 March l998 by po1ice officers. She rnay be
   at risk of torture. Appeals may be written in English or your own language.

   APPEALS T0:
   Minister of Justice
   Mr Oskar Belvane
   Ministry of Justice
   P0 Box 3O2O8
   Port Lembo, MALAWl
   Faxes:   + 44 l 23O 456
   Sa1utation: Dear Minister

   PLEASE SEND APPEALS lMMEDlATELY. Check with the Internationa1 Secretariat if
   sending appeals after 3O April l998.
"""


def test_a_scanners_numbers_get_their_digits() -> None:
    text = repair_ocr_words(_SCANNED)
    assert "12 March 1998" in text
    assert "UA 91/98" in text
    assert "30 April 1998" in text
    assert "+ 44 1 230 456" in text
    assert "MALAWI" in text and "IMMEDIATELY" in text
    assert "She may be" in text


def test_a_scanned_fax_reads_its_reference_deadline_and_fax() -> None:
    case = _case(_SCANNED)
    assert case["reference"] == "UA 91/98"
    assert str(case["deadline"]) == "1998-04-30"
    recipients = [r for r in case["recipients"] if r.get("key") != "to-be-completed"]
    assert recipients and recipients[0].get("fax") and "230" in recipients[0]["fax"][0]
    assert recipients[0].get("country") == "MALAWI"


def test_a_clean_texts_numbers_and_words_stay_as_printed() -> None:
    clean = (
        "El 1o de mayo detuvieron a entre 10 o 15 personas en la plaza 2O de Noviembre.\n"
        "Modern laws return the case to court; Fax: + 44 20 7946 0000.\n"
    )
    assert repair_ocr_words(clean) == clean
    # A scanned text's word truly spelled with "rn" stays: no "m" spelling of it is printed.
    scanned = _SCANNED + "A modern court will return to the case.\n"
    assert "A modern court will return" in repair_ocr_words(scanned)
