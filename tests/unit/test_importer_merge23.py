"""Mends of session 23's merge of the importer rounds, each on an invented text."""

from __future__ import annotations

from importer_support import recipients_by_name


def test_a_sending_line_ending_in_a_colon_over_one_line_entries_is_no_sentence() -> None:
    """A paste whose line breaks were lost is split again at its labels; a line that sends
    and ends with a colon then opens a list of one-line entries, each of eight words or more.
    Round 23p read that list as sentences and lost every recipient of it."""
    text = " ".join(
        [
            "TEACHERS ALERT: Three teachers held in Ruritania 4 March 2026",
            "Three teachers who spoke at a rally were arrested at their school and are held",
            "without charge at the central police station in the capital.",
            "Send a message by 30 April 2026 to:",
            "• Minister of the Interior, Mr Tomas Verlan Hodek – minister@interior-example.gov.rr",
            "• Minister of Education, Ms Alda Morin Kestrel – minister@edu-example.gov.rr,"
            " fax +99 21 555 0199",
            "• Chief of Police, Mr Oskar Pell Dunmore – chief@police-example.gov.rr,"
            " X: @RRPolice_ex",
            "Ask them to release the three teachers at once.",
            "Copy to the Ruritanian embassy in your country.",
        ]
    )
    found = recipients_by_name(text)
    # The ministers' entries as main read them (the third entry, a chief with a handle, is
    # not read on main either).
    assert {"Tomas Verlan Hodek", "Alda Morin Kestrel"} <= {
        " ".join(n.split()[1:]) if n.split()[0] in ("Mr", "Ms") else n for n in found
    }


def test_a_letters_salutation_under_its_subject_line_is_the_inside_addresss() -> None:
    """A group's letter: its date, the official's inside address, a subject line, then the
    salutation. The salutation is the official's, the subject line between them aside (an
    Italian letter whose greeting was lost for the subject line above it)."""
    text = "\n".join(
        [
            "Gruppo Amnesty 12 - Lucca",
            "Via dei Fossi 8",
            "55100 Lucca",
            "",
            "Lucca, 2 dicembre 2026",
            "",
            "Al Ministro dell'Interno",
            "On. Tomas Ibarra Solis",
            "Ministerio del Interior",
            "Avenida Central 100",
            "10100 Ciudad Capital",
            "Ruritania",
            "",
            "Oggetto: Lucia Ferrer Gil, detenuta senza accuse",
            "",
            "Egregio Ministro,",
            "",
            "Le scriviamo per chiederle che Lucia Ferrer Gil sia rilasciata subito.",
            "",
            "Distinti saluti,",
            "",
            "Marta Ruiz",
        ]
    )
    found = recipients_by_name(text)
    assert "On. Tomas Ibarra Solis" in found
    salutation = found["On. Tomas Ibarra Solis"].get("salutation")
    assert "Egregio Ministro" in str(salutation)


def test_the_word_for_to_before_a_letters_office_is_no_part_of_its_title() -> None:
    """A letter's inside address opens with the word for "to" before the office ("Al Ministro
    ...", "To the Minister ...", "An den Bundesminister ..."): the title is the office."""
    for to, office, greeting in (
        ("Al", "Ministro della Giustizia", "Egregio Ministro,"),
        ("To the", "Minister of Justice", "Dear Minister,"),
    ):
        text = "\n".join(
            [
                "Local Group 12",
                "8 Mill Lane",
                "Lucca 55100",
                "",
                "2 December 2026",
                "",
                f"{to} {office}",
                "Mr Tomas Ibarra Solis",
                "Ministerio de Justicia",
                "Avenida Central 100",
                "10100 Ciudad Capital",
                "Ruritania",
                "",
                greeting,
                "",
                "We ask you to release Lucia Ferrer Gil at once.",
                "",
                "Yours sincerely,",
                "",
                "Marta Ruiz",
            ]
        )
        (who,) = [r for r in recipients_by_name(text).values() if r.get("role") == "primary"]
        assert who.get("title") in (office, {"it": office}, {"en": office}), who.get("title")
