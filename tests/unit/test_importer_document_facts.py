"""Session 8 (round 9b): document facts and text extraction for layouts the importer had not
met: tables with a column per recipient, forms with dot leaders, deadlines wrapped or under a
label, languages lists that end with their sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.text_extract import extract_text

_TRANSPOSED = (
    "<html><body><h1>Urgent action</h1>\n"
    "<p>Writer Ana Example was detained on 2 May 2026. Write in English or French.</p>\n"
    "<table>\n"
    "<tr><th></th><th>Recipient 1</th><th>Recipient 2</th><th>Copy</th></tr>\n"
    "<tr><th>Nom</th><td>Mr Jean Example</td><td>Ms Eva Sample</td><td>Mr Paul Envoy</td></tr>\n"
    "<tr><th>Poste</th><td>Minister of Justice</td><td>Prosecutor General</td>"
    "<td>Ambassador of Ruritania</td></tr>\n"
    "<tr><th>Adresse postale</th><td>1 Main Street<br>Capital City<br>Ruritania</td>"
    "<td>2 Side Street<br>Capital City<br>Ruritania</td>"
    "<td>3 Embassy Row<br>1000 Brussels<br>Belgium</td></tr>\n"
    "<tr><th>Fax</th><td>–</td><td>+123 456 7890</td><td>-</td></tr>\n"
    "<tr><th>Email</th><td>minister@justice-example.rt</td><td>pg@pg-example.rt</td>"
    "<td>embassy@rt-example.be</td></tr>\n"
    "<tr><th>Salutation</th><td>Dear Minister</td><td>Dear Prosecutor General</td><td>–</td></tr>\n"
    "</table></body></html>"
)


def test_a_table_with_a_column_per_recipient_gives_a_block_per_column() -> None:
    text = extract_text(_TRANSPOSED).text
    # Each column is a block; contact fields keep their row's label, the rest stand alone; an
    # empty cell (a dash) is left out; the column headed by a "copies" word is opened by it.
    assert "Mr Jean Example\nMinister of Justice\n1 Main Street" in text
    assert "Fax: +123 456 7890\nEmail: pg@pg-example.rt\nSalutation: Dear Prosecutor" in text
    assert "Copy:\nMr Paul Envoy" in text
    assert "Fax: –" not in text and "Fax: -" not in text
    minister, prosecutor, envoy = import_document(_TRANSPOSED).case["recipients"]
    assert (minister["name"], minister["title"]) == ("Mr Jean Example", "Minister of Justice")
    assert minister["email"] == ["minister@justice-example.rt"]
    assert minister["salutation"] == "Dear Minister"
    assert prosecutor["fax"] == ["+123 456 7890"]
    assert (envoy["role"], envoy["email"]) == ("copy", ["embassy@rt-example.be"])


def test_a_table_of_rows_is_still_read_a_row_at_a_time() -> None:
    html = (
        "<table><tr><th>Office</th><th>Name</th></tr>"
        "<tr><td>Minister of Justice</td><td>Mr Jean Example</td></tr>"
        "<tr><td>Prosecutor General</td><td>Ms Eva Sample</td></tr>"
        "<tr><td>President</td><td>Mr Paul Head</td></tr></table>"
    )
    assert "Minister of Justice\nMr Jean Example\n\nProsecutor General" in extract_text(html).text


_DOTS = """SEND LETTERS TO

Recipient 1
  Name ............ Mr Jean Example
  Office .......... Minister of Justice
  Address ......... Ministry of Justice
                    1 Main Street
                    RURITANIA
  E-mail .......... minister(at)justice-example.rt
  X ............... @JusticeRT_ex
  Salutation ...... Dear Minister
"""


def test_a_form_with_dot_leaders_reads_as_labelled_lines() -> None:
    text = extract_text(_DOTS).text
    assert "Recipient 1" not in text
    assert "Mr Jean Example\nMinister of Justice\nMinistry of Justice\n1 Main Street" in text
    assert "X: @JusticeRT_ex\nSalutation: Dear Minister" in text
    (minister,) = import_document(_DOTS).case["recipients"]
    assert minister["name"] == "Mr Jean Example"
    assert minister["email"] == ["minister@justice-example.rt"]
    assert (minister["twitter"], minister["salutation"]) == ("@JusticeRT_ex", "Dear Minister")


def test_an_ellipsis_in_a_sentence_is_no_dot_leader() -> None:
    text = "He said .... nothing more.\nShe waited ..... for hours."
    assert extract_text(text).text == text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # The sentence wrapped before the date.
        (
            "Write so that your letter arrives at the latest by\n14 January 2027.",
            dt.date(2027, 1, 14),
        ),
        # A table's label cell above the date.
        ("Deadline\nJan 12, 2027", dt.date(2027, 1, 12)),
        ("Escriviu en castellà, abans del 10 de gener de 2027.", dt.date(2027, 1, 10)),
        ("Vetoomukset viimeistään 20.8.1997.", dt.date(1997, 8, 20)),
    ],
)
def test_deadlines_wrapped_labelled_or_after_sending(text: str, date: dt.date) -> None:
    assert find_deadline(text, find_dates(text), None)[0] == date


def test_a_deadline_without_a_year_and_without_an_issue_date_follows_the_last_dated_day() -> None:
    text = "He was sentenced on 9 October 2026.\nScrivete in inglese, entro il 15 gennaio."
    assert find_deadline(text, find_dates(text), None) == (dt.date(2027, 1, 15), True)


def test_a_day_without_a_year_in_a_story_is_no_deadline() -> None:
    text = "Their families were not told where they were held until 26 November."
    assert find_deadline(text, find_dates(text), dt.date(2026, 12, 1)) == (None, False)


def test_a_languages_list_ends_with_its_sentence() -> None:
    line = "Pište anglicky nebo siswati. Dopisy psané česky úřady obvykle nečtou."
    found = find_languages_line(f"Text.\n{line}\nRelease them.")
    assert found is not None and list(found.codes) == ["en", "ss"]
    # A day number's full stop ends no sentence.
    line = "Schreiben Sie bitte bis zum 2. Oktober 2024 in gutem Englisch, Arabisch oder Deutsch."
    found = find_languages_line(f"Text.\n{line}\nRelease them.")
    assert found is not None and list(found.codes) == ["en", "ar", "de"]


def test_contact_fields_parted_by_a_middle_dot_are_lines_of_their_own() -> None:
    text = extract_text("Mr Jean Example\nCorreu electrònic: a@example.rt · X: @JeanRT_ex\n").text
    assert text.endswith("Correu electrònic: a@example.rt\nX: @JeanRT_ex")
    # A by-line whose parts are no fields stays one line.
    byline = "UA 12/26 · Index: MDE 1/2026 · 3 March 2026"
    assert extract_text(byline).text == byline


def test_a_markdown_hard_break_backslash_is_not_text() -> None:
    text = extract_text("# Action\n\nMinistry of Justice\\\n1 Main Street\\\nCapital City\n").text
    assert "Ministry of Justice\n1 Main Street\nCapital City" in text


def test_places_and_bodies_are_not_people_at_risk() -> None:
    text = (
        "Student Ana Example was arrested at Lakeview College under the Public Safety Act and"
        " taken to Grattan House on Temple Road. Ana Example is held without charge.\n"
        "Please write before 1 June 2026 to the Minister of Justice.\n"
    )
    assert import_document(text).case["people"] == [{"name": "Ana Example"}]


def test_languages_named_in_catalan() -> None:
    found = find_languages_line("Text.\nEscriviu en castellà o en francès, abans del 10 de gener.")
    assert found is not None and list(found.codes) == ["es", "fr"]


def test_a_pdf_text_layers_hyphenation_and_ligatures_are_undone() -> None:
    raw = (
        "The orders cite activities prej-\nudicial to public order and were served un-\n"
        "der the act on the ﬁles of the office. Jean-\nPaul Example signed them.\n"
    )
    text = extract_text(raw).text
    assert "activities prejudicial\nto public order" in text
    assert "served under\nthe act on the files" in text
    # A name's hyphen before a capital stays.
    assert "Jean-\nPaul Example" in text


def test_a_joint_greeting_in_the_letter_is_each_officials() -> None:
    text = (
        "Please write to:\n\nMr Jean Example\nMinister of Justice\n1 Main Street\n"
        "Capital City, Ruritania\n\nMs Eva Sample\nMinister of the Interior\n2 Side Street\n"
        "Capital City, Ruritania\n\nModel letter\n\nYour Excellencies,\n\n"
        "I urge you to release Ana Example.\n"
    )
    recipients = import_document(text).case["recipients"]
    assert [r["salutation"] for r in recipients] == ["Your Excellencies", "Your Excellencies"]
