"""Session 24 mends (helper 24m): leftovers of session 23's importer rounds, each tested on a
document of our own (invented people, places, numbers)."""

from __future__ import annotations

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
