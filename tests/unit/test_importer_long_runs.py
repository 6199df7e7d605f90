"""E-mail addresses next to long runs of letters: a pasted 100,000-letter line once took the
importer minutes (an address pattern tried at every letter of the run). The patterns now start
only where a run of an address's characters starts; these tests check that they still find
every address they found before, wherever it sits. (How long an import takes is measured by the
hostile walk's budget and the benchmarks, never asserted here.)"""

from __future__ import annotations

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.contact_fields import EMAIL


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("write to kasimir.odell@justice.example.org today", ["kasimir.odell@justice.example.org"]),
        ("E-mail:mila_v+ua@mfa.example.gov", ["mila_v+ua@mfa.example.gov"]),
        ("(a@b.example, c.d@e.example)", ["a@b.example", "c.d@e.example"]),
        ("A" * 5_000 + "@host.example", ["A" * 5_000 + "@host.example"]),
        ("A" * 5_000 + " no address here", []),
    ],
)
def test_every_address_is_found_from_the_start_of_its_run(text: str, found: list[str]) -> None:
    assert [m.group(0) for m in EMAIL.finditer(text)] == found
    assert (EMAIL.fullmatch(found[0]) is not None) if found else True


def test_a_document_with_a_long_pasted_line_is_read_all_the_same() -> None:
    text = (
        "Z" * 100_000
        + "\n\nPlease write in English before 1 May 2027 to:\n"
        + "Minister Kasimir Odell\nMinistry of Justice\n1 Example Road\nFreedonia\n"
        + "Email: kasimir.odell@justice.example.org\nSalutation: Dear Minister\n"
    )
    (recipient,) = import_document(text).case["recipients"]
    assert recipient["name"] == "Kasimir Odell"
    assert recipient["email"] == ["kasimir.odell@justice.example.org"]
    assert recipient["salutation"] == "Dear Minister"
