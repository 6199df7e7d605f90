"""Mend 30b: regressions of rounds 30c and 30d on short invented texts. "England" is a country
only as a whole line (a surname, a bank, a region elsewhere); a mailing list's machinery needs
a line no address block prints, or two signals; capitals inside a person's name are no copy
word."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.countries import country_in, split_country


def _case(text: str) -> dict[str, Any]:
    case: dict[str, Any] = import_document(text, source="x.txt", language="en").case
    return case


def test_england_is_a_country_only_as_a_whole_line() -> None:
    for text in ("Nurse Ada England was detained", "Bank of England", "New England",
                 "England Street 4"):  # fmt: skip
        assert country_in(text) is None, text
    assert split_country("England") is not None
    assert split_country("London SW1A 2AA, England") is not None
    assert split_country("England Street 4") is None


_SURNAME = """URGENT ACTION
Ostravia: farmer held without charge

Farmer Ada England was arrested in Sampleton, Ostravia, on 4 May 2031. Ada England has not
been charged. Ostravia's police hold Ada England without a lawyer.

Please write to:

Chief of Police
Mr Bron Tallow
PO Box 1234
Sampleton 00100
Email: chief@police.invented.example
"""


def test_a_person_named_england_stays_a_person() -> None:
    case = _case(_SURNAME)
    assert case["country"] != "United Kingdom"
    people = [p.get("name") for p in case.get("people") or case.get("persons") or []]
    assert "Ada England" in people, people


_OFFICE_MAIL = """URGENT ACTION
Ostravia: editor held without charge

Lina Pask, an editor, was arrested on 4 May 2031 in Sampleton.

Please write to:

Data Protection Commissioner
Ms Orla Venn
2 Example Avenue
Sampleton 4400
References: case DP/12
Email: records-request@dpc.invented.example

Minister of the Interior
Mr Bron Tallow
8 Sample Street
Sampleton 4401
Email: minister@interior.invented.example
"""


def test_an_office_request_address_and_a_references_line_keep_the_block() -> None:
    names = [r["name"] for r in _case(_OFFICE_MAIL)["recipients"]]
    assert "Ms Orla Venn" in names, names
    assert "Mr Bron Tallow" in names, names


_INITIALS = """URGENT ACTION
Ostravia: student held without charge

Lina Pask, a student, was arrested on 4 May 2031 in Sampleton.

Please write to:

Ms CC Dlamini
Minister of Justice
Private Bag X12
Sampleton 0001
Email: minister@justice.invented.example
"""


def test_initials_cc_in_a_name_are_no_copy_word() -> None:
    recipients = _case(_INITIALS)["recipients"]
    assert [(r["name"], r["role"]) for r in recipients] == [("Ms CC Dlamini", "primary")]
