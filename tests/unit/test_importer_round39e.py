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
