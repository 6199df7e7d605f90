"""Mends of the regressions a review found in session 21's merge (invented documents)."""

from __future__ import annotations

from appeal_tui.core.importer import delimited


def test_long_token_in_row_is_read_in_linear_time() -> None:
    # A long unbroken token (a pasted hash, a base64 blob) in a semicolon row or between
    # double-spaced parts: the sentence and e-mail tests must not backtrack over it.
    token = "q" * 8000
    delimited.record_rows(f"Herr Direktor; {token}; 8010 Graz; kontakt@beispiel.at\n")
    delimited.spaced_blocks(f"Direktor  {token}  Österreich\n")
    delimited.spaced_blocks(f"Direktor  {'1.' * 4000}x  Österreich\n")
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).
    # A row of short cells is still split.
    out = delimited.record_rows("Herr Direktor; Hauptplatz 1; 8010 Graz; kontakt@beispiel.at\n")
    assert out.split("\n")[:4] == [
        "Herr Direktor",
        "Hauptplatz 1",
        "8010 Graz",
        "kontakt@beispiel.at",
    ]


def test_spaced_table_of_people_is_no_recipient_block() -> None:
    # A plain-text table (heading row, rows of one layout) whose column holds a country on
    # each row: no row is a recipient's block printed on one line.
    for sep in ("   ", "\t"):
        rows = [
            ("Nom", "Âge", "Pays", "Lieu de détention"),
            ("Jeanne Mbala", "29", "Cameroun", "Prison de Kondengui"),
            ("Paul Essomba", "41", "Gabon", "Prison centrale"),
        ]
        table = "\n".join(sep.join(r) for r in rows).expandtabs(8)
        assert delimited.spaced_blocks(table) == table
    # One line of a block, alone, is still split.
    line = "Monsieur le Ministre   Rue de la Paix 3   1000 Bruxelles   Belgique"
    assert delimited.spaced_blocks(line).split("\n") == [
        "Monsieur le Ministre",
        "Rue de la Paix 3",
        "1000 Bruxelles",
        "Belgique",
    ]


def test_delimited_table_of_people_is_no_contact_sheet() -> None:
    # Rows of people at risk (no field's label, no e-mail, number or postcode): not contacts.
    people = (
        "Name;Alter;Gefängnis;Stadt;Urteil\n"
        "Lena Vogt;34;Zentralgefängnis;Minsk;8 Jahre\n"
        "Timo Brandt;27;Strafkolonie 2;Homel;5 Jahre\n"
        "Eva Roth;51;Untersuchungshaft;Brest;offen\n"
    )
    assert delimited.delimited_text(people) is None
    # A contact sheet (an e-mail column) is still read as blocks.
    contacts = (
        "Name;Amt;E-Mail\n"
        "Dr. Jonas Keller;Justizminister;minister@justiz.example\n"
        "Mara Stein;Generalstaatsanwältin;office@gsa.example\n"
    )
    out = delimited.delimited_text(contacts)
    assert out is not None and "Dr. Jonas Keller\nJustizminister" in out


def test_one_off_shorter_spelling_does_not_replace_frequent_name() -> None:
    from appeal_tui.core.importer import import_document

    text = (
        "URGENT ACTION\n\nThe journalist Dariush Tabrizi was detained on 2 June 2025. "
        "Dariush Tabrizi is held incommunicado. The family of Dariush Tabrizi fears torture. "
        "A lawyer for Dariush Tabriz was refused access.\n\n"
        "Please write to the Prosecutor General.\n"
    )
    people = import_document(text, source="ua.txt").case.get("people", [])
    assert [p.get("name") for p in people] == ["Dariush Tabrizi"]


def test_publisher_contact_row_is_no_recipient_row() -> None:
    line = "Kontakt: Gruppe Nord; +49 30 1234 5678; 10115 Berlin; info@gruppe.example"
    assert delimited.record_rows(line) == line
    # A recipient's row is still split.
    row = "Frau Ministerin Ida Kern; Justizministerium; 10115 Berlin; poststelle@jm.example"
    assert delimited.record_rows(row).split("\n")[:2] == [
        "Frau Ministerin Ida Kern",
        "Justizministerium",
    ]


def test_paragraph_ending_with_a_word_that_ends_clauses_is_not_joined() -> None:
    text = "Here is what every member of your branch and its friends can do\n\nSend a card today."
    assert delimited.rejoin_broken_paragraphs(text) == text
    # An article or a preposition that waits for its noun still joins.
    cut = "Escriba al señor ministro a la dirección del Ministerio de la\n\nPresidencia, Quito."
    assert "Ministerio de la\nPresidencia" in delimited.rejoin_broken_paragraphs(cut)
