"""Round 22b: a text passed on through a channel reads like a document (texts of our own)."""

from __future__ import annotations

from appeal_tui.core.importer.build import import_document
from appeal_tui.core.importer.channels import chat_text, numbered_heads
from appeal_tui.core.importer.layout import is_salutation_line
from appeal_tui.core.importer.text_repairs import join_loose_accents, repair_ocr_words

# --- OCR'd text: loose accents and digits read for letters --------------------------------


def test_loose_accents_go_on_their_letter() -> None:
    assert join_loose_accents("Jo˜ao, Ministra da Educa˜cao") == "João, Ministra da Educa˜cao"
    assert join_loose_accents("Tom´aˇs Dvoˇr´ak, M¨uller") == "Tomáš Dvořák, Müller"
    # An accent used as an apostrophe makes no letter: it stays.
    assert join_loose_accents("don´t tell O´Brien") == "don´t tell O´Brien"


def test_digits_read_for_letters_in_a_scanned_text() -> None:
    text = "Ministerstvo spraved1nosti\nVYS0KÁ 1avice 12\nBrn0 1, 110 00\nOb0rová komora"
    fixed = repair_ocr_words(text)
    assert "VYSOKÁ lavice 12" in fixed
    assert "Brno 1, 110 00" in fixed  # a number alone stays a number
    assert "Oborová komora" in fixed


def test_a_few_codes_are_no_scan() -> None:
    text = "Paper A1 or B1, room 10a, flight LH100, UA 12/34, x@a1b.org"
    assert repair_ocr_words(text) == text


def test_ocr_repairs_are_linear_on_a_long_line() -> None:
    repair_ocr_words("a1" * 100_000 + "-")
    repair_ocr_words("b" + "0" * 200_000 + "#")
    join_loose_accents("´" * 200_000)
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).


# --- chat exports -----------------------------------------------------------------------

_ANDROID = """03.11.26, 18:02 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.
03.11.26, 18:02 - Jonas Keller hat die Gruppe erstellt
03.11.26, 18:05 - Jonas Keller: Neue Eilaktion, bitte schreiben:
Innenminister
Herrn Dragan Vukić
Kneza Miloša 101
11000 Belgrad
Serbien
03.11.26, 18:06 - Jonas Keller: Anrede: Sehr geehrter Herr Minister
03.11.26, 18:09 - Mia Braun: Danke!
03.11.26, 18:10 - Jonas Keller: <Medien ausgeschlossen>"""


def test_a_chat_export_loses_its_stamps_speakers_and_app_lines() -> None:
    text = chat_text(_ANDROID)
    assert "Jonas Keller" not in text and "Mia Braun" not in text
    assert "verschlüsselt" not in text and "erstellt" not in text
    assert "Medien" not in text
    # The label sent after the block stays on it; another speaker's message is apart.
    assert "Serbien\nAnrede: Sehr geehrter Herr Minister\n\nDanke!" in text
    assert text.startswith("03.11.26, 18:02\n")  # the first stamp: the text's date


def test_header_lines_of_a_chat_window_go() -> None:
    copied = (
        "Ana Souza  7:40 PM\nNova ação urgente\n7:41 PM\nEscrevam para:\nMinistro X\n"
        "Bruno Lima  7:45 PM\nobrigado\nAna Souza  7:46 PM\nde nada"
    )
    text = chat_text(copied)
    assert "Ana Souza" not in text and "PM" not in text
    assert "Escrevam para:\nMinistro X" in text


def test_a_document_with_times_is_no_chat() -> None:
    text = "Vigil at 18:00\nthe embassy, 7 May\nWrite to: Minister X\nDeadline: 12:00, 3 June"
    assert chat_text(text) == text


def test_chat_reading_is_linear_on_a_long_line() -> None:
    chat_text("[1/2/26, 10:00] " + "x" * 200_000)
    chat_text(("1/2/26, 10:00 - A: b\n" * 3) + "1" * 200_000)
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).


def test_a_recipient_passed_on_in_a_chat_is_read() -> None:
    chat = (
        "[4/3/26, 09:12:40] Giulia Ferri: Ciao a tutti, nuovo appello urgente\n"
        "[4/3/26, 09:13:02] Giulia Ferri: Scrivete a:\n\n"
        "Ministro della Giustizia\n"
        "On. Tomás Herrera Vidal\n"
        "Ministerio de Justicia\n"
        "Calle Mayor 4\n"
        "28013 Madrid\n"
        "Spagna\n"
        "Email: ministro@justicia.example.es\n"
        "[4/3/26, 09:13:30] Giulia Ferri: Saluto: Signor Ministro\n"
        "[4/3/26, 09:20:11] Marco Neri: Fatto!\n"
        "[4/3/26, 09:21:45] Marco Neri: anche io\n"
    )
    result = import_document(chat)
    names = [r["name"] for r in result.case.get("recipients", [])]
    assert any("Herrera Vidal" in n for n in names)
    assert "Ferri" not in result.yaml_text and "Neri" not in result.yaml_text


# --- slides and cards: numbered block heads, greetings without punctuation ---------------

_SLIDE = """Destinatari

LETTERA 1
S.E. Marta Quiroga Ibáñez
Presidenta de la República
Palacio de Gobierno
Asunción, Paraguay
Your Excellency

LETTERA 2
Dr. Emilio Baez Sosa
Fiscal General del Estado
Calle Nu Guasu 1024
Asunción, Paraguay
fiscal@ministerio.example.py
Dear Attorney General
"""


def test_numbered_block_heads_go() -> None:
    text = numbered_heads(_SLIDE)
    assert "LETTERA" not in text
    assert "\nS.E. Marta Quiroga Ibáñez" in text
    # A number that does not run 1, 2 ... over blocks stays.
    other = "Zona 3\nCalle X\n\nZona 7\nCalle Y"
    assert numbered_heads(other) == other


def test_a_greeting_alone_on_its_line_is_a_salutation() -> None:
    assert is_salutation_line("Your Excellency")
    assert is_salutation_line("Dear Attorney General")


def test_recipients_of_a_slide_are_read() -> None:
    case = import_document(_SLIDE).case
    found = {r["name"]: r for r in case.get("recipients", [])}
    assert any("Quiroga" in n for n in found) and any("Baez Sosa" in n for n in found)
    assert not any("LETTERA" in n for n in found)


def test_stamp_lines_with_the_name_beside_or_below_go() -> None:
    below = (
        "May 12, 2026  7:40:11 PM\nAna Souza\nEscrevam para:\nMinistro X\n\n"
        "May 12, 2026  7:41:03 PM\nBruno Lima\nok\n\n"
        "May 12, 2026  7:42:09 PM\nAna Souza\nobrigada"
    )
    text = chat_text(below)
    assert "Ana Souza" not in text and "PM" not in text
    assert "ok" in text  # a short message is no avatar's initials
    after = (
        "[12/05/2026 19:40] Ana Souza\nEscrevam para:\nMinistro X\n"
        "[12/05/2026 19:41] Bruno Lima\nok\n[12/05/2026 19:42] Ana Souza\nobrigada"
    )
    text = chat_text(after)
    assert "Souza" not in text and "Lima" not in text and "Ministro X" in text
