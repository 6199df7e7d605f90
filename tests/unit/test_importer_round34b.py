"""Round 34b: recipients named only inside running sentences. A verb that sends (or a copy
phrase), then an office in small letters whose complement may be capitalised, a courtesy word
of any language and the name; a short rank cut with a full stop before a name inside the comma
run; a particle inside the name; Portuguese spoken "pro"/"pra". Each on an invented text."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.prose_recipients import asks_to_send, paragraph_blocks
from importer_reading import recipients as _recipients


def _by_name(found: list[dict[str, Any]], part: str) -> dict[str, Any]:
    hits = [r for r in found if part in str(r.get("name"))]
    assert hits, [r.get("name") for r in found]
    return hits[0]


_NL = """URGENTE ACTIE UA 12/26
IJsland: dichter vastgehouden

De dichter Arni Vellir werd op 3 maart 2026 in Hafnar opgepakt.

Stuur uw brief aan koning Haraldur bin Osk Al Varr, Koninklijk Paleis, Kongsvegur 1, 101
Reykjavik, IJsland (fax: +354 555 0101) en begin met de aanhef 'Majesteit'. Een tweede brief
kunt u richten aan de voorzitter van de Rechtencommissie, dr. Ilyas bin Tarek Al-Verro,
Rechtencommissie, Postbus 1234, 600 Akureyri, IJsland (e-mail: info@rechten.example), aanhef
'Excellentie'.

Stuur uw brief voor 30 april 2026.
"""


def test_an_office_in_small_letters_then_a_courtesy_word_in_small_letters_and_a_name() -> None:
    found = _recipients(_NL)
    second = _by_name(found, "Tarek Al-Verro")
    assert "voorzitter van de Rechtencommissie" in str(second.get("title"))
    assert second["email"] == ["info@rechten.example"]


def test_a_particle_inside_the_name_after_an_office_in_small_letters() -> None:
    first = _by_name(_recipients(_NL), "Haraldur")
    assert first["name"] == "Haraldur bin Osk Al Varr"
    assert first["fax"] == ["+354 555 0101"]


_FR = """APPEL URGENT AU 7/26
Islande : un journaliste menacé

Le journaliste Jon Tindur est menacé depuis mars 2026.

Écrivez au ministre de la Justice, Mme Sigrun Holt, Ministère de la Justice, Skuggasund 3, 101
Reykjavik, Islande (courriel : postur@dmr.example). Si vous le pouvez, écrivez également au
président de la République, M. Gudni Arnarson Breid, Présidence de la République, Sóleyjargata
1, 101 Reykjavik, Islande, ou interpellez-le sur les réseaux sociaux.
"""


def test_a_capitalised_complement_before_the_comma_and_the_courtesy_word() -> None:
    president = _by_name(_recipients(_FR), "Arnarson Breid")
    assert "président de la République" in str(president.get("title"))
    assert president.get("country") == "Islande"


_EN = """URGENT APPEAL UA 9/26
Iceland: fisherman detained

Letters should be addressed to the Minister of Fisheries, Helga Tomasdottir, Ministry of
Fisheries, 5 Skulagata, 101 Reykjavik, Iceland (email: postur@atv.example). You may also write
to the Commander of the Coastal Brigade, BGen. Tomas K. Verlin, Camp Harlow, 12 Shore Road, 230
Keflavik, Iceland, who is responsible for the patrols.

Copies can go to the Chairperson of the Rights Commission, Atty. Lina M. Oskarsdottir, Rights
House, 4 Harbour Street, 600 Akureyri, Iceland (email: chair@rights.example).
"""


def test_a_rank_cut_short_before_a_name_ends_no_sentence() -> None:
    found = _recipients(_EN)
    commander = _by_name(found, "Verlin")
    assert commander["role"] == "primary"
    assert commander.get("title") == "Commander of the Coastal Brigade"
    chair = _by_name(found, "Oskarsdottir")
    assert chair["role"] == "copy"
    assert chair["email"] == ["chair@rights.example"]


def test_a_full_stop_after_a_place_still_ends_the_sentence() -> None:
    blocks = paragraph_blocks(
        "Write to the Minister, Ana Vell, 3 Main Road, Reykjavik, Iceland. Ask her to free him."
    )
    assert len(blocks) == 1
    assert blocks[0].lines[-1] == "Iceland"


_PT = """Cartas da semana

Pra quem escrever:

  Gudrun Eyvindsdottir
  Ministra da Justiça
  Skuggasund 3
  101 Reykjavik
  Islândia
  gabinete@mj.example

Pode começar com "Senhora Ministra". E, se quiser,
mande uma cópia pro Conselho de Direitos de Hafnar (conselho@cdh.example), que acompanha o caso.
"""


def test_portuguese_spoken_pro_after_a_verb_that_sends_a_copy() -> None:
    council = _by_name(_recipients(_PT), "Conselho de Direitos")
    assert council["role"] == "copy"
    assert council["email"] == ["conselho@cdh.example"]


_SHORT = """BLIXTAKTION
Island: journalist gripen

Journalisten Arni Vellir greps den 3 mars 2026.

Skriv till justitieministern, Helga Tomasdottir, Justitiedepartementet, Skuggasund 3, 101
Reykjavik, Island.

Skicka gärna en kopia till Islands ambassad, Kungsgatan 7, 114 56 Stockholm.

Skicka vädjanden senast den 5 maj 2026.
"""


def test_a_short_sentence_that_sends_a_copy_with_its_address() -> None:
    embassy = _by_name(_recipients(_SHORT), "ambassad")
    assert embassy["role"] == "copy"
    assert embassy.get("address") == ["Kungsgatan 7", "114 56 Stockholm"]


def test_a_short_sentence_that_sends_a_copy_by_e_mail() -> None:
    text = (
        "AÇÃO URGENTE\n\nEscreva ao Ministro da Justiça, Paulo Vidal, Rua Nova 3, "
        "101 Reykjavik, Islândia.\n\n"
        "Envie uma cópia ao Conselho de Direitos de Hafnar, pelo e-mail cdh@hafnar.example.\n"
    )
    council = _by_name(_recipients(text), "Conselho de Direitos")
    assert council["role"] == "copy"
    assert council["email"] == ["cdh@hafnar.example"]


_EL = (
    "ΕΠΕΙΓΟΥΣΑ ΔΡΑΣΗ 9/26\nΙσλανδία: ψαράς υπό κράτηση\n\n"
    "Ο ψαράς Άρνι Βέλιρ κρατείται από τις 3 Μαρτίου 2026.\n\n"
    "Γράψτε στον Υπουργό Αλιείας, κ. Άρη Βέλλο, Οδός Ακτής 12, 101 01 Ρέικιαβικ, Ισλανδία "
    "(e-mail: ypourgos@alieia.example), με προσφώνηση «Αξιότιμε κύριε Υπουργέ», καθώς και στην "
    "Εισαγγελέα Βορείου Λιμένος, κα Ιωάννα Σταυρίδη, Δικαστικό Μέγαρο, Οδός Πύλης 8, 600 01 "
    "Άκουρεϊρι, Ισλανδία (φαξ: +354 555 0202), με προσφώνηση «Αξιότιμη κυρία Εισαγγελέα».\n\n"
    "Μπορείτε επίσης να στείλετε αντίγραφο της επιστολής σας στην Πρεσβεία της Ισλανδίας, Οδός "
    "Λιμένος 5, 185 35 Πειραιάς (e-mail: presveia@island.example).\n"
)


def test_greek_write_to_the_office_and_as_well_as_to_the_next() -> None:
    found = _recipients(_EL)
    minister = _by_name(found, "Βέλλο")
    assert minister["role"] == "primary"
    assert minister["email"] == ["ypourgos@alieia.example"]
    prosecutor = _by_name(found, "Σταυρίδη")
    assert prosecutor["role"] == "primary"
    assert prosecutor["fax"] == ["+354 555 0202"]


def test_greek_a_copy_sent_to_the_embassy_in_a_sentence() -> None:
    found = _recipients(_EL)
    embassy = [r for r in found if "presveia@island.example" in r.get("email", [])]
    assert embassy and embassy[0]["role"] == "copy"


# Mend 34b: a reviewer's invented texts that main read right and round 34b wrong.


def test_a_short_paragraph_that_tells_what_was_sent_names_no_recipient() -> None:
    for sentence, person in (
        ("Letters were sent to the governor, Mr Omar Dax, in 2025.", "Omar Dax"),
        (
            "Our thanks go to the minister of health, Dr. Kofi Mensah, who met our "
            "delegation in 2025.",
            "Kofi Mensah",
        ),
    ):
        case = import_document(f"URGENT ACTION\n\n{sentence}\n", source="x.txt").case
        assert [r for r in case["recipients"] if r.get("key") != "to-be-completed"] == []
        assert person in str(case.get("people"))


def test_a_state_cut_short_before_a_capitalised_name_ends_the_sentence() -> None:
    text = (
        "URGENT ACTION\n\nWrite to the Warden, State Prison, 1 Main St, Boston, Mass. "
        "Governor Jane Roe, who appointed him, has not acted.\n"
    )
    (warden,) = _recipients(text)
    assert warden["address"] == ["1 Main St", "Boston", "Mass"]


def test_of_after_the_name_is_the_offices_complement_no_particle() -> None:
    text = (
        "URGENT ACTION\n\nYou can also write to governor Omar Dax of Northland, Governor's "
        "Office, 2 Hill Road, Northtown, Ostravia.\n"
    )
    (governor,) = _recipients(text)
    assert governor["name"] == "Omar Dax"
    assert governor["title"] == "governor of Northland"
    assert governor["address"] == ["2 Hill Road", "Northtown", "Ostravia"]


def test_please_in_any_language_before_the_verb_still_asks_the_reader() -> None:
    # "please" of the table's languages, a comma after it as written, opens a request to the
    # reader; a sentence telling what was sent does not, in any language.
    assert asks_to_send("Por favor, envíe una copia al ministro, Sr. Tomás Vidal, en 2025.")
    assert asks_to_send("Bitte schreiben Sie an den Minister, Herrn Ole Brandt, bis Mai.")
    assert not asks_to_send("Se enviaron cartas al ministro, Sr. Tomás Vidal, en 2025.")
    assert not asks_to_send("Letters were sent to the governor, Mr Omar Dax, in 2025.")
