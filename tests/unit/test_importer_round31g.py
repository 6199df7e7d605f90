"""Round 31g: a text's bytes and markup before it is read (`markup.py`). Mojibake (UTF-8 read
as Windows-1252 and saved again) is undone when its runs round-trip, a forum post's BBCode and a
wiki page's source are read as their reader sees them. Each on a short invented text; guards: a
correct text that holds "Ã" (Portuguese), a lone odd run, a Markdown note's "[[links]]", a
footnote mark "[b]" that no tag closes."""

from __future__ import annotations

from appeal_tui.core.importer.markup import bbcode_text, unmojibake, wikitext
from hostile.guards import hard_timeout
from importer_reading import recipients as _recipients


def _mangled(text: str) -> str:
    """`text` as a program that read its UTF-8 as Windows-1252 saved it."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


_FR = """Action urgente – AU 12/26
Syndicaliste détenu à Velmont : Noé Dufresne-Amari

Le syndicaliste Noé Dufresne-Amari a été arrêté le 4 mars 2026. Il n’a pas vu d’avocat.

Écrivez avant le 30 avril 2026.

APPELS À :
Ministre de l’Intérieur
M. Théo Marchère-Lunel
Ministère de l’Intérieur
Place des Tilleuls 8
Velmont, Fridonie
Courriel : cabinet@interieur.example
Formule d’appel : Monsieur le Ministre,
"""


def test_mojibake_undone_in_a_whole_text() -> None:
    mangled = _mangled(_FR)
    assert "Ã©" in mangled and "â€™" in mangled and "Ã\u00a0" in mangled
    assert unmojibake(mangled) == _FR
    [rec] = _recipients(mangled)
    assert rec["name"].endswith("Théo Marchère-Lunel")
    assert rec["organisation"] == "Ministère de l’Intérieur"


def test_mojibake_whose_no_break_space_became_a_space() -> None:
    mangled = _mangled("Arrêté à Velmont, voilà.").replace("\u00a0", " ")
    assert unmojibake(mangled) == "Arrêté à Velmont, voilà."
    folded = _mangled("Arrêté à Velmont.").replace("\u00a0 ", " ")
    assert unmojibake(folded) == "Arrêté à Velmont."


def test_a_correct_text_with_a_tilde_capital_is_unchanged() -> None:
    text = "SÃO TOMÉ – AÇÃO URGENTE\nA IRMÃ de Graça Matos, detida em São João, escreve à mãe."
    assert unmojibake(text) == text


def test_a_lone_odd_run_is_left() -> None:
    # One run alone may be a real "Ã©" (a sign, a code): two are needed.
    text = "Código Ã© do formulário; Rua das Flores 12"
    assert unmojibake(text) == text


def test_mojibake_of_cyrillic_and_twice_mangled() -> None:
    assert unmojibake(_mangled("Прокуратура города")) == "Прокуратура города"
    assert unmojibake(_mangled(_mangled("Grüße aus Köln"))) == "Grüße aus Köln"


_BB = """[b]Urgent Action UA 40/26 – Fredonia[/b]
[quote="pia_r"]Deadline?[/quote] Write before 20 May 2026.

[b]SEND APPEALS TO:[/b]
Minister of Justice
Ms. Orla Vintner-Reyes
Ministry of Justice
14 Quay Road
Marov, Fredonia
Email: [url=mailto:minister@justice.example]minister@justice.example[/url]
Salutation: Dear Minister

[img]https://forum.example/logo.png[/img]
"""


def test_bbcode_read_as_its_reader_sees_it() -> None:
    text = bbcode_text(_BB)
    assert "[" not in text
    assert "Email: minister@justice.example" in text
    assert "logo.png" not in text
    [rec] = _recipients(_BB)
    assert rec["name"].endswith("Orla Vintner-Reyes")
    assert rec["email"] == ["minister@justice.example"]


def test_bbcode_lists_and_labelled_links() -> None:
    text = bbcode_text(
        "[list]\n[*]free him\n[*]drop the charges\n[/list]\n"
        "[url=https://x.example]the case[/url] [i]now[/i]"
    )
    assert "- free him\n- drop the charges" in text
    assert "the case now" in text


def test_a_footnote_mark_is_not_bbcode() -> None:
    text = "Deadline 12 May[b] (see note [b] below)."
    assert bbcode_text(text) == text


_WIKI = """{{Infobox action
| number = UA 77/26
}}
'''Urgent Action UA 77/26''' – [[Fredonia]]: teacher [[Ilse Marrow|Ilse Marrow]] detained

== What you can do ==
Write before '''18 May 2026''':<ref>Section mail, 2 April.</ref>
# release Ilse Marrow;
# let her see a lawyer.

== Addresses ==
Minister of Education<br />
Mr. Aldo Ferrant-Quay<br />
Ministry of Education<br />
22 Harbour Row<br />
Marov, Fredonia<br />
Email: [mailto:minister@education.example minister@education.example]<br />
Salutation: Dear Minister

[[Category:Urgent Actions]]
"""


def test_wiki_source_read_as_its_page() -> None:
    text = wikitext(_WIKI)
    assert "'''" not in text and "[[" not in text and "{{" not in text and "<ref" not in text
    assert "\nWhat you can do\n" in text
    assert "1. release Ilse Marrow;\n2. let her see a lawyer." in text
    assert "Category" not in text
    assert "Email: minister@education.example\n" in text
    [rec] = _recipients(_WIKI)
    assert rec["name"].endswith("Aldo Ferrant-Quay")
    assert len(rec["address"]) == 2


def test_a_markdown_note_with_links_is_not_wiki() -> None:
    text = '---\ntags:\n  - "[[Fredonia group]]"\n---\n# Action\nWrite to [[Minister]].'
    assert wikitext(text) == text


def test_a_long_line_is_read_in_linear_time() -> None:
    line = ("Ã© [b]x[/b] '''y''' [[z]] " + "a" * 40) * 3000
    with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
        unmojibake(line)
        bbcode_text(line)
        wikitext(line)


def test_quoted_printable_without_a_charset_is_read_as_utf8_when_it_is() -> None:
    from appeal_tui.core.importer.text_repairs import decode_quoted_printable

    mail = (
        "Subject: Aktion\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Gr=C3=BC=C3=9Fe aus K=C3=B6ln, caf=E9 =96 ok"
    )
    assert decode_quoted_printable(mail).endswith("Grüße aus Köln, café – ok")


_OUTLOOK = """<html><head><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt;}
p.Spaced {margin-top:0cm; margin-bottom:8.0pt;}
--></style></head><body><div class=WordSection1>
<p class=MsoNormal>EILAKTION UA 21/26 &#8211; Fredonien<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Der Lehrer Jonas Erlwein ist seit dem 2. April 2026 in Haft.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>SCHREIBEN SIE AN<o:p></o:p></b></p>
<p class=MsoNormal>Justizministerin<o:p></o:p></p>
<p class=MsoNormal>Frau Wilma Ostrander-Kell<o:p></o:p></p>
<p class=MsoNormal>Justizministerium<o:p></o:p></p>
<p class=MsoNormal>Birkenweg 9<o:p></o:p></p>
<p class=MsoNormal>4410 Marov, FREDONIEN<o:p></o:p></p>
<p class=MsoNormal>E-Mail: ministerin@justiz.example<o:p></o:p></p>
<p class=MsoNormal>Anrede: Sehr geehrte Frau Ministerin<o:p></o:p></p>
<p class=Spaced>Danke!</p><p class=Spaced>Eure Gruppe</p>
</div></body></html>"""


def test_paragraphs_without_margins_are_lines() -> None:
    from appeal_tui.core.importer.text_extract import extract_text

    text = extract_text(_OUTLOOK).text
    assert "Justizministerin\nFrau Wilma Ostrander-Kell\nJustizministerium\nBirkenweg 9\n" in text
    assert "EILAKTION UA 21/26 – Fredonien\n\nDer Lehrer" in text  # the empty one: a blank line
    assert "Danke!\n\nEure Gruppe" in text  # paragraphs with a margin stay paragraphs
    rec = _recipients(_OUTLOOK)[0]
    assert rec["name"].endswith("Wilma Ostrander-Kell")
    assert rec["email"] == ["ministerin@justiz.example"]
    assert len(rec["address"]) == 2


def test_an_inline_style_decides_a_paragraph() -> None:
    from appeal_tui.core.importer.text_extract import extract_text

    page = (
        "<p style='margin:0'>Office of the Ombud</p><p style='margin:0'>3 Elm Row</p>"
        "<p style='margin:0 0 12pt 0'>Marov</p><p>Next paragraph</p><div>x</div>"
    )
    assert extract_text(page).text == "Office of the Ombud\n3 Elm Row\nMarov\n\nNext paragraph\n\nx"
