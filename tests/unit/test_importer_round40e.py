"""Round 40e: a code the file's own name spells, printed in the document's head, is the
appeal's reference when the text alone gives none (or only the AI index)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _reference(text: str, source: str | None) -> str | None:
    return import_document(text, source=source).case.get("reference")


_BODY = (
    "A teachers' union leader was arrested at her home and has been held for ten days.\n\n"
    "Please write to:\n\n"
    "Minister of Justice\nMinistry of Justice\n12 Harbour Road\nPort Velm, Norlandia\n"
)


def test_a_code_line_the_file_is_named_by() -> None:
    text = "Quill Defence Network\n\nQDN-UAC-117-2031\n\nTeacher held without charge\n\n" + _BODY
    assert _reference(text, "QDN-UAC-117-2031.html") == "QDN-UAC-117-2031"
    assert _reference(text, None) is None


def test_a_labelled_code_in_lower_case_in_the_file_name() -> None:
    text = (
        "Science Network Alert\n\nCase: NOR3107\n\nNorway: teacher held without charge\n\n"
        + _BODY.replace("Norlandia", "Norway")
    )
    assert _reference(text, "nor3107.htm") == "NOR3107"


def test_country_letters_and_a_date_number_parted_in_the_name() -> None:
    text = "Subject: NOR 120731 - Arbitrary detention in Norway\n\n" + _BODY.replace(
        "Norlandia", "Norway"
    )
    assert _reference(text, "QDN_NOR_120731_urgent_intervention.txt") == "NOR 120731"


def test_a_number_under_its_kind_word_in_french() -> None:
    text = "Réseau Plume\n\nALERTE · 2031/044\n\nUn enseignant détenu\n\n" + _BODY
    assert _reference(text, "RP_Alerte_2031-044_Norlandia.pdf") == "ALERTE 2031/044"


def test_the_file_name_code_before_an_ai_index() -> None:
    text = "SNABBAKTION 61/31\n\nEn lärare gripen\n\nAI Index: EUR 55/012/2031\n\n" + _BODY
    assert _reference(text, "Fwd_ SNABBAKTION 61_31 Norlandia.txt") == "SNABBAKTION 61/31"


def test_one_word_and_one_number_that_do_not_shorten_the_country() -> None:
    text = "Science Network Alert\n\nCase: SWE3107\n\nNorway: teacher held\n\n" + _BODY.replace(
        "Norlandia", "Norway"
    )
    assert _reference(text, "swe3107.htm") is None


def test_near_misses_a_file_named_by_other_numbers_read_no_reference() -> None:
    # (A certificate, a post box, a bank's number, a date, a phone: the file's name spells
    # them too, but a code of one word and one number must shorten the case's country.)
    for head, source in (
        ("Annual report\n\nISO 9001 certified\n\n", "iso-9001-report.pdf"),
        ("Carta de apoyo\n\nPO BOX 4471\n\n", "box4471.txt"),
        ("Eilaktion\n\nBLZ 10020030\n\n", "blz10020030.txt"),
        ("Brief an den Minister\n\nDatum: 12.05.2031\n\n", "brief-12-05-2031.pdf"),
        ("Lettre\n\nCOVID-19 et détention 2031\n\n", "covid-19-2031.pdf"),
        ("Urgent\n\nContact: +44 20 7946 0958\n\n", "contact-44-20-7946-0958.txt"),
    ):
        assert _reference(head + _BODY, source) is None, source


# A deadline's word closing a heading's label in capitals, with its colon.


def _deadline(text: str) -> str | None:
    found = import_document("Teacher held\n\nHeld since 1 March 2031.\n\n" + text + _BODY).case
    deadline = found.get("deadline")
    return deadline.isoformat() if deadline and not isinstance(deadline, str) else None


def test_spanish_label_in_capitals_before_the_colon() -> None:
    assert _deadline("ESCRIBAN SUS CARTAS ANTES DEL: 19 de septiembre de 2031\n\n") == "2031-09-19"


def test_french_label_with_a_space_before_the_colon() -> None:
    assert _deadline("AGISSEZ VITE, AVANT LE : 4 octobre 2031\n\n") == "2031-10-04"


def test_german_label_in_capitals() -> None:
    assert _deadline("SCHREIBEN SIE BIS: 4. Oktober 2031\n\n") == "2031-10-04"


def test_near_misses_a_byline_or_a_date_label_is_no_deadline() -> None:
    for line in (
        "Posted by: 4 October 2031",
        "Photo by: 4 October 2031",
        "Verslag voor: 4 oktober 2031",
        "Publié le : 4 octobre 2031",
        "Actualizado el: 4 de octubre de 2031",
        "ARTÍCULO PUBLICADO: 4 de octubre de 2031",
    ):
        assert _deadline(line + "\n\n") is None, line
