"""The loader's quick paths (issue 18) give what the slow ones give: the quick look for hidden
characters in a file's bytes never misses one, and the default case id is the file's stem."""

from __future__ import annotations

from pathlib import Path, PurePath

import pytest

from appeal_tui.core.hidden_text import (
    HIDDEN_CHARACTERS,
    LINE_SEPARATORS,
    in_file_pattern,
    may_hide,
)
from appeal_tui.core.loading import _stem, load_case_bytes, load_case_file

BAD_CASES = Path(__file__).parent / "bad_cases"
GOOD = (BAD_CASES / "good.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "char", sorted([*HIDDEN_CHARACTERS, *LINE_SEPARATORS, "\r", "\u00a0", "\u2014", "\u201c"])
)
def test_the_quick_look_never_misses_a_hidden_character(char: str) -> None:
    for text in (char, f"title: a{char}b\n", f"{GOOD}\n# {char}\n", f"\u00e9{char}\u2019"):
        data = text.encode("utf-8")
        found = in_file_pattern(also=LINE_SEPARATORS).search(text) is not None
        assert may_hide(data, also=LINE_SEPARATORS) or not found
        assert may_hide(data, also=LINE_SEPARATORS) or "\r" not in text
    # Text with none, typographic quotes and dashes included, needs no search.
    assert not may_hide(GOOD.encode("utf-8") + "“quoted” — ’".encode(), also=LINE_SEPARATORS)


@pytest.mark.parametrize("char", ["\x1b", "\u202e", "\u2028", "\x85", "\r"])
def test_a_hidden_character_is_still_reported_where_it_is(char: str) -> None:
    data = GOOD.replace("country: Norway", f"country: Nor{char}way", 1).encode("utf-8")
    result = load_case_bytes(data, "cases/x.yaml")
    assert result.has_errors
    assert (result.problems[0].line, result.problems[0].column) == (2, 13)


@pytest.mark.parametrize(
    "path",
    [
        "cases/a-case.yaml",
        "a.b.yml",
        "/x/y/.hidden",
        "name.",
        "..",
        ".",
        "dir/",
        "dir//file.yaml",
        "",
        "plain",
        "x/..yaml",
    ],
)
def test_the_default_id_is_the_stem(path: str) -> None:
    assert _stem(path) == PurePath(path).stem


def test_a_case_read_from_a_file_keeps_where_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "my-case.yaml"
    path.write_text(GOOD, encoding="utf-8")
    result = load_case_file(path)
    assert result.case is not None
    assert result.case.id == "my-case" and result.case.source_path == str(path)
    assert result.case.source_hash is not None and len(result.case.source_hash) == 64
