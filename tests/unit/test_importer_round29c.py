"""Round 29c: text damaged by the way it travelled. A reply's attribution line ("On <date>, X
wrote:", in the languages mail clients and forums print it) is the mail's, not the appeal's;
a mail's quote marks without a space (">Minister X") stay off the lines a plain text is read
from. Each on a short invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.text_repairs import drop_quote_attributions, unquote_mail_lines


def _case(text: str) -> dict:
    return import_document(text, source="x.txt", language="en").case


def test_attribution_lines_in_several_languages_become_a_rule() -> None:
    for line in (
        "On Wed, 3 Feb 2027, Torvald Ficticio wrote:",
        "Am 03.02.2027 um 10:15 schrieb Torvald Ficticio:",
        "Le 03/02/2027 à 10:15, Torvald Ficticio a écrit :",
        "El mié, 3 feb 2027 a las 10:15, Torvald Ficticio escribió:",
        "> W dniu 3.02.2027 o 10:15, Torvald Ficticio pisze:",
        "Torvald Ficticio (torvald@example.org) wrote:",
        "bluefinch77 wrote:",
    ):
        assert drop_quote_attributions(f"Hello\n{line}\n> Text") == "Hello\n=====\n> Text", line


def test_a_story_that_quotes_or_a_write_to_heading_stays() -> None:
    for line in (
        "In a letter of 3 May 2026 her lawyer wrote to the court about the charges:",
        "Escribe a:",
        "Schreibt an:",
        "The newspaper editor who had been arrested twice wrote:",
    ):
        assert drop_quote_attributions(line) == line, line


def test_the_attribution_names_no_person_at_risk() -> None:
    text = (
        "Hi all, passing this on.\n\n"
        "On Tue, 9 Mar 2027, Ludmila Erfunden wrote:\n\n"
        "> URGENT ACTION\n"
        "> Student Oskar Beispielsohn was arrested on 2 March 2027 in Nordhavn.\n"
        "> PLEASE WRITE TO:\n"
        "> Minister of Justice\n"
        "> Ministry of Justice\n"
        "> 12 Example Road\n"
        "> Nordhavn 4455\n"
        "> Fax: +99 21 555 0101\n"
        "> Salutation: Dear Minister\n"
        ">\n"
        "> Ludmila Erfunden * Group 7, Nordhavn\n"
    )
    people = [p["name"] for p in _case(text).get("people") or []]
    assert not any("Erfunden" in name for name in people)


def test_quote_marks_without_a_space_leave_the_lines() -> None:
    text = ">Minister of Justice\n>Ministry of Justice\n>12 Example Road\n"
    assert unquote_mail_lines(text) == "Minister of Justice\nMinistry of Justice\n12 Example Road\n"
    # A lone line that opens with ">" is no quote.
    lone = "Age: > 18 years\n> 18 years\nText"
    assert unquote_mail_lines(lone) == lone


def test_a_block_quoted_without_spaces_is_read_without_its_marks() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Journalist Oskar Beispielsohn was arrested on 2 March 2027.\n\n"
        "Please write to:\n\n"
        ">Minister of Justice\n"
        ">Ministry of Justice\n"
        ">12 Example Road\n"
        ">Nordhavn 4455\n"
        ">Fax: +99 21 555 0101\n"
        ">Salutation: Dear Minister\n"
    )
    recipients = _case(text)["recipients"]
    assert recipients
    assert not any(">" in line for r in recipients for line in r.get("address") or [])
    assert not any(">" in str(r.get("name") or "") for r in recipients)
