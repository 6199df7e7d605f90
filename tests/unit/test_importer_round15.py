"""Round 15 of the importer (session 13): mechanisms chosen by the causes of next111-next130's
first-sight misses (docs/importer.md, "Round 15"), each tested on a short text of our own in
another language or layout than the text that showed the miss. Each test asserts what a reader
of the case would see."""

from __future__ import annotations

from typing import Any

from importer_support import found_recipients as _recipients
from importer_support import imported_case
from importer_support import plain as _plain

from appeal_tui.core.importer.fields import find_reference


def _named(text: str, name: str) -> dict[str, Any]:
    return next(r for r in _recipients(text) if name in r["name"])


# A table whose heading row names its columns, one of them several fields joined by slashes,
# and whose last column is the salutation.
_TABLE = (
    "<html><body><h2>Write to</h2><p>Please write in Spanish before 9 May 2027.</p>"
    "<table><thead><tr><th>Recipient</th><th>Address</th><th>Fax / e-mail / X</th>"
    "<th>Salutation</th></tr></thead><tbody>"
    "<tr><td>Minister of the Interior<br>Sr. Pablo Example Soto</td>"
    "<td>Calle Ejemplo 12<br>Asunción<br>Paraguay</td>"
    "<td>E-mail: ministro@interior-example.gov.py</td><td>Señor Ministro</td></tr>"
    "<tr><td>Attorney General<br>Sra. Ana Example Ruiz</td>"
    "<td>Avenida Ejemplo 40<br>Asunción<br>Paraguay</td>"
    "<td>Fax: +595 21 555 0101</td><td>Señora Fiscal General</td></tr>"
    "</tbody></table></body></html>"
)


def test_a_table_whose_heading_names_fields_joined_by_slashes_is_read_a_row_a_recipient() -> None:
    minister = _named(_TABLE, "Pablo Example Soto")
    assert _plain(minister["title"]) == "Minister of the Interior"
    assert minister["email"] == ["ministro@interior-example.gov.py"]
    # The last column's heading names the field: its cell is the salutation.
    assert _plain(minister["salutation"]) == "Señor Ministro"
    attorney = _named(_TABLE, "Ana Example Ruiz")
    assert attorney["fax"] == ["+595 21 555 0101"]
    assert _plain(attorney["salutation"]) == "Señora Fiscal General"


_BULLETS = """APPEL URGENT

Adresses :

• M. Jean Exemple, Ministre de la Justice
Ministère de la Justice
12, rue de l'Exemple
1000 Ville, Exempleland
E-mail : ministre@justice-example.org

• Mme Marie Exemple, Ministre de l'Intérieur
3, avenue Exemple
1001 Ville, Exempleland
Fax : +999 71 555 100

Copies à :

• S.E. M. Paul Exemple, Ambassadeur, Représentant permanent
Mission permanente de la République d'Exempleland auprès de l'Office des Nations unies à Genève
Case postale 99
1211 Genève 19, Suisse
"""


def test_blocks_opened_by_a_bullet_on_the_person_and_their_office() -> None:
    justice = _named(_BULLETS, "Jean Exemple")
    assert _plain(justice["title"]) == "Ministre de la Justice"
    assert not justice["name"].startswith("•")
    interior = _named(_BULLETS, "Marie Exemple")
    assert interior["fax"] == ["+999 71 555 100"]
    mission = _named(_BULLETS, "Paul Exemple")
    assert mission["role"] == "copy"
    assert _plain(mission["title"]) == "Ambassadeur, Représentant permanent"
    assert _plain(mission["organisation"]).startswith("Mission permanente")


_BILINGUAL = """Kopien an / Copies à
Botschaft der Republik Chile
Ambassade de la République du Chili
S.E. Herr / M. Karl Exemple, Botschafter / Ambassadeur
Musterweg 5
3000 Bern
Anrede / Formule d'appel : Exzellenz / Excellence
"""


def test_labels_courtesy_words_and_a_body_in_two_languages_are_each_one() -> None:
    text = "Schreiben Sie an:\n\nBundespräsident\nHerr Max Beispiel\nSchloss 1\n1000 Stadt\n\n"
    ambassador = _named(text + _BILINGUAL, "Karl Exemple")
    assert ambassador["role"] == "copy"
    # (Courtesy words stay in a name, as everywhere; the slash between their languages goes.)
    assert ambassador["name"].endswith("Karl Exemple") and "/" not in ambassador["name"]
    assert _plain(ambassador["title"]) == "Botschafter / Ambassadeur"
    assert _plain(ambassador["organisation"]).startswith("Botschaft der Republik Chile / ")
    assert ambassador["address"] == ["Musterweg 5", "3000 Bern"]


_FOOTER = """SEND APPEALS TO:

Minister of Justice
Mr Omar Example
Ministry of Justice
12 Example Street
Example City
Fax: +999 5 555 0100

COPIES TO:
Embassy of Exampleland
Network Section · 4 Harbour Road · 1000 Town · Tel. +44 20 555 0199 · Fax +44 20 555 0198
– E-mail: network@network-example.org
8 Embassy Row
1001 Town
Fax: 020 555 0177
"""


def test_the_publishers_footer_across_a_block_and_its_wrapped_tail_are_no_lines_of_it() -> None:
    embassy = _named(_FOOTER, "Embassy of Exampleland")
    assert embassy["role"] == "copy"
    assert embassy.get("email", []) == []
    assert embassy["fax"] == ["020 555 0177"]
    assert embassy["address"] == ["8 Embassy Row", "1001 Town"]


def test_a_publishers_case_code_is_the_reference_when_no_ua_number_is_printed() -> None:
    text = "URGENT INTERVENTION\n\nCase EXM 120327.TORT\n\nPlease write to the authorities."
    assert find_reference(text).reference == "EXM 120327.TORT"
    observatory = "URGENT APPEAL\nEXM 003 / 0327 / OBS 041.2\nNew information\n"
    assert find_reference(observatory).reference == "EXM 003 / 0327 / OBS 041.2"
    # A UA number, when printed, stays the reference.
    assert find_reference("UA 12/27 ... EXM 120327.TORT").reference == "UA 12/27"


_LETTER = """Write to:

President Ana Mendoza
Office of the President
1 Palace Road
Example City

Minister Bo Larsen
Ministry of Labour
2 Labour Street
Example City

Model letter:

Dear President Mendoza,

I am writing to ask you to release the union leader.

Yours sincerely,
"""


def test_a_greeting_that_names_an_official_goes_to_that_official_only() -> None:
    recipients = {r["name"]: r for r in _recipients(_LETTER)}
    president = next(r for name, r in recipients.items() if "Ana Mendoza" in name)
    minister = next(r for name, r in recipients.items() if "Bo Larsen" in name)
    assert _plain(president["salutation"]) == "Dear President Mendoza"
    assert "salutation" not in minister


_SIGNED = """Subject: Urgent action: trade unionist detained

Please write before 3 June 2027 to:

Minister of the Interior
Mr Lee Example
Ministry of the Interior
5 Example Avenue
Example City
Fax: +999 2 555 0110

--
Action coordinator
Example Network
7 Network Lane, 1000 Town
coordinator@network-example.org
"""


def test_an_e_mails_signature_is_no_recipient() -> None:
    names = [r["name"] for r in _recipients(_SIGNED)]
    assert any("Lee Example" in n for n in names)
    assert not any("coordinator" in n.casefold() or "Network" in n for n in names)


def test_languages_named_after_a_label_and_a_deadline_said_around_the_date() -> None:
    case = imported_case(
        "PILNA AKCJA\n\nPREFEROWANY JĘZYK APELI: hiszpański lub angielski.\n"
        "Ministro del Interior\nSr. Juan Ejemplo\nCalle Ejemplo 1\nAsunción\n\n"
        "APRÈS LE 3 JUIN 2027, VÉRIFIEZ AUPRÈS DU SECRÉTARIAT.\n"
    )
    assert case["languages"][:2] == ["es", "en"]
    assert str(case["deadline"]) == "2027-06-03"
