"""Round 37c: the role of a recipient in other organisations' appeals. A line that names
copies among the asks ("Return the seized copies of the books to ...") is no copies heading
for the blocks under a later heading that asks for letters ("Send appeals to:"): a copies
line makes the blocks below copies only when no such heading follows it. Invented texts."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def _recipients(text: str, source: str = "x.txt") -> list[dict[str, Any]]:
    case = import_document(text, source=source).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


def _role(text: str, part: str, source: str = "x.txt") -> str:
    found = [r for r in _recipients(text, source) if part in str(r.get("name") or "")]
    assert len(found) == 1, [r.get("name") for r in _recipients(text, source)]
    return str(found[0]["role"])


_STORY = """Publisher held over two novels

The publisher Dovan Keltris was arrested in Marlow City on 3 March 2031 after his house
printed two novels about the floods. He is held without charge and has not seen a lawyer.

Take action

Our members are invited to write to the authorities, calling on them to:

- Release Dovan Keltris immediately and unconditionally;
- Return the seized copies of the two novels to his publishing house;
- Let his family and lawyers visit him.

"""

_BLOCKS = """Send appeals to:

Mr Orrin Vasquell
Public Prosecutor
Office of the Public Prosecutor
4 Tide Street
Marlow City
Fax: +55 12 345 6789

Ms Ilse Dranmor
Minister of the Interior
Ministry of the Interior
9 Quay Road
Marlow City
Email: minister@interior.example.org

And please send a copy to the embassy in your country. In Norway:
Embassy of Marlowland
Parkveien 12
0244 Oslo
Fax: +47 22 00 00 00
"""


def test_copies_among_the_asks_do_not_make_the_blocks_under_send_appeals_copies() -> None:
    text = _STORY + _BLOCKS
    assert _role(text, "Vasquell") == "primary"
    assert _role(text, "Dranmor") == "primary"
    assert _role(text, "Embassy of Marlowland") == "copy"


def test_copies_among_the_asks_in_markdown() -> None:
    text = "# " + _STORY.replace("Take action", "## Take action") + _BLOCKS
    assert _role(text, "Vasquell", "x.md") == "primary"
    assert _role(text, "Dranmor", "x.md") == "primary"


def test_a_copies_heading_after_the_write_to_heading_still_makes_copies() -> None:
    # (Guard, passes on main too: "Copies to:" below "Write to:" and the first block.)
    text = (
        _STORY.replace("seized copies of the two novels", "seized novels")
        + """Write to:

Mr Orrin Vasquell
Public Prosecutor
Office of the Public Prosecutor
4 Tide Street
Marlow City
Fax: +55 12 345 6789

Copies to:

Ms Ilse Dranmor
Minister of the Interior
Ministry of the Interior
9 Quay Road
Marlow City
Email: minister@interior.example.org
"""
    )
    assert _role(text, "Vasquell") == "primary"
    assert _role(text, "Dranmor") == "copy"
