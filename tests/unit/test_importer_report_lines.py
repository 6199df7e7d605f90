"""The import report points at the line each instruction-like ask was read from (issue 16: "for
each field it could not read, the import report gives the line of the document where a reader
should look"), not at the first line of the asks' section."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.hints import Locator
from appeal_tui.core.importer.layout import document_lines

# A case sheet of our own whose list after the languages line mixes asks with notes to writers.
_SHEET = """WRITE FOR RIGHTS EVENING
Case sheet 4

Nadia Example, a teacher, was arrested on 3 March 2026 for a poem.

Write in English or French.

Keep your letter short and polite.

SOLIDARITY MESSAGE

Please send no parcels or money; post can take three weeks.

Write to:
Minister of Justice
Paul Example
1 Example Square
Capital, Examplestan
Salutation: Dear Minister
"""


def _instruction_checks(text: str) -> list[str]:
    checks = import_document(text).report.checks
    return [c for c in checks if "is an instruction to writers" in c]


def test_each_instruction_is_located_at_its_own_line() -> None:
    checks = _instruction_checks(_SHEET)
    assert checks, "the notes to writers are marked for rewording"
    lines = _SHEET.split("\n")
    for check in checks:
        shown = check.split("sign: ", 1)[1].split("…", 1)[0].rstrip(" .")
        number = next(i for i, ln in enumerate(lines, 1) if shown[:20].casefold() in ln.casefold())
        assert f"look near line {number}:" in check, check


def test_an_ask_read_with_a_full_stop_finds_its_heading_line() -> None:
    # "SOLIDARITY MESSAGE." as an ask, from a heading printed without the stop.
    where = Locator(document_lines(_SHEET), _SHEET.split("\n"))
    assert where.near_text("Solidarity message.", "asks") == (
        '; look near line 10: "SOLIDARITY MESSAGE"'
    )
    # Words no line holds: the asks' own hint, not a made-up line.
    assert where.near_text("Words printed nowhere in it", "asks") == where.near("asks")
