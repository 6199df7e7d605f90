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
    out = corrected(text, messages=True)
    assert "Fax : +33 1 23 45 67 98\n" in out
    assert "+33 1 23 45 67 89" not in out
    assert out.endswith("le fax est +33 1 23 45 67 98 et non ...89")


def test_an_address_at_the_same_domain_given_in_a_correction_replaces_the_first() -> None:
    # The message names the address it mends ("segreteria"): the same domain alone is not
    # enough (see the next test).
    text = (
        "Scrivete a:\nProcuratore Generale\nEmail: segreteria@procura.example.it\n\n"
        "Correzione: l'indirizzo segreteria è cambiato, ora è ufficio.pg@procura.example.it"
    )
    assert "Email: ufficio.pg@procura.example.it\n" in corrected(text, messages=True)


def test_another_address_at_the_same_domain_alone_is_no_correction() -> None:
    # (mend25a: merge25 took any address at the same domain after a cue.)
    text = (
        "Scrivete a:\nProcuratore Generale\nEmail: segreteria@procura.example.it\n\n"
        "Scusate, per la stampa: stampa@procura.example.it"
    )
    assert corrected(text, messages=True) == text


def test_a_postcode_is_never_mended() -> None:
    # (mend25a: a number without a fax or phone label is a postcode, a count or a year;
    # merge25 mended it.)
    text = "Adres:\nul. Wymyślona 7\n440012 Mińsk\n\nkorekta: kod to 440021, nie 440012"
    assert corrected(text, messages=True) == text


def test_an_appeal_written_at_once_is_never_rewritten() -> None:
    # mend25a (fails on merge25): an urgent action's later paragraphs with ordinary words
    # ("not", "sorry") and a press desk at the same domain, a phone like the fax, a count
    # like the postcode.
    text = (
        "Write to:\nMinister of Culture\nIva Brenner\n4 Quay Road\nPortvale 30300\n"
        "Fax: +00 44 812 3456\nEmail: office@culture.example.net\n\n"
        "Please do not call the prison. We are sorry to say the press desk is "
        "desk@culture.example.net, phone +00 44 812 3499.\n\n"
        "He was not charged. Some 30000 people have signed."
    )
    assert corrected(text) == text


def test_cues_are_whole_words_and_another_recipients_block_is_no_correction() -> None:
    # mend25a (fails on merge25): "mali" (Tagalog "wrong") inside "Malika", "not" inside
    # "notes", a copy recipient's block after the primary's.
    text = (
        "Sumulat kay:\nKalihim ng Katarungan\nFax: +00 2 555 1234\n\n"
        "Kopya kay:\nPangalawang Kalihim Malika Santos\nKagawaran ng Interyor\n"
        "Fax: +00 2 555 1237\nnotes@interior.example.ph\n\n"
        "Ana: ok\n\nBen: ok"
    )
    assert corrected(text, messages=True) == text


def test_a_thread_whose_posts_open_with_one_header_is_a_run_of_messages() -> None:
    text = (
        "Lina Vask @lina_v · Mar 3\nWrite to: Governor\nFax: +00 3 777 1200\n\n"
        "Lina Vask @lina_v · Mar 3\nPlease share\n\n"
        "Lina Vask @lina_v · Mar 4\nCorrection: the governor's fax is +00 3 777 1210"
    )
    assert "Fax: +00 3 777 1210\n" in corrected(text)


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
    # mend25a: linear in the number of values (merge25 compared each with every other one).
    corrected(("not 12345 x@y.org " * 12_000)[:200_000], messages=True)
    corrected(("sorry fax +1 (2) 3-4.5 " * 9_000)[:200_000], messages=True)
    corrected("".join(f"correction fax 1234{i % 10} a{i}@b.org\n\n" for i in range(8_000)))
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


def test_a_mention_never_hides_a_person_the_text_names_without_at() -> None:
    # mend25a (fails on merge25): a tag in the story, a first name as a nickname.
    from appeal_tui.core.importer.mentions import mentioned_names

    text = (
        "Nasza koleżanka @Mirela Santos została zatrzymana 2 maja.\n\n"
        "Mirela Santos jest nauczycielką. @Mirela to jej ksywka, @Kuba wysyła listy."
    )
    assert mentioned_names(text) == ["Kuba"]
