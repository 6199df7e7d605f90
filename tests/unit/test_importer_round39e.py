"""Round 39e: salutations given once for several recipients, or once in two languages for
one. A greeting printed in two languages on its line ("Dear Minister / Sehr geehrte Frau
Ministerin") is that recipient's greeting in both languages, not one greeting for each of two
officials. Invented texts."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def _recipients(text: str, source: str = "x.txt") -> list[dict[str, Any]]:
    case = import_document(text, source=source).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


def _greeting(text: str, part: str) -> Any:
    found = [r for r in _recipients(text) if part in str(r.get("name") or "")]
    assert len(found) == 1, [r.get("name") for r in _recipients(text)]
    return found[0].get("salutation")


_TWO_LANGUAGES_DE = """Eilaktion: Journalistin in Haft

Die Journalistin Mira Tolvanen wurde am 2. Mai 2031 in Varnholm festgenommen.

Appelle an:

Präsident
Herr Aldo Brenkstrom
Präsidialamt
Palastweg 1
Varnholm
VARNLAND

Justizministerin
Frau Selma Okonkwo-Drave
Justizministerium
Postfach 44
Varnholm
VARNLAND
Fax: +99 1 234 567
Anrede: Dear Minister / Sehr geehrte Frau Ministerin

Bitte schicken Sie Ihre Appelle bis zum 30. Juni 2031.
"""

_TWO_LANGUAGES_ES = """Action alert: pastor detained

Pastor Ruben Calloway was detained in Puerto Selva on 4 April 2031.

Write to:

Mr Tomas Idrevo
Governor of Selva Province
Government House
Plaza Mayor 1
Puerto Selva

Ms Amara Quintell
Attorney General
Office of the Attorney General
Calle Real 9
Puerto Selva
Email: fiscal@example.org
Salutation: Señora Fiscal General / Dear Attorney General

Please write before 30 May 2031.
"""


def test_a_greeting_in_two_languages_stays_with_its_recipient() -> None:
    greeting = _greeting(_TWO_LANGUAGES_DE, "Okonkwo-Drave")
    assert greeting == {"en": "Dear Minister", "de": "Sehr geehrte Frau Ministerin"}
    # The official above, who has no greeting of their own, is not given half of it.
    assert _greeting(_TWO_LANGUAGES_DE, "Brenkstrom") is None


def test_a_greeting_in_spanish_and_english_is_one_greeting() -> None:
    greeting = _greeting(_TWO_LANGUAGES_ES, "Quintell")
    assert greeting == {"es": "Señora Fiscal General", "en": "Dear Attorney General"}
    assert _greeting(_TWO_LANGUAGES_ES, "Idrevo") is None


def test_greetings_in_one_language_after_two_officials_are_one_each() -> None:
    # (Guard, as on main) "Anrede: A / B" in one language after two officials: A for the
    # first, B for the second.
    text = _TWO_LANGUAGES_DE.replace(
        "Anrede: Dear Minister / Sehr geehrte Frau Ministerin",
        "Anrede: Sehr geehrter Herr Präsident / Sehr geehrte Frau Ministerin",
    )
    assert _greeting(text, "Brenkstrom") == {"de": "Sehr geehrter Herr Präsident"}
    assert _greeting(text, "Okonkwo-Drave") == {"de": "Sehr geehrte Frau Ministerin"}


# Mend 39e: the round's rule kept whole a line of one greeting per official, each in that
# official's own language, and took a Portuguese-only list for two languages.

_TWO_OFFICIALS = """Action alert: asylum seeker at risk of removal

Asylum seeker Teodor Anvik faces removal on 3 June 2031.

Write to:

Minister Wout Verhaegen
Flemish Minister of Home Affairs
Havenlaan 88
1000 Brussels

Minister Luc Ferrand
Walloon Minister of Home Affairs
Place Saint-Aubain 3
5000 Namur
Salutation: Geachte minister / Monsieur le Ministre

Please write before 1 June 2031.
"""


def test_one_greeting_per_official_each_in_its_own_language() -> None:
    assert _greeting(_TWO_OFFICIALS, "Verhaegen") == {"nl": "Geachte minister"}
    assert _greeting(_TWO_OFFICIALS, "Ferrand") == {"fr": "Monsieur le Ministre"}


def test_two_offices_in_two_languages_are_one_greeting_each() -> None:
    text = (
        _TWO_OFFICIALS.replace("Minister Luc Ferrand", "Ms Odile Ferrand")
        .replace("Walloon Minister of Home Affairs", "Chief of the Federal Police")
        .replace(
            "Geachte minister / Monsieur le Ministre",
            "Dear Minister / Madame la Directrice générale",
        )
    )
    assert _greeting(text, "Verhaegen") == "Dear Minister"
    assert _greeting(text, "Ferrand") == {"fr": "Madame la Directrice générale"}


def test_an_office_in_the_name_line_tells_whose_greeting_it_is() -> None:
    text = (
        _TWO_OFFICIALS.replace("Minister Wout Verhaegen", "Bundesrat Kurt Aebischer")
        .replace("Flemish Minister of Home Affairs", "Vorsteher des Departements des Innern")
        .replace("Minister Luc Ferrand", "Conseillère fédérale Anne Ferrand")
        .replace("Walloon Minister of Home Affairs", "Cheffe du Département de justice")
        .replace(
            "Geachte minister / Monsieur le Ministre",
            "Sehr geehrter Herr Bundesrat / Madame la Conseillère fédérale",
        )
    )
    assert _greeting(text, "Aebischer") == {"de": "Sehr geehrter Herr Bundesrat"}
    assert _greeting(text, "Ferrand") == {"fr": "Madame la Conseillère fédérale"}


_PORTUGUESE = """Ação urgente: jornalista detido

O jornalista Caio Berredo foi detido em 4 de maio de 2031.

Escreva para:

Dr. Amadeu Lobato Ferraz
Ministro da Justiça
Praça da Justiça 2
1100-001 Lisboa

Dra. Inês Rocha Quaresma
Procuradora-Geral da República
Rua do Tribunal 9
1200-002 Lisboa
Tratamento: Exmo. Senhor Ministro / Senhora Procuradora-Geral

Envie os apelos até 30 de junho de 2031.
"""


def test_a_regional_variant_is_the_same_language() -> None:
    assert _greeting(_PORTUGUESE, "Ferraz") == {"pt-PT": "Exmo. Senhor Ministro"}
    assert _greeting(_PORTUGUESE, "Quaresma") == {"pt": "Senhora Procuradora-Geral"}


def test_an_abbreviation_shared_by_languages_tells_no_language() -> None:
    text = _PORTUGUESE.replace(
        "Exmo. Senhor Ministro / Senhora Procuradora-Geral",
        "Senhor Ministro / Sra. Procuradora-Geral",
    )
    assert _greeting(text, "Ferraz") == {"pt": "Senhor Ministro"}
    assert _greeting(text, "Quaresma") is not None
    assert _greeting(text, "Quaresma") != _greeting(text, "Ferraz")
