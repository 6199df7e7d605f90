"""Mends of round 31g's markup reading (session 31, mend31A): invented texts."""

from __future__ import annotations

from appeal_tui.core.importer.markup import bbcode_text, unmojibake, wikitext
from appeal_tui.core.importer.sources import read_document
from appeal_tui.core.importer.text_extract import extract_text
from hostile.guards import hard_timeout


def _text(html: str) -> str:
    return extract_text(read_document(html.encode("utf-8"))).text


def test_a_markdown_note_with_links_and_a_highlight_is_no_wiki() -> None:
    note = (
        "# Letters for Rosa Quell\n\nSee [[Valdoria notes]] and [[Our cases]].\n\n"
        "==Reply by 2 June==\n\n## Send to\n\nDr Ivo Marsh\nChief Prosecutor\n\n"
        "## Copy to\n\nConsulate of Valdoria\n"
    )
    assert wikitext(note) == note


def test_a_separator_line_is_no_wiki_heading() -> None:
    text = "Read [[the group page]] first.\n=-=-=-=-=-=\n'''Note''' the date.\n"
    assert "=-=-=-=-=-=" in wikitext(text)
    # A spaced, balanced heading in wiki source is still read.
    source = "== Adressen ==\n'''Schrijf''' naar [[Mevr. Tal|mevrouw Tal]].\n"
    assert wikitext(source).split() == ["Adressen", "Schrijf", "naar", "mevrouw", "Tal."]


def test_a_newsletter_with_banners_placeholders_and_hashtags_is_no_wiki() -> None:
    mail = (
        "Hello {{given_name}},\n\n== ACT NOW ==\n\nThe poet known for ''Salt Roads'' is held.\n\n"
        "== SPREAD THE WORD ==\n\n#FreeTheSaltPoet #Poetry\n# 3 of 9 this week\n\n"
        "Unsubscribe at {{unsubscribe_link}}.\n"
    )
    assert wikitext(mail) == mail


def test_a_wiki_numbered_item_needs_a_space() -> None:
    source = "{{Actie|nummer=UA 9/26}}\n'''Vraag''' om:\n# vrijlating;\n# een arts.\n#hashtag\n"
    lines = wikitext(source).strip().split("\n")
    assert lines[-3:] == ["1. vrijlating;", "2. een arts.", "#hashtag"]


def test_correct_letters_before_typographic_quotes_are_left() -> None:
    turkish = "Avukat DEMİRÇ’in ve KOÇ’a yazın; Öğretmen GÜLEÇ’ten haber yok."
    assert unmojibake(turkish) == turkish
    german = "Herrn Strauß’ Brief an Frau Weiß“ und „Fuß“ kam an. Grüße!"
    assert unmojibake(german) == german
    catalan = "«LLIBERTAT D’EXPRESSIÓ» i «ACCIÓ»: escriviu-hi avui."
    assert unmojibake(catalan) == catalan


def test_a_correct_text_with_two_pairs_keeps_its_letters() -> None:
    text = "«A IRMÃ» e a mãe de João Conceição pedem ação às autoridades: «SOLTEM A IRMÃ»."
    assert unmojibake(text) == text


def test_mojibake_is_still_repaired_in_latin_and_cyrillic_text() -> None:
    def mangle(text: str) -> str:
        return text.encode("utf-8").decode("cp1252", errors="replace")

    assert unmojibake(mangle("Détenu à Liège, libéré – enfin")) == "Détenu à Liège, libéré – enfin"
    russian = "Освободите журналиста"
    mangled = russian.encode("utf-8").decode("latin-1")
    assert unmojibake(mangled) == russian


def test_a_long_style_block_is_read_in_linear_time() -> None:
    font = "A" * 150_000
    html = (
        "<html><head><style>@font-face{font-family:X;src:url(data:font/woff2;base64,"
        f"{font}) format('woff2')}} p.Plain{{margin:0}}</style></head><body>"
        '<p class="Plain">Line one</p><p class="Plain">Line two</p></body></html>'
    )
    with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
        text = _text(html)
    assert "Line one\nLine two" in text


def test_a_paragraph_with_padding_or_outlook_auto_margins_is_a_paragraph() -> None:
    padded = (
        '<html><body><p style="margin:0;padding-bottom:14px">Mr Ode Rann</p>'
        '<p style="margin:0;padding-bottom:14px">Ms Lia Form</p></body></html>'
    )
    assert "Mr Ode Rann\n\nMs Lia Form" in _text(padded)
    outlook = (
        "<html><head><style>p.MsoNormal{margin:0cm}</style></head><body>"
        '<p class="MsoNormal" style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto">'
        "Mr Ode Rann</p>"
        '<p class="MsoNormal" style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto">'
        "Ms Lia Form</p></body></html>"
    )
    assert "Mr Ode Rann\n\nMs Lia Form" in _text(outlook)
    # Paragraphs of no margin and no padding are still lines.
    bare = (
        '<html><body><p style="margin:0">Mr Ode Rann</p><p style="margin:0">Office 4</p>'
        "</body></html>"
    )
    assert "Mr Ode Rann\nOffice 4" in _text(bare)


def test_a_lone_bbcode_name_in_brackets_is_left() -> None:
    post = "[b]Write to[/b] the mayor.\n[i]Sign[/i] with your name and [email].\n[hr]\n"
    assert bbcode_text(post) == "Write to the mayor.\nSign with your name and [email].\n\n"
