"""Round 36a: where a recipient's postal address ends. A block that has given its contacts
(a fax, a phone, an e-mail under its address lines) is over at a blank line: a line alone
after it (a model letter's heading, a note to the reader, a list's part count) is none of its
address. A line that opens the next recipient (an office, a name) still does. Invented
texts."""

from __future__ import annotations

from typing import Any

from importer_reading import recipients as _recipients


def _by_name(text: str) -> dict[str, dict[str, Any]]:
    return {str(r.get("name") or ""): r for r in _recipients(text)}


_HEAD = """URGENT ACTION

Teodor Valmark, a teacher, was detained on 3 March 2026 in Exampleton and is held without
charge. His family has not been allowed to see him.

Please write to:

Minister of the Interior
Mr. Haldor Vennick
Ministry of the Interior
12 Quay Road
Exampleton 1001
Fax: +99 21 555 0101
Email: minister@interior.example.org
Salutation: Dear Minister

Copies to:

Ambassador Irma Solvang
Embassy of Exampleland
Sample Lane 4
1050 Brussels
Fax: +32 2 555 0199
Email: embassy@exampleland.example.org
"""


def test_a_model_letters_heading_after_the_contacts_is_no_address_line() -> None:
    # The heading in a language the tables need not know, then the letter's inside address.
    text = (
        _HEAD
        + """
手紙の見本

法務大臣 山田 太郎 様

拝啓 お便りいたします。
"""
    )
    embassy = _by_name(text)["Irma Solvang"]
    assert embassy["address"] == ["Sample Lane 4", "1050 Brussels"]


def test_a_note_alone_after_the_contacts_is_no_address_line() -> None:
    # A note to the reader in a script without spaces, then the page's footer.
    text = (
        _HEAD
        + """
请在截止日期之后先与我们确认再寄出信件。

示例网络 © 2026 版权所有 · 联系：ua@example.org
"""
    )
    assert _by_name(text)["Irma Solvang"]["address"] == ["Sample Lane 4", "1050 Brussels"]


def test_a_part_count_between_recipients_is_no_address_line() -> None:
    # A chat's message split in two: its part count between two recipients.
    text = (
        _HEAD
        + """
🧵 parte 2/2

🔸 Cel. Rui Tavares — Secretário de Segurança
✉️ gabinete@seg.example.org
"""
    )
    assert _by_name(text)["Irma Solvang"]["address"] == ["Sample Lane 4", "1050 Brussels"]


def test_the_next_recipients_office_alone_still_opens_a_block() -> None:
    # (Guard: the next block's first line, set apart by blank lines, is its office and name.)
    text = """URGENT ACTION

Teodor Valmark, a teacher, was detained on 3 March 2026 in Exampleton.

Who to contact

President Arvid Holmgren

Office of the President
Sample Palace
Exampleton 1001

Email: president@example.org

Chairperson Lina Berwick

Commission on Human Rights
7 Harbour Street
Exampleton 1002

Email: chair@chr.example.org
"""
    names = _by_name(text)
    assert "Lina Berwick" in names
    assert names["Arvid Holmgren"]["address"] == ["Sample Palace", "Exampleton 1001"]


# Mend 36a1: the seal keeps a line of the block's own address, and the next recipient's name.

_MEND_HEAD = """URGENT ACTION

Marta Quellan, a journalist, was arrested on 4 May 2026.

Please write to:

"""


def test_a_country_alone_after_the_contacts_is_the_address_country() -> None:
    text = (
        _MEND_HEAD
        + """Ambassador Hedda Lunn
Embassy of Norvalia
Rue de l'Exemple 9
1000 Brussels
Email: embassy@norvalia.example.org

BELGIUM
"""
    )
    assert _by_name(text)["Hedda Lunn"]["country"] == "BELGIUM"


def test_a_po_box_alone_after_the_contacts_is_an_address_line() -> None:
    text = (
        _MEND_HEAD
        + """Minister of Justice
Mr Tobias Renk
Ministry of Justice
Fax: +77 11 555 0190

P.O. Box 4410

Salutation: Dear Minister
"""
    )
    assert _by_name(text)["Mr Tobias Renk"]["address"] == ["P.O. Box 4410"]


_AFTER_SALUTATION = (
    _MEND_HEAD
    + """Minister of Justice
Mr Tobias Renk
14 Harbour Avenue
Norvalia City 2200
Email: justice@norvalia.example.org
Salutation: Dear Minister

{name}

22 Market Street
Norvalia City 2201
Email: desk@kompas.example.org
"""
)


def test_the_next_recipients_name_alone_after_a_salutation_opens_its_block() -> None:
    names = _by_name(_AFTER_SALUTATION.format(name="Kompas Daily (newspaper)"))
    paper = names["Kompas Daily (newspaper)"]
    assert paper["address"] == ["22 Market Street", "Norvalia City 2201"]
    assert paper["email"] == ["desk@kompas.example.org"]


def test_a_body_and_its_desk_alone_after_a_salutation_opens_its_block() -> None:
    names = _by_name(_AFTER_SALUTATION.format(name="Radio Free Norvalia, newsroom"))
    assert names["Radio Free Norvalia"]["organisation"] == "newsroom"
