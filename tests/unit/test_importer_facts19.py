"""Session 19 (issue 16): the document's facts and how recipients are greeted, by causes that
recur across the labelled sets (docs/importer.md, "Facts and greetings (session 19)"). Each
test reads a short document of our own: invented names, and another language or layout than
the samples that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.asks import letter_opening
from appeal_tui.core.importer.fields import find_reference
from appeal_tui.core.importer.people import _body_by_its_end
from appeal_tui.core.importer.prose_recipients import sentence_greetings


def _reference(text: str) -> str | None:
    return find_reference(text).reference


def _greetings(text: str) -> dict[str, Any]:
    case = import_document(text, source="ua.txt").case
    return {str(r["name"]): r.get("salutation") for r in case["recipients"]}


# --- Greetings -------------------------------------------------------------------------------


def test_a_greeting_to_the_members_is_no_officials_greeting() -> None:
    text = (
        "Liebe Kolleginnen und Kollegen,\n\nbitte schreibt an den Minister.\n\n"
        "Sehr geehrter Herr Minister,\n\nich fordere Sie auf ...\n"
    )
    assert letter_opening(text) == "Sehr geehrter Herr Minister"
    assert letter_opening("Dear comrades,\n\nPlease write.\n\nDear Governor,\n\nI urge\n") == (
        "Dear Governor"
    )


def test_greetings_parted_by_a_slash_go_each_to_its_office() -> None:
    text = (
        "Queridas compañeras,\n\nEscriban a las autoridades.\n\nEnviar a:\n\n"
        "Ana Ejemplo Ruiz\nPresidenta de la República\nPalacio Nacional\nCiudad Ejemplo\n"
        "Correo: presidencia@example.org\n\n"
        "Luis Modelo Pardo\nMinistro del Interior\nAvenida Central 12\nCiudad Ejemplo\n"
        "Correo: interior@example.org\n\n"
        "--- Carta modelo ---\n\nSeñora Presidenta / Señor Ministro:\n\n"
        "Le pido que libere a Marta Ficticia Soler.\n"
    )
    greetings = _greetings(text)
    assert greetings["Ana Ejemplo Ruiz"] == {"es": "Señora Presidenta"}
    assert greetings["Luis Modelo Pardo"] == {"es": "Señor Ministro"}


def test_the_model_letter_greets_only_the_official_whose_office_it_names() -> None:
    # The letter follows the last official's block but greets the first one's office.
    text = (
        "Le journaliste Jean Inventé est détenu depuis le mois dernier dans la prison de la "
        "ville, sans avoir été inculpé, et sa famille n'a pas pu lui rendre visite.\n\n"
        "ÉCRIVEZ À :\n\n"
        "Paul Exemple\nProcureur général\nPalais de justice, 1 rue Modèle, Ville-Exemple\n"
        "Courriel : pg@example.org\n\n"
        "Claire Fictive\nMinistre de l'Intérieur\n2 place Imaginaire, Ville-Exemple\n"
        "Courriel : mi@example.org\n\n"
        "LETTRE TYPE\n\nMonsieur le Procureur général,\n\n"
        "Je vous demande de libérer Jean Inventé.\n"
    )
    greetings = _greetings(text)
    assert greetings["Paul Exemple"] == {"fr": "Monsieur le Procureur général"}
    assert greetings["Claire Fictive"] is None


def test_one_greeting_quoted_in_two_languages_joined_by_or_is_one() -> None:
    text = (
        "Envoyez vos lettres au ministre. Commencez votre lettre par « Dear Minister » ou "
        "« Monsieur le Ministre ».\n"
    )
    assert sentence_greetings(text) == ["Dear Minister / Monsieur le Ministre"]
    # Two officials' greetings in one language stay two.
    two = 'Begin your letters "Dear Governor" or "Dear Prosecutor".\n'
    assert sentence_greetings(two) == ["Dear Governor", "Dear Prosecutor"]


# --- People at risk --------------------------------------------------------------------------


def test_a_run_of_names_ending_in_a_bodys_or_mediums_word_is_no_person() -> None:
    assert _body_by_its_end("Kanal Yeni TV")
    assert _body_by_its_end("Prairie Justice Coalition")
    assert _body_by_its_end("Senior Campaigns Officer")
    assert not _body_by_its_end("Amara Yeni Kanal")


def test_a_name_after_a_word_for_a_department_is_a_place() -> None:
    text = (
        "Il sindacalista Tomás Inventado Ruiz, della comunità di Ejemplo, nel dipartimento di "
        "Valle Ficticio, è stato arrestato il 3 marzo. Tomás Inventado Ruiz è in carcere. "
        "Chiediamo la liberazione immediata di Tomás Inventado Ruiz. Valle Ficticio è una "
        "regione rurale.\n"
    )
    case = import_document(text, source="ua.txt").case
    names = [str(p.get("name")) for p in case.get("people", [])]
    assert "Tomás Inventado Ruiz" in names
    assert "Valle Ficticio" not in names


# --- References ------------------------------------------------------------------------------


def test_a_kinds_word_and_a_word_for_number_give_the_reference() -> None:
    assert (
        _reference("Acil Eylem No: 2027/05 · 3 Mayıs 2027\n\nMetin\n") == "Acil Eylem No: 2027/05"
    )
    assert _reference("تحرك عاجل رقم 09/2027\nشبكة\n") == "تحرك عاجل رقم 09/2027"
    # In capitals, a publisher's own code: kept as printed.
    assert _reference("KURZ-AKTION Nr. 4/2027\nText\n") == "KURZ-AKTION Nr. 4/2027"
    # A newsletter's issue in capitals is no action's number.
    assert _reference("BRANCH NEWS\nNEWSLETTER No. 7/2027\nText\n") is None


def test_a_number_in_two_sets_of_arabic_script_digits_is_given_in_one() -> None:
    # Persian digits with an Arabic-Indic six (as some fonts map it).
    assert _reference("شبکه · اقدام فوری شماره ۱۲/۲٦ — متن\n") == "اقدام فوری شماره ۱۲/۲۶"


def test_an_update_suffix_printed_later_is_the_documents() -> None:
    text = (
        "Subject: Fwd: Urgent Action UA 077/27 Update 2\n\n"
        "> UA 077/27-2     Index: AFR 12/3456/2027\n"
    )
    assert _reference(text) == "UA 077/27-2"
