"""Fuzzing the case loader: whatever bytes arrive by email, the loader gives a case or problems.

Random bytes, random YAML, mutated real cases and pathological files (deep nesting, huge
strings, alias bombs). The only outcomes allowed are a `LoadResult` whose case is clean text, or
one that reports why there is no case: no exception, no hang (Hypothesis's deadline per example,
and a hard alarm around the pathological files).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from appeal_tui.core.loading import MAX_FILE_BYTES, LoadResult, load_case_bytes
from appeal_tui.core.model import Case
from appeal_tui.core.yaml_nodes import has_hidden_characters
from hostile.guards import hard_timeout

CASES = sorted((Path(__file__).resolve().parents[2] / "cases").glob("*.yaml"))
REAL = [p.read_bytes() for p in CASES]


def _strings(value: Any) -> list[str]:
    """Every string inside a case (dataclasses, tuples, dicts), to check what the loader kept."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _strings(v)]
    return []


def check(result: object, path: str = "fuzz.yaml") -> None:
    """The contract: a LoadResult; a case only when no error, problems otherwise; a case's text
    carries no control or bidi characters; positions are 1-based."""
    assert isinstance(result, LoadResult)
    assert result.path == path
    for problem in result.problems:
        assert problem.message
        assert problem.line is None or problem.line >= 1
        assert problem.column is None or problem.column >= 1
    if result.case is None:
        assert result.has_errors, "no case and no error says why"
        return
    assert not result.has_errors
    case = result.case
    assert isinstance(case, Case)
    for text in _strings(dataclasses.replace(case, source_path=None)):
        assert not has_hidden_characters(text), repr(text[:80])
    for date in (case.issued, case.deadline):
        assert date is None or isinstance(date, dt.date)


def load(data: bytes) -> LoadResult:
    with hard_timeout(20):
        return load_case_bytes(data, "fuzz.yaml")


# --- random input ---------------------------------------------------------------------------------


@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    check(load(data))


@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    check(load(text.encode("utf-8", "surrogatepass")))


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.dates(),
    st.binary(max_size=20),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=30,
)
_KEYS = ["format", "id", "title", "country", "people", "summary", "languages", "asks",
         "recipients", "deadline", "issued", "status", "letter", "tags", "salutaton"]  # fmt: skip


@given(_values)
def test_random_yaml(value: Any) -> None:
    check(load(yaml.safe_dump(value, allow_unicode=True).encode("utf-8")))


@given(st.dictionaries(st.sampled_from(_KEYS), _values, max_size=len(_KEYS)))
def test_random_case_shaped_yaml(value: dict[str, Any]) -> None:
    check(load(yaml.safe_dump(value, allow_unicode=True).encode("utf-8")))


# --- mutated real cases ---------------------------------------------------------------------------


_FLIPS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=8)


@given(st.sampled_from(REAL), _FLIPS)
def test_real_case_with_bytes_flipped(original: bytes, flips: list[tuple[int, int]]) -> None:
    data = bytearray(original)
    for offset, value in flips:
        data[offset % len(data)] = value
    check(load(bytes(data)))


@given(st.sampled_from(REAL), st.data())
def test_real_case_with_lines_deleted_or_repeated(original: bytes, data: st.DataObject) -> None:
    lines = original.split(b"\n")
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "indent":
            lines[i] = b"  " + lines[i]
        else:
            lines[i] = lines[i].lstrip()
    check(load(b"\n".join(lines)))


@given(st.sampled_from(REAL), st.data())
def test_real_case_with_anchors_and_aliases(original: bytes, data: st.DataObject) -> None:
    lines = original.decode("utf-8").split("\n")
    for n in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        key, colon, rest = lines[i].partition(": ")
        if colon:
            lines[i] = f"{key}: &a{n} {rest}"
        j = data.draw(st.integers(0, len(lines) - 1))
        key, colon, _rest = lines[j].partition(": ")
        if colon:
            lines[j] = f"{key}: *a{data.draw(st.integers(0, n))}"
    result = load("\n".join(lines).encode("utf-8"))
    check(result)


@given(st.sampled_from(REAL), st.integers(0, 1 << 20), st.text(min_size=1, max_size=30))
def test_real_case_with_text_inserted(original: bytes, at: int, inserted: str) -> None:
    text = original.decode("utf-8")
    at %= len(text)
    check(load((text[:at] + inserted + text[at:]).encode("utf-8", "surrogatepass")))


# --- pathological files ---------------------------------------------------------------------------


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    lines.append("title: *j")
    return "\n".join(lines).encode()


PATHOLOGICAL = {
    "deep flow lists": b"[" * 10_000 + b"]" * 10_000,
    "deep flow maps": b"{a: " * 10_000 + b"}" * 10_000,
    "deep block lists": "".join(" " * i + "-\n" for i in range(0, 4000, 1)).encode(),
    "deep block maps": "".join(" " * i + "k:\n" for i in range(0, 4000, 1)).encode(),
    "unclosed deep": b"[" * 100_000,
    "billion laughs": _billion_laughs(),
    "alias as key": b"a: &x y\n*x : z\n",
    "merge key": b"base: &b {title: x}\nother:\n  <<: *b\n",
    "huge string": b"title: " + b"x" * (MAX_FILE_BYTES - 20) + b"\n",
    "over the limit": b"title: " + b"x" * MAX_FILE_BYTES,
    "huge line of keys": b"{" + b",".join(b"k%d: v" % i for i in range(60_000)) + b"}",
    "many documents": b"---\na: 1\n" * 10_000,
    "long plain scalar with colons": b"title: " + b"a: " * 300_000,
    "tags": b"!!python/object/apply:os.system ['echo pwned']\n",
    "tag on value": b"title: !!python/name:os.system x\ncountry: !!binary aGk=\n",
    "utf-16": "title: x\n".encode("utf-16"),
    "bom only": b"\xef\xbb\xbf",
    "nul": b"title: a\x00b\n",
    "lone surrogate escape": b'title: "\\ud800"\n',
    "escaped nul": b'title: "a\\0b"\n',
    "escaped esc": b'title: "\\e]0;pwned\\a"\n',
    "escaped bidi": b'title: "\\u202e"\n',
    "huge int date": b"deadline: 99999999-99-99\nissued: 0000-00-00\nformat: 9" + b"9" * 5000,
    "superscript format": "format: \u00b2\n".encode(),
    "arabic-indic digits": "format: \u0661\ndeadline: \u0662\u0660\u0662\u0664-01-01\n".encode(),
    "fullwidth date": "issued: \uff12\uff10\uff12\uff14-01-01\n".encode(),
    "many anchors": b"\n".join(b"k%d: &a%d v" % (i, i) for i in range(50_000)),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_file(name: str) -> None:
    result = load(PATHOLOGICAL[name])
    check(result)


def test_billion_laughs_is_refused_for_its_aliases() -> None:
    result = load(PATHOLOGICAL["billion laughs"])
    assert result.case is None
    assert any("alias" in p.message or "anchor" in p.message for p in result.problems)


def test_python_tags_run_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    called: list[str] = []
    monkeypatch.setattr(os, "system", lambda cmd: called.append(cmd) or 0)
    check(load(PATHOLOGICAL["tags"]))
    check(load(PATHOLOGICAL["tag on value"]))
    assert called == []
