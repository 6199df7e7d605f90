"""Round 25c: appeals passed on in chats and threads (corrections.py). Texts of our own."""

from __future__ import annotations

from appeal_tui.core.importer.corrections import contact_runs, corrected


def test_a_fax_corrected_in_a_later_message_replaces_the_first() -> None:
    text = (
        "Écrire à :\nMinistre de l'Intérieur\nPlace Imaginaire 4\n75000 Paris\n"
        "Fax : +33 1 23 45 67 89\n\n"
        "Merci, je m'en occupe\n\n"
        "Désolée, coquille : le fax est +33 1 23 45 67 98 et non ...89"
    )
    out = corrected(text)
    assert "Fax : +33 1 23 45 67 98\n" in out
    assert "+33 1 23 45 67 89" not in out
    assert out.endswith("le fax est +33 1 23 45 67 98 et non ...89")


def test_an_address_at_the_same_domain_given_in_a_correction_replaces_the_first() -> None:
    text = (
        "Scrivete a:\nProcuratore Generale\nEmail: segreteria@procura.example.it\n\n"
        "Aggiornamento: l'indirizzo è cambiato, ora è ufficio.pg@procura.example.it"
    )
    assert "Email: ufficio.pg@procura.example.it\n" in corrected(text)


def test_a_postcode_with_two_digits_swapped_is_corrected_when_both_are_written() -> None:
    text = "Adres:\nul. Wymyślona 7\n440012 Mińsk\n\nkorekta: kod to 440021, nie 440012"
    assert "ul. Wymyślona 7\n440021 Mińsk" in corrected(text)


def test_near_numbers_without_a_correction_stay() -> None:
    # A phone and a fax of one office differ in their last digit: no correction.
    text = "Tel.: +90 312 555 11 70\nFax: +90 312 555 11 71\n\nNot sure who will send it"
    assert corrected(text) == text


def test_a_correction_with_two_earlier_candidates_changes_nothing() -> None:
    text = "a@office.example.org\nb@office.example.org\n\nCorrection: c@office.example.org"
    assert corrected(text) == text


def test_contacts_run_on_one_line_become_a_line_each() -> None:
    assert contact_runs("x@min.example.gov | @MinExample") == "x@min.example.gov\n@MinExample"
    assert contact_runs("@one · @two • y@example.org") == "@one\n@two\ny@example.org"
    line = "Home | About | Contact"
    assert contact_runs(line) == line


def test_long_lines_without_spaces() -> None:
    corrected("correction " + "a" * 200_000)
    corrected("sorry 12345\n\nnot " + "1" * 200_000)
    corrected("sorry " + "1-" * 100_000)
    contact_runs("@a | " + "b" * 200_000)
    # Reaching this line is the test.


def test_people_mentioned_with_an_at_sign_are_members() -> None:
    from appeal_tui.core.importer.mentions import mentioned_names

    text = "@Tomasz Lis czy wysyłamy?\n@Ines tak\nmail: ines@example.org\n@grupa_akcji"
    assert mentioned_names(text) == ["Tomasz Lis", "Ines"]


def test_a_month_before_its_day_without_a_year_is_a_date() -> None:
    from appeal_tui.core.importer.dates import find_dates

    assert [f.day_month for f in find_dates("Send yours before October 14 please")] == [(14, 10)]
    assert find_dates("may 3 of them") == []
    assert find_dates("October 14 10:30") == []


def test_a_run_going_on_from_the_line_above_stays() -> None:
    text = "Group X · Street 1, City 10000 ·\ninfo@group.example.org · @groupx"
    assert contact_runs(text) == text


def test_a_yearless_month_before_its_day_needs_a_date_context() -> None:
    # Mend of round 25c: a street, a given name or an event's name is no date; a deadline
    # word before it or a line of its own makes it one. (Fails on merge25.)
    from appeal_tui.core.importer.dates import find_dates

    for text in ("Avenida Marzo 14, Villa Nueva", "Rue Juin 9", "Maja 12 called me", "Sept 11 era"):
        assert find_dates(text) == [], text
    assert [f.day_month for f in find_dates("Write until March 9 please")] == [(9, 3)]
    assert [f.day_month for f in find_dates("posted\nJune 30\nhello")] == [(30, 6)]
    # Reaching this line is the test: a long line of such pairs.
    find_dates("Marzo 12 " * 25000)
