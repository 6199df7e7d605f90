"""Round 30d: address lines. A section's heading after a block ends its address; a country's
official form on the block's last line (a language's long form, or a name CLDR's searched
locales lack) is the country, no address line.
Each on a short invented block."""

from __future__ import annotations

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.recipient_lines import interpret


def test_a_section_heading_after_the_block_ends_the_address() -> None:
    # Persian "background" alone; Urdu "background:" opening its paragraph.
    who = interpret(["Ayaan Rostami", "Ambassador", "Beispielallee 12", "14195 Berlin", "زمینه"])
    assert who.address == ["Beispielallee 12", "14195 Berlin"]
    who = interpret(
        ["Ayaan Rostami", "Chairperson", "Plot 9, Sector K-2", "Islamabad", "پس منظر: کچھ متن۔"]
    )
    assert who.address == ["Plot 9, Sector K-2", "Islamabad"]
    # Nepali "more information".
    who = interpret(["Ram Bahadur Thapa", "Chairperson", "Plot 4, Sample Road", "Kathmandu",
                     "थप जानकारी"])  # fmt: skip
    assert who.address == ["Plot 4, Sample Road", "Kathmandu"]


def test_long_forms_of_states_on_the_last_line_are_the_country() -> None:
    assert split_country("Кыргызская Республика") is not None
    assert split_country("Қазақстан Республикасы") is not None
    assert split_country("Монгол Улс") is not None
    assert split_country("England") is not None
    who = interpret(
        ["Ulan Mirov", "General Prosecutor", "ул. Примерная, 5", "720001, г. Бишкек",
         "Кыргызская Республика"]
    )  # fmt: skip
    assert who.address == ["ул. Примерная, 5", "720001, г. Бишкек"]
    assert who.country == "Кыргызская Республика"
