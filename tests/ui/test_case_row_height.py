"""The case list's rows count their wrapped lines exactly as Textual's Content does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from appeal_tui.ui.widgets.case_list import RowText

WORDS = st.sampled_from(
    [
        "Ana",
        "Rivera,",
        "Díaz",
        "·",
        "deadline",
        "passed",
        "es",
        "x" * 70,
        "فارسی",
        "超長い",
        " ",
        "",
    ]
)
LINE = st.lists(WORDS, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    title=LINE,
    facts=LINE,
    width=st.integers(min_value=1, max_value=90),
    overflow=st.sampled_from(["fold", "ellipsis"]),
)
def test_row_height_matches_content(title: str, facts: str, width: int, overflow: str) -> None:
    rules = {"text_overflow": overflow}
    row = RowText.assemble((title, "bold"), "\n", "  " + facts)
    reference = Content.assemble((title, "bold"), "\n", "  " + facts)
    assert row.get_height(rules, width) == reference.get_height(rules, width)  # type: ignore[arg-type]
