"""Round 25g: formal interventions by institutions (invented letters, in other languages and
layouts than the documents that showed each cause): a letter's own file reference under its
label, and the copies listed under a copies heading alone on its line."""

from __future__ import annotations

from appeal_tui.core.importer.fields import _file_reference, find_reference
from appeal_tui.core.importer.letters import copy_entries


def test_file_reference_under_its_label_in_several_languages() -> None:
    # Dutch, Italian, Czech, Portuguese: the code as printed, up to the first word that is not
    # capitals or digits (a place, the dictation initials after a dash).
    assert _file_reference("Ons kenmerk: VR/2031/044\nUtrecht, 2 maart 2031") == "VR/2031/044"
    assert _file_reference("Prot. n. 318/2031 – ab/cd") == "318/2031"
    assert _file_reference("Č.j. KV-77/2031 Brno, 4. května 2031") == "KV-77/2031"
    assert _file_reference("Ofício n.º 12/2031") == "12/2031"
    # In a column of the head, after the addressee's own reference.
    assert _file_reference("Your ref: –      Our ref: QX/9/2031") == "QX/9/2031"
    # The code on the line under its label.
    assert _file_reference("Unser Zeichen:\nHB 7/31\nDatum: 1. Mai 2031") == "HB 7/31"
    # A label without a code with a digit is none.
    assert _file_reference("Reference: see below") is None


def test_file_reference_is_the_letters_reference() -> None:
    text = (
        "STOWARZYSZENIE PRAWNIKÓW POMORZA\n"
        "Znak sprawy: SP-DH/14/2031\n\n"
        "Szanowny Panie Ministrze,\n\nprosimy o uwolnienie pani Ewy Lis.\n"
    )
    assert find_reference(text).reference == "SP-DH/14/2031"


def test_file_reference_on_a_long_line() -> None:
    # Reaching this line is the test.
    _file_reference("Ref: " + "7/" * 100_000)
    _file_reference("Ref: " + "A" * 200_000 + "a")
    _file_reference("  " * 100_000 + "Kenmerk")


def test_copies_listed_under_a_heading_alone() -> None:
    # Italian: "Per conoscenza:" alone, then numbered items, one hanging over two lines; an
    # item without a comma (the board itself) is no entry.
    raw = [
        "Distinti saluti",
        "",
        "Avv. Lucia Ferretti",
        "",
        "Per conoscenza:",
        "1. Ambasciata della Repubblica di Ruritania, Via Nomentana 9, 00161 Roma",
        "2. Ministero degli Affari Esteri, Piazzale della Farnesina 1,",
        "   00135 Roma",
        "3. Consiglio dell'Ordine",
    ]
    entries = copy_entries(raw, set())
    assert [at for at, _ in entries] == [5, 6]
    assert entries[1][1] == "Ministero degli Affari Esteri, Piazzale della Farnesina 1, 00135 Roma"


def test_copies_heading_in_a_mail_header_is_not_a_list() -> None:
    raw = ["From: a@example.org", "Cc:", "- Someone, Street 1, 10000 Town", "Subject: x"]
    assert copy_entries(raw, set()) == []


def test_a_file_reference_label_of_another_language_or_without_colon_is_none() -> None:
    # Mend of round 25g: Hungarian's article "Az" is German's label only in German, and a
    # label without its colon or number sign needs a code with a letter or a slash.
    # (Fails on merge25.)
    from appeal_tui.core.importer.fields import find_reference

    hu = "Kedves Barátaim!\n\nAz 1848-as szabadságharc napján őrizetbe vették Kovács Bélát.\n"
    assert find_reference(hu).reference is None
    de = "Sehr geehrte Damen und Herren,\n\nAz 77 wurde nicht bearbeitet, wir bitten um Antwort.\n"
    assert find_reference(de).reference is None
    assert (
        find_reference(
            "Ihr Schreiben\nAz.: 77/31\n\nSehr geehrte Damen und Herren, wir bitten Sie."
        ).reference
        == "77/31"
    )
    # Reaching this line is the test: long runs of blanks and bars.
    for line in (" " * 200_000, "| " * 100_000, "\t " * 100_000):
        find_reference(line)


def test_a_copies_list_keeps_the_client_and_remarks_out() -> None:
    # Mend of round 25g: the person the letter is about gets his copy but is no recipient;
    # the writer's file and a remark item are none. (Fails on merge25.)
    raw = [
        "Szanowny Panie Prokuratorze,",
        "",
        "reprezentujemy pana Adama Wilka, zatrzymanego w Lesnie.",
        "",
        "Z poważaniem",
        "Mec. Ewa Kot",
        "",
        "Do wiadomości:",
        "- Pan Adam Wilk, Areszt Śledczy, Lesno",
        "- Akta, k. 14",
        "- Fundacja Praw, e-mailem",
        "- Rzecznik Praw Obywatelskich, ul. Długa 9, 00-001 Warszawa",
    ]
    assert [e for _, e in copy_entries(raw, set())] == [
        "Rzecznik Praw Obywatelskich, ul. Długa 9, 00-001 Warszawa"
    ]
