"""A case list row's text: what a case file holds, without anything that acts on the terminal."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from appeal_tui.core.case_row import CaseRow
from appeal_tui.ui.widgets.case_list import row_prompt

TODAY = dt.date(2026, 12, 3)
# Text with control, bidi and separator characters among ordinary ones.
HOSTILE = st.lists(
    st.sampled_from(
        [
            "a",
            "Díaz",
            " ",
            "\x07",
            "\x08",
            "\x0b",
            "\x0c",
            "\r",
            "\x1b[31m",
            "\x85",
            "\u202e",
            "\u2066",
            "\u2028",
            "\x00",
            "\x7f",
            "\t",
            "\n",
        ]
    ),
    max_size=12,
).map("".join)


def _row(title: str, person: str, country: str, language: str) -> CaseRow:
    return CaseRow("case-1", title, person, country, None, (language,), False, "")


@settings(max_examples=200, deadline=None)
@given(title=HOSTILE, person=HOSTILE, country=HOSTILE, language=HOSTILE)
def test_a_row_shows_no_control_or_bidi_character(
    title: str, person: str, country: str, language: str
) -> None:
    text = row_prompt(_row(title, person, country, language), TODAY).plain
    first, _, facts = text.partition("\n")
    assert "\n" not in facts
    hidden = [
        ch
        for ch in first + facts
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\u00b7"
    ]
    assert hidden == []


def test_a_row_shows_the_case_words_around_removed_characters() -> None:
    row = _row("River\x07 defenders\r\nheld", "Ana\u202e Rivera", "Test\x1bland", "es")
    assert row_prompt(row, TODAY).plain == (
        "River defenders held\n  Ana Rivera · Testland · no deadline · es · closed"
    )
