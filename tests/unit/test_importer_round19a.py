"""Issue 16, session 19 (imp19a): which recipients are found, and their role. Each text here
is our own (invented people, officials and addresses), in another language or layout than the
documents that showed the cause."""

from __future__ import annotations

from importer_support import found_recipients, plain, recipients_by_name

from appeal_tui.core.importer.layout import classify
from appeal_tui.core.importer.recipient_blocks import BlockReader
from appeal_tui.core.importer.text_repairs import drop_mail_headers

# A block written as one comma run, wrapped after a comma; its second line also carries the
# fields, as a long flat line.
WRAPPED_RUN = (
    "Eilaktion 12/26\n\n"
    "Adressen:\n\n"
    "Herrn Karl Beispielmann, Minister der Justiz der Republik Beispielland,\n"
    "Justizpalast, Hauptstraße 4, Altstadt, 1010 Beispielstadt, Österreich. "
    "E-Mail: minister@beispiel.gv.at; Fax: +43 1 2222 3333\n\n"
    "Frau Anna Musterfrau, Generalstaatsanwältin, Generalprokuratur, Ringstraße 8, "
    "1010 Beispielstadt, Österreich. E-Mail: gp@beispiel.gv.at\n"
)


def test_a_comma_run_wrapped_after_a_comma_is_one_block() -> None:
    found = recipients_by_name(WRAPPED_RUN)
    assert not any(name.startswith("TODO") for name in found)
    karl = next(r for name, r in found.items() if "Karl Beispielmann" in name)
    assert "minister@beispiel.gv.at" in karl["email"]
    assert any("Anna Musterfrau" in name for name in found)


def test_the_block_reader_goes_on_after_a_trailing_comma() -> None:
    reader = BlockReader(strict=False)
    reader.read_line("Mme Claire Exemple, Ministre de la Justice de la République d'Exemple,")
    reader.read_line(
        "Hôtel de la Justice, 4 rue Modèle, Quartier Sud, 1000 Exempleville, Sénégal. "
        "Courriel : ministre@exemple.sn ; Fax : +221 33 000 00 00"
    )
    blocks = reader.finish()
    assert len(blocks) == 1
    assert blocks[0].lines[0].startswith("Mme Claire Exemple")
    assert blocks[0].contacts.email == ["ministre@exemple.sn"]
    # A blank line between: two blocks, as before.
    reader = BlockReader(strict=False)
    for line in ("Mme Claire Exemple, Ministre de la Justice,", "", "M. Paul Modèle, Procureur"):
        reader.read_line(line)
    assert len(reader.finish()) == 2


def test_a_copies_heading_after_a_sending_verb_of_any_length() -> None:
    # Romanian, Greek and Polish: the verb first, then the copy word; Finnish "Kopio:".
    for line in (
        "Trimiteți copii la:",
        "Αποστείλατε αντίγραφα προς:",
        "Kopię apelu prosimy przesłać do:",
        "Kopio:",
        # A word of a script written without spaces, alone on its line without a colon.
        "抄送",
        "สำเนาเรียน",
    ):
        assert classify(1, line).kind == "copies", line
    # A sentence that only speaks of copies is no heading.
    assert classify(1, "Please write to:").kind == "write-to"


COPIES_AFTER_VERB = (
    "Αποστείλατε επιστολές στους:\n\n"
    "Υπουργός Δικαιοσύνης\n"
    "Κώστας Παράδειγμα\n"
    "Οδός Δοκιμής 12\n"
    "10100 Αθήνα\n"
    "Email: minister@example.gr\n\n"
    "Αποστείλατε αντίγραφα στους:\n\n"
    "Πρεσβεία της Δοκιμανίας\n"
    "Οδός Πρότυπου 3\n"
    "10200 Αθήνα\n"
    "Email: embassy@example.org\n"
)


def test_blocks_after_a_copies_heading_with_its_verb_are_copies() -> None:
    roles = {plain(r["name"]): r["role"] for r in found_recipients(COPIES_AFTER_VERB)}
    assert roles.get("Κώστας Παράδειγμα") == "primary"
    copies = [name for name, role in roles.items() if role == "copy"]
    assert any("Πρεσβεία" in name for name in copies)


def test_a_forwarded_header_block_in_other_languages_is_dropped() -> None:
    for header in (
        "Fra: Gruppe 7 <gruppe7@example.no>\nDato: 3. mars 2026\nEmne: Aksjon\n"
        "Til: liste@example.no",
        "Feladó: Csoport <csoport@example.hu>\nDátum: 2026. március 3.\nTárgy: Akció\n"
        "Címzett: lista@example.hu",
        "Kimden: Grup <grup@example.org>\nTarih: 3 Mart 2026\nKonu: Eylem\nKime: liste@example.org",
    ):
        out = drop_mail_headers(header).split("\n")
        # The subject's words stay (they name the action); the sender and date go.
        assert not any("@" in line for line in out), out
        assert out[2] in ("Aksjon", "Akció", "Eylem")


# A page whose two headings were moved together: every block below "copies to".
HEADINGS_MOVED = (
    "SKRIV TIL:\n"
    "KOPI TIL:\n\n"
    "Justisminister Kari Eksempel\n"
    "Justisdepartementet\n"
    "Postboks 1, 0001 Eksempelby\n"
    "E-post: minister@eksempel.no\n"
    "Hilsen: Kjære minister\n\n"
    "Eksempelbyens menneskerettighetssenter\n"
    "Storgata 9, 0002 Eksempelby\n"
    "E-post: senter@eksempel.no\n"
)


def test_when_no_block_is_primary_the_greeted_ones_are() -> None:
    roles = {plain(r["name"]): r["role"] for r in found_recipients(HEADINGS_MOVED)}
    primary = [name for name, role in roles.items() if role == "primary"]
    assert primary and all("Kari Eksempel" in name for name in primary)
    assert any(role == "copy" for role in roles.values())


def test_a_copies_heading_in_capitals_without_its_colon_makes_copies() -> None:
    reader = BlockReader(strict=False)
    for line in (
        "Ministrul Justiției Ion Exemplu",
        "Strada Modelului 1, București",
        "E-mail: ministru@exemplu.ro",
        "",
        "COPII CĂTRE",
        "",
        "Ambasada Exempliei",
        "Strada Probei 3, București",
        "E-mail: ambasada@exemplu.org",
    ):
        reader.read_line(line)
    roles = [b.role for b in reader.finish()]
    assert roles == ["primary", "copy"]


def test_a_greeted_embassy_stays_a_copy_in_any_language() -> None:
    text = (
        "ÍRJON IDE:\n"
        "MÁSOLATOT KÜLDJÖN:\n\n"
        "Példa Péter igazságügyi miniszter\n"
        "Igazságügyi Minisztérium\n"
        "Fő utca 1, 1011 Példaváros\n"
        "E-mail: miniszter@pelda.hu\n"
        "Megszólítás: Tisztelt Miniszter Úr!\n\n"
        "Példaország Nagykövetsége\n"
        "Kossuth tér 2, 1012 Példaváros\n"
        "E-mail: nagykovetseg@pelda.org\n"
        "Megszólítás: Excellenciás Uram!\n"
    )
    roles = {plain(r["name"]): r["role"] for r in found_recipients(text)}
    assert any(role == "primary" for role in roles.values())
    assert all(role == "copy" for name, role in roles.items() if "Nagykövetség" in name)


def test_a_copy_word_in_brackets_before_the_colon_makes_a_copy() -> None:
    reader = BlockReader(strict=False)
    for line in (
        "Ministerin Eva Beispiel",
        "Musterstraße 1, 10115 Berlin",
        "E-Mail: ministerin@beispiel.de",
        "",
        "Zur Kenntnis (Kopie): Beauftragte für Menschenrechte, Probeweg 2, 10117 Berlin "
        "— E-Mail: beauftragte@beispiel.de",
    ):
        reader.read_line(line)
    blocks = reader.finish()
    assert [b.role for b in blocks] == ["primary", "copy"]
    assert blocks[1].lines[0].startswith("Beauftragte für Menschenrechte")
