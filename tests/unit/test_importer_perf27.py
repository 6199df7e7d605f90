"""Speed (session 27, perf27): a name mentioned again is judged once, and a PDF page with no
span of replacement text skips reading its operators for one; each reads as before."""

from __future__ import annotations

from typing import Any

import pytest
from importer_pdf import content_pdf

from appeal_tui.core.importer import pdf_layout, people
from appeal_tui.core.importer.name_cases import nominatives
from appeal_tui.core.importer.sources import read_document

_TEXT = (
    "Рустем Примеров и Эльдар Выдуманов задержаны в Симферополе. "
    "Адвокат Рустема Примерова и Эльдара Выдуманова сообщила о давлении.\n\n"
    + "Эльдар Выдуманов и Рустем Примеров остаются под стражей. Супруга Рустема "
    "Примерова заявила, что её муж невиновен.\n\n"
    * 12
    + "Правозащитник Тимур Сочинский считает, что дело сфабриковано.\n"
)


def test_nominatives_are_a_fresh_list_each_time() -> None:
    first = nominatives("Веру Соколову")
    first.append("changed")
    assert "changed" not in nominatives("Веру Соколову")
    assert nominatives("Веру Соколову") == first[:-1]


def test_a_candidate_mentioned_again_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    original = people._is_organisation

    def counted(name: str, text: str) -> bool:
        asked.append(name)
        return original(name, text)

    found = people.find_people(_TEXT, title=None, asks=[], not_people=[])
    monkeypatch.setattr(people, "_is_organisation", counted)
    again = people.find_people(_TEXT, title=None, asks=[], not_people=[])
    assert again == found
    assert "Эльдар Выдуманов" in [p.name for p in found[0]]
    # Each candidate once (two may settle to one name), though the text names them 40 times.
    assert 0 < len(asked) <= 2 * len(set(asked)) < 12


def test_split_known_by_keys_as_by_the_other_names() -> None:
    trimmed = ["Ana Example Musa Talibi", "Ana Example", "Musa Talibi", "Ana Example"]
    for candidate in trimmed:
        others = [t for t in trimmed if t != candidate]
        keys = {people._key(o) for o in others}
        assert people._split_known(candidate, others) == people._split_known_by(
            candidate, keys.__contains__
        )
    assert people._split_known(trimmed[0], trimmed[1:]) == ["Ana Example", "Musa Talibi"]


def _actual(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _line(y: int, parts: list[bytes]) -> bytes:
    return b"BT /F1 11 Tf 56 " + str(y).encode() + b" Td " + b" ".join(parts) + b" ET"


@pytest.mark.parametrize(
    "page",
    [
        b"\n".join([_line(700, [b"(Please write to:) Tj"]), _line(680, [b"(Minister) Tj"])]),
        # Marked content with no replacement text (a tagged PDF's paragraphs).
        b"/P <</MCID 0>> BDC " + _line(700, [b"(Please write to:) Tj"]) + b" EMC",
        # A replacement text: read by the spans, as before.
        _line(700, [b"/Span <</ActualText " + _actual("Ana") + b">> BDC (xyz) Tj EMC"]),
    ],
)
def test_a_page_reads_the_same_with_or_without_looking_for_spans(
    page: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = content_pdf(page)
    fast = read_document(pdf)
    spanned: list[int] = []
    original = pdf_layout._spanned

    def counted(operations: Any, spans: Any) -> Any:
        spanned.append(1)
        return original(operations, spans)

    monkeypatch.setattr(pdf_layout, "_spanned", counted)
    assert read_document(pdf) == fast
    assert bool(spanned) == (b"ActualText" in page)
