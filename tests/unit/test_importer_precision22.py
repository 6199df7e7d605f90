"""Session 22 (imp22c): precision and fields (docs/importer.md, "Round 22c"). Each test reads
a short text of our own: invented names and places, another language or layout than the
samples that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

from appeal_tui.core.importer.people import (
    Person,
    _bracketed_spellings,
    _cut_short,
    _without_honorific,
)


def _people(text: str) -> list[str]:
    from appeal_tui.core.importer import import_document

    case = import_document(text, source="ua.txt").case
    return [str(p.get("name")) for p in case.get("people", []) if "name" in p]


def test_a_courtesy_word_before_an_office_is_how_an_official_is_addressed() -> None:
    assert _without_honorific("Señor Fiscal General") is None
    assert _without_honorific("Herr Bundesminister") is None
    # Before a name the courtesy word goes; a single word after it stays as it was.
    assert _without_honorific("Herrn Ansgar Probstmann") == "Ansgar Probstmann"
    assert _without_honorific("Mr Probstmann") == "Mr Probstmann"
    assert _without_honorific("Ansgar Probstmann") == "Ansgar Probstmann"


def test_a_name_cut_at_an_initial_a_postcode_or_a_reference_is_no_one() -> None:
    text = "Gracias!! [3/4/26] Marta P.: enviado\nMarta P.: 👍"
    assert _cut_short("Marta P", text)
    assert _cut_short("Leeds Ls", "c/o 4 Mill Lane, Leeds LS1 4AB · hello@example.org")
    assert _cut_short("Referenz Eur", "Referenz: EUR 12/3456/2026 · Referenz EUR 12/3456/2026")
    # A year after a name, or a name written in full elsewhere, is no cut.
    assert not _cut_short("Tuan Van Minh", "ihr Vater Tuan Van Minh 2019 in Haft")
    assert not _cut_short("Marta P", "Marta P. wrote. Then Marta P wrote again.")


def test_a_cut_name_is_read_linearly_on_a_long_line() -> None:
    line = "A" * 200_000
    assert not _cut_short("Aaaa Aaaa", line)
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).


def test_a_spelling_in_brackets_after_a_name_is_the_same_person() -> None:
    people = [Person("Οδυσσέας Πλαστός"), Person("Odysseas Plastos"), Person("Ana Ficticia")]
    kept = _bracketed_spellings(people, "Ο δημοσιογράφος Οδυσσέας Πλαστός (Odysseas Plastos) ...")
    # The Latin spelling is the name, the other its other spelling.
    assert [p.name for p in kept] == ["Odysseas Plastos", "Ana Ficticia"]
    assert kept[0].also_known_as == ["Οδυσσέας Πλαστός"]
    people = [Person("Aysel Qəhrəmanova"), Person("Aysel Gahramanova")]
    kept = _bracketed_spellings(people, "Die Bloggerin Aysel Qəhrəmanova (Aysel Gahramanova) ...")
    assert [p.name for p in kept] == ["Aysel Qəhrəmanova"]


def test_a_chat_writer_signed_with_an_initial_is_not_at_risk() -> None:
    text = (
        "URGENT ACTION\n\nRuritania: poet Tomasz Wymyślony detained\n\n"
        "The poet Tomasz Wymyślony was arrested on 3 May 2026 in Zalesie. Tomasz Wymyślony "
        "faces ten years in prison for a poem about the governor and his courts.\n\n"
        "Please write calling on the authorities to release Tomasz Wymyślony at once.\n\n"
        "Best wishes,\nHelga K.\nHelga K. (network coordinator)\n"
    )
    assert _people(text) == ["Tomasz Wymyślony"]


def test_an_address_line_ending_with_a_spaced_dash_goes_on_below() -> None:
    from appeal_tui.core.importer.recipient_lines import _unwrapped_address

    lines = ["Ulica Zmyślona 12 –", "Osiedle Wschód", "00-950 Warszawa"]
    assert _unwrapped_address(lines) == ["Ulica Zmyślona 12 – Osiedle Wschód", "00-950 Warszawa"]
    # A country below stays its own line; a hyphen inside a word is no wrap.
    assert _unwrapped_address(["Rua Inventada 5 –", "Portugal"]) == [
        "Rua Inventada 5 –",
        "Portugal",
    ]
    assert _unwrapped_address(["Quartier Sud-", "Ville"]) == ["Quartier Sud-", "Ville"]


def test_a_run_that_opens_with_a_sending_sentence_starts_at_its_office() -> None:
    from appeal_tui.core.importer.recipient_lines import _after_sending, interpret

    parts = [
        "Infine",
        "inviate una copia delle vostre lettere al Ministro della Giustizia",
        "On. Marco Inventato",
        "Ministero della Giustizia",
        "Via Esempio 70",
        "00186 Roma",
    ]
    assert _after_sending(parts)[:2] == ["Ministro della Giustizia", "On. Marco Inventato"]
    who = interpret(parts)
    assert who.name is not None and "Marco Inventato" in who.name
    # A run without such a sentence is left as it is.
    assert _after_sending(parts[2:]) == parts[2:]


def test_the_sending_sentence_is_read_linearly_on_a_long_line() -> None:
    from appeal_tui.core.importer.recipient_lines import _after_sending

    for line in ("a" * 200_000, "send " * 40_000, "send to " * 25_000):
        _after_sending([line, "x"])
        # Reaching this line is the test: a pattern that backtracks on such a line would not
        # return (no timing is asserted).


def test_a_block_opening_with_a_sentences_end_or_a_caps_heading_is_read_from_below() -> None:
    from appeal_tui.core.importer.recipient_lines import _interpret_cased, interpret

    who = interpret(
        [
            "und an die Partnerorganisation. Frist: 31.05.2026",
            "Präsidentin Erika Beispielmann",
            "Präsidialamt",
            "Hauptstraße 1",
            "10115 Berlin",
        ]
    )
    assert who.name is not None and who.name.endswith("Erika Beispielmann")
    who = interpret(["BRIEF 2", "Dr. Jonas Erfundener", "Bundesministerium der Justiz", "Berlin"])
    assert who.name is not None and who.name.endswith("Jonas Erfundener")
    # When the line below gives no name in capitals either, the block is read as before.
    lines = ["mit.", "uns, dass Sie geschrieben haben", "Fragen? Anna", "08-123 45 67"]
    assert interpret(lines) == _interpret_cased(lines)


def test_a_copies_heading_read_as_a_name_gives_the_body_below_it_as_a_copy() -> None:
    from appeal_tui.core.importer.recipients import _COPY_HEADING_NAME

    assert _COPY_HEADING_NAME.fullmatch("KOPIE (NUR MITGLIEDER IN ÖSTERREICH)")
    assert _COPY_HEADING_NAME.fullmatch("Copia:")
    assert not _COPY_HEADING_NAME.fullmatch("Copia Ministerial de Ejemplo")
    assert not _COPY_HEADING_NAME.fullmatch("copy" + " " * 200_000 + "x")
    # Reaching this line is the test: a pattern that backtracks on such a line would not
    # return (no timing is asserted).
