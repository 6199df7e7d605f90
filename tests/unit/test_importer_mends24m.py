"""Session 24 mends (helper 24m): leftovers of session 23's importer rounds, each tested on a
document of our own (invented people, places, numbers)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document, read_document
from appeal_tui.core.importer.layout import is_date_line
from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.prose_recipients import paragraph_blocks


def test_the_words_for_at_the_address_open_an_address_line_in_a_sentence() -> None:
    # French and Spanish sentences that send: office, name, then "à l'adresse" / "en la
    # dirección" before the street; the sentence goes on after the country.
    french = (
        "Écrivez au Président de la République, Jean-Luc Vasseur, à l'adresse Palais des "
        "Lauriers, 1000 Lomé, Togo, en lui demandant de libérer sans condition les trois "
        "étudiants et de mettre fin aux poursuites engagées contre eux."
    )
    blocks = paragraph_blocks(french, "fr")
    assert [b.lines for b in blocks] == [
        ["Président de la République", "Jean-Luc Vasseur", "Palais des Lauriers", "1000 Lomé",
         "Togo"]
    ]  # fmt: skip
    spanish = (
        "Escriban a la Fiscal General, Marta Olvido Reyes, en la dirección Avenida Central "
        "455, 01001 Ciudad de Guatemala, Guatemala, pidiéndole que investigue las amenazas "
        "contra la periodista."
    )
    blocks = paragraph_blocks(spanish, "es")
    assert [b.lines[1:] for b in blocks] == [
        ["Marta Olvido Reyes", "Avenida Central 455", "01001 Ciudad de Guatemala", "Guatemala"]
    ]


def test_at_the_address_on_a_long_line() -> None:
    # Reaching this line is the test.
    paragraph_blocks("Write to the President, A B, at the address " + "x" * 200_000, "en")


def test_a_masculine_office_of_the_a_declension_reads_a_mans_name_in_its_case() -> None:
    # Serbian "sudiji" (dative of "sudija") and Polish "wojewody" (genitive of "wojewoda")
    # end like feminine forms; the noun is masculine, so a man's name after it is in that case.
    assert latin_nominative("Draganu Iliću", "sr", "sudiji Vrhovnog suda") == "Dragan Ilić"
    assert latin_nominative("Tomasza Zielarskiego", "pl", "wojewody") == "Tomasz Zielarski"
    blocks = paragraph_blocks(
        "Pišite sudiji Vrhovnog suda Draganu Iliću na adresu Vrhovni sud, Ulica Lipa 9, "
        "11000 Beograd, Srbija, i zatražite da se istraga ubrza.",
        "sr",
    )
    assert [b.lines[1] for b in blocks] == ["Dragan Ilić"]
    # A woman holds such an office too; her name is read in the same case.
    assert latin_nominative("Anny Kowalskiej", "pl", "wojewody") == "Anna Kowalska"
    # A feminine office word still keeps a man's reading out ("ministry", genitive).
    assert latin_nominative("Anna Kowalska", "pl", "ministry") == "Anna Kowalska"


def test_a_street_named_after_a_date_has_the_shape_of_an_address_line() -> None:
    # A street's word or abbreviation of any language the tables know before the number,
    # whatever date follows; a letter's date opens with any other word.
    for street in ("Str 9 Mai 1945", "Via 20 Settembre 1870", "Calea 13 Septembrie 1989",
                   "Cll 5 de Mayo 1920", "Ul. 3 Maja 1999", "Av. 18 de Julio 1825"):  # fmt: skip
        assert not is_date_line(street), street
    for date in ("Aos 3 de março de 2026", "A 3 de marzo de 2026", "Le 3 mars 2026",
                 "Dnia 3 maja 2026", "Den 3. maj 2026", "On 3 May 2026"):  # fmt: skip
        assert is_date_line(date), date


def test_a_street_named_after_a_date_keeps_its_date_in_an_inside_address() -> None:
    text = (
        "Asociația Vecinilor din Cartierul Nou\nBd. Unirii 40\n030833 București\n\n"
        "12 martie 2026\n\nDomnului Procuror General\nMircea Valentin Ostaș\n"
        "Parchetul General\nStr 9 Mai 1945\n010101 București\nRomânia\n\n"
        "Stimate domnule Procuror General,\n\nVă scriem în legătură cu jurnalista Ilinca "
        "Doroftei, arestată în februarie.\n\nCu stimă,\nAsociația Vecinilor\n"
    )
    result = import_document(read_document(text.encode()), source="scrisoare.txt")
    (recipient,) = result.case["recipients"]
    assert recipient["address"] == ["Str 9 Mai 1945", "010101 București"]


def test_a_line_opening_like_a_street_on_a_long_line() -> None:
    # Reaching this line is the test.
    is_date_line("Str" + "a" * 200_000 + " 9 Mai 1945")
    is_date_line("Str " + "9" * 200_000)


_TO_MINISTER = (
    "Write to the Minister of Justice, Tomás Ribeiro Aldana, Ministry of Justice, Avenida "
    "Central 12, 1000 San José, Costa Rica.\n\n"
)


def _import(text: str) -> tuple[list[str], list[str]]:
    case = import_document(read_document(text.encode()), source="letter.txt").case
    return (
        [r.get("name") for r in case["recipients"]],
        [p.get("name") for p in case.get("people", [])],
    )


def test_the_signer_is_no_one_wherever_else_the_text_names_them() -> None:
    # Named again in a contact sentence: still the signer, no person at risk.
    contact = _TO_MINISTER + (
        "Please release the journalist Lucía Marbella Ocampo. Questions? Write to our "
        "coordinator Kerstin Vallgren at kerstin@group-example.se.\n\nDear Minister,\n\n"
        "I am writing about the journalist Lucía Marbella Ocampo. Please release her.\n\n"
        "Yours sincerely,\nKerstin Vallgren\n"
    )
    assert _import(contact) == (["Tomás Ribeiro Aldana"], ["Lucía Marbella Ocampo"])
    # The signer's name with a long role after a comma is a signature line too.
    long_role = _TO_MINISTER + (
        "Dear Minister,\n\nI am writing about the journalist Lucía Marbella Ocampo, detained "
        "since January. Please release Lucía Marbella Ocampo.\n\nYours sincerely,\n"
        "Kerstin Vallgren, on behalf of Lucía Marbella Ocampo's family\n"
    )
    assert _import(long_role) == (["Tomás Ribeiro Aldana"], ["Lucía Marbella Ocampo"])


def test_the_signers_own_block_over_the_date_is_no_recipient() -> None:
    letter = (
        "Kerstin Vallgren\nLindvägen 3\n752 36 Uppsala\n\n3 March 2026\n\n"
        "Minister of Justice\nTomás Ribeiro Aldana\nMinistry of Justice\nAvenida Central 12\n"
        "1000 San José\nCosta Rica\n\nDear Minister,\n\nI am writing about the journalist "
        "Lucía Marbella Ocampo, detained since January. Please release Lucía Marbella "
        "Ocampo.\n\nYours sincerely,\nKerstin Vallgren\n"
    )
    assert _import(letter) == (["Tomás Ribeiro Aldana"], ["Lucía Marbella Ocampo"])


def test_whom_a_signature_signs_for_stays_a_person_at_risk() -> None:
    letter = _TO_MINISTER + (
        "Dear Minister,\n\nI am writing about the journalist Lucía Marbella Ocampo, detained "
        "since January. Please release Lucía Marbella Ocampo.\n\nMit freundlichen Grüßen\n"
        "Freunde von Lucía Marbella Ocampo\n"
    )
    assert _import(letter)[1] == ["Lucía Marbella Ocampo"]


def test_a_signature_line_on_a_long_line() -> None:
    # Reaching this line is the test.
    from appeal_tui.core.importer.letters import signature_lines

    signature_lines("Yours sincerely,\n" + "Ab " * 70_000 + "\n")
    signature_lines("Yours sincerely,\n" + "A" * 200_000 + ", x\n")
