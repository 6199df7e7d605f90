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


# Mend 40e: the reviewers' regressions (invented texts; main reads them right).


def test_mend_a_postcode_beside_its_place_is_no_reference() -> None:
    # (Two letters and a number are a postcode's, even where they shorten the country.)
    for head, source in (
        ("Embassy of Azerbaijan\nAZ1066 BAKU\n\n", "Letter to President AZ1066.txt"),
        ("Royal Ministry of Justice\nNO-0150 OSLO\nNorway\n\n", "appeal_NO-0150_Oslo.txt"),
        ("Secretaría de Gobernación\nMX 06700 CIUDAD DE MÉXICO\n\n", "carta_MX_06700.txt"),
        ("Embassy\nWASHINGTON, DC 20008\n\n", "DC-20008-embassy.txt"),
    ):
        assert _reference(head + _BODY, source) is None, source


def test_mend_a_date_a_phone_a_standard_an_issue_is_no_reference() -> None:
    for head, source in (
        ("Urgent\n\nFAX 0207 123 4567\n\n", "fax 0207 123 4567.txt"),
        ("Audit\n\nISO 9001 2015 CERTIFIED PRINTER\n\n", "iso-9001-2015-scan.txt"),
        ("PRESS RELEASE 14 MAY 2031\n\n", "Press_Release_14_May_2031.txt"),
        ("Bulletin\n\nNO. 47 MAY 2031\n\n", "bulletin_no47_may2031.txt"),
    ):
        assert _reference(head + _BODY, source) is None, source


def test_mend_a_headline_slug_is_no_reference() -> None:
    text = "NORLANDIA: JOURNALIST CONSCRIPTED UNDER DECREE 2031-0412\n\n" + _BODY
    source = "norlandia-journalist-conscripted-under-decree-2031-0412.html"
    assert _reference(text, source) is None


def test_mend_the_country_name_and_numbers_are_no_code_over_the_index() -> None:
    text = "NORWAY 4531 2031\n\nTeacher held\n\nIndex: EUR 36/4531/2031\n\n" + _BODY.replace(
        "Norlandia", "Norway"
    )
    assert _reference(text, "norway_4531_2031.txt") == "EUR 36/4531/2031"


def test_mend_a_detention_form_or_byline_label_in_capitals_is_no_deadline() -> None:
    for line in (
        "PRISÃO TEMPORÁRIA ATÉ: 3 de julho de 2031",
        "U-HAFT BIS: 3. August 2031",
        "MANDAT GÜLTIG BIS: 30. Juni 2032",
        "POSTED BY: 12 May 2031",
        "FAX SENT BY: 14 May 2031",
        "REPORT FILED BY: 12 May 2031",
        "VERSLAG VOOR: 12 mei 2031",
        "REPORTED BY: 12 May 2031 staff bulletin",
    ):
        assert _deadline(line + "\n\n") is None, line


def test_mend_a_custody_label_gives_way_to_the_real_deadline() -> None:
    text = "VAZBA PRODLOUŽENA DO: 12. června 2031\n\nPište nejpozději do 30. června 2031.\n\n"
    assert _deadline(text) == "2031-06-30"


def test_mend_calls_to_act_in_capitals_still_read() -> None:
    for line, date in (
        ("MERCI D'AGIR AVANT LE : 4 octobre 2031", "2031-10-04"),
        ("ENVOYEZ VOS APPELS AVANT LE : 4 octobre 2031", "2031-10-04"),
        ("ACTÚEN LO ANTES POSIBLE, ANTES DEL: 4 de octubre de 2031", "2031-10-04"),
        (
            "ENVÍEN SUS CARTAS EN CUANTO PUEDAN Y NO MÁS TARDE DEL: 4 de octubre de 2031",
            "2031-10-04",
        ),
        ("NO MÁS TARDE DEL: 4 de octubre de 2031", "2031-10-04"),
    ):
        assert _deadline(line + "\n\n") == date, line
