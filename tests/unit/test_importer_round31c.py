"""Round 31c: a recipient's title. A block's heading read as its title (a role's name, a
copies heading with its verb, a letter's opener: `recipient_lines.heading_as_title`, rows of
`language_rows.BLOCK_HEAD_WORDS`) is no title, and an office read as the organisation under it
is. On a short invented text; guard: an office is no heading."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import heading_as_title
from importer_reading import recipients as _recipients

_ROLE_ABOVE = """URGENT ACTION
Teacher detained

Tom Kvel, a teacher, was arrested on 3 March 2026.

PLEASE WRITE IMMEDIATELY

Primary
Marek Lunov
Chief of Police
Police Headquarters
12 Linden Road
Marov, Fredonia
Email: chief@police.example
"""


def test_a_role_printed_above_the_name_is_no_title() -> None:
    found = _recipients(_ROLE_ABOVE, language="en")
    assert found[0]["name"] == "Marek Lunov"
    assert found[0]["title"] == "Chief of Police"
    assert not found[0].get("organisation")


def test_headings_of_several_languages_are_no_title() -> None:
    for heading in ("KOPIJE POŠLJITE", "ХУУЛБАР ИЛГЭЭХ", "မိတ္တူ", "Primary", "Copies to:", "לכבוד"):
        assert heading_as_title(heading), heading
    for office in ("Minister of Justice", "Director", "Generalni tožilec", "Chief of Police"):
        assert not heading_as_title(office), office
    assert not heading_as_title(None)
