"""Session 28 (imp28c): documents where no recipient was found at all. Each text here is our
own (invented people, offices, streets and numbers)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.text_extract import extract_text


def _names(text: str, source: str = "x.txt") -> list[str]:
    case = import_document(text, source=source).case
    return [str(r.get("name")) for r in case["recipients"] if r.get("key") != "to-be-completed"]


_RULED_PAGE = """[Home](/) | [About](/about) | **Actions**

---

# URGENT: Where is Lemmy Orvando?

Lemmy Orvando, a student from Quellport, was taken by men in plain clothes on 3 May.

## Write to

Prosecutor General
Mr Bastian Quorrel
14 Fennick Road
Quellport 40411
Ruritania
Email: office@prosecutor.example

Dear Prosecutor General,

---

Donate · © 2025 Quellport Rights Circle
"""


def test_two_rules_around_the_article_are_no_front_matter() -> None:
    # A Markdown page whose article sits between two horizontal rules kept only its footer.
    assert "Lemmy Orvando" in extract_text(_RULED_PAGE).text
    assert any("Bastian Quorrel" in n for n in _names(_RULED_PAGE, "page.md"))


def test_yaml_front_matter_still_goes() -> None:
    page = (
        "---\ntitle: An action\ndate: 2025-05-01\ntags:\n  - ruritania\n---\n\n# Heading\n\nText.\n"
    )
    text = extract_text(page).text
    assert "title:" not in text and "Text." in text


_PS_BLOCK = """From: Oma Velling <oma@example.org>
To: circle@lists.example.org
Subject: Update on the case of Tarvo Keskin

Hello all,

here is the update I promised. Tarvo Keskin is still held without charge and
his lawyer has not been allowed to see him since the first week of March.

Please write politely and ask for his release.

Best wishes
Oma

P.S. I forgot the address last time, here it is:

  Minister of the Interior of Ruritania
  Galdor Venhaus
  ul. Mirrow 17
  Strelna 440021
  RURITANIA
  Fax: +999 12 345 67 89
"""


def test_a_block_that_looks_like_a_recipient_when_nothing_else_is_one() -> None:
    # No zone and no sentence gave a recipient; the block after the signature has an office,
    # a name, a street with its number, a postcode and town, a country and a fax.
    assert any("Galdor Venhaus" in n for n in _names(_PS_BLOCK))


def test_a_sender_footer_alone_is_no_recipient() -> None:
    text = (
        "Hello all,\n\nthe meeting is on Monday at the library. Please bring cards.\n\n"
        "Best wishes\nOma\n\n--\nOma Velling\nQuellport Rights Circle\n"
        "Mill Lane 4, 40411 Quellport\n"
        "tel. +999 555 0101\n"
    )
    assert _names(text) == []


def test_swahili_letter_goes_to() -> None:
    # "Barua ya kwanza iende kwa ...": the letter is to go to; the office is no part of the verb.
    text = (
        "HATUA YA DHARURA\n\nMwanaharakati Tumo Selasi amekamatwa.\n\n"
        "Barua ya kwanza iende kwa Waziri wa Mambo ya Ndani, Bw. Kalumo Baraka Tenge, "
        "Jengo la Harambee, S.L.P. 40400-00100, Nairobi, Kenya. Barua pepe: waziri@ndani.example\n"
    )
    found = import_document(text, source="x.txt").case["recipients"]
    assert [r.get("title") for r in found] == ["Waziri wa Mambo ya Ndani"]
