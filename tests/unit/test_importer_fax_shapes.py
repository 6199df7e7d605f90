"""A fax number printed in a shape `validate` refuses is written in one it reads, with the same
digits in the same order: an imported case must validate once its TODOs are filled (a bracketed
country code after its plus, "+(852) - 2698-6367", was copied as printed and failed)."""

from __future__ import annotations

import pytest

from appeal_tui.core.contacts import is_phone_number
from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.contact_fields import plain_number

TEXT = """URGENT APPEAL: teacher held without charge

Please write to:

Mr Tomas Ekberg
Minister of the Interior
12 Harbour Road
Port Elin
Fax: {fax}
Email: minister@interior.example.org
"""


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("+(852) - 2698-6367", "+852 2698-6367"),
        ("(+852) 2698-6367", "+852 2698 6367"),
        ("+(44) (0)20 7946 0000", "+44 (0)20 7946 0000"),
        ("+ 41 22 809 4929", "+41 22 809 4929"),
    ],
)
def test_a_fax_in_a_refused_shape_is_written_so_that_it_validates(
    printed: str, written: str
) -> None:
    result = import_document(TEXT.format(fax=printed), source="appeal.txt")
    (recipient,) = result.case["recipients"]
    assert recipient["fax"] == [written]
    assert all(is_phone_number(fax) for fax in recipient["fax"])


def test_a_refused_number_keeps_its_digits_in_order() -> None:
    assert plain_number("+(852) - 2698-6367") == "+852 2698-6367"
    assert plain_number("+((852)) 2698 6367") == "+852 2698 6367"


def test_a_contact_validate_would_refuse_goes_to_the_note_as_printed() -> None:
    # The last net, whatever a reading let through: the case validates once filled.
    from appeal_tui.core.importer.build import _set_aside_unreadable_contacts

    recipient = {
        "name": "Ms Ana Reyes",
        "fax": ["+34 91 555 0101", "ask the switchboard"],
        "email": ["office@example.org", "office at example"],
        "twitter": "@@bad handle",
        "note": "The office is closed in August.",
    }
    _set_aside_unreadable_contacts(recipient)
    assert recipient["fax"] == ["+34 91 555 0101"]
    assert recipient["email"] == ["office@example.org"]
    assert "twitter" not in recipient
    assert recipient["note"] == (
        "The office is closed in August. Printed as fax 'ask the switchboard', "
        "email 'office at example', twitter '@@bad handle'; check and write it out by hand."
    )
