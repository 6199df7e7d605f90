"""Round 33a: the text's FORM, undone before the blocks are split. A classic Mac's text (lone
CR line ends, Mac Roman bytes), "fancy" mathematical letters of a social post, an HTML page
escaped twice, contacts pasted as vCards. Each on a short invented text; and each leaves an
ordinary text byte-identical."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.delimited import pasted_tables
from appeal_tui.core.importer.markup import (
    escaped_markup,
    mac_line_ends,
    plain_letters,
    read_markup,
    vcard_blocks,
)
from appeal_tui.core.importer.sources import decode_text
from hostile.guards import hard_timeout
from importer_reading import recipients as _recipients


def _names(found: list[dict[str, Any]]) -> list[str]:
    """The names read, without an honorific before them."""
    return [str(r.get("name")).removeprefix("Sra. ") for r in found]


_LETTER = """URGENT ACTION UA 44/26
Fear for safety: Tomás Ebrelin, teacher

Tomás Ebrelin was arrested on 2 March 2026 in Varnholt.

Write in Spanish or your own language.

APPEALS TO:

Sra. Inés Valcárcel Múñiz
Ministra de Justicia
Avenida Quillón 140
Varnholt, Ostravia
Fax: +99 12 345 6789
Salutation: Sra. Ministra

Please send appeals before 30 April 2026.
"""


def _fancy(text: str, base: int) -> str:
    """`text` in a mathematical alphabet (bold sans-serif is 0x1D5D4 for A)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(base + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(base + 26 + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def test_mac_text_decoded_and_its_lines_read() -> None:
    data = _LETTER.replace("\n", "\r").encode("mac_roman")
    text = decode_text(data)
    assert "Inés Valcárcel Múñiz" in text
    found = _recipients(text)
    assert _names(found) == ["Inés Valcárcel Múñiz"]
    assert found[0].get("fax")


def test_windows_text_with_apostrophes_stays_windows_1252() -> None:
    data = "Il n’a pas vu l’avocat d’après l’accusé à Velmont.\n".encode("cp1252")
    assert decode_text(data) == data.decode("cp1252")


def test_bytes_windows_1252_leaves_undefined_do_not_break_the_choice() -> None:
    assert decode_text(b"ab\x81cd \x8dxy") == b"ab\x81cd \x8dxy".decode("cp1252", "replace")


def test_mac_line_ends_only_where_a_cr_stands_alone() -> None:
    assert mac_line_ends("a\rb\r\rc") == "a\nb\n\nc"
    ordinary = "a\r\nb\r\n"
    assert mac_line_ends(ordinary) is ordinary


def test_mathematical_letters_read_as_plain_letters() -> None:
    bold = 0x1D5D4  # MATHEMATICAL SANS-SERIF BOLD CAPITAL A
    italic = 0x1D63C  # MATHEMATICAL SANS-SERIF BOLD ITALIC CAPITAL A
    text = (
        _LETTER.replace("APPEALS TO:", _fancy("Appeals to:", bold))
        .replace("Inés Valcárcel", _fancy("In", italic) + "é" + _fancy("s Valc", italic) + "árcel")
        .replace("UA 44/26", "UA " + "".join(chr(0x1D7EC + int(d)) for d in "44") + "/26")
    )
    assert plain_letters(text) == _LETTER.replace("APPEALS TO:", "Appeals to:")
    case = import_document(text, source="post.txt").case
    assert case["reference"] == "UA 44/26"
    found = [r for r in case["recipients"] if r.get("key") != "to-be-completed"]
    assert _names(found) == ["Inés Valcárcel Múñiz"]


def test_letterlike_signs_that_are_no_styled_letter_stay() -> None:
    text = "№ 4, 20 ℃, Brand™, ℵ0, ① ② ③, ＡＢＣ"
    assert plain_letters(text) is text
    assert plain_letters("ℎ𝑒𝑙𝑙𝑜") == "hello"
    assert plain_letters("𝕏 @ostravia_just") == "𝕏 @ostravia_just"  # a logo, a label
    assert plain_letters("𝔼𝕏𝕋ℝ𝔸") == "EXTRA"


_PAGE = """<html><body><h1>Urgent action</h1><div class="body">{}</div></body></html>"""


def test_html_escaped_twice_read_as_its_markup() -> None:
    inner = (
        "<p>UA 44/26 &ndash; Tom&aacute;s Ebrelin was arrested on 2 March 2026.</p>"
        "<h3>Appeals to:</h3>"
        "<p>Sra. In&eacute;s Valc&aacute;rcel<br>Ministra de Justicia<br>Avenida Quill&oacute;n 140"
        "<br>Varnholt, Ostravia<br>Fax: +99 12 345 6789<br>Salutation: Sra. Ministra</p>"
    )
    once = inner.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = _PAGE.format(once)
    assert escaped_markup(page) == _PAGE.format(inner)
    found = _recipients(page, "page.html")
    assert _names(found) == ["Inés Valcárcel"]


def test_an_address_in_escaped_angle_brackets_stays() -> None:
    page = _PAGE.format("<p>From: Ana Pell &lt;ana@example.org&gt; &amp; &lt;b&gt;</p>")
    assert escaped_markup(page) is page


_CARDS = """Hello all, the addresses as cards:

BEGIN:VCARD
VERSION:3.0
N:Valcárcel Múñiz;Inés;;Sra.;
FN:Sra. Inés Valcárcel Múñiz
TITLE:Ministra de Justicia
ORG:Ministerio de Justicia
ADR;TYPE=WORK:;;Avenida Quillón 140\\, piso 2;Varnholt;;40211;Ostravia
TEL;TYPE=WORK,FAX:+99 12 345 6789
EMAIL;TYPE=INTERNET:ministra@justicia.example
NOTE:Salutation: Sra. Ministra
CATEGORIES:UA 44/26
END:VCARD

BEGIN:VCARD
VERSION:2.1
N:Orrel;Baptiste
FN:Baptiste Orrel
TITLE:Fiscal General
ADR;WORK:;;Calle Umbría 9;Varnholt;;40212;Ostravia
EMAIL;INTERNET:fiscal@fiscalia.example
END:VCARD
"""


def test_vcards_read_as_blocks() -> None:
    blocks = vcard_blocks(_CARDS)
    assert "BEGIN:VCARD" not in blocks
    assert (
        "Sra. Inés Valcárcel Múñiz\nMinistra de Justicia\nMinisterio de Justicia\n"
        "Avenida Quillón 140, piso 2\n40211 Varnholt\nOstravia\nFax: +99 12 345 6789\n"
        "Email: ministra@justicia.example\nSalutation: Sra. Ministra"
    ) in blocks
    text = _LETTER.replace(_LETTER[_LETTER.index("Sra. Inés") : _LETTER.index("\n\nPlease")], "")
    text = text.replace("APPEALS TO:\n", "APPEALS TO:\n" + _CARDS)
    found = _recipients(text)
    assert _names(found) == ["Inés Valcárcel Múñiz", "Baptiste Orrel"]
    assert found[0].get("email") == ["ministra@justicia.example"]
    assert found[1].get("email") == ["fiscal@fiscalia.example"]


_ROWS = (
    "Name\tPost\tAddress\tPostcode / Town - Region\tCountry\tE-mail\tType\n"
    "Inés Valcárcel Múñiz\tMinistra de Justicia\tAvenida Quillón 140\t40211 Varnholt - VH"
    "\tOstravia\tministra@justicia.example\tmain\n"
    "Baptiste Orrel\tFiscal General\tCalle Umbría 9\t40212 Varnholt - VH\tOstravia"
    "\tfiscal@fiscalia.example\tmain\n"
    "Carla Voss\tEmbajadora\tRue Perle 3\t1000 Lindau\tVelmark\tembajada@ostravia.example"
    "\tcopy\n"
)


def test_spreadsheet_rows_pasted_into_a_mail_read_as_blocks() -> None:
    head = _LETTER[: _LETTER.index("Sra. Inés")]
    text = head + _ROWS + "\nPlease send appeals before 30 April 2026.\nThanks, Pia\n"
    read = pasted_tables(text)
    assert "Inés Valcárcel Múñiz\nMinistra de Justicia\nAvenida Quillón 140" in read
    found = _recipients(text)
    assert _names(found) == ["Inés Valcárcel Múñiz", "Baptiste Orrel", "Carla Voss"]
    assert [r.get("role") for r in found] == ["primary", "primary", "copy"]
    # Cells aligned with tabs that are no table of contacts stay as they are.
    aligned = "Reference:\tUA 44/26\t\tIndex:\tEUR 1/2/2026\nCountry:\tOstravia\t\tDate:\t2 May\n"
    twice = aligned * 2
    assert pasted_tables(twice) is twice


def test_ordinary_text_left_byte_identical() -> None:
    for text in (
        _LETTER,
        _LETTER.replace("\n", "\r\n"),
        "<p>Fax &amp; e-mail: a &lt; b</p>",
        "Begin: vcard-like words in a sentence, END: none.",
    ):
        assert read_markup(text) == text


def test_a_long_line_is_read_as_quickly() -> None:
    line = ("Tomás Ebrelin &lt; x &amp; y BEGIN:VCARD " * 5000)[:200_000]
    with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
        read_markup(line)


# --- Mend (session 33) ---


def test_one_escaped_snippet_in_a_plain_text_stays_plain() -> None:
    for snippet in (
        '&lt;p&gt;&lt;a href=\\"https://act.example/ua44\\"&gt;Take action&lt;/a&gt;&lt;/p&gt;',
        '&lt;div class="ua-widget"&gt;&lt;a href="https://act.example/ua44"&gt;&lt;b&gt;Act'
        "&lt;/b&gt;&lt;/a&gt;&lt;/div&gt;",
    ):
        text = _LETTER + "\nTo embed this action on your website, use: " + snippet + "\n"
        assert escaped_markup(text) is text
        found = _recipients(text)
        assert _names(found) == ["Inés Valcárcel Múñiz"]
        assert found[0].get("fax")


def test_windows_1252_dashes_between_words_stay_windows_1252() -> None:
    data = (
        b"The journalist\x97who was arrested in May\x97was beaten. His family\x97and his"
        b" lawyer\x97say he is ill. \x93We fear for his life,\x94 his sister said. It\x92s"
        b" the third arrest of a reporter in Varnholt\x96city caf\xe9s this year.\n"
    )
    assert decode_text(data) == data.decode("cp1252")


def test_mac_text_with_dashes_as_letters_still_mac_roman() -> None:
    text = (
        "Lucía Quispe Huamán está detenida en la Fiscalía; también su hermano.\n"
        "Señora Ministra: pedimos su liberación.\n"
    )
    assert decode_text(text.encode("mac_roman")) == text


def test_vcards_with_crlf_line_ends_read() -> None:
    blocks = vcard_blocks(_CARDS.replace("\n", "\r\n"))
    assert "BEGIN:VCARD" not in blocks
    assert "Sra. Inés Valcárcel Múñiz\nMinistra de Justicia\n" in blocks
    assert "Baptiste Orrel\nFiscal General\n" in blocks


def test_vcards_without_an_end_read_in_linear_time() -> None:
    text = "BEGIN:VCARD\nFN:Ana Pell\n" * 5000
    assert vcard_blocks(text) == text
    text += "BEGIN:VCARD\nFN:Ana Pell\nEND:VCARD\n"
    assert vcard_blocks(text) == "BEGIN:VCARD\nFN:Ana Pell\n" * 5000 + "Ana Pell\n"
