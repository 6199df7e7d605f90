"""Round 38a: a letter signed under a closing the closing tables do not hold whole ("Solidarische
Grüße", "In peace,", "Hormat kami,"): its signers are no people at risk, unless the text says
something befalls them or the asks name them. Invented texts."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    case = import_document(text, source="x.txt").case
    return [str(p.get("name")) for p in case.get("people", [])]


_EN = """Teacher detained in Porto Claro

The teacher Tomas Verel was arrested in Porto Claro on 3 May 2031 and is held without
charge. His family has not been allowed to see him. Tomas Verel is at risk of torture.

Please write to the President calling for the release of Tomas Verel.

{closing}

{signers}
Norlandia Programme Coordinators
"""


def test_signers_under_an_informal_closing_with_a_comma_are_no_one_at_risk() -> None:
    people = _people(
        _EN.format(closing="In hope,", signers="Mara Quillet and Fr. Odo Brankley, S.J.")
    )
    assert "Tomas Verel" in people
    assert "Odo Brankley" not in people and "Mara Quillet" not in people


_DE = """Eilaktion: Lehrerin in Haft

Die Lehrerin Ilka Vanderhoff wurde am 3. Mai 2031 in Porto Claro festgenommen. Ilka
Vanderhoff ist seitdem ohne Anklage in Haft, ihre Familie durfte sie nicht besuchen.

Bitte schreibt an den Präsidenten und fordert die Freilassung von Ilka Vanderhoff.

{closing}
Ortrun Kelbacher und Wendelin Strobach für den Vorstand
"""


def test_signers_under_greetings_with_an_adjective_are_no_one_at_risk() -> None:
    people = _people(_DE.format(closing="Kämpferische Grüße"))
    assert "Ilka Vanderhoff" in people
    assert not any("Strobach" in p or "Kelbacher" in p for p in people), people


def test_signers_under_greetings_and_thanks_are_no_one_at_risk() -> None:
    people = _people(_DE.format(closing="Liebe Grüße und vielen Dank für Eure Hilfe"))
    assert "Ilka Vanderhoff" in people
    assert not any("Strobach" in p or "Kelbacher" in p for p in people), people


_ID = """Aksi Mendesak: Aktivis ditahan

Aktivis Yonas Warikar ditangkap di Porto Claro pada 3 Mei 2031 dan ditahan tanpa dakwaan.
Keluarga Yonas Warikar tidak diizinkan menjenguknya.

Mohon tulis surat kepada Kapolda untuk membebaskan Yonas Warikar.

Salam kami,
Lembaga Advokasi Rakyat Norlandia

Pdt. Markus Tebai
Koordinator
"""


def test_a_body_signing_under_a_closing_with_a_comma_is_no_one_at_risk() -> None:
    people = _people(_ID)
    assert "Yonas Warikar" in people
    assert not any("Lembaga" in p or "Tebai" in p for p in people), people


def test_a_signer_the_text_says_is_threatened_stays() -> None:
    text = _EN.format(closing="In hope,", signers="Mara Quillet and Odo Brankley") + (
        "\nSince she signed this appeal, Mara Quillet has been threatened with death.\n"
    )
    people = _people(text)
    assert "Tomas Verel" in people
    assert "Mara Quillet" in people


def test_people_listed_with_their_ages_under_a_short_comma_line_stay() -> None:
    text = (
        "Defenders at risk\n\nThe land defenders of the valley have faced threats for years.\n\n"
        "In brief,\n\nMarta Ilves (34), teacher\nKarl Toomsalu (41), farmer\n\n"
        "Both are held at the district police station.\n"
    )
    assert "Karl Toomsalu" in _people(text)


# The tail of a body's name: every mention follows the same capitalised word inside its line.
_HELD_AT = """Students held incommunicado

The students Karl Toomsalu and Ilse Vaarik were arrested in Porto Claro on 3 May 2031. Karl
Toomsalu and Ilse Vaarik are held at the {head} Special Investigations. Their lawyers have
not been allowed into the {head} Special Investigations since.

Please write calling for the release of Karl Toomsalu and Ilse Vaarik.
"""


def test_the_tail_of_a_body_named_twice_is_no_one_at_risk() -> None:
    people = _people(_HELD_AT.format(head="Directorate of"))
    assert "Karl Toomsalu" in people and "Ilse Vaarik" in people
    assert "Special Investigations" not in people, people


def test_the_tail_of_a_body_named_twice_in_spanish_is_no_one_at_risk() -> None:
    text = (
        "Acción urgente\n\nLos estudiantes Pedro Gomezcano y Ana Ruizpérez fueron detenidos el "
        "3 de mayo de 2031 y están recluidos en la Jefatura de Operaciones Halcón. Sus familias "
        "no han podido verlos en la Jefatura de Operaciones Halcón.\n\nPedimos la libertad de "
        "Pedro Gomezcano y Ana Ruizpérez. Firme con su nombre; la jefatura no responde.\n"
    )
    people = _people(text)
    assert "Pedro Gomezcano" in people and "Ana Ruizpérez" in people
    assert not any("Halcón" in p for p in people), people


def test_a_person_always_named_after_a_courtesy_word_stays() -> None:
    text = (
        "Aksi mendesak\n\nOrang bersenjata menculik Bapak Budi Santosoputro pada 3 Mei 2031. "
        "Keluarga khawatir akan keselamatan Bapak Budi Santosoputro.\n"
    )
    assert "Budi Santosoputro" in _people(text)
