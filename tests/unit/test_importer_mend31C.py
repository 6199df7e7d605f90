"""Mend31C: the review of round 31d. In a text typed in capitals a cue word followed by a verb
and its object ("HIS SISTER ATTENDED ...") is no person; a clean text's quantities and codes
("3l", "4l", "O2", "NaCl") are no scanner's confusions; a scanned text's "rn" gets its m only
for a common word, never in a word truly spelled with "rn" whose m twin it prints."""

from __future__ import annotations

from appeal_tui.core.importer.people import find_people
from appeal_tui.core.importer.text_repairs import repair_ocr_words

_FILLER = (
    "THE ORGANISATION FEARS THAT THE PRISONERS MAY BE ILL-TREATED IN CUSTODY. NONE OF THEM HAS"
    " SEEN A DOCTOR OR A RELATIVE SINCE THE DAY OF THE ARREST, AND NO OFFICIAL HAS EXPLAINED"
    " THE GROUNDS FOR THEIR DETENTION TO ANYONE.\n\n"
)


def _names(body: str) -> list[str]:
    text = "URGENT ACTION\n\n" + body + "\n\n" + _FILLER
    people, _, _ = find_people(text, title=None, asks=[], not_people=[])
    return [p.name for p in people]


def test_a_cue_followed_by_a_verb_in_capitals_is_no_person() -> None:
    assert _names("HIS LAWYER LODGED CONSTITUTIONAL APPEAL WITH THE SUPREME BENCH ON 2 JUNE.") == []
    assert _names("THE TEACHER REPORTED EASTERN DISTRICT OFFICIALS TO THE OMBUDSMAN.") == []
    assert _names("HER SISTER VISITED NORTHERN JAIL TWICE BUT SAW NOBODY.") == []
    # An age after the run still marks a person.
    assert _names("HIS SON TOBIAS MERRIN VALE, 19, IS A STUDENT.") == ["Tobias Merrin Vale"]


def test_a_clean_texts_quantities_and_codes_stay() -> None:
    clean = (
        "Each cell holds 12 people, who share 3l of water; the guards keep 4l and sell 6l.\n"
        "Patients needed O2 but the clinic had only NaCl and HCl.\n"
        "Send letters to PO Box 4O4 or PO Box 5O5.\n"
    )
    assert repair_ocr_words(clean) == clean


def test_a_scanned_texts_rn_stays_in_a_word_truly_spelled_so() -> None:
    scanned = (
        "AÇÃO URGENTE  AU l22/97   9 de rnaio de l997   C0NF1RMAD0\n"
        "Pedro Lagoa tornou-se advogado em l990. A polícia tomou os seus papéis em 3O de abril.\n"
        "ENVIE APELOS ATÉ l5 DE JUNHO. O MlNlSTRO DEVE AGIR.\n"
    )
    fixed = repair_ocr_words(scanned)
    assert "AU 122/97" in fixed and "1997" in fixed
    assert "tornou-se" in fixed
