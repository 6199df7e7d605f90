"""Mends of round 26c's rules (invented texts; no sample's names, places or sentences): a
finished one-line comma run opens a new recipient only over a line that ends its own run the
same way, an unmarked distribution item must read as a recipient, and the word "to" before an
addressee is dropped only on a block's first line, never a name's particle, and not before an
honorific with an office."""

from __future__ import annotations

from appeal_tui.core.importer.letters import copy_entries
from importer_reading import recipients as _recipients

_HEAD = (
    "URGENT ACTION\n\n"
    "TEACHER HELD WITHOUT CHARGE\n\n"
    "Lena Orvik, a teacher, was detained on 4 March 2031 after a school meeting in Tarnby.\n\n"
    "WRITE BEFORE 30 APRIL 2031 TO:\n\n"
)


def test_a_finished_comma_run_over_its_office_and_address_is_one_recipient() -> None:
    text = _HEAD + (
        "Ms Vera Halden, Minister of the Interior.\n"
        "Interior Ministry, 8 Quay Lane, Portmar, Westria\n"
        "Email: vera.halden@interior.example\n"
        "Salutation: Dear Minister\n"
    )
    found = _recipients(text, source="appeal.txt")
    assert len(found) == 1, found
    assert "Vera Halden" in str(found[0].get("name"))
    assert found[0].get("email") == ["vera.halden@interior.example"]


def test_a_distribution_sentence_is_no_copy() -> None:
    raw = [
        "Kind regards,",
        "",
        "Distribution:",
        "Volunteers of the group, local branches and friends.",
        "Please pass this on to colleagues, neighbours and others.",
    ]
    assert copy_entries(raw, set()) == []
    # An item that names an office or a body still is one.
    raw[3] = "Office of the Ombudsman, 4 Mill Road, 2040 Portmar."
    assert [at for at, _ in copy_entries(raw, set())] == [3]


def test_the_word_to_is_dropped_only_where_it_is_no_name_part() -> None:
    from appeal_tui.core.importer.recipient_blocks import BlockReader

    # "Al" opens the name: it stays.
    reader = BlockReader(strict=False)
    for line in ("Minister of Religious Affairs", "Al Sheikh Karim bin Nasser", "9 Palm Road"):
        reader.read_line(line)
    reader.close()
    assert "Al Sheikh Karim bin Nasser" in reader.blocks[0].lines


def test_to_before_an_honorific_and_an_office_reads_the_title_whole() -> None:
    # An honorific and an office after "To": the line is read as before, title whole.
    text = _HEAD + (
        "To His Excellency Ambassador Idris Malek\n"
        "Embassy of Westria, 14 Elm Street, London SW1A 2AA\n"
        "Email: embassy@westria.example\n"
    )
    found = _recipients(text, source="appeal.txt")
    assert found[0].get("name") == "Idris Malek", found
    # (Round 30e: the courtesy words that style the office are no part of its title, as
    # labels and envelopes print it; the office is read whole.)
    assert found[0].get("title") == "Ambassador"
