"""Round 23l: letters and their copies lines (invented letters; other languages and layouts
than the documents that showed each cause)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.layout import classify, is_date_line, is_salutation_line
from appeal_tui.core.importer.letters import copy_entries, signature_lines, subject_names
from appeal_tui.core.importer.phrases import SENDER_LABEL, SUBJECT_LINE
from appeal_tui.core.importer.text_extract import unfold_columns


def _recipients(text: str) -> list[dict]:
    return [
        r for r in import_document(text).case["recipients"] if r.get("key") != "to-be-completed"
    ]


ITALIAN_LETTER = """\
                                   GRUPPO 12 DI AMNESTY
                                   VIA DEI MILLE 8
                                   40121 BOLOGNA

                                   3 MAGGIO 1986

ON. DOTT. MARCO FELLINARI
MINISTRO DELLA GIUSTIZIA
VIA ARENULA 70
00186 ROMA

OGGETTO: DETENZIONE DI PAOLO VERRESCHI

ONOREVOLE MINISTRO,

CI RIVOLGIAMO A LEI PER CHIEDERE CHE PAOLO VERRESCHI SIA RILASCIATO SENZA
CONDIZIONI E CHE ABBIA ACCESSO A UN AVVOCATO DI SUA SCELTA.

DISTINTI SALUTI,

GIULIA ROSSANI
SEGRETARIA DEL GRUPPO

C.C.  SUA ECCELLENZA L'AMBASCIATORE DELLA REPUBBLICA DI ESEMPIA,
      VIA NOMENTANA 4, 00161 ROMA
C.C.  DOTT.SSA ANNA BERTOLDI, PRESIDENTE DELLA CORTE DI
      CASSAZIONE, PIAZZA CAVOUR 2, 00193 ROMA
"""


def test_copies_lines_with_a_hanging_indent_are_a_recipient_each() -> None:
    found = _recipients(ITALIAN_LETTER)
    copies = [r for r in found if r["role"] == "copy"]
    assert len(copies) == 2
    assert "AMBASCIATORE" in copies[0]["name"]
    assert copies[0]["address"] == ["VIA NOMENTANA 4", "00161 ROMA"]
    assert "ANNA BERTOLDI" in copies[1]["name"]
    # The office wrapped over the indent is read whole again.
    assert "CORTE DI CASSAZIONE" in str(copies[1].get("organisation"))
    assert copies[1]["address"] == ["PIAZZA CAVOUR 2", "00193 ROMA"]


def test_a_letter_in_capitals_has_its_inside_address_and_no_sender() -> None:
    found = _recipients(ITALIAN_LETTER)
    primary = [r for r in found if r["role"] == "primary"]
    assert len(primary) == 1
    assert "FELLINARI" in primary[0]["name"]
    assert primary[0]["address"] == ["VIA ARENULA 70", "00186 ROMA"]
    assert not any("GRUPPO" in r["name"] or "GIULIA" in r["name"] for r in found)


def test_copy_entries_in_a_pdf_text_layer_without_indent() -> None:
    raw = [
        "Z poważaniem,",
        "",
        "Jan Kowalczyk",
        "",
        "Do wiadomości: Pani Ewa Nowicka, Rzecznik Praw Obywatelskich, al. Solidarności 77,",
        "00-090 Warszawa",
        "Do wiadomości: Ambasada Republiki Przykładowej, ul. Długa 5, 00-001 Warszawa",
    ]
    entries = [entry for _, entry in copy_entries(raw, set())]
    assert entries == [
        "Pani Ewa Nowicka, Rzecznik Praw Obywatelskich, al. Solidarności 77, 00-090 Warszawa",
        "Ambasada Republiki Przykładowej, ul. Długa 5, 00-001 Warszawa",
    ]


def test_abbreviated_copy_words_and_a_finished_address_end_an_entry() -> None:
    raw = [
        "c.c.p. Lic. Ana Ruiz Vela, Fiscal General, Av. Reforma 1, 06000 Ciudad de México",
        "P.C.C. : M. le Préfet de la Région, 1 rue de la Paix, 75001 Paris",
        "CC BY 4.0, Groupe 9",
    ]
    assert [entry for _, entry in copy_entries(raw, set())] == [
        "Lic. Ana Ruiz Vela, Fiscal General, Av. Reforma 1, 06000 Ciudad de México",
        "M. le Préfet de la Région, 1 rue de la Paix, 75001 Paris",
    ]


def test_a_contact_in_brackets_is_a_field_and_a_mail_header_cc_is_no_copy() -> None:
    raw = ["cc: The Consul General of Exampleland,", "   4 Harbour Road, Sydney (Tel. 02 555 0101)"]
    assert copy_entries(raw, set()) == [
        (0, "The Consul General of Exampleland, 4 Harbour Road, Sydney, Tel.: 02 555 0101")
    ]
    header = ["From: Ana Lis <ana@example.org>", "Cc: Bo Tan <bo@example.org>, Li Wu", "Subject: x"]
    assert copy_entries(header, set()) == []


SPANISH_FAX = """\
==================================================
        PORTADA DE FAX
==================================================
 FECHA:     2 de marzo de 1996
 PARA:      Lic. Rubén Castañeda Ortiz, Procurador General
 FAX:       +52 55 1234 5678
 DE:        Grupo 7 de Amnistía, Valencia
            Calle Mayor 3, 46001 Valencia, España
 FAX:       96 555 44 33
==================================================

Lic. Rubén Castañeda Ortiz
Procurador General de la República
Avenida Central 100
06700 Ciudad de México
México

Asunto: Tomás Herrera Lugo

Señor Procurador:

Le escribimos para pedirle que Tomás Herrera Lugo sea liberado.

Atentamente,

Marisa Peñalver Gil
Coordinadora, Grupo 7
"""


def test_a_fax_cover_sheet_merges_with_the_letter_and_its_sender_is_no_one() -> None:
    found = _recipients(SPANISH_FAX)
    assert len(found) == 1
    only = found[0]
    assert "Castañeda" in only["name"]
    assert only["fax"] == ["+52 55 1234 5678"]
    assert only["country"] == "México"
    people = [p.get("name") for p in import_document(SPANISH_FAX).case["people"]]
    assert "Marisa Peñalver Gil" not in people


def test_a_form_of_aligned_labels_is_no_columns_and_its_recipient_label_no_greeting() -> None:
    form = (
        "Destinatario:     Señor Presidente de la República\n"
        "Nombre:           Sr. Tomás Ejemplo Ruiz\n"
        "Dirección:        Palacio Nacional, 6a Calle, Ciudad de Guatemala\n"
    )
    assert unfold_columns(form) == form
    assert classify(1, "Destinatario: Señor Presidente de la República").kind != "anchor"
    assert not classify(1, "Destinatario: Señor Presidente").text.startswith("Salutation")


def test_letter_lines_dates_salutations_subjects_senders_and_signatures() -> None:
    assert is_date_line("12TH JUNE 1978")
    assert is_date_line("Leipzig, den 4. März 2024")
    assert is_date_line("Porto Alegre, 3 de maio de 1989")
    assert not is_date_line("Calle Mayo 2004")
    assert not is_date_line("Avenida 5 de Mayo 1520")  # a street named after a date
    assert is_salutation_line("SEHR GEEHRTE FRAU MINISTERIN,")
    assert not is_salutation_line("WE ASK YOU,")
    assert SUBJECT_LINE.match("Betreff: Inhaftierung von Erika Muster")
    assert SENDER_LABEL.match("Absender: Gruppe 3")
    # Running text after a model letter's closing is no signature; a line of names is.
    assert (
        signature_lines(
            "Cu stimă,\n\nInformații: din 2019 autoritățile au arestat zeci de persoane pentru "
            "critici aduse guvernului online, printre care Ion Exemplu."
        )
        == []
    )
    assert signature_lines(
        "Atentamente,\n\nCoordina: Dra. Lía Prado Ruiz · Estudiantes: Eva Sol, Teo Mar. Ver web."
    ) == ["Coordina: Dra. Lía Prado Ruiz · Estudiantes: Eva Sol, Teo Mar. Ver web."]
    assert signature_lines("Hoogachtend,\n\nPieter de Vries\nGroep 5\n\nPS: dank u.") == [
        "Pieter de Vries",
        "Groep 5",
    ]


def test_a_subject_line_names_whom_the_letter_is_about() -> None:
    assert subject_names(
        "OBJET : JEAN-MARC OKOUMBA ET AÏCHA DIALLO (NOTRE RÉF. AU 3/91)\n"
        "Betreff: Haft von Erika Muster\nRe: Urgent Action"
    ) == ["JEAN-MARC OKOUMBA", "AÏCHA DIALLO", "Haft von Erika Muster", "Urgent Action"]
    # (The people reader keeps those the text names again and whose words it never writes
    # in lowercase: "Haft" and "action" are words of its sentences.)
    people = [p.get("name") for p in import_document(ITALIAN_LETTER).case["people"]]
    assert people == ["PAOLO VERRESCHI"]


def test_letter_patterns_are_linear_on_a_long_line() -> None:
    line = "a," * 100_000
    copy_entries(["c.c. " + line, line], set())
    is_date_line("a" * 200_000)
    is_date_line("a-" * 100_000)
    SUBJECT_LINE.match("re" * 100_000)
    SENDER_LABEL.match("de" * 100_000)
    signature_lines("Yours sincerely,\n" + "a" * 200_000)
    subject_names("Re: " + "A" * 200_000)
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).
