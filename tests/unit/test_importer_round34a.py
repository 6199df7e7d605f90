"""Round 34a: markup of one kind inside a file of another. HTML pasted into a Markdown file or a
plain text (comments, folding sections, paragraphs, entities) and a Markdown file's link
references are read as a reader of the rendered text sees them, so no tag becomes a recipient's
name or title. Each on a short invented text; an ordinary text is left as it is."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.markup import embedded_html
from appeal_tui.core.importer.text_extract import _markdown_inline, detect_kind, extract_text
from hostile.guards import hard_timeout


def _recipients(text: str, source: str) -> list[dict[str, Any]]:
    case = import_document(text, source=source).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


def _values(found: list[dict[str, Any]]) -> str:
    return repr(found)


_FOLDED = """<!--
  Template v2, reviewed by the desk. Do not publish the internal contacts.
-->

# Urgent action: a union organiser held in Varnholt

**Reference:** UA 51/26
<!-- **Deadline:** 2 May 2026 -->
**Deadline:** 16 May 2026

Tomás Ebrelin, a union organiser, was arrested on 2 March 2026 in Varnholt.

## Write to

<details>
<summary><strong>Minister of Justice</strong> (main recipient)</summary>

Ms Inés Valcárcel Múñiz
Minister of Justice
Avenida Quillón 140
Varnholt, Ostravia

Email: minister@justice.example.ov
Salutation: *Dear Minister*

</details>

<!--
<details>
<summary>Chief of Police</summary>
Gen. Oskar Drebmann · Police Headquarters · chief@police.example.ov
</details>
-->

<details>
<summary>Copies to</summary>

Embassy of Ostravia
Ambassador Lutz Pemberlin
12 Harrow Lane
London W1 4AB
United Kingdom

Email: embassy@ostravia.example.uk

</details>
"""


def test_folding_sections_and_comments_of_a_markdown_file_are_read_as_shown() -> None:
    found = _recipients(_FOLDED, "ua-51-26.md")
    names = [str(r.get("name")) for r in found]
    assert any("Valcárcel Múñiz" in name for name in names)
    assert not any("Drebmann" in name for name in names)  # commented out: no recipient
    values = _values(found)
    assert "<details" not in values and "</summary>" not in values and "<!--" not in values
    minister = next(r for r in found if "Valcárcel" in str(r.get("name")))
    assert minister.get("title") == "Minister of Justice"
    case = import_document(_FOLDED, source="ua-51-26.md").case
    assert str(case.get("deadline")) == "2026-05-16"  # not the commented-out one


_TEXT_WITH_TAGS = """URGENT ACTION UA 52/26

Marta Quellin, a lawyer, was detained on 4 March 2026 in Varnholt.

Please write before 20 May 2026 to:

<center><font face="Arial">Sr. Andrés Pilón Sarabia
Ministro del Interior
Calle Mayor 3
Varnholt, Ostravia
Correo: despacho@interior.example.ov
Saludo: Se&ntilde;or Ministro</font></center>
"""


def test_a_plain_texts_pasted_tags_and_entities_are_not_read_into_a_recipient() -> None:
    found = _recipients(_TEXT_WITH_TAGS, "ua-52-26.txt")
    minister = next(r for r in found if "Pilón Sarabia" in str(r.get("name")))
    assert minister.get("title") == "Ministro del Interior"
    assert "<font" not in _values(found) and "&ntilde;" not in _values(found)
    assert "Señor Ministro" in str(minister.get("salutation"))


def test_entities_and_styling_tags_read_as_their_characters() -> None:
    text = "Minist&egrave;re de l&#39;Int&eacute;rieur<br>\n<b>Place</b> Beauvau&nbsp;1\n"
    assert embedded_html(text) == "Ministère de l'Intérieur\nPlace Beauvau 1\n"


def test_link_references_of_a_markdown_file_are_no_recipients() -> None:
    text = """# Urgent action UA 53/26

Read our [earlier report][rep] on the trials.

## Write to

Ms Inés Valcárcel Múñiz
Minister of Justice
Avenida Quillón 140
Varnholt, Ostravia
Email: [minister@justice.example.ov][m]

[rep]: https://example.org/reports/trials "Trials"
[m]: mailto:minister@justice.example.ov
"""
    extracted = extract_text(text)
    assert "earlier report on the trials" in extracted.text
    assert "[m]" not in extracted.text and "mailto:" not in extracted.text
    found = _recipients(text, "ua-53-26.md")
    assert len(found) == 1
    assert found[0].get("email") == ["minister@justice.example.ov"]


def test_an_ordinary_text_and_what_is_no_markup_are_left_as_they_are() -> None:
    plain = "Write to the Minister <minister@justice.example.ov> & to the Chief of Police.\n"
    assert embedded_html(plain) is plain
    # An address in angle brackets whose name starts as a tag's does ("<b.", "<sup").
    mail = "From: <b.ostrin@example.org>\nTo: <supporters@example.org>\n"
    assert embedded_html(mail) is mail
    # One styling tag alone in a mail may be quoted: not the text's form.
    one = "Use <b>bold</b> for the name.\n"
    assert embedded_html(one) is one
    # A comment never closed stays.
    unclosed = "Line one\n<!-- a note\nLine two\n"
    assert embedded_html(unclosed) == unclosed
    # A fenced code block and a Markdown table's row are written as they stand.
    fenced = "```\n<div>x</div>\n<p>y</p>\n```\n"
    assert embedded_html(fenced) is fenced
    row = "| Name<br>Office | <b>x</b> |\n| Name<br>Office | <b>x</b> |\n"
    assert embedded_html(row) is row


def test_unclosed_comments_and_many_tags_take_linear_time() -> None:
    # (A hang guard as the fuzz tests have, not a timing assertion: a quadratic reading of
    # these inputs takes minutes, a linear one well under a second.)
    with hard_timeout(30):
        embedded_html("<!--" * 50_000)
        embedded_html("<details>" * 50_000 + "\n" + "&amp" * 50_000)
        embedded_html("<div " + "a" * 200_000)
        extract_text("[a]: mailto:" + "x" * 100_000 + "\n" + "[x][" * 20_000)


# --- Mend 34a: what is no markup in a text, and a line of brackets read in linear time ---

_BLOCK = """URGENT ACTION UA 54/26

Tomás Ebrelin, a union organiser, was arrested on 2 March 2026 in Varnholt.

Please write before 20 May 2026 to:

Ms Sigrun Holt
Minister of Justice
Skuggasund 3
Varnholt, Ostravia
Email: postur@justice.example.ov
Salutation: Dear Minister
"""


def test_a_word_in_angle_brackets_inside_a_sentence_is_no_tag() -> None:
    # "<address>" as a placeholder, never closed, with text on both sides: a word, which
    # splits no sentence; one line of "<b>name</b>" below is one tagged line only.
    text = (
        _BLOCK
        + "\nSign with your name and <address> at the bottom.\nPut the <b>name</b> in bold.\n"
    )
    assert embedded_html(text) is text
    found = _recipients(text, "ua-54-26.txt")
    assert len(found) == 1
    assert found[0].get("address") == ["Skuggasund 3", "Varnholt, Ostravia"]
    # Placeholders alone ("<small>", "<em>phasise"): no line holds a tag, no junk recipient.
    other = _BLOCK + "\nSign with your name and <address> at the bottom.\n"
    other += "Add <small> print if you like and <em>phasise the name.\n"
    assert embedded_html(other) is other
    assert [r.get("name") for r in _recipients(other, "ua-54-26.txt")] == ["Ms Sigrun Holt"]
    # Where the text's tags are read, the word still stays as written and splits nothing.
    tagged = "Put the <b>name</b> in bold.\nSign with your <address> here.\n<i>Thanks</i>\n"
    assert (
        embedded_html(tagged) == "Put the name in bold.\nSign with your <address> here.\nThanks\n"
    )
    # Markup stays markup: closed in the text, at a line's start, or with attributes.
    assert embedded_html("Write to <address>Skuggasund 3</address> now.\n", markdown=True) == (
        "Write to\nSkuggasund 3\nnow.\n"
    )
    assert embedded_html("Ms Holt<p class=x>Minister\n", markdown=True) == "Ms Holt\nMinister\n"


def test_tags_in_a_markdown_code_span_or_indented_code_are_written_as_they_stand() -> None:
    # A Markdown file's block, its lines broken by two blanks at their ends.
    text = (
        "# URGENT ACTION UA 54/26\n\n**Tomás Ebrelin** was arrested on 2 March 2026 in Varnholt.\n"
        "\n## Write to\n\nMs Sigrun Holt  \nMinister of Justice  \nSkuggasund 3  \n"
        "Varnholt, Ostravia  \nEmail: postur@justice.example.ov  \nSalutation: Dear Minister\n"
        "\nTip: a `<p>` or `<div>` in the template is stripped when sent.\n"
        "\nPlease write before 20 May 2026.\n"
    )
    found = _recipients(text, "ua-54-26.md")
    assert [r.get("name") for r in found] == ["Ms Sigrun Holt"]
    assert found[0].get("address") == ["Skuggasund 3", "Varnholt, Ostravia"]
    line = "Use ``<br>`` or `&amp;` here: &amp; <b>x</b>\n"
    assert embedded_html(line, markdown=True) == "Use ``<br>`` or `&amp;` here: & x\n"
    code = "Model letter:\n\n    <p>Mr Olaf Berg<br>Chief of Police</p>\n\n<p>Thanks</p>\n"
    assert embedded_html(code, markdown=True) == (
        "Model letter:\n\n    <p>Mr Olaf Berg<br>Chief of Police</p>\n\nThanks\n\n"
    )
    # A list item's indented lines are the item's, not code.
    item = "- Write to:\n\n    <p>Ms Holt</p>\n"
    assert embedded_html(item, markdown=True) == "- Write to:\n\nMs Holt\n\n"


def test_a_long_line_of_brackets_imports_in_linear_time() -> None:
    # Quadratic before (a link's text ran over every "[": a 200 KB line took minutes);
    # bounded as the fuzz tests bound an import (a minute: it takes seconds now).
    with hard_timeout(60):
        result = import_document("[" * 200_000, source="brackets.md")
    assert isinstance(result.yaml_text, str)
    # A Markdown line's links, images and tags alone, on other shapes of the same trap.
    for unit in ("[", "a[^", "![", "![x](", "[x](", "<a ", "<b"):
        line = (unit * (200_000 // len(unit) + 1))[:200_000]
        with hard_timeout(10):
            assert _markdown_inline(line)
    assert _markdown_inline("See [the report](https://example.org/r) and ![logo](l.png)") == (
        "See the report and "
    )


def test_a_long_line_of_unclosed_tags_is_sorted_in_linear_time() -> None:
    # Quadratic before: the kind test's tag pattern ran from every "<a" to the end of the
    # line looking for its ">" (7 s for 200 KB, a minute for the whole import).
    line = "<a" * 100_000
    with hard_timeout(3):
        assert detect_kind(line) == "text"
    assert detect_kind("<p>One</p><p>Two</p><div>Three</div>") == "html"


def test_a_run_of_thousands_of_characters_without_a_space_is_not_read() -> None:
    # An image's data pasted as text, a line of brackets: no word of any language. The
    # readers skip it (the import of a 200 KB run took 8-24 s); the text around it stays.
    from appeal_tui.core.importer.text_extract import extract_text

    data = "iVBORw0KGgo" * 400
    text = extract_text(f"Write to the Minister of Justice.\n\n{data}\n\nFax: +12 345 6789\n").text
    assert data[:100] not in text
    assert "Minister of Justice" in text and "+12 345 6789" in text
    url = "https://example.org/" + "a" * 1900
    assert url in extract_text(f"See {url} for the case.\n").text
