"""Session 25 (imp25h): the held-out halves of session 24's kinds. Each text here is our own
(invented people, offices and addresses), in another language or layout than the training
document that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.prose_recipients import paragraph_blocks

# Lithuanian: whom in the dative after "rašykite", an office in small letters after a
# complement in capitals, each recipient's fields in brackets parted by slashes.
LITHUANIAN = (
    "Rašykite Primerijos teisingumo ministrui Tomui Kalnaičiui (Teisingumo ministerija / "
    "Sodų g. 7 / 10101 Primeris / Primerija / el. p. info@tm.example.org) ir "
    "Aukščiausiojo Teismo pirmininkei Ingai Pavyzdienei (Aukščiausiasis Teismas / "
    "Teismų a. 2 / 10102 Primeris / Primerija / faks. +370 5 000 00 01). Prašome rašyti "
    "kuo greičiau, nes jis yra sulaikytas ir jo šeima apie tai nieko nežino."
)


def test_baltic_languages_are_detected() -> None:
    assert detect_language(LITHUANIAN).code == "lt"
    latvian = (
        "Viņš tika aizturēts pēc tam, kad bija piedalījies protestā, un viņa ģimene par to "
        "nav informēta. Lūdzam rakstīt arī ministram, lai viņu atbrīvotu."
    )
    assert detect_language(latvian).code == "lv"


def test_lithuanian_datives_back_to_the_nominative() -> None:
    assert latin_nominative("Tomui Kalnaičiui", "lt") == "Tomas Kalnaitis"
    assert latin_nominative("Ingai Pavyzdienei", "lt") == "Inga Pavyzdienė"
    assert latin_nominative("Jurijui Petrovičiui", "lt") == "Jurijus Petrovičius"
    assert latin_nominative("Tomas Kalnaitis", "lt") == "Tomas Kalnaitis"


def test_a_complement_in_capitals_before_the_office_parts_off_the_declined_name() -> None:
    blocks = paragraph_blocks(LITHUANIAN, "lt")
    names = [line for b in blocks for line in b.lines]
    assert "Tomas Kalnaitis" in names
    assert "Inga Pavyzdienė" in names
    assert "Primerijos teisingumo ministrui" in names
