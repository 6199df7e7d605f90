"""Mend 29b: the reviewer's findings on session 29's merge, each on a short invented text.
A "to contact the Minister" line heading the official's own block is no publisher's contact
line; a head with its own salutation over another official's block stays a recipient of its
own; a confused country's city is read once per name, not once per mention."""

from __future__ import annotations

import time
from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.countries import count_countries
from appeal_tui.core.importer.phrases import PUBLISHER_CONTACT


def _recipients(text: str, language: str) -> list[dict[str, Any]]:
    return list(import_document(text, source="x.txt", language=language).case["recipients"])


_IT = """AZIONE URGENTE
Terra Finta: giornalista trattenuta senza processo

Mela Quorst, giornalista, è stata fermata il 9 aprile 2032.

Per contattare il Procuratore Generale:
Dott. Ivo Trambel
Procura Generale
Corso dei Modelli 7
Quellberg 5511
Email: procura@finta.example
"""

_FR = """ACTION URGENTE
Terre Fictive : journaliste retenue sans procès

Mela Quorst, journaliste, a été arrêtée le 9 avril 2032.

Pour contacter la Ministre de l'Intérieur :
Mme Ines Paldor
Ministère de l'Intérieur
8 avenue des Modèles
Quellberg 5511
Courriel : ministre@interieur.example
"""


def test_to_contact_an_official_heads_their_block() -> None:
    for text, language, name in [
        (_IT, "it", "Dott. Ivo Trambel"),
        (_FR, "fr", "Mme Ines Paldor"),
    ]:
        found = _recipients(text, language)
        assert [r["name"] for r in found] == [name], found


def test_to_contact_the_publishers_desk_is_still_its_own_line() -> None:
    for line in [
        "Per contattare la sezione: Lia Morven",
        "Per contattare l'ufficio stampa: 06 0000",
        "Per contattarci: info@example.org",
        "Para contactar al Observatorio: línea directa",
        "Para contactar a la organización: Ana Velt",
        "Pour contacter le secrétariat : Léo Brandt",
    ]:
        assert PUBLISHER_CONTACT.match(line), line
    for line in [
        "Per contattare il Ministro della Giustizia:",
        "Para contactar al Fiscal General:",
        "Para contactar a la Ministra de Justicia:",
        "Pour contacter le Président de la République :",
    ]:
        assert not PUBLISHER_CONTACT.match(line), line


_EN = """URGENT ACTION
Mock Country: lawyer held incommunicado

Tavi Renholm, a lawyer, was detained on 2 May 2032.

Please write to:

Office of the Ombudsman
Salutation: Dear Ombudsman

Minister of the Interior
Ms Petra Loevik
9 Sample Avenue
Quellberg 5511
Email: interior@mock.example
"""


def test_a_head_with_its_own_salutation_over_an_officials_block_stays_apart() -> None:
    found = _recipients(_EN, "en")
    minister = next(r for r in found if r["name"] == "Ms Petra Loevik")
    assert minister.get("organisation") != "Office of the Ombudsman", minister
    assert minister.get("salutation") != "Dear Ombudsman", minister
    assert any(r["name"] == "Office of the Ombudsman" for r in found), found


def test_a_confused_country_named_often_is_read_in_linear_time() -> None:
    words = "Kinshasa, Zaire. A note on Congo and Zaire, again Congo. "
    line = words * 400  # one long line, 1600 mentions
    started = time.perf_counter()
    counts = count_countries([(line, 1)])
    assert time.perf_counter() - started < 3.0
    # Each mention keeps its reading: as many as before, and one city beside one name.
    assert sum(counts.values()) == 4 * 400
