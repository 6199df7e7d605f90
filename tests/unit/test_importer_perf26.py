"""Long single lines (session 26, perf26): the run-on cutter and the hint locator do work in
proportion to the line, and read the same as the plain whole-line scans they replace."""

from __future__ import annotations

import random
import re

from appeal_tui.core.importer import run_on
from appeal_tui.core.importer.hints import Locator
from appeal_tui.core.importer.layout import document_lines
from appeal_tui.core.importer.run_on import (
    _AND_BEFORE,
    _after_heading,
    _and_window,
    _heading_spans,
    split_line,
)

_WORDS = [
    "Please write to:",
    "Minister of Justice",
    "Mr Tomas Velder,",
    "12 Harbour Road,",
    "Dunmere 4410,",
    "Fax: +44 20 7946 0000",
    "Email: minister@justice.example",
    "Salutation: Dear Minister",
    "And copies to:",
    "y",
    "és",
    "Y copia a:",
    "ด่วน ส่งถึง",
    "宛先：",
    "Пожалуйста, напишите:",
    "يرجى الكتابة إلى:",
    "and",
    "\u00a0",
    "   ",
    "\t",
]


def _line(seed: int, count: int) -> str:
    pick = random.Random(seed)
    return " ".join(pick.choice(_WORDS) for _ in range(count))


def test_and_before_a_heading_is_found_near_it_as_over_the_whole_line() -> None:
    for seed in range(40):
        line = _line(seed, 120)
        for start in range(0, len(line) + 1, 7):
            near = _AND_BEFORE.search(line, _and_window(line, start), start)
            whole = _AND_BEFORE.search(line, 0, start)
            assert (near and near.span()) == (whole and whole.span()), (seed, start)


def test_only_spaces_after_a_heading_read_from_the_last_end_before() -> None:
    for seed in range(40):
        line = _line(seed, 80)
        pick = random.Random(seed)
        ends = sorted(pick.sample(range(len(line) + 1), 12))
        for pos in range(len(line) + 1):
            naive = any(pos >= e and not line[e:pos].strip() for e in ends)
            assert _after_heading(line, pos, ends) == naive, (seed, pos)


def test_heading_spans_as_when_the_and_is_searched_from_the_line_start() -> None:
    original = _AND_BEFORE

    class _Whole:
        """`_AND_BEFORE` searched from the line's start, whatever window it is given."""

        def search(self, line: str, _pos: int, end: int) -> re.Match[str] | None:
            return original.search(line, 0, end)

    for seed in range(20):
        line = _line(seed, 300)
        spans = _heading_spans(line)
        run_on._AND_BEFORE = _Whole()  # type: ignore[assignment]
        try:
            assert _heading_spans(line) == spans
        finally:
            run_on._AND_BEFORE = original


def test_a_long_run_on_line_is_cut_as_its_repeats_are() -> None:
    # One block repeated: each repeat is cut at the same words, whatever the line's length.
    block = (
        "Please write to: Minister of Justice Mr Tomas Velder, 12 Harbour Road, Dunmere 4410, "
        "Fax: +44 20 7946 0000 Email: minister@justice.example Salutation: Dear Minister."
    )
    short = split_line(" ".join([block] * 3))
    long = split_line(" ".join([block] * 60))
    assert long[: len(short)] == short
    # From the second repeat on, the same three lines again and again.
    assert long[4:] == short[4:7] * 59


def test_hint_names_read_each_file_line_once_and_name_as_before() -> None:
    text = "\n".join(_line(seed, 40) for seed in range(6))
    raw = text.split("\n")
    lines = document_lines(text)
    cached = Locator(lines, raw)
    for line in lines * 3:
        assert cached.name(line) == Locator(lines, raw).name(line)
    assert len(cached._raw_words) <= len(raw)


def test_a_name_mentioned_again_is_matched_to_its_list_mate_once() -> None:
    # `_like_list_mate` scans the whole text; a long text naming the same people again asked
    # it per mention (session 26). The answer is kept: asked again, it scans nothing.
    from appeal_tui.core.importer import people

    text = "Рустем Примеров и Эльдар Выдуманов. " + "Рустема Примерова и Эльдара Выдуманова. " * 3
    people._list_mate.cache_clear()
    first = people._like_list_mate("Эльдара Выдуманова", ["Эльдара Выдуманова"], text)
    again = people._like_list_mate("Эльдара Выдуманова", ["Эльдара Выдуманова"], text)
    assert first == again
    info = people._list_mate.cache_info()
    assert (info.misses, info.hits) == (1, 1)
