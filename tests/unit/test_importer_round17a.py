"""Round 17a of the importer (session 15): whole documents read badly at first sight
(next151-next180), each cause fixed as a category and tested here on a text of our own, in
another language or layout than the document that showed it (docs/importer.md, "Round 17a")."""

from __future__ import annotations

from typing import Any

from importer_support import found_recipients as _recipients
from importer_support import imported_case as _case
from importer_support import plain as _plain

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_reference
from appeal_tui.core.importer.flat_lines import split_flat
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.layout import classify
from appeal_tui.core.importer.phrases import COPIES, HONORIFIC_START
from appeal_tui.core.importer.run_on import split_run_on


def _named(recipients: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(r for r in recipients if name in _plain(r["name"]))


# A blog post whose paragraph lost its line breaks in the editor: the whole action, and every
# block with its salutation running on into the next office, is one HTML paragraph.
_HTML_RUN_ON = (
    "<html><head><title>Appel</title></head><body><h1>Urgent action</h1><p>UA 31/27 Index: "
    "AFR 12/3456/2027 Exampleland. The lawyer Tomas Examplesson was arrested on 2 March 2027 "
    "for defending farmers. He is held without charge and has not seen his family. "
    "PLEASE SEND APPEALS BEFORE 20 APRIL 2027 TO: Minister of Justice Anna Example Ministry "
    "of Justice 14 Example Road Exampletown, Exampleland Email: minister@justice-example.gov "
    "Twitter: @JusticeExample Salutation: Dear Minister Inspector General of Police John "
    "Sample Police Headquarters 2 Sample Avenue Exampletown, Exampleland Email: "
    "igp@police-example.gov Salutation: Dear Inspector General And copies to: Embassy of "
    "Exampleland 12 Embassy Street London, United Kingdom Email: info@embassy-example.org "
    "Please check with your section if sending appeals after the deadline.</p></body></html>"
)


def test_a_run_on_paragraph_in_html_is_cut_into_blocks() -> None:
    found = _recipients(_HTML_RUN_ON)
    minister = _named(found, "Anna Example")
    assert _plain(minister["salutation"]) == "Dear Minister"
    police = _named(found, "John Sample")
    assert _plain(police["salutation"]) == "Dear Inspector General"
    assert police["email"] == ["igp@police-example.gov"]
    assert [r["role"] for r in found] == ["primary", "primary", "copy"]


def test_a_paste_that_turned_line_breaks_into_spaces_is_cut_at_the_gaps() -> None:
    text = (
        "ACTION URGENTE   Un journaliste menacé   Écrivez avant le 3 mai 2027 aux autorités. "
        "DESTINATAIRES:  M. Paul Exemple, Ministre de l'Intérieur, 12 rue Exemple, 75001 "
        "Paris, France   Courriel : ministre@interieur-exemple.fr   Formule d'appel : Monsieur "
        "le Ministre    Mme Claire Modèle, Procureure générale, 4 place Modèle, 69001 Lyon, "
        "France   Courriel : pg@justice-exemple.fr   Formule d'appel : Madame la Procureure"
    )
    lines = split_run_on(text).split("\n")
    assert "Courriel : ministre@interieur-exemple.fr" in lines
    assert "Formule d'appel : Monsieur le Ministre" in lines


def test_sentences_glued_where_a_line_break_was_lost_are_parted() -> None:
    text = (
        "The family has had no news since May. Letters may be written in English or "
        "Portuguese.APPEALS TO: Minister X, Ministry of Y, 1 Road, Town, Country Email: "
        "x@example.org Salutation: Dear Minister, and an address x@Example.org stays whole."
    )
    out = split_run_on(text)
    assert "Portuguese." in out.split("\n")[0] or "Portuguese.\n" in out or "Portuguese. " in out
    assert "Portuguese.APPEALS" not in out
    assert "x@Example.org" in out


def test_a_date_written_with_spaced_dots_is_a_date_and_no_list_item() -> None:
    found = find_dates("Napíšte najneskôr do 15. 3. 2027 ministrovi.")
    assert [f.date.isoformat() for f in found if f.date] == ["2027-03-15"]
    text = (
        "Napíšte najneskôr do 15. 3. 2027 ministrovi. Adresy: Minister X, Ministerstvo Y, "
        "Ulica 1, Bratislava, Slovensko E-mail: x@example.sk Oslovenie: Vážený pán minister "
        "Kópiu pošlite na: Veľvyslanectvo Z, Ulica 2, Bratislava E-mail: z@example.sk"
    )
    assert "do 15. 3. 2027 ministrovi." in split_run_on(text)


def test_languages_named_before_a_verb_at_the_end() -> None:
    found = find_languages_line(
        "Uzun bir hikâye. Dilekçelerinizi Arapça veya İngilizce yazın. Teşekkürler."
    )
    assert found is not None and found.codes == ("ar", "en")


def test_czech_and_slovak_name_a_language_with_an_adverb_of_its_stem() -> None:
    found = find_languages_line("Napíšte anglicky, španielsky alebo slovensky.")
    assert found is not None and found.codes == ("en", "es", "sk")


def test_a_country_with_its_kind_of_state_after_the_name() -> None:
    assert split_country("Tahran, İran İslam Cumhuriyeti") == (
        "Tahran",
        "İran İslam Cumhuriyeti",
        "IR",
    )
    assert split_country("Ankara, Türkiye Cumhuriyeti") is not None


def test_headings_that_ask_whom_to_write_and_copies_after_a_purpose() -> None:
    assert classify(1, "Who to write to?").kind == "write-to"
    assert COPIES.search("Bilgi için kopyalarını gönderin:") is not None
    assert COPIES.search("Kopie senden Sie an:") is not None


def test_a_block_on_one_line_keeps_its_body_and_opens_its_address_at_a_street_word() -> None:
    lines = split_flat("Defensoría del Pueblo de la Nación Avenida Ejemplo 1234 C1000 Buenos Aires")
    assert lines[0] == "Defensoría del Pueblo de la Nación"
    assert lines[1].startswith("Avenida Ejemplo")


def test_a_name_after_an_office_in_lowercase_and_a_possessive_body() -> None:
    assert split_flat(
        "Prokurator krajowy Jan Przykładowy Prokuratura Krajowa ul. Rakowiecka 26/30, Warszawa"
    )[:2] == ["Prokurator krajowy", "Jan Przykładowy"]
    lines = split_flat(
        "Jane Example Attorney General's Chambers 12 Example Road Nairobi 00100 Kenya"
    )
    assert "Attorney General's Chambers" in lines
    assert lines[-1] == "Kenya"


# A paste whose line breaks became runs of spaces, each block a long comma run, and the last
# copy reached by post only (no field after it).
_COMMA_RUNS = (
    "Ação urgente   Um jornalista ameaçado   Escreva antes de 3 de maio de 2027.   "
    "APELOS PARA:  Sr. João Exemplo, Ministro da Justiça, Palácio da Justiça, Rua Exemplo 13, "
    "1000-001 Lisboa, Portugal   Email: ministro@justica-exemplo.pt   Saudação: Senhor "
    "Ministro    Lic. Maria Modelo Santos, Procuradora-Geral da República, Rua Modelo 140, "
    "Bairro Alto, 1200-001 Lisboa, Portugal   Fax: +351 21 555 0100   Saudação: Senhora "
    "Procuradora-Geral    CÓPIAS PARA:  Embaixada de Portugal, 12 Example Street, London W1 "
    "1AA   Email: emb@exemplo.pt    Provedora de Justiça, Ana Exemplo Costa, Rua Exemplo 2, "
    "Lisboa,"
)


def test_a_long_comma_run_is_a_block_and_a_postal_only_block_follows_fields() -> None:
    line = (
        "Lic. Maria Modelo Santos, Procuradora-Geral da República, Rua Modelo 140, Bairro Alto, "
        "1200-001 Lisboa, Portugal"
    )
    assert classify(3, line).kind != "prose"
    found = _recipients(_COMMA_RUNS)
    assert _named(found, "Maria Modelo Santos")["fax"] == ["+351 21 555 0100"]
    assert _plain(_named(found, "Maria Modelo Santos")["salutation"]) == "Senhora Procuradora-Geral"
    last = _named(found, "Ana Exemplo Costa")
    assert last["role"] == "copy"
    assert _plain(last["title"]) == "Provedora de Justiça"


def test_courtesy_initials_with_a_space() -> None:
    assert HONORIFIC_START.match("Z. E. de heer Jan Voorbeeld")
    text = """Stuur een kopie naar:

Ambassade van Voorbeeldland
S. E. de heer Jan Voorbeeld
Voorbeeldstraat 12
2500 Den Haag
E-mail: info@ambassade-voorbeeld.nl
"""
    found = _recipients(text)
    assert len(found) == 1
    assert "Jan Voorbeeld" in _plain(found[0]["name"])
    assert _plain(found[0]["organisation"]) == "Ambassade van Voorbeeldland"


def test_a_year_first_code_in_the_head_is_the_reference() -> None:
    assert find_reference("Appel urgent AC 2026-07\n\nUn texte.").reference == "AC 2026-07"


def test_people_named_by_kinship_and_bodies_are_no_names() -> None:
    case = _case(
        "Urgent Action\n\nGazeteci Ayşe Örnek gözaltına alındı. Oğlu Mehmet Örnek de tehdit "
        "edildi. Die Sprecherin der Frauenorganisation, Maria Beispiel, sagte es.\n"
    )
    people = str(case.get("people") or case.get("group") or case)
    assert "Frauenorganisation" not in people
