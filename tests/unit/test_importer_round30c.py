"""Round 30c: extra recipients. A sentence or heading that asks for copies, printed as the first
line of a recipient's block without a colon ("<copies> <send>"), was read as the recipient's
name and the block as a letter's addressee. Each on a short invented text."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document

_TEXT = """URGENT ACTION
Invented Land: teacher held without charge

Brant Ollow, a teacher, was arrested on 3 March 2031.

Please write to:

Minister of Justice
Mr Tavel Onrik
12 Fake Road
Vornik City 4400
Email: minister@invented.example

{head}
Ombudsman
Ms Rella Quint
3 Pretend Lane
Vornik City 4401
Email: ombud@invented.example
"""


def _recipients(head: str, language: str) -> list[tuple[str, str]]:
    case: dict[str, Any] = import_document(
        _TEXT.format(head=head), source="x.txt", language=language
    ).case
    return [(r["name"], r["role"]) for r in case["recipients"]]


def test_a_copies_sentence_over_a_block_is_no_name_and_makes_the_block_a_copy() -> None:
    # Georgian "copies send" (a copy word of `language_rows.COPY_WORDS` and a verb).
    assert _recipients("ასლები გაუგზავნეთ", "ka") == [
        ("Mr Tavel Onrik", "primary"),
        ("Ms Rella Quint", "copy"),
    ]


def test_a_copies_line_that_names_the_body_keeps_it() -> None:
    text = _TEXT.replace("Ombudsman\nMs Rella Quint\n", "").format(
        head="Copies to the Embassy of Invented Land"
    )
    case = import_document(text, source="x.txt", language="en").case
    names = [r["name"] for r in case["recipients"]]
    assert any("Embassy of Invented Land" in n for n in names), names


_DIGEST = """Send submissions to the example-list mailing list to
	example-list@lists.invented.example

To subscribe or unsubscribe via the web, visit
	https://lists.invented.example/mailman/listinfo/example-list
or, via e-mail, send a message with subject or body 'help' to
	example-list-request@lists.invented.example

You can reach the person managing the list at
	example-list-owner@lists.invented.example

URGENT ACTION
Invented Land: teacher held without charge

Brant Ollow, a teacher, was arrested on 3 March 2031.

Please write to:

Minister of Justice
Mr Tavel Onrik
12 Fake Road
Vornik City 4400
Email: minister@invented.example
"""


def test_a_mailing_lists_own_lines_are_no_recipient() -> None:
    case = import_document(_DIGEST, source="x.txt", language="en").case
    names = [r["name"] for r in case["recipients"]]
    assert names == ["Mr Tavel Onrik"], names


def test_list_machinery_lines() -> None:
    from appeal_tui.core.importer.recipients import _LIST_MACHINERY

    for line in (
        "List-Id: Example list <example.lists.invented.example>",
        "In-Reply-To: <abc123@mail.invented.example>",
        "From someone@invented.example Wed Nov 5 19:40:12 2031",
        "https://lists.invented.example/mailman/listinfo/example",
        "example-request@lists.invented.example",
    ):
        assert _LIST_MACHINERY.search(line), line
    for line in ("From the Minister of Justice", "12 Fake Road", "minister@invented.example"):
        assert not _LIST_MACHINERY.search(line), line


def test_the_rows_add_to_a_languages_salutation_words() -> None:
    from appeal_tui.core.importer.phrases import SALUTATION_START

    # Italian words of the first table kept beside the rows' ("Illustrissimo").
    for text in ("Eccellenza,", "Egregio Ministro,", "Illustrissimo Presidente,"):
        assert SALUTATION_START.match(text), text


def test_a_greeting_alone_is_no_ones_name() -> None:
    from appeal_tui.core.importer.recipients import _no_ones_name

    assert _no_ones_name({"name": "Eccellenza"})
    assert not _no_ones_name({"name": "Tavel Onrik"})


def test_a_copy_word_is_a_whole_word_with_its_marks() -> None:
    from appeal_tui.core.importer.recipients import _COPY_WORD, _whole_word

    # Marathi "प्रत" (copy) is no word of a name that begins with its letters and a vowel sign.
    name = "श्री कमल प्रताप वर्मा"
    assert not any(_whole_word(name, m) for m in _COPY_WORD.finditer(name))
    line = "ასლები გაუგზავნეთ"
    assert any(_whole_word(line, m) for m in _COPY_WORD.finditer(line))
