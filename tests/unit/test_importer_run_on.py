"""Run-on pastes (issue 16): an urgent action whose line breaks were lost (a blog's repost, a
web page pasted as text) is cut back into lines before its blocks are read. Short texts of our
own, in several languages; names, places and addresses are invented."""

from __future__ import annotations

import pytest
from importer_support import found_recipients, plain

from appeal_tui.core.importer.run_on import is_run_on, split_run_on

STORY = {
    "en": "URGENT ACTION: JOURNALIST DETAINED IN ELBONIA. The journalist Tom Vale was arrested "
    "at his home on 3 March and has been held without charge since then. His family has not "
    "been allowed to see him and fears that he is being ill-treated in custody. Please write "
    "immediately in English or your own language calling on the authorities to release him.",
    "es": "ACCIÓN URGENTE: PERIODISTA DETENIDO EN ELBONIA. El periodista Tomás Vale fue "
    "detenido en su domicilio el 3 de marzo y permanece recluido sin cargos desde entonces. "
    "Su familia no ha podido visitarlo y teme que sufra malos tratos bajo custodia. Escriban "
    "inmediatamente en español o en su propio idioma pidiendo que lo liberen.",
    "de": "URGENT ACTION: JOURNALIST IN ELBONIEN INHAFTIERT. Der Journalist Tom Vale wurde am "
    "3. März in seiner Wohnung festgenommen und wird seitdem ohne Anklage festgehalten. Seine "
    "Familie durfte ihn nicht besuchen und befürchtet, dass er in Haft misshandelt wird. Bitte "
    "schreiben Sie sofort auf Deutsch oder Englisch an die Behörden.",
    "fr": "ACTION URGENTE : JOURNALISTE DÉTENU EN ELBONIE. Le journaliste Tom Vale a été "
    "arrêté à son domicile le 3 mars et il est détenu sans inculpation depuis. Sa famille n'a "
    "pas pu lui rendre visite et craint qu'il ne soit maltraité en détention. Veuillez écrire "
    "immédiatement en français ou dans votre propre langue pour demander sa libération.",
}

ONE_LINE = {
    "en": STORY["en"] + " PLEASE SEND APPEALS BEFORE 20 APRIL TO: Minister of Justice Anna Grey "
    "Ministry of Justice 12 Court Street Elbo City 1001 Elbonia Fax: +99 1 234 5678 Email: "
    "minister@justice-example.eb Salutation: Dear Minister And copies to: Ambassador Carl Stone "
    "Embassy of Elbonia 40 Park Road London W1 2AB Fax: +44 20 7946 0000 Email: "
    "embassy@elbonia-example.org Salutation: Your Excellency",
    "es": STORY["es"] + " ENVÍEN LLAMAMIENTOS ANTES DEL 20 DE ABRIL DE 2025 A: Ministra de "
    "Justicia Ana Gris Ministerio de Justicia Calle del Tribunal 12 1001 Ciudad de Elbo Elbonia "
    "Fax: +99 1 234 5678 Correo-e: ministra@justicia-ejemplo.eb Tratamiento: Señora Ministra",
    "de": STORY["de"] + " SCHREIBEN SIE BITTE BIS 20. APRIL AN: Justizministerin Anna Grau "
    "Justizministerium Gerichtsstraße 12 1001 Elbostadt ELBONIEN Fax: +99 1 234 5678 E-Mail: "
    "ministerin@justiz-beispiel.eb Anrede: Sehr geehrte Frau Ministerin",
    "fr": STORY["fr"] + " MERCI D'ENVOYER VOS APPELS AVANT LE 20 AVRIL À : Ministre de la "
    "Justice, Mme Anne Gris, Ministère de la Justice, 12 rue du Tribunal, 1001 Elbo-Ville, "
    "Elbonie Fax : +99 1 234 5678 Courriel : ministre@justice-exemple.eb Formule d'appel : "
    "Madame la Ministre",
}

EXPECTED = {
    "en": ("Anna Grey", "+99 1 234 5678", "minister@justice-example.eb", "Dear Minister"),
    "es": ("Ana Gris", "+99 1 234 5678", "ministra@justicia-ejemplo.eb", "Señora Ministra"),
    "de": (
        "Anna Grau",
        "+99 1 234 5678",
        "ministerin@justiz-beispiel.eb",
        "Sehr geehrte Frau Ministerin",
    ),
    "fr": ("Anne Gris", "+99 1 234 5678", "ministre@justice-exemple.eb", "Madame la Ministre"),
}


@pytest.mark.parametrize("language", sorted(ONE_LINE))
def test_a_text_on_one_line_gives_its_recipient(language: str) -> None:
    name, fax, email, salutation = EXPECTED[language]
    first = found_recipients(ONE_LINE[language])[0]
    assert name in first["name"]
    assert first["fax"] == [fax]
    assert first["email"] == [email]
    assert plain(first["salutation"]) == salutation
    assert first["role"] == "primary"


def test_copies_heading_inside_the_line_opens_a_copy_recipient() -> None:
    found = found_recipients(ONE_LINE["en"])
    assert [r["name"] for r in found] == ["Anna Grey", "Carl Stone"]
    assert [r["role"] for r in found] == ["primary", "copy"]
    assert found[1]["fax"] == ["+44 20 7946 0000"]
    assert found[1]["email"] == ["embassy@elbonia-example.org"]
    assert plain(found[1]["salutation"]) == "Your Excellency"


def test_heading_and_story_get_lines_of_their_own() -> None:
    lines = split_run_on(ONE_LINE["en"]).split("\n")
    assert "PLEASE SEND APPEALS BEFORE 20 APRIL TO:" in lines
    assert "And copies to:" in lines
    assert any(line.startswith("His family has not been allowed") for line in lines)


def test_an_office_after_an_address_ends_opens_the_next_block() -> None:
    text = (
        "Please write to the officials below in English or your own language before 20 April "
        "2025, asking for the release of the journalist. President Omar Hale Office of the "
        "President 1 Palace Road Elbo City 1001 Elbonia Fax: +99 1 111 1111 Email: "
        "president@office-example.eb Prosecutor General Lena Moss Office of the Prosecutor "
        "General 5 Law Street Elbo City 1002 Elbonia Fax: +99 1 222 2222 Email: "
        "prosecutor@office-example.eb"
    )
    found = found_recipients(text)
    assert [(r["name"], r["fax"], r["email"]) for r in found] == [
        ("Omar Hale", ["+99 1 111 1111"], ["president@office-example.eb"]),
        ("Lena Moss", ["+99 1 222 2222"], ["prosecutor@office-example.eb"]),
    ]


def test_run_on_paragraphs_keep_their_blank_lines() -> None:
    text = STORY["en"] + "\n\n" + ONE_LINE["en"][len(STORY["en"]) + 1 :]
    found = found_recipients(text)
    assert [r["name"] for r in found] == ["Anna Grey", "Carl Stone"]


def test_a_block_written_on_one_line_is_no_run_on_text() -> None:
    """One recipient with its fields on a line (what the block reader reads as it is), and a
    long paragraph of running text, stay as they are."""
    block = (
        "Minister of Justice Anna Grey, Ministry of Justice, 12 Court Street, Elbo City 1001, "
        "Elbonia Fax: +99 1 234 5678 Email: minister@justice-example.eb Salutation: Dear "
        "Minister of Justice, thank you"
    )
    text = f"{STORY['en']}\n\nPlease write to:\n{block}\n"
    assert not is_run_on(STORY["en"])
    assert not is_run_on(block)
    assert split_run_on(text) == text


def test_odd_input_is_no_error() -> None:
    assert split_run_on("") == ""
    assert split_run_on("Fax: " * 200) is not None
    assert split_run_on("x" * 5000) == "x" * 5000


def test_a_country_closing_an_address_ends_its_line() -> None:
    """Round 22d: a country's name (any language CLDR knows) after a postcode ends the
    address; what follows (a bracketed greeting) starts a line of its own."""
    from appeal_tui.core.importer.run_on import split_line

    line = (
        "Sr. Marco Pinheiro Rua das Acácias 41 1250-096 Lisboa PORTUGAL (saudação em "
        "português) Fax: +351 21 000 0000 Email: gabinete@exemplo.pt Saudação: Senhor Ministro"
    )
    lines = split_line(line)
    assert any(x.endswith("Lisboa PORTUGAL") for x in lines)
    assert any(x.startswith("(saudação") for x in lines)


def test_a_heading_in_capitals_ends_before_an_honorific() -> None:
    """An office or a body printed in capitals, then who holds it: the name starts a line."""
    from appeal_tui.core.importer.run_on import split_line

    line = (
        "MINISTRE DE L'INTÉRIEUR DE L'ÉLBONIE M. Paul Exemple 3 place Modèle 75001 Paris "
        "Fax: +33 1 00 00 00 00 Courriel: cabinet@exemple.fr"
    )
    assert split_line(line)[:2] == [
        "MINISTRE DE L'INTÉRIEUR DE L'ÉLBONIE",
        "M. Paul Exemple 3 place Modèle 75001 Paris Fax: +33 1 00 00 00 00 "
        "Courriel: cabinet@exemple.fr",
    ]


def test_a_greeting_in_two_languages_stays_one_value() -> None:
    """ "(Salutation: Estimado Señor / Dear Sir)": a label inside a bracket is read as a
    label, and a greeting's languages parted by a slash stay on its line."""
    from appeal_tui.core.importer.run_on import split_line

    line = (
        "Dr. Lena Vorbild Hauptweg 7 12345 Musterstadt (Anrede: Estimada Señora Ministra / "
        "Dear Minister / Sehr geehrte Frau Ministerin) Fax: +49 30 000000 E-Mail: a@b.example"
    )
    lines = split_line(line)
    greeting = next(x for x in lines if "Anrede:" in x)
    assert "Sehr geehrte Frau Ministerin)" in greeting


def test_country_cut_is_linear_on_a_long_line() -> None:
    from appeal_tui.core.importer.run_on import split_line

    assert split_line("Fax: 1 " + "a" * 200_000)
    assert split_line("Fax: 1 12345 " + "FRANCE " * 3000)


def test_a_quoted_name_with_commas_ends_no_block_in_endless_cuts() -> None:
    """A block's first part holding a quoted name with three commas or more is cut once (it
    was cut again the same way without end before round 22d)."""
    from appeal_tui.core.importer.flat_lines import split_flat

    block = (
        'Centro "General Ana, Soldado Beto, Cabo Caio, Sargento Davi" Rua Modelo 12, '
        "Bairro Exemplo, Cidade Amostra, Elbonia"
    )
    assert split_flat(block)[1:] == ["Bairro Exemplo", "Cidade Amostra", "Elbonia"]
