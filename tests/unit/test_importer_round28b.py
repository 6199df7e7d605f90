"""Round 28b: a name read in the wrong form (session 28, imp28b). Invented texts only."""

from __future__ import annotations

from importer_pdf import _pdf

from appeal_tui.core.importer import import_document, read_document
from appeal_tui.core.importer.name_cases import dative_nominative, nominative

# Glyph ids of an invented font and the letters they stand for: heh, alef, meem, noon, a
# space, beh, reh.
_GLYPHS = {1: "\u0647", 2: "\u0627", 3: "\u0645", 4: "\u0646", 5: " ", 6: "\u0628", 7: "\u0631"}
_WIDTHS = {1: 450, 2: 260, 3: 500, 4: 520, 5: 250, 6: 480, 7: 400}


def _cid_pdf(glyphs: list[tuple[int, bool]]) -> bytes:
    """A page showing `glyphs` left to right, one text object each, in a two-byte font whose
    ToUnicode map gives `_GLYPHS`; a glyph marked True is followed by no advance (the next
    glyph starts where it starts, its width taken back)."""
    lines = "\n".join(f"<{c:04X}> <{ord(u):04X}>" for c, u in _GLYPHS.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(_GLYPHS)} beginbfchar\n{lines}\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    widths = " ".join(f"{c} [{w}]" for c, w in sorted(_WIDTHS.items())).encode()
    extra = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Invented /Encoding /Identity-H "
        b"/DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Invented "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/DW 500 /W [" + widths + b"] >>",
        b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream",
    )
    x, shown = 100.0, []
    for glyph, taken_back in glyphs:
        shown.append(f"BT /F1 10 Tf {x:.2f} 700 Td <{glyph:04X}> Tj ET".encode())
        x += 0 if taken_back else _WIDTHS[glyph] / 100
    return _pdf(
        b"\n".join(shown), resources=b"/Resources << /Font << /F1 6 0 R >> >> ", extra=extra
    )


def test_a_space_whose_width_the_next_glyph_takes_back_is_a_non_joiner() -> None:
    # "نامه‌ها بر" drawn left to right: "بر", a space, "ها", a space taken back, "نامه".
    pdf = _cid_pdf([(7, False), (6, False), (5, False), (2, False), (1, False), (5, True),
                    (1, False), (3, False), (2, False), (4, False)])  # fmt: skip
    assert read_document(pdf) == "نامه\u200cها بر"


def test_a_space_with_its_width_stays_a_space() -> None:
    pdf = _cid_pdf([(7, False), (6, False), (5, False), (2, False), (1, False), (5, False),
                    (1, False), (3, False), (2, False), (4, False)])  # fmt: skip
    assert read_document(pdf) == "نامه ها بر"


def _people(text: str) -> list[str]:
    return [p["name"] for p in import_document(text, source="t.txt").case.get("people", [])]


def _story(head: str, story: str, ask: str, deadline: str) -> str:
    return f"{head}\n\n{story}\n\n{ask}\n\n{deadline}"


def test_a_person_read_in_a_case_is_named_as_the_text_prints_the_nominative() -> None:
    # Polish: the nominative is printed once, in a line on who he is; the story and the ask
    # decline it (the genitive).
    text = _story(
        "PILNA AKCJA\n\nBiałoruś: nauczyciel skazany",
        "Jan Dobrowolski (Ivan Dabravolski), 52 lata, nauczyciel\nhistorii z Grodna, został "
        "skazany 3 marca na sześć lat kolonii karnej za komentarze w sieci. Rodzina Jana "
        "Dobrowolskiego nie ma z nim kontaktu.",
        "Wezwij władze Białorusi, aby:\n  1. natychmiast i bezwarunkowo uwolniły Jana "
        "Dobrowolskiego i\n  2. zapewniły mu dostęp do lekarza.",
        "Pisz do 30 kwietnia 2031.",
    )
    assert _people(text) == ["Jan Dobrowolski"]


def test_a_polish_womans_accusative_and_a_romanian_genitive_are_case_rows() -> None:
    text = _story(
        "PILNA AKCJA\n\nBiałoruś: nauczycielka skazana",
        "Ksenia Worobiej (Ksienija Varabei), 41 lat, nauczycielka\nhistorii z Grodna, została "
        "skazana 3 marca za komentarze w sieci. Sąd skazał Ksenię Worobiej bez dowodów.",
        "Wezwij władze Białorusi, aby:\n  1. natychmiast i bezwarunkowo uwolniły Ksenię "
        "Worobiej i\n  2. zapewniły jej dostęp do lekarza.",
        "Pisz do 30 kwietnia 2031.",
    )
    assert _people(text) == ["Ksenia Worobiej"]
    text = _story(
        "ACȚIUNE URGENTĂ\n\nJurnalistă arestată",
        "Dorina Calafeteanu (n. 1988), jurnalistă\nde investigație din Tiraspol, a fost "
        "arestată pe 4 martie pentru articolele sale. Familia Dorinei Calafeteanu nu a mai "
        "văzut-o.",
        "Cereți autorităților:\n  1. eliberarea imediată a Dorinei Calafeteanu și\n"
        "  2. accesul ei la un avocat.",
        "Scrieți până la 30 aprilie 2031.",
    )
    assert _people(text) == ["Dorina Calafeteanu"]


def test_a_recipient_in_the_dative_is_named_as_the_text_prints_the_nominative() -> None:
    # Slovenian: the new prosecutor named in the story, then written to in the dative (her
    # given name ends in a consonant and does not decline, so the rows alone do not tell).
    text = _story(
        "NUJNO - nove informacije",
        "Nova generalna tožilka je od 3. maja Aigul Temirova*; njen\npredhodnik, na katerega "
        "smo naslovili prvo akcijo, je odstopil.\n\nNovinar Peter Zorman je v priporu od "
        "marca.",
        "Pisma pošljite generalni tožilki Aigul Temirovi na naslov General\nProsecutor's "
        "Office of the Republic, 12 Lipa Street, Bishkek 720040, Kyrgyzstan.",
        "Pišite do 30. aprila 2031.",
    )
    names = [r["name"] for r in import_document(text, source="t.txt").case["recipients"]]
    assert names[:1] == ["Aigul Temirova"]


def test_a_ukrainian_surname_in_ets_gets_its_vowel_back() -> None:
    assert nominative("Гайовцю Петру Івановичу", "uk") == "Петро Іванович Гайовець"
    assert dative_nominative("Тарасу Сорінцю", "uk") == "Тарас Сорінець"
    # A woman's surname in "-ець" does not decline, and stays.
    assert nominative("Олені Сорінець", "uk") == "Олена Сорінець"
